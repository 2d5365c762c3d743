#include "core/clinic/ChartQueries.h"

#include "core/storage/Connection.h"

#include <QHash>
#include <QJsonDocument>

namespace outpost::clinic {

namespace {

const QString kEntryColumns = QStringLiteral(
    "SELECT e.id, e.patient_id, coalesce(e.encounter_id, ''), e.kind, e.body, e.status, coalesce(e.supersedes, ''), "
    "e.reason, e.author_id, coalesce(u.display_name, ''), e.created_at "
    "FROM clinical_entries e LEFT JOIN users u ON u.id = e.author_id ");

// A row is current when its status is current and no newer row names it in supersedes.
const QString kCurrent = QStringLiteral(
    " AND e.status = 'current' AND NOT EXISTS (SELECT 1 FROM clinical_entries s WHERE s.supersedes = e.id)");

const QString kNewestFirst = QStringLiteral(" ORDER BY e.created_at DESC, e.id DESC");

const QString kEncounterColumns =
    QStringLiteral("SELECT n.id, n.patient_id, n.clinician_id, coalesce(u.display_name, ''), n.started_at, n.reason, "
                   "n.status, n.status_reason, coalesce(n.status_at, 0), coalesce(n.status_by, '') "
                   "FROM encounters n LEFT JOIN users u ON u.id = n.clinician_id ");

ClinicalEntry entryFrom(const storage::Statement& statement)
{
    ClinicalEntry entry;
    entry.id = statement.text(0);
    entry.patientId = statement.text(1);
    entry.encounterId = statement.text(2);
    entry.kind = entryKindFromName(statement.text(3)).value_or(EntryKind::Note);
    entry.body = QJsonDocument::fromJson(statement.blob(4)).object(); // a TEXT column's UTF-8 bytes, unconverted
    entry.status =
        statement.text(5) == QLatin1String("entered_in_error") ? EntryStatus::EnteredInError : EntryStatus::Current;
    entry.supersedes = statement.text(6);
    entry.reason = statement.text(7);
    entry.authorId = statement.text(8);
    entry.authorName = statement.text(9);
    entry.createdAtMs = statement.int64(10);
    return entry;
}

EncounterStatus encounterStatusFrom(const QString& name)
{
    if (name == QLatin1String("closed"))
        return EncounterStatus::Closed;
    if (name == QLatin1String("entered_in_error"))
        return EncounterStatus::EnteredInError;
    return EncounterStatus::Open;
}

Encounter encounterFrom(const storage::Statement& statement)
{
    Encounter encounter;
    encounter.id = statement.text(0);
    encounter.patientId = statement.text(1);
    encounter.clinicianId = statement.text(2);
    encounter.clinicianName = statement.text(3);
    encounter.startedAtMs = statement.int64(4);
    encounter.reason = statement.text(5);
    encounter.status = encounterStatusFrom(statement.text(6));
    encounter.statusReason = statement.text(7);
    encounter.statusAtMs = statement.int64(8);
    encounter.statusBy = statement.text(9);
    return encounter;
}

/// Steps through @p sql's rows, handing each to @p each: no intermediate vector for the large reads.
template<typename Each>
Result<void> forEachRow(storage::Connection& connection, const QString& sql, const QVariantList& parameters, Each each)
{
    auto statement = connection.prepare(sql);
    if (!statement)
        return statement.error();
    if (auto bound = statement->bindAll(parameters); !bound)
        return bound;
    while (true) {
        auto hasRow = statement->step();
        if (!hasRow)
            return hasRow.error();
        if (!*hasRow)
            return {};
        each(*statement);
    }
}

template<typename T, typename From>
Result<std::vector<T>> collect(storage::Connection& connection, const QString& sql, const QVariantList& parameters,
                               From from)
{
    std::vector<T> rows;
    rows.reserve(32);
    auto read = forEachRow(connection, sql, parameters,
                           [&](const storage::Statement& statement) { rows.push_back(from(statement)); });
    if (!read)
        return read.error();
    return rows;
}

bool isActive(const ClinicalEntry& entry)
{
    return entry.body.value(QStringLiteral("status")).toString() == QLatin1String("active");
}

} // namespace

QString encounterStatusName(EncounterStatus status)
{
    switch (status) {
    case EncounterStatus::Open:
        return QStringLiteral("open");
    case EncounterStatus::Closed:
        return QStringLiteral("closed");
    case EncounterStatus::EnteredInError:
        return QStringLiteral("entered_in_error");
    }
    return {};
}

Result<std::vector<ClinicalEntry>> ChartQueries::entries(const QString& sql, const QVariantList& parameters)
{
    return collect<ClinicalEntry>(m_connection, sql, parameters, entryFrom);
}

Result<std::vector<Encounter>> ChartQueries::encounterRows(const QString& sql, const QVariantList& parameters)
{
    return collect<Encounter>(m_connection, sql, parameters, encounterFrom);
}

Result<std::optional<Encounter>> ChartQueries::encounter(const QString& encounterId)
{
    auto rows = encounterRows(kEncounterColumns + QStringLiteral("WHERE n.id = ?"), {encounterId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Encounter>();
    return std::optional<Encounter>(std::move(rows->front()));
}

Result<std::vector<Encounter>> ChartQueries::encounters(const QString& patientId, bool includeEnteredInError, int limit)
{
    return encounterRows(kEncounterColumns + QStringLiteral("WHERE n.patient_id = ? AND (? OR n.status <> "
                                                            "'entered_in_error') ORDER BY n.started_at DESC, n.id "
                                                            "DESC LIMIT ?"),
                         {patientId, includeEnteredInError, limit});
}

Result<int> ChartQueries::encounterCount(const QString& patientId)
{
    auto count = m_connection.queryValue(
        QStringLiteral("SELECT count(*) FROM encounters WHERE patient_id = ? AND status <> 'entered_in_error'"),
        {patientId});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<std::optional<ClinicalEntry>> ChartQueries::entry(const QString& entryId)
{
    auto rows = entries(kEntryColumns + QStringLiteral("WHERE e.id = ?"), {entryId});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<ClinicalEntry>();
    return std::optional<ClinicalEntry>(std::move(rows->front()));
}

Result<bool> ChartQueries::isSuperseded(const QString& entryId)
{
    auto found = m_connection.queryValue(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM clinical_entries WHERE supersedes = ?)"), {entryId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<std::vector<ClinicalEntry>> ChartQueries::currentEntries(const QString& patientId, std::optional<EntryKind> kind)
{
    if (kind)
        return entries(kEntryColumns + QStringLiteral("WHERE e.patient_id = ? AND e.kind = ?") + kCurrent +
                           kNewestFirst,
                       {patientId, entryKindName(*kind)});
    return entries(kEntryColumns + QStringLiteral("WHERE e.patient_id = ?") + kCurrent + kNewestFirst, {patientId});
}

Result<std::vector<ClinicalEntry>> ChartQueries::encounterEntries(const QString& encounterId)
{
    return entries(kEntryColumns + QStringLiteral("WHERE e.encounter_id = ?") + kCurrent + kNewestFirst, {encounterId});
}

Result<std::vector<ChartEncounter>> ChartQueries::recentEncounters(const QString& patientId, int limit)
{
    auto newest = encounters(patientId, false, limit);
    if (!newest)
        return newest.error();
    std::vector<ChartEncounter> chart;
    chart.reserve(newest->size());
    QHash<QString, qsizetype> slot;
    for (Encounter& encounter : *newest) {
        slot.insert(encounter.id, static_cast<qsizetype>(chart.size()));
        chart.push_back({std::move(encounter), {}});
    }
    // One pass over the patient's current entries, bucketed by encounter, instead of one query per encounter.
    auto read = forEachRow(m_connection,
                           kEntryColumns +
                               QStringLiteral("WHERE e.encounter_id IN (SELECT id FROM encounters "
                                              "WHERE patient_id = ? AND status <> 'entered_in_error' "
                                              "ORDER BY started_at DESC, id DESC LIMIT ?)") +
                               kCurrent + kNewestFirst,
                           {patientId, limit}, [&](const storage::Statement& statement) {
                               const auto found = slot.constFind(statement.text(2));
                               if (found != slot.constEnd())
                                   chart[static_cast<size_t>(*found)].entries.push_back(entryFrom(statement));
                           });
    if (!read)
        return read.error();
    return chart;
}

Result<std::vector<ClinicalEntry>> ChartQueries::history(const QString& entryId)
{
    // Walk up to the original, then down through every row that supersedes it.
    return entries(
        QStringLiteral("WITH RECURSIVE up (id, supersedes) AS ("
                       " SELECT id, supersedes FROM clinical_entries WHERE id = ?"
                       " UNION SELECT c.id, c.supersedes FROM clinical_entries c JOIN up ON c.id = "
                       "up.supersedes),"
                       " chain (id) AS ("
                       " SELECT id FROM up WHERE supersedes IS NULL"
                       " UNION SELECT c.id FROM clinical_entries c JOIN chain ON c.supersedes = chain.id) ") +
            kEntryColumns + QStringLiteral("WHERE e.id IN (SELECT id FROM chain) ORDER BY e.created_at, e.id"),
        {entryId});
}

Result<ChartSummary> ChartQueries::summary(const QString& patientId)
{
    ChartSummary summary;
    auto lists = forEachRow(
        m_connection,
        kEntryColumns + QStringLiteral("WHERE e.patient_id = ? AND e.kind IN ('allergy', 'problem', 'medication')") +
            kCurrent + kNewestFirst,
        {patientId}, [&](const storage::Statement& statement) {
            ClinicalEntry entry = entryFrom(statement);
            if (entry.kind == EntryKind::Allergy)
                summary.allergies.push_back(std::move(entry));
            else if (entry.kind == EntryKind::Problem && isActive(entry))
                summary.activeProblems.push_back(std::move(entry));
            else if (entry.kind == EntryKind::Medication && isActive(entry))
                summary.activeMedications.push_back(std::move(entry));
        });
    if (!lists)
        return lists.error();
    // Latest by the visit it was measured at, so amending an old set of vitals does not make it "latest".
    auto vitals =
        entries(kEntryColumns +
                    QStringLiteral("JOIN encounters n ON n.id = e.encounter_id "
                                   "WHERE e.patient_id = ? AND e.kind = 'vitals'") +
                    kCurrent + QStringLiteral(" ORDER BY n.started_at DESC, e.created_at DESC, e.id DESC LIMIT 1"),
                {patientId});
    if (!vitals)
        return vitals.error();
    if (!vitals->empty())
        summary.latestVitals = std::move(vitals->front());
    return summary;
}

} // namespace outpost::clinic
