#pragma once

#include "core/clinic/SearchIndex.h"
#include "core/clinic/Session.h"
#include "core/domain/DuplicateScore.h"
#include "core/domain/Patient.h"
#include "core/Result.h"

#include <vector>

namespace outpost::clinic {

/// A registered patient that may be the one being registered.
struct DuplicateCandidate {
    QString patientId;
    QString displayName;
    QDate dateOfBirth;
    domain::DuplicateMatch match;
};

/// Registration, editing, viewing and finding patients. Rules are enforced here, whatever the UI shows.
class PatientService
{
public:
    PatientService(ClinicContext& context, SearchIndex& index);

    /// Registered patients that are likely the same person as @p patient, most likely first.
    Result<std::vector<DuplicateCandidate>> findDuplicates(const Session& session, const domain::Patient& patient);

    /// Registers @p patient and returns its new id. When likely duplicates exist, @p duplicateReason
    /// must say why this is a different person (it is audited); otherwise the call is refused.
    Result<QString> create(const Session& session, domain::Patient patient, const QString& duplicateReason = {});
    /// Saves changed demographics, identifiers and contacts.
    Result<void> update(const Session& session, domain::Patient patient);
    /// Opens a patient's record (audited as a view, and remembered in the user's recent patients).
    Result<domain::Patient> view(const Session& session, const QString& patientId);

    /// One search box string → ranked results (see SearchIndex), then patients whose documents the session
    /// may read mention the words (matchedBy "document", see addDocumentMatches). Refuses over-long input.
    Result<SearchPage> search(const Session& session, const QString& text, int offset = 0, int limit = 20);
    /// The patients this user opened last, newest first.
    Result<std::vector<SearchHit>> recent(const Session& session, int limit = 10);

    /// Registers many patients in one transaction without duplicate checks (demo data, imports).
    /// Audited once as "patient.import" with the count.
    Result<std::vector<QString>> importMany(const Session& session, std::vector<domain::Patient> patients);

private:
    Result<void> checkValid(const domain::Patient& patient) const;

    ClinicContext& m_context;
    SearchIndex& m_index;
};

} // namespace outpost::clinic
