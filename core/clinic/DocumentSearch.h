#pragma once

#include "core/clinic/Document.h"
#include "core/clinic/SearchIndex.h"
#include "core/clinic/Session.h"
#include "core/Result.h"

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// The document kinds @p session may read now (break-glass included).
QList<DocumentKind> readableKinds(const Session& session, const Clock& clock);

/// The main search's document hook: patients with a readable document whose OCR text holds every
/// word of @p text. They rank below every name, date, identifier or phone hit (matchedBy
/// "document"), after the hits of @p page, which already holds the index's results for
/// @p offset / @p limit; @p page's total grows by their number. Words shorter than three
/// characters are not looked up in documents.
Result<void> addDocumentMatches(storage::Connection& reader, const QList<DocumentKind>& kinds, const QString& text,
                                SearchPage& page, int offset, int limit);

/// An SQL list "(?, ?, …)" for @p kinds, with their names appended to @p parameters.
QString kindList(const QList<DocumentKind>& kinds, QVariantList& parameters);

} // namespace outpost::clinic
