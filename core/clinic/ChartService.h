#pragma once

#include "core/clinic/ChartQueries.h"
#include "core/clinic/ClinicalEntry.h"
#include "core/clinic/Session.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// An opened chart: the header summary and the newest encounters with their current entries.
struct Chart {
    QString patientId;
    QString mergedInto; ///< set when this record was merged away: open that one instead
    ChartSummary summary;
    std::vector<ChartEncounter> encounters; ///< newest first, entered-in-error ones left out
    int encounterCount = 0;                 ///< all encounters not entered in error, for "show older"
};

/// The clinical chart: encounters and append-only clinical entries.
///
/// Every read needs ReadClinical (a clinician, or an admin during break-glass), every write
/// WriteClinical (clinicians only). Opening a chart is audited as "chart.view"; any read made under
/// break-glass is audited with "break_glass" in the detail; every write is audited in the same
/// transaction. Audit details carry ids and kinds, never clinical text.
///
/// Entries are never changed: amend() and markEnteredInError() add a row that supersedes the old one,
/// so history() always shows the original. Notes and vitals belong to an open encounter; allergies,
/// problems and medications may be recorded with or without one.
class ChartService
{
public:
    explicit ChartService(ClinicContext& context) : m_context(context) {}

    /// Opens an encounter for @p patientId with the session's user as clinician; returns its id.
    Result<QString> openEncounter(const Session& session, const QString& patientId, const QString& reason);
    /// Closes an open encounter: no more entries are added to it, only amendments.
    Result<void> closeEncounter(const Session& session, const QString& encounterId);
    /// Withdraws an encounter opened by mistake (wrong patient…) and every current entry in it.
    Result<void> markEncounterEnteredInError(const Session& session, const QString& encounterId, const QString& reason);
    /// The patient's encounters, newest first.
    Result<std::vector<Encounter>> encounters(const Session& session, const QString& patientId,
                                              bool includeEnteredInError = false);

    Result<QString> addNote(const Session& session, const QString& patientId, const QString& encounterId,
                            const SoapNote& note);
    Result<QString> addVitals(const Session& session, const QString& patientId, const QString& encounterId,
                              const Vitals& vitals);
    /// @p encounterId may be empty for allergies, problems and medications.
    Result<QString> addAllergy(const Session& session, const QString& patientId, const QString& encounterId,
                               const Allergy& allergy);
    Result<QString> addProblem(const Session& session, const QString& patientId, const QString& encounterId,
                               const Problem& problem);
    Result<QString> addMedication(const Session& session, const QString& patientId, const QString& encounterId,
                                  const Medication& medication);

    /// Writes @p newBody (checked as the entry's kind) as a new row superseding @p entryId; returns the new id.
    /// Only the current version of an entry can be amended, and only with a reason.
    Result<QString> amend(const Session& session, const QString& entryId, const QJsonObject& newBody,
                          const QString& reason);
    /// Adds a row with status entered_in_error superseding @p entryId; the entry leaves the chart but
    /// stays in history(). Returns the new row's id.
    Result<QString> markEnteredInError(const Session& session, const QString& entryId, const QString& reason);

    /// The patient's current entries (superseded and entered-in-error rows left out), newest first.
    Result<std::vector<ClinicalEntry>> currentEntries(const Session& session, const QString& patientId,
                                                      std::optional<EntryKind> kind = std::nullopt);
    /// The current entries of one encounter, newest first (for encounters beyond loadChart's limit).
    Result<std::vector<ClinicalEntry>> encounterEntries(const Session& session, const QString& encounterId);
    /// Every version of the entry, original first: amendments and the entered-in-error row included.
    Result<std::vector<ClinicalEntry>> history(const Session& session, const QString& entryId);
    /// The header: allergies, active problems, active medications, latest vitals.
    Result<ChartSummary> summary(const Session& session, const QString& patientId);

    /// Opens the chart (audited "chart.view"): summary plus the newest @p encounterLimit encounters
    /// with their entries, read from one snapshot.
    Result<Chart> loadChart(const Session& session, const QString& patientId, int encounterLimit = 50);

private:
    Result<QString> addEntry(const Session& session, const QString& patientId, const QString& encounterId,
                             EntryKind kind, const QJsonObject& body);
    Result<QString> supersede(const Session& session, const QString& entryId, const QJsonObject* newBody,
                              const QString& reason);
    /// Audits a read that succeeded: always when @p always, otherwise only under break-glass
    /// (with "break_glass" appended to the detail).
    Result<void> recordRead(const Session& session, const QString& action, const QString& patientId,
                            const QString& detail, bool always = false);
    Result<void> audit(storage::Connection& writer, const Session& session, const QString& action,
                       const QString& patientId, const QString& detail);

    ClinicContext& m_context;
};

} // namespace outpost::clinic
