#pragma once

#include "core/clinic/ClinicalEntry.h"
#include "core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

enum class EncounterStatus { Open, Closed, EnteredInError };
QString encounterStatusName(EncounterStatus status); ///< "open", "closed", "entered_in_error"

/// One visit: who saw the patient, when and why.
struct Encounter {
    QString id;
    QString patientId;
    QString clinicianId;
    QString clinicianName;
    qint64 startedAtMs = 0;
    QString reason;
    EncounterStatus status = EncounterStatus::Open;
    QString statusReason; ///< why it was entered in error
    qint64 statusAtMs = 0;
    QString statusBy;
};

/// What the chart header shows: the patient's current allergies, active problems and medications
/// (newest first) and the most recent vitals.
struct ChartSummary {
    std::vector<ClinicalEntry> allergies;
    std::vector<ClinicalEntry> activeProblems;
    std::vector<ClinicalEntry> activeMedications;
    std::optional<ClinicalEntry> latestVitals;
};

/// An encounter with its current entries, newest first.
struct ChartEncounter {
    Encounter encounter;
    std::vector<ClinicalEntry> entries;
};

/// The SQL that reads charts, on a connection the caller holds in a transaction. "Current" entries
/// are rows with status current that no newer row supersedes. Does no permission checks.
class ChartQueries
{
public:
    explicit ChartQueries(storage::Connection& connection) : m_connection(connection) {}

    Result<std::optional<Encounter>> encounter(const QString& encounterId);
    /// Newest first; @p limit < 0 for all.
    Result<std::vector<Encounter>> encounters(const QString& patientId, bool includeEnteredInError, int limit = -1);
    Result<int> encounterCount(const QString& patientId);

    Result<std::optional<ClinicalEntry>> entry(const QString& entryId);
    /// True when a newer row amends or withdraws @p entryId.
    Result<bool> isSuperseded(const QString& entryId);
    /// The patient's current entries, newest first, all kinds or only @p kind.
    Result<std::vector<ClinicalEntry>> currentEntries(const QString& patientId, std::optional<EntryKind> kind);
    /// Current entries of one encounter, newest first.
    Result<std::vector<ClinicalEntry>> encounterEntries(const QString& encounterId);
    /// The newest @p limit encounters that were not entered in error, each with its current entries.
    Result<std::vector<ChartEncounter>> recentEncounters(const QString& patientId, int limit);
    /// Every row of the chain @p entryId belongs to, original first.
    Result<std::vector<ClinicalEntry>> history(const QString& entryId);
    Result<ChartSummary> summary(const QString& patientId);

private:
    Result<std::vector<ClinicalEntry>> entries(const QString& sql, const QVariantList& parameters);
    Result<std::vector<Encounter>> encounterRows(const QString& sql, const QVariantList& parameters);

    storage::Connection& m_connection;
};

} // namespace outpost::clinic
