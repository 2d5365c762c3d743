#include "core/clinic/MergeService.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/PatientState.h"
#include "core/CoreText.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outpost::clinic {

namespace {

using auth::Permission;

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

QJsonArray toArray(const QStringList& ids)
{
    return QJsonArray::fromStringList(ids);
}

QStringList toStrings(const QJsonValue& value)
{
    QStringList ids;
    for (const auto& id : value.toArray())
        ids << id.toString();
    return ids;
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QStringList> ids(storage::Connection& connection, const QString& table, const QString& patientId)
{
    auto rows =
        connection.query(QStringLiteral("SELECT id FROM %1 WHERE patient_id = ? ORDER BY id").arg(table), {patientId});
    if (!rows)
        return rows.error();
    QStringList found;
    for (const storage::Row& row : *rows)
        found << row.at(0).toString();
    return found;
}

/// Everything of @p mergedId that can move to @p survivorId. An identifier the survivor already
/// carries stays where it is: the key (patient, kind, value) would clash, and the survivor has it anyway.
Result<MovedRows> movable(storage::Connection& connection, const QString& survivorId, const QString& mergedId)
{
    MovedRows moved;
    auto identifiers = connection.query(
        QStringLiteral("SELECT m.kind, m.normalised FROM patient_identifiers m WHERE m.patient_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM patient_identifiers s WHERE s.patient_id = ? AND s.kind = m.kind "
                       "AND s.normalised = m.normalised) ORDER BY m.kind, m.normalised"),
        {mergedId, survivorId});
    if (!identifiers)
        return identifiers.error();
    for (const storage::Row& row : *identifiers)
        moved.identifiers.push_back({row.at(0).toString(), row.at(1).toString()});
    auto contacts = connection.query(QStringLiteral("SELECT id, name, relationship, phone FROM patient_contacts "
                                                    "WHERE patient_id = ? ORDER BY id"),
                                     {mergedId});
    if (!contacts)
        return contacts.error();
    for (const storage::Row& row : *contacts)
        moved.contacts.push_back(
            {row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString()});
    for (auto [table, list] : {std::pair{QStringLiteral("appointments"), &moved.appointments},
                               std::pair{QStringLiteral("encounters"), &moved.encounters},
                               std::pair{QStringLiteral("clinical_entries"), &moved.entries},
                               std::pair{QStringLiteral("documents"), &moved.documents}}) {
        auto found = ids(connection, table, mergedId);
        if (!found)
            return found.error();
        *list = std::move(*found);
    }
    return moved;
}

/// Re-homes the rows in @p moved from @p fromId to @p toId. Appointments, encounters and entries must each
/// still be on @p fromId; identifiers and contacts that are gone are skipped and counted in @p missing.
Result<void> moveRows(storage::Connection& writer, const MovedRows& moved, const QString& fromId, const QString& toId,
                      int& missing)
{
    const auto moveOne = [&](const QString& sql, const QVariantList& key, bool required) -> Result<void> {
        if (auto updated = writer.execute(sql, QVariantList{toId, fromId} + key); !updated)
            return updated;
        if (writer.changes() == 1)
            return {};
        if (required)
            return invalid(CoreText::tr("Records moved by the merge have changed since; the merge can't be undone."));
        ++missing;
        return {};
    };
    for (const IdentifierKey& identifier : moved.identifiers) {
        if (auto done = moveOne(QStringLiteral("UPDATE patient_identifiers SET patient_id = ? WHERE patient_id = ? "
                                               "AND kind = ? AND normalised = ?"),
                                {identifier.kind, identifier.normalised}, false);
            !done)
            return done;
    }
    for (const MovedContact& contact : moved.contacts) {
        // The same row if it is still there, else one with the same values (an edit rewrote the rows).
        if (auto done = moveOne(QStringLiteral("UPDATE patient_contacts SET patient_id = ?1 WHERE id = ("
                                               "SELECT id FROM patient_contacts WHERE patient_id = ?2 AND (id = ?3 OR "
                                               "(name = ?4 AND relationship = ?5 AND phone = ?6)) "
                                               "ORDER BY id = ?3 DESC, id LIMIT 1)"),
                                {contact.id, contact.name, contact.relationship, contact.phone}, false);
            !done)
            return done;
    }
    for (auto [table, list] : {std::pair{QStringLiteral("appointments"), &moved.appointments},
                               std::pair{QStringLiteral("encounters"), &moved.encounters},
                               std::pair{QStringLiteral("clinical_entries"), &moved.entries},
                               std::pair{QStringLiteral("documents"), &moved.documents}}) {
        const QString sql = QStringLiteral("UPDATE %1 SET patient_id = ? WHERE patient_id = ? AND id = ?").arg(table);
        for (const QString& id : *list) {
            if (auto done = moveOne(sql, {id}, true); !done)
                return done;
        }
    }
    return {};
}

/// Rows written on the survivor since the merge that belong with moved ones: moving the moved rows
/// back without them would leave an amendment on one patient and its original on the other.
Result<void> requireNoDependents(storage::Connection& connection, const MovedRows& moved, const QString& survivorId)
{
    auto count = connection.queryValue(
        QStringLiteral("SELECT count(*) FROM clinical_entries WHERE patient_id = ? "
                       "AND (encounter_id IN (SELECT value FROM json_each(?)) OR supersedes IN (SELECT value FROM "
                       "json_each(?))) AND id NOT IN (SELECT value FROM json_each(?))"),
        {survivorId, jsonText(toArray(moved.encounters)), jsonText(toArray(moved.entries)),
         jsonText(toArray(moved.entries))});
    if (!count)
        return count.error();
    if (count->toLongLong() > 0)
        return invalid(CoreText::tr("Entries written since the merge (%1) belong with records that came from the "
                                    "merged patient; the merge can't be undone.")
                           .arg(count->toLongLong()));
    return {};
}

QString countsDetail(const MovedRows& moved)
{
    return QStringLiteral("identifiers=%1 contacts=%2 appointments=%3 encounters=%4 entries=%5 documents=%6")
        .arg(moved.identifiers.size())
        .arg(moved.contacts.size())
        .arg(moved.appointments.size())
        .arg(moved.encounters.size())
        .arg(moved.entries.size())
        .arg(moved.documents.size());
}

MergeRecord recordFrom(const storage::Row& row)
{
    MergeRecord record;
    record.id = row.at(0).toString();
    record.survivorId = row.at(1).toString();
    record.mergedId = row.at(2).toString();
    record.moved = MovedRows::fromJson(QJsonDocument::fromJson(row.at(3).toString().toUtf8()).object());
    record.reason = row.at(4).toString();
    record.mergedBy = row.at(5).toString();
    record.mergedAtMs = row.at(6).toLongLong();
    record.undoneBy = row.at(7).toString();
    record.undoneAtMs = row.at(8).toLongLong();
    record.undoReason = row.at(9).toString();
    return record;
}

const QString kMergeColumns = QStringLiteral("SELECT id, survivor_id, merged_id, moved, reason, merged_by, merged_at, "
                                             "coalesce(undone_by, ''), coalesce(undone_at, 0), "
                                             "coalesce(undo_reason, '') FROM merges ");

} // namespace

QJsonObject MovedRows::toJson() const
{
    QJsonArray identifierArray;
    for (const IdentifierKey& identifier : identifiers)
        identifierArray.append(QJsonObject{{QStringLiteral("kind"), identifier.kind},
                                           {QStringLiteral("normalised"), identifier.normalised}});
    QJsonArray contactArray;
    for (const MovedContact& contact : contacts)
        contactArray.append(QJsonObject{{QStringLiteral("id"), contact.id},
                                        {QStringLiteral("name"), contact.name},
                                        {QStringLiteral("relationship"), contact.relationship},
                                        {QStringLiteral("phone"), contact.phone}});
    return {
        {QStringLiteral("identifiers"), identifierArray},        {QStringLiteral("contacts"), contactArray},
        {QStringLiteral("appointments"), toArray(appointments)}, {QStringLiteral("encounters"), toArray(encounters)},
        {QStringLiteral("entries"), toArray(entries)},           {QStringLiteral("documents"), toArray(documents)}};
}

MovedRows MovedRows::fromJson(const QJsonObject& json)
{
    MovedRows moved;
    for (const auto& identifier : json.value(QStringLiteral("identifiers")).toArray())
        moved.identifiers.push_back({identifier.toObject().value(QStringLiteral("kind")).toString(),
                                     identifier.toObject().value(QStringLiteral("normalised")).toString()});
    for (const auto& value : json.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject contact = value.toObject();
        moved.contacts.push_back({contact.value(QStringLiteral("id")).toInteger(),
                                  contact.value(QStringLiteral("name")).toString(),
                                  contact.value(QStringLiteral("relationship")).toString(),
                                  contact.value(QStringLiteral("phone")).toString()});
    }
    moved.appointments = toStrings(json.value(QStringLiteral("appointments")));
    moved.encounters = toStrings(json.value(QStringLiteral("encounters")));
    moved.entries = toStrings(json.value(QStringLiteral("entries")));
    moved.documents = toStrings(json.value(QStringLiteral("documents"))); // absent in merges made before documents
    return moved;
}

Result<QString> MergeService::merge(const Session& session, const QString& survivorId, const QString& mergedId,
                                    const QString& reason)
{
    if (auto allowed = require(session, Permission::MergePatients, m_context.clock); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return invalid(CoreText::tr("A merge needs a reason."));
    if (survivorId == mergedId)
        return invalid(CoreText::tr("A record can't be merged into itself."));
    const QString id = m_context.ids.next();
    auto written = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        auto survivor = patientState(writer, survivorId);
        if (!survivor)
            return survivor.error().code == ErrorCode::NotFound
                       ? makeError(ErrorCode::NotFound, CoreText::tr("The record to keep does not exist."))
                       : survivor.error();
        if (!survivor->mergedInto.isEmpty())
            return invalid(CoreText::tr("The record to keep was itself merged into another record."));
        auto merged = patientState(writer, mergedId);
        if (!merged)
            return merged.error().code == ErrorCode::NotFound
                       ? makeError(ErrorCode::NotFound, CoreText::tr("The duplicate record does not exist."))
                       : merged.error();
        if (!merged->mergedInto.isEmpty())
            return invalid(CoreText::tr("This duplicate has already been merged into another record."));

        auto moved = movable(writer, survivorId, mergedId);
        if (!moved)
            return moved.error();
        int missing = 0;
        if (auto done = moveRows(writer, *moved, mergedId, survivorId, missing); !done)
            return done;
        if (auto marked = writer.execute(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"),
                                         {survivorId, mergedId});
            !marked)
            return marked;
        if (auto recorded = writer.execute(
                QStringLiteral("INSERT INTO merges (id, survivor_id, merged_id, moved, reason, merged_by, merged_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, survivorId, mergedId,
                 QString::fromUtf8(QJsonDocument(moved->toJson()).toJson(QJsonDocument::Compact)), reason.trimmed(),
                 session.userId, m_context.clock.nowMs()});
            !recorded)
            return recorded;
        if (auto audited =
                AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.merge"), survivorId,
                                 QStringLiteral("merge=%1 merged=%2 %3").arg(id, mergedId, countsDetail(*moved)));
            !audited)
            return audited;
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.merge"), mergedId,
                                QStringLiteral("merge=%1 survivor=%2").arg(id, survivorId));
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> MergeService::undo(const Session& session, const QString& mergeId, const QString& reason)
{
    if (auto allowed = require(session, Permission::MergePatients, m_context.clock); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return invalid(CoreText::tr("Undoing a merge needs a reason."));
    return m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        auto row = writer.queryRow(kMergeColumns + QStringLiteral("WHERE id = ?"), {mergeId});
        if (!row)
            return row.error();
        if (!row->has_value())
            return makeError(ErrorCode::NotFound, CoreText::tr("No merge has this id."));
        const MergeRecord record = recordFrom(**row);
        if (record.undoneAtMs != 0)
            return invalid(CoreText::tr("This merge has already been undone."));
        auto survivor = patientState(writer, record.survivorId);
        if (!survivor)
            return survivor.error();
        if (!survivor->mergedInto.isEmpty())
            return invalid(CoreText::tr("The surviving record has since been merged into another record; undo that "
                                        "merge first."));
        auto merged = patientState(writer, record.mergedId);
        if (!merged)
            return merged.error();
        if (merged->mergedInto != record.survivorId)
            return invalid(CoreText::tr("The merged record no longer points at the survivor; the merge can't be "
                                        "undone."));
        if (auto independent = requireNoDependents(writer, record.moved, record.survivorId); !independent)
            return independent;

        int missing = 0;
        if (auto done = moveRows(writer, record.moved, record.survivorId, record.mergedId, missing); !done)
            return done;
        if (auto cleared = writer.execute(QStringLiteral("UPDATE patients SET merged_into = NULL WHERE id = ?"),
                                          {record.mergedId});
            !cleared)
            return cleared;
        if (auto marked = writer.execute(
                QStringLiteral("UPDATE merges SET undone_by = ?, undone_at = ?, undo_reason = ? WHERE id = ?"),
                {session.userId, m_context.clock.nowMs(), reason.trimmed(), mergeId});
            !marked)
            return marked;
        if (auto audited = AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.merge_undo"),
                                            record.survivorId,
                                            QStringLiteral("merge=%1 merged=%2 %3 gone_since=%4")
                                                .arg(mergeId, record.mergedId, countsDetail(record.moved))
                                                .arg(missing));
            !audited)
            return audited;
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.merge_undo"),
                                record.mergedId,
                                QStringLiteral("merge=%1 survivor=%2").arg(mergeId, record.survivorId));
    });
}

Result<std::vector<MergeRecord>> MergeService::mergesOf(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    std::vector<MergeRecord> records;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto rows = reader.query(kMergeColumns + QStringLiteral("WHERE survivor_id = ? OR merged_id = ? "
                                                                "ORDER BY merged_at DESC, id DESC"),
                                 {patientId, patientId});
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows)
            records.push_back(recordFrom(row));
        return {};
    });
    if (!read)
        return read.error();
    return records;
}

} // namespace outpost::clinic
