import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "DateField"
    width: 600
    height: 400
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: fieldComponent
        DateField {
            width: 400
            label: "Date of birth"
        }
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function typeText(text) {
        for (const character of text)
            keyClick(character)
    }

    function test_reading_data() {
        return [
            { tag: "day/month/year with slashes", text: "12/03/1984", iso: "1984-03-12", error: "" },
            { tag: "day.month.year with dots", text: "12.03.1984", iso: "1984-03-12", error: "" },
            { tag: "day-month-year with dashes", text: "12-03-1984", iso: "1984-03-12", error: "" },
            { tag: "day month year with spaces", text: "12 03 1984", iso: "1984-03-12", error: "" },
            { tag: "single-digit day and month", text: "1/3/1984", iso: "1984-03-01", error: "" },
            { tag: "ISO year first", text: "1984-03-12", iso: "1984-03-12", error: "" },
            { tag: "year first with slashes", text: "1984/03/12", iso: "1984-03-12", error: "" },
            { tag: "surrounding spaces are ignored", text: "  12/03/1984 ", iso: "1984-03-12", error: "" },
            { tag: "eight digits day first", text: "12031984", iso: "1984-03-12", error: "" },
            { tag: "eight digits year first", text: "19840312", iso: "1984-03-12", error: "" },
            { tag: "29 February in a leap year", text: "29/02/2024", iso: "2024-02-29", error: "" },
            { tag: "29 February 2000 (divisible by 400)", text: "29/02/2000", iso: "2000-02-29", error: "" },
            { tag: "month first when dayFirst is off", text: "03/12/1984", dayFirst: false, iso: "1984-03-12", error: "" },
            { tag: "31 February does not exist", text: "31/02/2023", iso: "", error: "date" },
            { tag: "29 February in a common year", text: "29/02/2023", iso: "", error: "date" },
            { tag: "29 February 1900 (century, not leap)", text: "29/02/1900", iso: "", error: "date" },
            { tag: "31 April does not exist", text: "31/04/2020", iso: "", error: "date" },
            { tag: "month 13", text: "12/13/1984", iso: "", error: "date" },
            { tag: "day 0", text: "00/03/1984", iso: "", error: "date" },
            { tag: "month first reading of a day-first date", text: "13/03/1984", dayFirst: false, iso: "", error: "date" },
            { tag: "ISO with 30 February", text: "2023-02-30", iso: "", error: "date" },
            { tag: "two-digit year", text: "12/03/84", iso: "", error: "year" },
            { tag: "day and month only", text: "12/03", iso: "", error: "year" },
            { tag: "mixed separators", text: "12/03.1984", iso: "", error: "format" },
            { tag: "words", text: "yesterday", iso: "", error: "format" },
            { tag: "month name", text: "12 March 1984", iso: "", error: "format" },
            { tag: "empty and optional", text: "", iso: "", error: "" }
        ]
    }

    function test_reading(data) {
        const field = createTemporaryObject(fieldComponent, testCase,
                                            { dayFirst: data.dayFirst === undefined ? true : data.dayFirst })
        field.text = data.text
        compare(field.isoDate, data.iso)
        compare(field.parsed.error === "empty" ? "" : field.parsed.error, data.error)
        compare(field.error.length > 0, data.error.length > 0, "an error message exactly when the date is not valid")
    }

    function test_theErrorShowsAfterEnterAndHidesWhileTyping() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const message = findChild(field, "fieldMessage")
        field.forceActiveFocus()
        typeText("31/02/2023")
        compare(field.errorText, "", "no error while the user is still typing")
        keyClick(Qt.Key_Return)
        verify(field.errorText.length > 0)
        verify(message.text.indexOf(field.error) >= 0, "the error is shown: " + message.text)
        verify(Qt.colorEqual(message.color, Theme.dangerText))
        compare(findChild(field, "fieldInput").Accessible.description, field.error)
        keyClick(Qt.Key_Backspace)
        compare(field.errorText, "", "typing hides it again")
    }

    function test_theErrorShowsWhenFocusLeaves() {
        const field = createTemporaryObject(fieldComponent, testCase)
        field.forceActiveFocus()
        typeText("12/03/84")
        field.focus = false
        verify(field.errorText.indexOf("four digits") >= 0, field.errorText)
    }

    function test_aValidDateIsSpelledOutInTheHelpText() {
        const field = createTemporaryObject(fieldComponent, testCase)
        field.text = "12/03/1984"
        const message = findChild(field, "fieldMessage")
        const expected = new Date(1984, 2, 12).toLocaleDateString(Qt.locale(), "d MMMM yyyy")
        verify(message.text.indexOf(expected) >= 0, message.text)
    }

    function test_aRequiredEmptyDateIsAnError() {
        const field = createTemporaryObject(fieldComponent, testCase, { required: true })
        verify(field.error.length > 0)
        field.text = "12/03/1984"
        compare(field.error, "")
    }

    function test_datesOutsideTheLimitsAreRefused_data() {
        return [
            { tag: "in the future", text: "01/01/2031", iso: "" },
            { tag: "the latest day itself", text: "31/12/2030", iso: "2030-12-31" },
            { tag: "before the earliest", text: "31/12/1899", iso: "" },
            { tag: "the earliest day itself", text: "01/01/1900", iso: "1900-01-01" }
        ]
    }

    function test_datesOutsideTheLimitsAreRefused(data) {
        const field = createTemporaryObject(fieldComponent, testCase,
                                            { earliestIsoDate: "1900-01-01", latestIsoDate: "2030-12-31" })
        field.text = data.text
        compare(field.isoDate, data.iso)
        compare(field.error.length > 0, data.iso === "")
    }

    function test_setIsoDateShowsTheDateTheWayUsersTypeIt() {
        const field = createTemporaryObject(fieldComponent, testCase)
        field.setIsoDate("1984-03-12")
        compare(field.text, "12/03/1984")
        compare(field.isoDate, "1984-03-12")
        field.dayFirst = false
        field.setIsoDate("1984-03-12")
        compare(field.text, "03/12/1984")
        compare(field.isoDate, "1984-03-12")
    }
}
