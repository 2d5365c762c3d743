#include "core/search/SearchQuery.h"

#include "core/CoreText.h"
#include "core/search/TextFold.h"

#include <QRegularExpression>

#include <algorithm>

namespace outpost::search {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString digitsOf(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    }
    return out;
}

bool looksLikePhone(QStringView text)
{
    // +44 20 7946 0958, (020) 7946-0958, 0612345678: digits with phone punctuation, at least 6 digits.
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!(c == QLatin1Char('+') || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
                   c == QLatin1Char(')') || c == QLatin1Char('.')))
            return false;
    }
    return digits >= 6;
}

} // namespace

QList<QDate> parseDate(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    QList<QDate> dates;
    const QString t = text.toString();
    if (const auto m = iso.match(t); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            dates << date;
        return dates;
    }
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        const QDate dayMonth(year, b, a);
        const QDate monthDay(year, a, b);
        if (dayMonth.isValid())
            dates << dayMonth;
        if (monthDay.isValid() && monthDay != dayMonth)
            dates << monthDay;
    }
    return dates;
}

QString normaliseIdentifier(QStringView text)
{
    QString out;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

Result<SearchQuery> parseQuery(const QString& text)
{
    if (text.size() > kMaxQueryLength)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("The search text is too long: use at most %1 characters.").arg(kMaxQueryLength));
    const QString clean = sanitise(text);
    SearchQuery query;
    if (looksLikePhone(clean) && parseDate(clean).isEmpty()) {
        query.phoneDigits = digitsOf(clean);
        query.identifiers << query.phoneDigits; // a long number may also be an id
        return query;
    }
    const QStringList parts = clean.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (const QList<QDate> dates = parseDate(part); !dates.isEmpty()) {
            query.dates += dates;
            continue;
        }
        if (part.size() == 4 && allDigits(part)) {
            const int year = part.toInt();
            if (year >= 1880 && year <= 2200) {
                query.birthYear = year;
                continue;
            }
        }
        bool hasDigit = false;
        for (const QChar c : part)
            hasDigit = hasDigit || c.isDigit();
        if (hasDigit) {
            const QString id = normaliseIdentifier(part);
            if (!id.isEmpty())
                query.identifiers << id;
            if (allDigits(part) && part.size() >= 6)
                query.phoneDigits = part;
            continue;
        }
        query.nameWords += words(part);
    }
    // An id typed with spaces ("SN 1984 0312") is also tried as one identifier.
    if (parts.size() > 1 && query.dates.isEmpty() &&
        std::any_of(clean.cbegin(), clean.cend(), [](QChar c) { return c.isDigit(); })) {
        const QString whole = normaliseIdentifier(clean);
        if (whole.size() >= 4 && !query.identifiers.contains(whole))
            query.identifiers << whole;
    }
    return query;
}

} // namespace outpost::search
