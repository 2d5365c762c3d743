#include "core/clinic/DocumentService.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/DocumentSearch.h"
#include "core/clinic/PatientState.h"
#include "core/CoreText.h"
#include "core/search/TextFold.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

namespace outpost::clinic {

namespace {

using auth::Permission;

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

Error documentNotFound()
{
    return makeError(ErrorCode::NotFound, CoreText::tr("No document has this id."));
}

bool looksLike(const QByteArray& image, ImageFormat format)
{
    if (format == ImageFormat::Png)
        return image.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
    return image.startsWith(QByteArrayLiteral("\xFF\xD8\xFF"));
}

Result<void> checkPage(const DocumentPage& page)
{
    if (page.image.isEmpty() || page.image.size() > DocumentService::kMaxPageImageBytes)
        return invalid(CoreText::tr("Page %1 has no image, or one too large to store.").arg(page.index + 1));
    if (!looksLike(page.image, page.imageFormat))
        return invalid(CoreText::tr("Page %1's image is not a %2 image.")
                           .arg(page.index + 1)
                           .arg(imageFormatName(page.imageFormat).toUpper()));
    if (page.size.isEmpty())
        return invalid(CoreText::tr("Page %1 has no size.").arg(page.index + 1));
    if (page.text.size() > DocumentService::kMaxPageTextChars || page.words.size() > DocumentService::kMaxWordsPerPage)
        return invalid(CoreText::tr("Page %1 holds more text than a page can.").arg(page.index + 1));
    return {};
}

Result<void> checkDocument(const NewDocument& document)
{
    if (document.pages.empty())
        return invalid(CoreText::tr("A document needs at least one page."));
    if (document.pages.size() > static_cast<size_t>(DocumentService::kMaxPages))
        return invalid(CoreText::tr("A document may have at most %1 pages.").arg(DocumentService::kMaxPages));
    if (document.title.size() > 255)
        return invalid(CoreText::tr("The document's title is too long (at most 255 characters)."));
    for (const DocumentPage& page : document.pages) {
        if (auto ok = checkPage(page); !ok)
            return ok;
    }
    return {};
}

const QString kInfoColumns =
    QStringLiteral("d.id, d.patient_id, d.kind, d.title, d.page_count, d.added_by, coalesce(u.name, ''), d.added_at");

DocumentInfo infoFromRow(const storage::Row& row)
{
    DocumentInfo info;
    info.id = row.at(0).toString();
    info.patientId = row.at(1).toString();
    info.kind = documentKindFromName(row.at(2).toString()).value_or(DocumentKind::Other);
    info.title = row.at(3).toString();
    info.pageCount = row.at(4).toInt();
    info.addedBy = row.at(5).toString();
    info.addedByName = row.at(6).toString();
    info.addedAtMs = row.at(7).toLongLong();
    return info;
}

Result<DocumentPage> pageFromRow(const storage::Row& row, bool withImage)
{
    DocumentPage page;
    page.index = row.at(0).toInt();
    page.imageFormat = row.at(1).toString() == QLatin1String("jpeg") ? ImageFormat::Jpeg : ImageFormat::Png;
    page.size = QSize(row.at(2).toInt(), row.at(3).toInt());
    page.dpi = row.at(4).toInt();
    page.text = row.at(5).toString();
    auto words = decodeWordBoxes(row.at(6).toString().toUtf8());
    if (!words)
        return words.error();
    page.words = std::move(*words);
    page.meanConfidence = static_cast<float>(row.at(7).toDouble());
    page.fromTextLayer = row.at(8).toInt() != 0;
    if (withImage)
        page.image = row.at(9).toByteArray();
    return page;
}

QString pageColumns(bool withImage)
{
    return QStringLiteral("page, image_format, width, height, dpi, text, words, mean_confidence, from_text_layer") +
           (withImage ? QStringLiteral(", image") : QString());
}

} // namespace

Result<QString> DocumentService::add(const Session& session, const NewDocument& document)
{
    if (auto allowed = require(session, Permission::AttachDocuments, m_context.clock); !allowed)
        return allowed.error();
    if (auto valid = checkDocument(document); !valid)
        return valid.error();
    const QString id = m_context.ids.next();
    const qint64 now = m_context.clock.nowMs();
    auto written = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto active = requireActivePatient(writer, document.patientId); !active)
            return active;
        if (auto inserted = writer.execute(
                QStringLiteral("INSERT INTO documents (id, patient_id, kind, title, page_count, added_by, added_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, document.patientId, documentKindName(document.kind), document.title.trimmed(),
                 static_cast<qint64>(document.pages.size()), session.userId, now});
            !inserted)
            return inserted;
        int index = 0;
        for (const DocumentPage& page : document.pages) {
            if (auto inserted = writer.execute(
                    QStringLiteral("INSERT INTO document_pages (document_id, page, image_format, image, width, height, "
                                   "dpi, text, words, mean_confidence, from_text_layer) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, index, imageFormatName(page.imageFormat), page.image, page.size.width(), page.size.height(),
                     page.dpi, page.text, QString::fromUtf8(encodeWordBoxes(page.words)),
                     static_cast<double>(page.meanConfidence), page.fromTextLayer ? 1 : 0});
                !inserted)
                return inserted;
            const qint64 row = writer.lastInsertRowId();
            if (auto indexed = writer.execute(QStringLiteral("INSERT INTO document_text (rowid, words) VALUES (?, ?)"),
                                              {row, search::words(page.text).join(QLatin1Char(' '))});
                !indexed)
                return indexed;
            ++index;
        }
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("document.add"), document.patientId,
                                QStringLiteral("document=%1 kind=%2 pages=%3")
                                    .arg(id, documentKindName(document.kind))
                                    .arg(document.pages.size()));
    });
    if (!written)
        return written.error();
    return id;
}

Result<std::vector<DocumentInfo>> DocumentService::list(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    std::vector<DocumentInfo> found;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        if (auto state = patientState(reader, patientId); !state)
            return state.error();
        QVariantList parameters{patientId};
        const QString kinds = kindList(readableKinds(session, m_context.clock), parameters);
        auto rows = reader.query(QStringLiteral("SELECT %1 FROM documents d LEFT JOIN users u ON u.id = d.added_by "
                                                "WHERE d.patient_id = ? AND d.kind IN %2 "
                                                "ORDER BY d.added_at DESC, d.id DESC")
                                     .arg(kInfoColumns, kinds),
                                 parameters);
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows)
            found.push_back(infoFromRow(row));
        return {};
    });
    if (!read)
        return read.error();
    return found;
}

Result<DocumentInfo> DocumentService::readableInfo(storage::Connection& reader, const Session& session,
                                                   const QString& documentId)
{
    auto row = reader.queryRow(
        QStringLiteral("SELECT %1 FROM documents d LEFT JOIN users u ON u.id = d.added_by WHERE d.id = ?")
            .arg(kInfoColumns),
        {documentId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return documentNotFound();
    DocumentInfo info = infoFromRow(**row);
    if (auto allowed = require(session, readPermission(info.kind), m_context.clock); !allowed)
        return allowed.error();
    return info;
}

Result<void> DocumentService::auditView(const Session& session, const DocumentInfo& info, const QString& detail)
{
    const bool breakGlass = !auth::allows(session.role, readPermission(info.kind));
    const QString fullDetail = breakGlass ? detail + QStringLiteral(" break_glass") : detail;
    return m_context.database.write([&](storage::Connection& writer) {
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("document.view"), info.patientId,
                                fullDetail);
    });
}

Result<Document> DocumentService::open(const Session& session, const QString& documentId)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    Document document;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto info = readableInfo(reader, session, documentId);
        if (!info)
            return info.error();
        document.info = std::move(*info);
        auto rows = reader.query(
            QStringLiteral("SELECT %1 FROM document_pages WHERE document_id = ? ORDER BY page").arg(pageColumns(false)),
            {documentId});
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows) {
            auto page = pageFromRow(row, false);
            if (!page)
                return page.error();
            document.pages.push_back(std::move(*page));
        }
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited =
            auditView(session, document.info,
                      QStringLiteral("document=%1 kind=%2").arg(documentId, documentKindName(document.info.kind)));
        !audited)
        return audited.error();
    return document;
}

Result<DocumentPage> DocumentService::page(const Session& session, const QString& documentId, int index)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    std::optional<DocumentPage> found;
    DocumentInfo info;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto readable = readableInfo(reader, session, documentId);
        if (!readable)
            return readable.error();
        info = std::move(*readable);
        auto row = reader.queryRow(
            QStringLiteral("SELECT %1 FROM document_pages WHERE document_id = ? AND page = ?").arg(pageColumns(true)),
            {documentId, index});
        if (!row)
            return row.error();
        if (!row->has_value())
            return makeError(ErrorCode::NotFound, CoreText::tr("This document has no page %1.").arg(index + 1));
        auto page = pageFromRow(**row, true);
        if (!page)
            return page.error();
        found = std::move(*page);
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited = auditView(
            session, info,
            QStringLiteral("document=%1 kind=%2 page=%3").arg(documentId, documentKindName(info.kind)).arg(index + 1));
        !audited)
        return audited.error();
    return std::move(*found);
}

Result<std::vector<DocumentHit>> DocumentService::search(const Session& session, const QString& patientId,
                                                         const QString& text, int limit)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    if (text.size() > 200)
        return invalid(CoreText::tr("The search is too long (at most 200 characters)."));
    const QStringList words = documentQueryWords(text);
    std::vector<DocumentHit> hits;
    if (words.isEmpty())
        return hits;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        if (auto state = patientState(reader, patientId); !state)
            return state.error();
        QVariantList parameters{ftsExpression(words), patientId};
        const QString kinds = kindList(readableKinds(session, m_context.clock), parameters);
        parameters << std::clamp(limit, 1, 200);
        auto rows = reader.query(
            QStringLiteral("SELECT d.id, d.kind, d.title, pg.page, pg.text FROM document_text t "
                           "JOIN document_pages pg ON pg.id = t.rowid JOIN documents d ON d.id = pg.document_id "
                           "WHERE document_text MATCH ? AND d.patient_id = ? AND d.kind IN %1 "
                           "ORDER BY t.rank, d.added_at DESC, pg.page LIMIT ?")
                .arg(kinds),
            parameters);
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows)
            hits.push_back({row.at(0).toString(),
                            documentKindFromName(row.at(1).toString()).value_or(DocumentKind::Other),
                            row.at(2).toString(), row.at(3).toInt(), snippetFor(row.at(4).toString(), words)});
        return {};
    });
    if (!read)
        return read.error();
    auto audited = m_context.database.write([&](storage::Connection& writer) {
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("document.search"), patientId,
                                QStringLiteral("hits=%1").arg(hits.size()));
    });
    if (!audited)
        return audited.error();
    return hits;
}

} // namespace outpost::clinic
