#pragma once

#include "core/clinic/Document.h"
#include "core/clinic/Session.h"
#include "core/Result.h"

#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// A patient's scanned documents in the encrypted database: pages as compressed images, OCR text and
/// word boxes, with a full-text index over the text.
///
/// Every role may attach documents (AttachDocuments). Reading one needs the permission of its kind:
/// ID and insurance cards are registration material every role reads; referral letters, lab reports
/// and other documents are clinical content (ReadClinical: clinicians, or an admin during break-glass).
/// Documents a session may not read are left out of lists and searches, and opening one is refused.
/// Every add and every view is audited (ids, kinds and counts only, never text or search words).
class DocumentService
{
public:
    static constexpr int kMaxPages = 200;
    static constexpr qint64 kMaxPageImageBytes = 40LL << 20;
    static constexpr int kMaxPageTextChars = 500'000;
    static constexpr int kMaxWordsPerPage = 50'000;

    explicit DocumentService(ClinicContext& context) : m_context(context) {}

    /// Stores @p document for its (active) patient; returns the new document id. Audited "document.add".
    Result<QString> add(const Session& session, const NewDocument& document);
    /// The patient's documents the session may read, newest first (no page content; not audited).
    Result<std::vector<DocumentInfo>> list(const Session& session, const QString& patientId);
    /// Opens a document: its info and every page's text and word boxes, without images.
    /// Audited "document.view".
    Result<Document> open(const Session& session, const QString& documentId);
    /// One page with its image. Audited "document.view" with the page number.
    Result<DocumentPage> page(const Session& session, const QString& documentId, int index);
    /// Pages of the patient's readable documents whose text holds every word of @p text (prefixes,
    /// accents and case folded), best first. Audited "document.search" with the number of hits.
    Result<std::vector<DocumentHit>> search(const Session& session, const QString& patientId, const QString& text,
                                            int limit = 50);

private:
    Result<DocumentInfo> readableInfo(storage::Connection& reader, const Session& session, const QString& documentId);
    Result<void> auditView(const Session& session, const DocumentInfo& info, const QString& detail);

    ClinicContext& m_context;
};

} // namespace outpost::clinic
