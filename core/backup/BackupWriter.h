#pragma once

#include "core/backup/BackupFormat.h"
#include "core/backup/BackupSink.h"
#include "core/Clock.h"
#include "core/crypto/SecretKey.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <QString>

namespace outpost::backup {

/// What an export needs: the open database, the data key it is open with and its keyring file.
struct ExportSource {
    storage::Database& database;
    const crypto::SecretKey& dataKey;
    QString keyringPath;
    /// Where the encrypted working copy goes, should one be needed (default: the database's folder).
    QString scratchDirectory;
};

/// What an export wrote.
struct ExportSummary {
    BackupHeader header;
    qint64 databaseBytes = 0; ///< pages × page size
    qint64 fileBytes = 0;     ///< the backup file's size
    qint64 countMs = 0;       ///< counting the rows of the snapshot
    qint64 copyMs = 0;        ///< copying the snapshot, compressing, encrypting and writing (one pass)
    qint64 commitMs = 0;      ///< the commit: the last bytes, fsync and rename
    bool workingCopy = false; ///< the pages went through an encrypted working copy (the fallback)
};

/// Writes a backup: a consistent snapshot of the database taken from one read transaction while
/// the app keeps writing, compressed with zstd and encrypted with
/// crypto_secretstream_xchacha20poly1305 under @p key. The snapshot is an sqlite3_backup into a
/// PagePipe, which hands each page to the compressor as SQLite writes it: the pages are in clear
/// only in memory, as in SQLite's own page cache, and never stored. Should SQLite write the copy in
/// an order the pipe cannot stream, the writer starts again through an encrypted working copy under
/// a one-time key (the slower way: the pages are encrypted, stored, read back and decrypted).
class BackupWriter
{
public:
    /// Writes the whole backup into @p sink and commits it; on any failure or cancel the sink is
    /// abandoned, so no partial file is left. @p progress may cancel (return false).
    static Result<ExportSummary> write(const ExportSource& source, const StreamKey& key, BackupSink& sink,
                                       const Clock& clock, const Progress& progress = {});

    /// Tests: the next exports' pipes behave as if SQLite wrote page @p page out of order (0: never),
    /// so the working-copy way runs.
    static void breakPipeAtPageForTesting(quint32 page);

    /// The row count of every table of the snapshot on @p connection (inside its read transaction).
    static Result<QList<QPair<QString, qint64>>> countRows(storage::Connection& connection);
};

} // namespace outpost::backup
