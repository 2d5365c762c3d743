.pragma library

// Reads the dates people type at a front desk: 12/03/1984, 12.03.1984, 12-03-1984, 12 03 1984,
// 12031984 and ISO 1984-03-12. Returns { iso, error }: iso is "YYYY-MM-DD" when the text names a
// real calendar date, otherwise "" and error is one of "empty", "format", "year", "date".

function daysInMonth(year, month) {
    return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function pad(number, width) {
    let s = String(number)
    while (s.length < width)
        s = "0" + s
    return s
}

function toIso(year, month, day) {
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
}

function isRealDate(year, month, day) {
    return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function result(iso, error) {
    return { iso: iso, error: error }
}

function checked(year, month, day) {
    if (year < 1000)
        return result("", "year")
    return isRealDate(year, month, day) ? result(toIso(year, month, day), "") : result("", "date")
}

function parse(text, dayFirst) {
    const s = String(text).trim()
    if (s.length === 0)
        return result("", "empty")

    // Year first: 1984-03-12, 1984/03/12, 1984.03.12.
    let m = /^(\d{4})([-\/.])(\d{1,2})\2(\d{1,2})$/.exec(s)
    if (m)
        return checked(Number(m[1]), Number(m[3]), Number(m[4]))

    // Day and month first, in either order, with one separator used throughout.
    m = /^(\d{1,2})([-\/. ])(\d{1,2})\2(\d+)$/.exec(s)
    if (m) {
        if (m[4].length !== 4)
            return result("", "year")
        const first = Number(m[1])
        const second = Number(m[3])
        return dayFirst ? checked(Number(m[4]), second, first) : checked(Number(m[4]), first, second)
    }

    // Eight digits typed without separators: ddmmyyyy (mmddyyyy when month first), else yyyymmdd.
    m = /^(\d{2})(\d{2})(\d{4})$/.exec(s)
    if (m) {
        const first = Number(m[1])
        const second = Number(m[2])
        const year = Number(m[3])
        const day = dayFirst ? first : second
        const month = dayFirst ? second : first
        if (year >= 1000 && isRealDate(year, month, day))
            return result(toIso(year, month, day), "")
        const isoYear = Number(s.substring(0, 4))
        const isoMonth = Number(s.substring(4, 6))
        const isoDay = Number(s.substring(6, 8))
        if (isoYear >= 1000 && isRealDate(isoYear, isoMonth, isoDay))
            return result(toIso(isoYear, isoMonth, isoDay), "")
        return result("", year < 1000 ? "year" : "date")
    }

    if (/^\d{1,2}[-\/. ]\d{1,2}$/.test(s))
        return result("", "year")
    return result("", "format")
}

// "1984-03-12" as the user types dates: "12/03/1984" (or "03/12/1984" when month first).
function formatIso(iso, dayFirst) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
    if (!m)
        return ""
    return dayFirst ? m[3] + "/" + m[2] + "/" + m[1] : m[2] + "/" + m[3] + "/" + m[1]
}
