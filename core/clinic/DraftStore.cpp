#include "core/clinic/DraftStore.h"

#include "core/CoreText.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

namespace outpost::clinic {

Result<void> DraftStore::save(const Session& session, const QString& patientId, const QString& encounterId,
                              const QJsonObject& body)
{
    if (auto allowed = require(session, auth::Permission::WriteClinical, m_context.clock); !allowed)
        return allowed;
    if (patientId.isEmpty())
        return makeError(ErrorCode::Invalid, CoreText::tr("A draft needs a patient."));
    const QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return m_context.database.write([&](storage::Connection& writer) {
        return writer.execute(
            QStringLiteral("INSERT INTO note_drafts (user_id, patient_id, encounter_id, body, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, patient_id) DO UPDATE SET "
                           "encounter_id = excluded.encounter_id, body = excluded.body, "
                           "updated_at = excluded.updated_at"),
            {session.userId, patientId, encounterId, json, m_context.clock.nowMs()});
    });
}

Result<std::optional<NoteDraft>> DraftStore::load(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, auth::Permission::WriteClinical, m_context.clock); !allowed)
        return allowed.error();
    std::optional<NoteDraft> draft;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto row = reader.queryRow(QStringLiteral("SELECT encounter_id, body, updated_at FROM note_drafts "
                                                  "WHERE user_id = ? AND patient_id = ?"),
                                   {session.userId, patientId});
        if (!row)
            return row.error();
        if (!row->has_value())
            return {};
        const storage::Row& found = **row;
        draft = NoteDraft{patientId, found.at(0).toString(),
                          QJsonDocument::fromJson(found.at(1).toString().toUtf8()).object(), found.at(2).toLongLong()};
        return {};
    });
    if (!read)
        return read.error();
    return draft;
}

Result<void> DraftStore::discard(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, auth::Permission::WriteClinical, m_context.clock); !allowed)
        return allowed;
    return m_context.database.write([&](storage::Connection& writer) {
        return writer.execute(QStringLiteral("DELETE FROM note_drafts WHERE user_id = ? AND patient_id = ?"),
                              {session.userId, patientId});
    });
}

} // namespace outpost::clinic
