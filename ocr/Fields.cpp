// Field proposals for prefill: the MRZ when there is one, then labelled values ("Date of birth: …") on the page.
#include "ocr/Fields.h"

#include <QHash>
#include <QRegularExpression>

namespace outpost::ocr {

namespace {

struct Label {
    const char* field;
    const char* pattern;
};

// Labels as printed on cards and letters; "name" is a full name split into given and family names.
constexpr Label kLabels[] = {
    {"family_name", R"(surname|family name|last name|nom)"},
    {"given_name", R"(given names?|first names?|forenames?|pr[ée]noms?)"},
    {"birth_date", R"(date of birth|birth date|born|d\.?o\.?b\.?)"},
    {"sex", R"(sex|gender)"},
    {"document_number", R"(document no\.?|document number|id no\.?|id number|card no\.?|card number|passport no\.?|)"
                        R"(member id|member no\.?|insurance no\.?|insurance number|policy no\.?|patient id|)"
                        R"(hospital no\.?|mrn)"},
    {"nationality", R"(nationality)"},
    {"name", R"(patient name|patient|name|insured person|insured|member name)"},
};

const QRegularExpression& labelExpression()
{
    static const QRegularExpression expression = [] {
        QStringList alternatives;
        for (const Label& label : kLabels)
            alternatives.append(
                QStringLiteral("(?<%1>%2)").arg(QLatin1String(label.field), QLatin1String(label.pattern)));
        return QRegularExpression(QStringLiteral(R"(^\s*(?:%1)\s*[:.]?\s*(?<value>.*)$)").arg(alternatives.join(u'|')),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    return expression;
}

QString normaliseSex(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("f") || value == QLatin1String("female") || value == QLatin1String("w"))
        return QStringLiteral("female");
    if (value == QLatin1String("m") || value == QLatin1String("male"))
        return QStringLiteral("male");
    if (value == QLatin1String("x") || value == QLatin1String("other") || value == QLatin1String("diverse"))
        return QStringLiteral("other");
    return {};
}

QString titleCase(const QString& upper)
{
    QString result = upper.toLower();
    bool start = true;
    for (QChar& c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return result;
}

QString stripPunctuation(const QString& word)
{
    QString result;
    for (QChar c : word) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

/// Where @p value's words are on @p page, and their mean confidence; the page's confidence when not found.
void locate(const PageText& page, const QString& value, Field& field)
{
    field.confidence = page.meanConfidence;
    const QStringList tokens = value.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return;
    for (qsizetype start = 0; start + tokens.size() <= page.words.size(); ++start) {
        bool match = true;
        for (qsizetype i = 0; i < tokens.size() && match; ++i)
            match = stripPunctuation(page.words[start + i].text) == stripPunctuation(tokens[i]);
        if (!match)
            continue;
        QRect box;
        float confidence = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            box = box.united(page.words[start + i].box);
            confidence += page.words[start + i].confidence;
        }
        field.box = box;
        field.confidence = confidence / float(tokens.size());
        return;
    }
}

/// Cleans a labelled value: OCR noise at the ends, repeated spaces.
QString cleanValue(const QString& value)
{
    QString result = value.simplified();
    while (!result.isEmpty() && !result.front().isLetterOrNumber())
        result.remove(0, 1);
    while (!result.isEmpty() && !result.back().isLetterOrNumber() && result.back() != u'.')
        result.chop(1);
    return result;
}

using Candidates = QHash<QString, Field>;

void addLabelled(Candidates& found, const QString& name, const QString& value, const PageText& page, int pageIndex)
{
    if (value.isEmpty() || found.contains(name))
        return;
    Field field{name, value, 0, pageIndex, {}, false};
    if (name == QLatin1String("birth_date")) {
        field.value = parseDocumentDate(value);
        if (field.value.isEmpty())
            return;
        field.validated = true; // a real calendar date
    } else if (name == QLatin1String("sex")) {
        field.value = normaliseSex(value.section(u' ', 0, 0));
        if (field.value.isEmpty())
            return;
    } else if (name == QLatin1String("document_number")) {
        field.value = value.section(u' ', 0, 0);
        field.value.remove(u'.');
    }
    locate(page, name == QLatin1String("birth_date") || name == QLatin1String("sex") ? value : field.value, field);
    found.insert(name, field);
}

void addFullName(Candidates& found, const QString& value, const PageText& page, int pageIndex)
{
    QString family, given;
    if (value.contains(u',')) {
        family = value.section(u',', 0, 0).trimmed();
        given = value.section(u',', 1).trimmed();
    } else {
        QStringList words = value.split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            return;
        family = words.takeLast();
        given = words.join(u' ');
    }
    addLabelled(found, QStringLiteral("family_name"), family, page, pageIndex);
    addLabelled(found, QStringLiteral("given_name"), given, page, pageIndex);
}

Candidates labelledFields(const QList<PageText>& pages)
{
    Candidates found;
    for (int index = 0; index < pages.size(); ++index) {
        const QStringList lines = pages[index].text.split(u'\n');
        for (int l = 0; l < lines.size(); ++l) {
            const QRegularExpressionMatch match = labelExpression().match(lines[l]);
            if (!match.hasMatch())
                continue;
            QString value = cleanValue(match.captured(u"value"));
            if (value.isEmpty()) {
                // A small label above its value, as on most cards.
                for (int next = l + 1; next < lines.size() && value.isEmpty(); ++next) {
                    if (!lines[next].trimmed().isEmpty()) {
                        if (labelExpression().match(lines[next]).hasMatch())
                            break;
                        value = cleanValue(lines[next]);
                    }
                }
            }
            for (const Label& label : kLabels) {
                const QString name = QLatin1String(label.field);
                if (match.captured(name).isEmpty())
                    continue;
                if (name == QLatin1String("name"))
                    addFullName(found, value, pages[index], index);
                else
                    addLabelled(found, name, value, pages[index], index);
                break;
            }
        }
    }
    return found;
}

/// MRZ-shaped lines of the page text (the full read, without the MRZ alphabet restriction).
QStringList mrzLinesOfText(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        const QString compact = QString(line).remove(u' ');
        if (compact.size() >= 26 && compact.count(u'<') >= 2)
            lines.append(compact);
    }
    return lines;
}

int expectedLength(const QStringList& lines)
{
    if (lines.size() == 3)
        return 30;
    return lines.value(0).size() > 40 ? 44 : 36;
}

/// How well-formed a candidate is: every check digit first, then lines of exactly the right length.
int score(const std::optional<Mrz>& mrz, const QStringList& lines)
{
    if (!mrz)
        return -1;
    const int length = expectedLength(lines);
    int exact = 0;
    for (const QString& line : lines)
        exact += line.size() == length ? 1 : 0;
    return (mrz->checkDigitsValid ? 100 : 0) + exact;
}

std::optional<Mrz> findMrz(const QList<PageText>& pages, int* pageIndex)
{
    std::optional<Mrz> best;
    int bestScore = -1;
    for (int index = 0; index < pages.size(); ++index) {
        const QStringList band = pages[index].mrzLines;
        const QStringList text = mrzLinesOfText(pages[index].text);
        QList<QStringList> attempts{band, text};
        if (band.size() == text.size()) {
            // Line by line, the read whose length is right (the band read is restricted to the MRZ alphabet but
            // sometimes doubles a letter; the full read sometimes turns a '<' into 'c').
            QStringList mixed;
            const int length = expectedLength(band);
            for (qsizetype i = 0; i < band.size(); ++i)
                mixed.append(band[i].size() == length || text[i].size() != length ? band[i] : text[i]);
            attempts.append(mixed);
        }
        for (const QStringList& lines : attempts) {
            const std::optional<Mrz> mrz = parseMrz(lines);
            const int value = score(mrz, lines);
            if (value > bestScore) {
                best = mrz;
                bestScore = value;
                *pageIndex = index;
            }
        }
    }
    return best;
}

} // namespace

QString mrzSpelling(const QString& name)
{
    static const QHash<QChar, QString> kTransliterations{
        {u'Ä', QStringLiteral("AE")}, {u'Ö', QStringLiteral("OE")}, {u'Ü', QStringLiteral("UE")},
        {u'ß', QStringLiteral("SS")}, {u'Å', QStringLiteral("AA")}, {u'Ø', QStringLiteral("OE")},
        {u'Æ', QStringLiteral("AE")}, {u'Œ', QStringLiteral("OE")}, {u'Þ', QStringLiteral("TH")}};
    QString result;
    for (QChar c : name.toUpper()) {
        if (kTransliterations.contains(c)) {
            result += kTransliterations.value(c);
            continue;
        }
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        for (QChar b : base) {
            if (b >= u'A' && b <= u'Z')
                result += b;
            else if (b == u' ' || b == u'-')
                result += u' '; // apostrophes are left out (O'Brien → OBRIEN)
        }
    }
    return result.simplified();
}

QString parseDocumentDate(const QString& text)
{
    static const QRegularExpression numeric(QStringLiteral(R"((\d{1,4})\s*[./\- ]\s*(\d{1,2})\s*[./\- ]\s*(\d{2,4}))"));
    static const QRegularExpression named(
        QStringLiteral(R"((\d{1,2})\s*[ ./\-]?\s*([A-Za-z]{3,9})\.?\s*[ ./\-]?\s*(\d{4}))"));
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    QDate date;
    if (const QRegularExpressionMatch m = named.match(text); m.hasMatch()) {
        const int month = int(months.indexOf(m.captured(2).left(3).toLower())) + 1;
        if (month > 0)
            date = QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
    } else if (const QRegularExpressionMatch n = numeric.match(text); n.hasMatch()) {
        const QString a = n.captured(1), b = n.captured(2), c = n.captured(3);
        if (a.size() == 4)
            date = QDate(a.toInt(), b.toInt(), c.toInt());
        else if (c.size() == 4)
            date = QDate(c.toInt(), b.toInt(), a.toInt());
    }
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QList<Field> proposeFields(const QList<PageText>& pages, DocumentKind kind)
{
    Q_UNUSED(kind)
    Candidates labelled = labelledFields(pages);
    Candidates chosen;
    int mrzPage = 0;
    if (const std::optional<Mrz> mrz = findMrz(pages, &mrzPage)) {
        const PageText& page = pages[mrzPage];
        float confidence = 0;
        int words = 0;
        for (const Word& word : page.words) {
            if (page.mrzBox.contains(word.box.center())) {
                confidence += word.confidence;
                ++words;
            }
        }
        confidence = words > 0 ? confidence / float(words) : page.meanConfidence;
        const auto fromMrz = [&](const char* name, const QString& value, bool covered) {
            if (value.isEmpty())
                return;
            const QString key = QLatin1String(name);
            chosen.insert(key, Field{key, value, mrz->checkDigitsValid && covered ? 100.0f : confidence, mrzPage,
                                     page.mrzBox, mrz->checkDigitsValid && covered});
        };
        fromMrz("document_number", mrz->documentNumber, true);
        fromMrz("birth_date", mrz->birthDate, true);
        fromMrz("sex", mrz->sex == QLatin1String("unknown") ? QString() : mrz->sex, true);
        fromMrz("nationality", mrz->nationality, false);
        fromMrz("expiry_date", mrz->expiryDate, true);
        // Names have no check digit. The printed name keeps case and accents and is read in a larger font, so it
        // wins; it counts as validated when it spells the same as the MRZ.
        const auto name = [&](const char* key, const QString& mrzValue) {
            const QString field = QLatin1String(key);
            if (labelled.contains(field)) {
                Field printed = labelled.take(field);
                printed.validated = mrzSpelling(printed.value) == mrzSpelling(mrzValue);
                chosen.insert(field, printed);
            } else if (!mrzValue.isEmpty()) {
                fromMrz(key, titleCase(mrzValue), false);
            }
        };
        name("family_name", mrz->familyName);
        name("given_name", mrz->givenNames);
        if (!mrz->checkDigitsValid) {
            // Labelled values are worth more than an MRZ whose check digits fail.
            for (auto it = labelled.cbegin(); it != labelled.cend(); ++it)
                chosen.insert(it.key(), it.value());
        }
    }
    for (auto it = labelled.cbegin(); it != labelled.cend(); ++it) {
        if (!chosen.contains(it.key()))
            chosen.insert(it.key(), it.value());
    }
    QList<Field> fields;
    for (const char* name :
         {"given_name", "family_name", "birth_date", "sex", "document_number", "nationality", "expiry_date"}) {
        const QString key = QLatin1String(name);
        if (chosen.contains(key))
            fields.append(chosen.value(key));
    }
    return fields;
}

} // namespace outpost::ocr
