#include "core/clinic/ChartService.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/PatientState.h"
#include "core/CoreText.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

namespace outpost::clinic {

namespace {

using auth::Permission;

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

Error encounterNotFound()
{
    return makeError(ErrorCode::NotFound, CoreText::tr("No encounter has this id."));
}

Error entryNotFound()
{
    return makeError(ErrorCode::NotFound, CoreText::tr("No clinical entry has this id."));
}

QString statusName(EntryStatus status)
{
    return status == EntryStatus::EnteredInError ? QStringLiteral("entered_in_error") : QStringLiteral("current");
}

Result<void> insertEntry(storage::Connection& writer, const ClinicalEntry& entry)
{
    return writer.execute(QStringLiteral("INSERT INTO clinical_entries (id, patient_id, encounter_id, kind, body, "
                                         "status, supersedes, reason, author_id, created_at) "
                                         "VALUES (?, ?, nullif(?, ''), ?, ?, ?, nullif(?, ''), ?, ?, ?)"),
                          {entry.id, entry.patientId, entry.encounterId, entryKindName(entry.kind),
                           QString::fromUtf8(QJsonDocument(entry.body).toJson(QJsonDocument::Compact)),
                           statusName(entry.status), entry.supersedes, entry.reason, entry.authorId,
                           entry.createdAtMs});
}

/// The row that withdraws or amends @p old: same patient, encounter and kind, written now by the session's user.
ClinicalEntry successorOf(const ClinicalEntry& old, const QString& id, const Session& session, qint64 nowMs)
{
    ClinicalEntry next = old;
    next.id = id;
    next.supersedes = old.id;
    next.authorId = session.userId;
    next.authorName = session.userName;
    next.createdAtMs = nowMs;
    return next;
}

Result<void> requireOpenEncounter(const std::optional<Encounter>& encounter, const QString& patientId)
{
    if (!encounter)
        return encounterNotFound();
    if (encounter->patientId != patientId)
        return invalid(CoreText::tr("This encounter belongs to another patient."));
    if (encounter->status == EncounterStatus::Closed)
        return invalid(CoreText::tr("This encounter is closed; amend its entries or open a new encounter."));
    if (encounter->status == EncounterStatus::EnteredInError)
        return invalid(CoreText::tr("This encounter was entered in error."));
    return {};
}

} // namespace

Result<void> ChartService::audit(storage::Connection& writer, const Session& session, const QString& action,
                                 const QString& patientId, const QString& detail)
{
    return AuditLog::append(writer, m_context.clock, &session, action, patientId, detail);
}

Result<void> ChartService::recordRead(const Session& session, const QString& action, const QString& patientId,
                                      const QString& detail, bool always)
{
    // require() already passed, so a role without ReadClinical got here through break-glass.
    const bool breakGlass = !auth::allows(session.role, Permission::ReadClinical);
    if (!always && !breakGlass)
        return {};
    const QString fullDetail = breakGlass ? detail + QStringLiteral(" break_glass") : detail;
    return m_context.database.write(
        [&](storage::Connection& writer) { return audit(writer, session, action, patientId, fullDetail); });
}

Result<QString> ChartService::openEncounter(const Session& session, const QString& patientId, const QString& reason)
{
    if (auto allowed = require(session, Permission::WriteClinical, m_context.clock); !allowed)
        return allowed.error();
    const QString id = m_context.ids.next();
    const qint64 now = m_context.clock.nowMs();
    auto written = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto active = requireActivePatient(writer, patientId); !active)
            return active;
        if (auto inserted = writer.execute(
                QStringLiteral("INSERT INTO encounters (id, patient_id, clinician_id, started_at, reason, status, "
                               "created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)"),
                {id, patientId, session.userId, now, reason.trimmed(), now});
            !inserted)
            return inserted;
        return audit(writer, session, QStringLiteral("encounter.open"), patientId, QStringLiteral("encounter=") + id);
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> ChartService::closeEncounter(const Session& session, const QString& encounterId)
{
    if (auto allowed = require(session, Permission::WriteClinical, m_context.clock); !allowed)
        return allowed;
    return m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        auto encounter = ChartQueries(writer).encounter(encounterId);
        if (!encounter)
            return encounter.error();
        if (!*encounter)
            return encounterNotFound();
        if ((*encounter)->status != EncounterStatus::Open)
            return invalid((*encounter)->status == EncounterStatus::Closed
                               ? CoreText::tr("This encounter is already closed.")
                               : CoreText::tr("This encounter was entered in error."));
        if (auto updated = writer.execute(QStringLiteral("UPDATE encounters SET status = 'closed', status_at = ?, "
                                                         "status_by = ? WHERE id = ?"),
                                          {m_context.clock.nowMs(), session.userId, encounterId});
            !updated)
            return updated;
        return audit(writer, session, QStringLiteral("encounter.close"), (*encounter)->patientId,
                     QStringLiteral("encounter=") + encounterId);
    });
}

Result<void> ChartService::markEncounterEnteredInError(const Session& session, const QString& encounterId,
                                                       const QString& reason)
{
    if (auto allowed = require(session, Permission::WriteClinical, m_context.clock); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return invalid(CoreText::tr("Marking an encounter as entered in error needs a reason."));
    return m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        ChartQueries queries(writer);
        auto encounter = queries.encounter(encounterId);
        if (!encounter)
            return encounter.error();
        if (!*encounter)
            return encounterNotFound();
        if ((*encounter)->status == EncounterStatus::EnteredInError)
            return invalid(CoreText::tr("This encounter was already entered in error."));
        auto entries = queries.encounterEntries(encounterId);
        if (!entries)
            return entries.error();
        const qint64 now = m_context.clock.nowMs();
        for (const ClinicalEntry& entry : *entries) {
            ClinicalEntry withdrawn = successorOf(entry, m_context.ids.next(), session, now);
            withdrawn.status = EntryStatus::EnteredInError;
            withdrawn.reason = reason.trimmed();
            if (auto inserted = insertEntry(writer, withdrawn); !inserted)
                return inserted;
        }
        if (auto updated =
                writer.execute(QStringLiteral("UPDATE encounters SET status = 'entered_in_error', "
                                              "status_reason = ?, status_at = ?, status_by = ? WHERE id = ?"),
                               {reason.trimmed(), now, session.userId, encounterId});
            !updated)
            return updated;
        return audit(writer, session, QStringLiteral("encounter.entered_in_error"), (*encounter)->patientId,
                     QStringLiteral("encounter=%1 entries=%2").arg(encounterId).arg(entries->size()));
    });
}

Result<std::vector<Encounter>> ChartService::encounters(const Session& session, const QString& patientId,
                                                        bool includeEnteredInError)
{
    if (auto allowed = require(session, Permission::ReadClinical, m_context.clock); !allowed)
        return allowed.error();
    std::vector<Encounter> found;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        if (auto state = patientState(reader, patientId); !state)
            return state.error();
        auto rows = ChartQueries(reader).encounters(patientId, includeEnteredInError);
        if (!rows)
            return rows.error();
        found = std::move(*rows);
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited = recordRead(session, QStringLiteral("encounter.list"), patientId,
                                  QStringLiteral("encounters=%1").arg(found.size()));
        !audited)
        return audited.error();
    return found;
}

Result<QString> ChartService::addEntry(const Session& session, const QString& patientId, const QString& encounterId,
                                       EntryKind kind, const QJsonObject& body)
{
    if (auto allowed = require(session, Permission::WriteClinical, m_context.clock); !allowed)
        return allowed.error();
    auto canonical = canonicalBody(kind, body);
    if (!canonical)
        return canonical.error();
    if (encounterId.isEmpty() && kind == EntryKind::Note)
        return invalid(CoreText::tr("A note is written in an encounter; open one first."));
    if (encounterId.isEmpty() && kind == EntryKind::Vitals)
        return invalid(CoreText::tr("Vitals are recorded in an encounter; open one first."));

    ClinicalEntry entry;
    entry.id = m_context.ids.next();
    entry.patientId = patientId;
    entry.encounterId = encounterId;
    entry.kind = kind;
    entry.body = *canonical;
    entry.authorId = session.userId;
    entry.createdAtMs = m_context.clock.nowMs();
    auto written = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto active = requireActivePatient(writer, patientId); !active)
            return active;
        if (!encounterId.isEmpty()) {
            auto encounter = ChartQueries(writer).encounter(encounterId);
            if (!encounter)
                return encounter.error();
            if (auto open = requireOpenEncounter(*encounter, patientId); !open)
                return open;
        }
        if (auto inserted = insertEntry(writer, entry); !inserted)
            return inserted;
        QString detail = QStringLiteral("entry=") + entry.id;
        if (!encounterId.isEmpty())
            detail += QStringLiteral(" encounter=") + encounterId;
        return audit(writer, session, entryKindName(kind) + QStringLiteral(".add"), patientId, detail);
    });
    if (!written)
        return written.error();
    return entry.id;
}

Result<QString> ChartService::addNote(const Session& session, const QString& patientId, const QString& encounterId,
                                      const SoapNote& note)
{
    return addEntry(session, patientId, encounterId, EntryKind::Note, note.toJson());
}

Result<QString> ChartService::addVitals(const Session& session, const QString& patientId, const QString& encounterId,
                                        const Vitals& vitals)
{
    return addEntry(session, patientId, encounterId, EntryKind::Vitals, vitals.toJson());
}

Result<QString> ChartService::addAllergy(const Session& session, const QString& patientId, const QString& encounterId,
                                         const Allergy& allergy)
{
    return addEntry(session, patientId, encounterId, EntryKind::Allergy, allergy.toJson());
}

Result<QString> ChartService::addProblem(const Session& session, const QString& patientId, const QString& encounterId,
                                         const Problem& problem)
{
    return addEntry(session, patientId, encounterId, EntryKind::Problem, problem.toJson());
}

Result<QString> ChartService::addMedication(const Session& session, const QString& patientId,
                                            const QString& encounterId, const Medication& medication)
{
    return addEntry(session, patientId, encounterId, EntryKind::Medication, medication.toJson());
}

Result<QString> ChartService::amend(const Session& session, const QString& entryId, const QJsonObject& newBody,
                                    const QString& reason)
{
    return supersede(session, entryId, &newBody, reason);
}

Result<QString> ChartService::markEnteredInError(const Session& session, const QString& entryId, const QString& reason)
{
    return supersede(session, entryId, nullptr, reason);
}

Result<QString> ChartService::supersede(const Session& session, const QString& entryId, const QJsonObject* newBody,
                                        const QString& reason)
{
    if (auto allowed = require(session, Permission::WriteClinical, m_context.clock); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return invalid(newBody ? CoreText::tr("An amendment needs a reason.")
                               : CoreText::tr("Marking an entry as entered in error needs a reason."));
    const QString id = m_context.ids.next();
    auto written = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        ChartQueries queries(writer);
        auto old = queries.entry(entryId);
        if (!old)
            return old.error();
        if (!*old)
            return entryNotFound();
        if ((*old)->status == EntryStatus::EnteredInError)
            return invalid(CoreText::tr("This entry was entered in error; it can't be changed."));
        auto superseded = queries.isSuperseded(entryId);
        if (!superseded)
            return superseded.error();
        if (*superseded)
            return invalid(CoreText::tr("This entry has been amended since; change its newest version."));
        if (auto active = requireActivePatient(writer, (*old)->patientId); !active)
            return active;

        ClinicalEntry next = successorOf(**old, id, session, m_context.clock.nowMs());
        next.reason = reason.trimmed();
        if (newBody) {
            auto canonical = canonicalBody(next.kind, *newBody);
            if (!canonical)
                return canonical.error();
            if (*canonical == (*old)->body)
                return invalid(CoreText::tr("The amendment is the same as the entry; change something first."));
            next.body = *canonical;
        } else {
            next.status = EntryStatus::EnteredInError;
        }
        if (auto inserted = insertEntry(writer, next); !inserted)
            return inserted;
        return audit(writer, session,
                     newBody ? QStringLiteral("entry.amend") : QStringLiteral("entry.entered_in_error"), next.patientId,
                     QStringLiteral("entry=%1 supersedes=%2 kind=%3").arg(id, entryId, entryKindName(next.kind)));
    });
    if (!written)
        return written.error();
    return id;
}

Result<std::vector<ClinicalEntry>> ChartService::currentEntries(const Session& session, const QString& patientId,
                                                                std::optional<EntryKind> kind)
{
    if (auto allowed = require(session, Permission::ReadClinical, m_context.clock); !allowed)
        return allowed.error();
    std::vector<ClinicalEntry> found;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        if (auto state = patientState(reader, patientId); !state)
            return state.error();
        auto rows = ChartQueries(reader).currentEntries(patientId, kind);
        if (!rows)
            return rows.error();
        found = std::move(*rows);
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited = recordRead(session, QStringLiteral("entry.list"), patientId,
                                  QStringLiteral("entries=%1").arg(found.size()));
        !audited)
        return audited.error();
    return found;
}

Result<std::vector<ClinicalEntry>> ChartService::encounterEntries(const Session& session, const QString& encounterId)
{
    if (auto allowed = require(session, Permission::ReadClinical, m_context.clock); !allowed)
        return allowed.error();
    std::vector<ClinicalEntry> found;
    QString patientId;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        ChartQueries queries(reader);
        auto encounter = queries.encounter(encounterId);
        if (!encounter)
            return encounter.error();
        if (!*encounter)
            return encounterNotFound();
        patientId = (*encounter)->patientId;
        auto rows = queries.encounterEntries(encounterId);
        if (!rows)
            return rows.error();
        found = std::move(*rows);
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited = recordRead(session, QStringLiteral("encounter.view"), patientId,
                                  QStringLiteral("encounter=%1 entries=%2").arg(encounterId).arg(found.size()));
        !audited)
        return audited.error();
    return found;
}

Result<std::vector<ClinicalEntry>> ChartService::history(const Session& session, const QString& entryId)
{
    if (auto allowed = require(session, Permission::ReadClinical, m_context.clock); !allowed)
        return allowed.error();
    std::vector<ClinicalEntry> versions;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto rows = ChartQueries(reader).history(entryId);
        if (!rows)
            return rows.error();
        if (rows->empty())
            return entryNotFound();
        versions = std::move(*rows);
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited = recordRead(session, QStringLiteral("entry.history"), versions.front().patientId,
                                  QStringLiteral("entry=%1 versions=%2").arg(entryId).arg(versions.size()));
        !audited)
        return audited.error();
    return versions;
}

Result<ChartSummary> ChartService::summary(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, Permission::ReadClinical, m_context.clock); !allowed)
        return allowed.error();
    ChartSummary found;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        if (auto state = patientState(reader, patientId); !state)
            return state.error();
        auto summary = ChartQueries(reader).summary(patientId);
        if (!summary)
            return summary.error();
        found = std::move(*summary);
        return {};
    });
    if (!read)
        return read.error();
    if (auto audited = recordRead(session, QStringLiteral("chart.summary"), patientId, QStringLiteral("summary"));
        !audited)
        return audited.error();
    return found;
}

Result<Chart> ChartService::loadChart(const Session& session, const QString& patientId, int encounterLimit)
{
    if (auto allowed = require(session, Permission::ReadClinical, m_context.clock); !allowed)
        return allowed.error();
    Chart chart;
    chart.patientId = patientId;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto state = patientState(reader, patientId);
        if (!state)
            return state.error();
        chart.mergedInto = state->mergedInto;
        ChartQueries queries(reader);
        auto summary = queries.summary(patientId);
        if (!summary)
            return summary.error();
        chart.summary = std::move(*summary);
        auto encounters = queries.recentEncounters(patientId, std::max(encounterLimit, 0));
        if (!encounters)
            return encounters.error();
        chart.encounters = std::move(*encounters);
        auto count = queries.encounterCount(patientId);
        if (!count)
            return count.error();
        chart.encounterCount = *count;
        return {};
    });
    if (!read)
        return read.error();
    qsizetype entries = 0;
    for (const ChartEncounter& encounter : chart.encounters)
        entries += static_cast<qsizetype>(encounter.entries.size());
    // The chart is only handed out once its opening is on the record.
    if (auto audited =
            recordRead(session, QStringLiteral("chart.view"), patientId,
                       QStringLiteral("encounters=%1 entries=%2").arg(chart.encounters.size()).arg(entries), true);
        !audited)
        return audited.error();
    return chart;
}

} // namespace outpost::clinic
