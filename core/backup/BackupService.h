#pragma once

#include "core/backup/BackupFormat.h"
#include "core/backup/BackupWriter.h"
#include "core/Clock.h"
#include "core/crypto/RecoveryKey.h"
#include "core/Result.h"
#include "core/storage/Migrations.h"

#include <QString>

#include <optional>
#include <vector>

namespace outpost::backup {

/// What opens a backup: its passphrase, or the clinic's recovery key for a backup made under it.
struct BackupSecret {
    QString passphrase;
    std::optional<crypto::RecoveryKey> recoveryKey;
};

/// What a restore did.
struct RestoreSummary {
    BackupHeader header;
    QString deviceId; ///< the restored database's new device identity
};

/// Export, verify and restore of whole backups on files: the operations outpostctl and the app share.
/// Every operation reports progress in bytes of database pages and stops when the callback says so.
class BackupService
{
public:
    /// Writes a backup of @p source to @p path (a new file; temporary name, fsync, rename).
    static Result<ExportSummary> exportTo(const QString& path, const ExportSource& source, const StreamKey& key,
                                          const Clock& clock, const Progress& progress = {});
    /// The clear header of the backup at @p path, without any key.
    static Result<BackupHeader> inspect(const QString& path);
    /// Decrypts and checks the whole backup without restoring it: authentication of every part,
    /// the keyring against the data key, SQLite's integrity_check of the rebuilt database (in an
    /// encrypted working copy under a one-time key in @p scratchDirectory, default the system's
    /// temporary folder) and the row counts against the header.
    static Result<BackupHeader> verify(const QString& path, const BackupSecret& secret,
                                       const QString& scratchDirectory = {}, const Progress& progress = {});
    /// Restores into @p directory, which must not hold an Outpost database or keyring yet. The
    /// restored folder opens with the same users' passwords and the same recovery key, and gets a new
    /// device identity. Verified (as verify()) before it takes its final name.
    static Result<RestoreSummary> restoreInto(const QString& path, const BackupSecret& secret, const QString& directory,
                                              const Clock& clock, const Progress& progress = {});
    /// Replaces the database and keyring of the data folder @p directory (closed everywhere) with
    /// the backup. The current pair is kept as a rollback copy until the restored pair is verified
    /// in place, and put back if anything fails.
    static Result<RestoreSummary> replaceDataFolder(const QString& path, const BackupSecret& secret,
                                                    const QString& directory, const Clock& clock,
                                                    const Progress& progress = {});
    /// The default file name of a backup made at @p ms: outpost-backup-YYYYMMDD-HHMMSS.outpostbackup (UTC).
    static QString defaultFileName(qint64 ms);
};

} // namespace outpost::backup
