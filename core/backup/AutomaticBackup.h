#pragma once

#include "core/backup/BackupFormat.h"
#include "core/backup/BackupSchedule.h"
#include "core/clinic/Session.h"
#include "core/Clock.h"
#include "core/crypto/SecretKey.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace outpost::backup {

/// The daily automatic backup of an open clinic: its settings and key in the encrypted settings
/// table, the run when it is due (export, retention, state), and the audit of every step.
class AutomaticBackup
{
public:
    /// The settings key of the automatic backups' stream key (derived once from the admin's
    /// passphrase; the settings table is inside the encrypted database).
    static QString keySettingsKey() { return QStringLiteral("backup.stream_key"); }

    /// Stores @p settings and, when @p key is not null, the stream key; audited as "backup.settings". Admins only.
    static Result<void> configure(storage::Database& database, const Clock& clock, const clinic::Session& admin,
                                  const AutomaticBackupSettings& settings, const StreamKey* key);
    /// True when a stream key for automatic backups is stored.
    static Result<bool> hasKey(storage::Database& database);

    /// What runIfDue() did.
    struct Outcome {
        bool ran = false;
        QString file;        ///< the new backup (empty when none)
        QStringList deleted; ///< old backups retention removed
        std::optional<Error> error;
    };
    /// When the schedule says the backup is due: writes outpost-backup-….outpostbackup into the
    /// folder, applies retention, stores the state and audits "backup.auto" (or "backup.auto.failed"
    /// with the reason). A failure is recorded in the state and the outcome, not returned as an error;
    /// the returned error is only for a database that cannot record anything. @p progress may cancel
    /// the export (the app closing); that is recorded as a failed attempt and leaves no file.
    static Result<Outcome> runIfDue(storage::Database& database, const crypto::SecretKey& dataKey,
                                    const QString& keyringPath, const Clock& clock,
                                    const QTimeZone& zone = QTimeZone::systemTimeZone(), const Progress& progress = {});

    /// Appends a backup event to the audit log in its own write transaction.
    static Result<void> audit(storage::Database& database, const Clock& clock, const clinic::Session* session,
                              const QString& action, const QString& detail);
};

} // namespace outpost::backup
