#pragma once

#include "core/clinic/Session.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace outpost::clinic {

/// A note the clinician has not saved yet.
struct NoteDraft {
    QString patientId;
    QString encounterId; ///< the encounter the note will join; empty for a new encounter
    QJsonObject body;    ///< the editor's fields, as the editor wrote them
    qint64 updatedAtMs = 0;
};

/// Autosaved note drafts, one per user and patient, in the encrypted database (table note_drafts).
/// A draft is clinical text, so it never touches a temporary file and every call needs
/// WriteClinical; it is the writer's own work in progress, so it is not audited (the saved note is).
class DraftStore
{
public:
    explicit DraftStore(ClinicContext& context) : m_context(context) {}

    /// Replaces the session user's draft for @p patientId.
    Result<void> save(const Session& session, const QString& patientId, const QString& encounterId,
                      const QJsonObject& body);
    /// The session user's draft for @p patientId, if any.
    Result<std::optional<NoteDraft>> load(const Session& session, const QString& patientId);
    /// Removes it (after the note was saved, or the user discarded it); no draft is not an error.
    Result<void> discard(const Session& session, const QString& patientId);

private:
    ClinicContext& m_context;
};

} // namespace outpost::clinic
