#include "core/clinic/Document.h"

#include "core/CoreText.h"
#include "core/search/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outpost::clinic {

namespace {

struct KindName {
    DocumentKind kind;
    const char* name;
};

constexpr KindName kKindNames[] = {
    {DocumentKind::IdCard, "id_card"},
    {DocumentKind::InsuranceCard, "insurance_card"},
    {DocumentKind::ReferralLetter, "referral_letter"},
    {DocumentKind::LabReport, "lab_report"},
    {DocumentKind::Other, "other"},
};

bool matchesAny(const QStringList& candidates, const QStringList& queryWords)
{
    for (const QString& word : candidates) {
        for (const QString& typed : queryWords) {
            if (word.startsWith(typed))
                return true;
        }
    }
    return false;
}

} // namespace

QString documentKindName(DocumentKind kind)
{
    for (const KindName& entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("other");
}

std::optional<DocumentKind> documentKindFromName(const QString& name)
{
    for (const KindName& entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool isRegistrationKind(DocumentKind kind)
{
    return kind == DocumentKind::IdCard || kind == DocumentKind::InsuranceCard;
}

auth::Permission readPermission(DocumentKind kind)
{
    return isRegistrationKind(kind) ? auth::Permission::ViewPatientList : auth::Permission::ReadClinical;
}

QList<DocumentKind> readableKinds(auth::Role role, bool breakGlass)
{
    QList<DocumentKind> kinds;
    for (const KindName& entry : kKindNames) {
        const auth::Permission needed = readPermission(entry.kind);
        if (auth::allows(role, needed) ||
            (needed == auth::Permission::ReadClinical && role == auth::Role::Admin && breakGlass))
            kinds << entry.kind;
    }
    return kinds;
}

QString imageFormatName(ImageFormat format)
{
    return format == ImageFormat::Jpeg ? QStringLiteral("jpeg") : QStringLiteral("png");
}

QByteArray encodeWordBoxes(const QList<WordBox>& words)
{
    QJsonArray all;
    for (const WordBox& word : words)
        all.append(QJsonArray{word.text, word.box.x(), word.box.y(), word.box.width(), word.box.height(),
                              qRound(word.confidence * 10) / 10.0});
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

Result<QList<WordBox>> decodeWordBoxes(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return makeError(ErrorCode::Damaged, CoreText::tr("A document page's word boxes cannot be read."));
    QList<WordBox> words;
    const QJsonArray all = document.array();
    words.reserve(all.size());
    for (const auto& value : all) {
        const QJsonArray w = value.toArray();
        if (w.size() != 6)
            return makeError(ErrorCode::Damaged, CoreText::tr("A document page's word boxes cannot be read."));
        words.append({w.at(0).toString(), QRect(w.at(1).toInt(), w.at(2).toInt(), w.at(3).toInt(), w.at(4).toInt()),
                      static_cast<float>(w.at(5).toDouble())});
    }
    return words;
}

QStringList documentQueryWords(const QString& text, int maxWords)
{
    QStringList all = search::words(search::sanitise(text));
    all.removeDuplicates();
    if (all.size() > maxWords)
        all.resize(maxWords);
    return all;
}

QString ftsExpression(const QStringList& words)
{
    QStringList terms;
    for (const QString& word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + quoted + QLatin1String("\"*");
    }
    return terms.join(QLatin1String(" AND "));
}

QList<QRect> matchingBoxes(const QList<WordBox>& words, const QStringList& queryWords)
{
    QList<QRect> boxes;
    if (queryWords.isEmpty())
        return boxes;
    for (const WordBox& word : words) {
        if (matchesAny(search::words(word.text), queryWords))
            boxes << word.box;
    }
    return boxes;
}

QString snippetFor(const QString& text, const QStringList& queryWords, int maxLength)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (!matchesAny(search::words(line), queryWords))
            continue;
        const QString simplified = line.simplified();
        return simplified.size() <= maxLength ? simplified : simplified.left(maxLength - 1) + QChar(0x2026);
    }
    return {};
}

} // namespace outpost::clinic
