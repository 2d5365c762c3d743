#include "core/clinic/DocumentSearch.h"

#include "core/storage/Connection.h"

#include <QSet>

#include <algorithm>

namespace outpost::clinic {

namespace {

/// Below every hit of the name index (whose weakest match scores 1).
constexpr double kDocumentScore = 0.5;
/// Patients read from documents for one search.
constexpr int kDocumentPatients = 200;

} // namespace

QList<DocumentKind> readableKinds(const Session& session, const Clock& clock)
{
    return readableKinds(session.role, session.breakGlassUntilMs > clock.nowMs());
}

QString kindList(const QList<DocumentKind>& kinds, QVariantList& parameters)
{
    if (kinds.isEmpty())
        return QStringLiteral("(NULL)");
    QStringList marks;
    for (const DocumentKind kind : kinds) {
        marks << QStringLiteral("?");
        parameters << documentKindName(kind);
    }
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

Result<void> addDocumentMatches(storage::Connection& reader, const QList<DocumentKind>& kinds, const QString& text,
                                SearchPage& page, int offset, int limit)
{
    QStringList words = documentQueryWords(text);
    words.removeIf([](const QString& word) { return word.size() < 3; });
    if (words.isEmpty() || kinds.isEmpty())
        return {};
    QVariantList parameters{ftsExpression(words)};
    const QString kindSql = kindList(kinds, parameters);
    parameters << kDocumentPatients;
    auto rows = reader.query(
        QStringLiteral("SELECT %1 FROM patients p JOIN (SELECT d.patient_id AS patient_id, min(t.rank) AS best "
                       "FROM document_text t JOIN document_pages pg ON pg.id = t.rowid "
                       "JOIN documents d ON d.id = pg.document_id "
                       "WHERE document_text MATCH ? AND d.kind IN %2 GROUP BY d.patient_id) m ON m.patient_id = p.id "
                       "WHERE p.merged_into IS NULL ORDER BY m.best, p.num LIMIT ?")
            .arg(SearchIndex::hitColumns(QStringLiteral("p")), kindSql),
        parameters);
    if (!rows)
        return rows.error();
    QSet<QString> shown;
    for (const SearchHit& hit : page.hits)
        shown.insert(hit.id);
    std::vector<SearchHit> found;
    for (const storage::Row& row : *rows) {
        SearchHit hit = SearchIndex::hitFromRow(row);
        if (shown.contains(hit.id))
            continue;
        hit.score = kDocumentScore;
        hit.matchedBy = QStringLiteral("document");
        found.push_back(std::move(hit));
    }
    // The document hits sit after the index's page.total results; this page shows the part of them
    // that falls inside [offset, offset + limit).
    const int first = std::max(0, std::max(offset, 0) - page.total);
    for (size_t i = static_cast<size_t>(first);
         i < found.size() && page.hits.size() < static_cast<size_t>(std::clamp(limit, 1, 200)); ++i)
        page.hits.push_back(found[i]);
    page.total += static_cast<int>(found.size());
    return {};
}

} // namespace outpost::clinic
