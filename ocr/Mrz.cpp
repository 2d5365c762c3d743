// ICAO 9303 machine-readable zones: TD1 (3×30), TD2 (2×36), TD3 (2×44), with check digits and a careful repair of
// characters OCR confuses (O/0, I/1, …) that is kept only when the check digits then hold.
#include "ocr/Ocr.h"

#include <QDate>

#include <array>

namespace outpost::ocr {

namespace {

/// Numeric value of an MRZ character; -1 outside A–Z, 0–9, '<'.
int mrzValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u == u'<')
        return 0;
    return -1;
}

QChar toDigit(QChar c)
{
    switch (c.unicode()) {
    case u'O':
    case u'D':
    case u'Q':
    case u'U':
        return u'0';
    case u'I':
    case u'L':
    case u'T':
        return u'1';
    case u'Z':
        return u'2';
    case u'S':
        return u'5';
    case u'G':
        return u'6';
    case u'B':
        return u'8';
    default:
        return c;
    }
}

QChar toLetter(QChar c)
{
    switch (c.unicode()) {
    case u'0':
        return u'O';
    case u'1':
        return u'I';
    case u'2':
        return u'Z';
    case u'5':
        return u'S';
    case u'6':
        return u'G';
    case u'8':
        return u'B';
    default:
        return c;
    }
}

/// The character OCR most often reads for @p c in a document number; @p c itself when there is none.
QChar lookAlike(QChar c)
{
    switch (c.unicode()) {
    case u'O':
        return u'0';
    case u'0':
        return u'O';
    case u'I':
        return u'1';
    case u'1':
        return u'I';
    case u'B':
        return u'8';
    case u'8':
        return u'B';
    case u'S':
        return u'5';
    case u'5':
        return u'S';
    default:
        return c;
    }
}

/// One MRZ being decoded: the lines, whether every check held, whether something was repaired.
struct Decoder {
    QStringList lines;
    bool valid = true;
    bool repaired = false;

    QString take(int line, int from, int length) const { return lines[line].mid(from, length); }

    /// A field with its check digit: as read when it holds; else with letters turned into look-alike digits
    /// (numeric fields) when that makes it hold; else as read, marked invalid.
    QString checked(int line, int from, int length, int checkAt, bool numeric)
    {
        QString value = take(line, from, length);
        QChar check = lines[line].at(checkAt);
        if (checkHolds(value, check))
            return value;
        QString digitValue = value;
        if (numeric) {
            for (QChar& c : digitValue)
                c = toDigit(c);
        }
        const QChar digitCheck = toDigit(check);
        if (checkHolds(digitValue, digitCheck)) {
            write(line, from, digitValue);
            lines[line][checkAt] = digitCheck;
            repaired = true;
            return digitValue;
        }
        if (!numeric) {
            // Alphanumeric (document numbers): flip one common look-alike (O/0, I/1, B/8, S/5); kept only when
            // exactly one flip makes the check digit hold, since any change has a one-in-ten chance of passing.
            QString found;
            int matches = 0;
            for (int i = 0; i < value.size(); ++i) {
                QString candidate = value;
                candidate[i] = lookAlike(value[i]);
                if (candidate[i] != value[i] && checkHolds(candidate, digitCheck)) {
                    found = candidate;
                    ++matches;
                }
            }
            if (matches == 1) {
                write(line, from, found);
                lines[line][checkAt] = digitCheck;
                repaired = true;
                return found;
            }
        }
        valid = false;
        return value;
    }

    static bool checkHolds(const QString& value, QChar check)
    {
        const int expected = mrzCheckDigit(value);
        if (expected < 0)
            return false;
        if (check == u'<')
            return expected == 0 && QString(value).remove(u'<').isEmpty();
        return check.isDigit() && check.digitValue() == expected;
    }

    void write(int line, int from, const QString& value) { lines[line].replace(from, value.size(), value); }

    /// Alphabetic fields (states, nationalities, names) cannot hold digits: read digits as look-alike letters.
    QString letters(int line, int from, int length)
    {
        QString value = take(line, from, length);
        for (QChar& c : value) {
            const QChar letter = toLetter(c);
            if (letter != c) {
                c = letter;
                repaired = true;
            }
        }
        write(line, from, value);
        return value;
    }

    void composite(const QString& data, QChar check)
    {
        if (checkHolds(data, check))
            return;
        if (checkHolds(data, toDigit(check))) {
            repaired = true;
            return;
        }
        valid = false;
    }
};

QString mrzDate(const QString& yymmdd, bool birth, const QDate& today)
{
    if (yymmdd.size() != 6)
        return {};
    bool ok = false;
    const int yy = yymmdd.left(2).toInt(&ok);
    if (!ok)
        return {};
    const int month = yymmdd.mid(2, 2).toInt(&ok);
    if (!ok)
        return {};
    const int day = yymmdd.mid(4, 2).toInt(&ok);
    if (!ok)
        return {};
    int year = 2000 + yy;
    if (birth && year > today.year())
        year -= 100; // nobody alive was born in the future
    if (!birth && yy >= 70)
        year -= 100;
    const QDate date(year, month, day);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString mrzSex(QChar c)
{
    switch (c.unicode()) {
    case u'F':
        return QStringLiteral("female");
    case u'M':
        return QStringLiteral("male");
    case u'X':
        return QStringLiteral("other");
    default:
        return QStringLiteral("unknown");
    }
}

void splitName(const QString& field, Mrz& mrz)
{
    const int separator = field.indexOf(QLatin1String("<<"));
    const QString family = separator < 0 ? field : field.left(separator);
    const QString given = separator < 0 ? QString() : field.mid(separator + 2);
    mrz.familyName = QString(family).replace(u'<', u' ').simplified();
    mrz.givenNames = QString(given).replace(u'<', u' ').simplified();
}

/// Removes spaces, maps look-alikes of '<' and brings a line to @p length when only trailing fillers differ.
QString normaliseLine(QString line, int length)
{
    line.remove(u' ');
    for (QChar& c : line) {
        // An MRZ has no lower case: a 'c', 'e' or 'k' is a '<' read badly, as are brackets and guillemets.
        if (c == u'«' || c == u'‹' || c == u'(' || c == u'[' || c == u'{' || c == u'c' || c == u'e' || c == u'k')
            c = u'<';
    }
    line = line.toUpper();
    while (line.size() > length && line.endsWith(u'<'))
        line.chop(1);
    if (line.size() < length && line.size() >= length - 4)
        line += QString(length - line.size(), u'<');
    return line;
}

std::optional<Mrz> parseTd1(Decoder& d, const QDate& today)
{
    Mrz mrz;
    mrz.format = QStringLiteral("TD1");
    mrz.documentCode = d.take(0, 0, 2).remove(u'<');
    mrz.issuingState = d.letters(0, 2, 3).remove(u'<');
    if (d.lines[0].at(14) == u'<') {
        // Long document numbers continue in the optional data; their check digit ends that part.
        const QString rest = d.take(0, 15, 15);
        const int end = rest.indexOf(u'<');
        const QString tail = end < 0 ? rest : rest.left(end);
        if (tail.isEmpty()) {
            d.valid = false;
            mrz.documentNumber = d.take(0, 5, 9);
        } else {
            const QString number = d.take(0, 5, 9) + tail.chopped(1);
            if (!Decoder::checkHolds(number, tail.back()))
                d.valid = false;
            mrz.documentNumber = number;
        }
    } else {
        mrz.documentNumber = d.checked(0, 5, 9, 14, false);
    }
    mrz.birthDate = mrzDate(d.checked(1, 0, 6, 6, true), true, today);
    mrz.sex = mrzSex(d.lines[1].at(7));
    mrz.expiryDate = mrzDate(d.checked(1, 8, 6, 14, true), false, today);
    mrz.nationality = d.letters(1, 15, 3).remove(u'<');
    d.composite(d.take(0, 5, 25) + d.take(1, 0, 7) + d.take(1, 8, 7) + d.take(1, 18, 11), d.lines[1].at(29));
    splitName(d.letters(2, 0, 30), mrz);
    return mrz;
}

std::optional<Mrz> parseTd2Or3(Decoder& d, int length, const QDate& today)
{
    Mrz mrz;
    mrz.format = length == 44 ? QStringLiteral("TD3") : QStringLiteral("TD2");
    mrz.documentCode = d.take(0, 0, 2).remove(u'<');
    mrz.issuingState = d.letters(0, 2, 3).remove(u'<');
    splitName(d.letters(0, 5, length - 5), mrz);
    mrz.documentNumber = d.checked(1, 0, 9, 9, false);
    mrz.nationality = d.letters(1, 10, 3).remove(u'<');
    mrz.birthDate = mrzDate(d.checked(1, 13, 6, 19, true), true, today);
    mrz.sex = mrzSex(d.lines[1].at(20));
    mrz.expiryDate = mrzDate(d.checked(1, 21, 6, 27, true), false, today);
    if (length == 44) {
        (void)d.checked(1, 28, 14, 42, false);
        d.composite(d.take(1, 0, 10) + d.take(1, 13, 7) + d.take(1, 21, 22), d.lines[1].at(43));
    } else {
        d.composite(d.take(1, 0, 10) + d.take(1, 13, 7) + d.take(1, 21, 14), d.lines[1].at(35));
    }
    return mrz;
}

} // namespace

int mrzCheckDigit(const QString& field)
{
    static constexpr std::array<int, 3> kWeights{7, 3, 1};
    int sum = 0;
    for (int i = 0; i < field.size(); ++i) {
        const int value = mrzValue(field.at(i));
        if (value < 0)
            return -1;
        sum += value * kWeights[static_cast<size_t>(i % 3)];
    }
    return sum % 10;
}

std::optional<Mrz> parseMrz(const QStringList& lines)
{
    return parseMrz(lines, QDate::currentDate());
}

std::optional<Mrz> parseMrz(const QStringList& rawLines, const QDate& today)
{
    QStringList lines;
    for (const QString& line : rawLines) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    int length = 0;
    if (lines.size() == 3)
        length = 30;
    else if (lines.size() == 2)
        length = QString(lines[0]).remove(u' ').size() > 40 ? 44 : 36;
    else
        return std::nullopt;
    Decoder decoder;
    for (const QString& line : lines) {
        const QString normalised = normaliseLine(line, length);
        if (normalised.size() != length)
            return std::nullopt;
        for (QChar c : normalised) {
            if (mrzValue(c) < 0)
                return std::nullopt;
        }
        decoder.lines.append(normalised);
    }
    std::optional<Mrz> mrz = length == 30 ? parseTd1(decoder, today) : parseTd2Or3(decoder, length, today);
    if (mrz) {
        mrz->checkDigitsValid = decoder.valid;
        mrz->repaired = decoder.repaired && decoder.valid;
    }
    return mrz;
}

} // namespace outpost::ocr
