// Database operations that look after the file rather than the data: verification, checkpoints,
// copies under a new key, and reading the clear header.
#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/Database.h"
#include "core/storage/DurableFile.h"
#include "core/storage/FileVerifier.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace outpost::storage {

namespace {

int sqliteMode(CheckpointMode mode)
{
    switch (mode) {
    case CheckpointMode::Passive:
        return SQLITE_CHECKPOINT_PASSIVE;
    case CheckpointMode::Full:
        return SQLITE_CHECKPOINT_FULL;
    case CheckpointMode::Restart:
        return SQLITE_CHECKPOINT_RESTART;
    case CheckpointMode::Truncate:
        break;
    }
    return SQLITE_CHECKPOINT_TRUNCATE;
}

Error closedError()
{
    return makeError(ErrorCode::Usage, CoreText::tr("The database is closed."));
}

} // namespace

Result<void> Database::verify()
{
    if (!m_writer)
        return closedError();
    std::lock_guard lock(m_writerMutex);
    Connection& connection = *m_writer;
    (void)takeAuthenticationFailure();
    // A read transaction pins the WAL: its committed frames cannot change while they are checked.
    if (auto begun = connection.execute(QStringLiteral("BEGIN")); !begun)
        return begun;
    auto version = connection.queryValue(QStringLiteral("PRAGMA schema_version"));
    Result<void> pages =
        version ? FileVerifier(connection.handle(), *m_key->keys()).run() : Result<void>(version.error());
    if (connection.inTransaction())
        (void)connection.execute(QStringLiteral("ROLLBACK"));
    if (!pages)
        return pages;

    auto rows = connection.query(QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    if (rows->empty() || rows->front().value(0).toString() != QLatin1String("ok")) {
        logging::get("storage")->error("integrity_check reported {} problems", rows->size());
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The database is damaged (its integrity check failed). Restore from a backup."));
    }
    return {};
}

Result<void> Database::checkpoint(CheckpointMode mode)
{
    if (!m_writer)
        return closedError();
    std::lock_guard lock(m_writerMutex);
    (void)takeAuthenticationFailure();
    const int rc = sqlite3_wal_checkpoint_v2(m_writer->handle(), "main", sqliteMode(mode), nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_writer->handle(), rc, "checkpoint the log");
    return {};
}

Result<void> Database::vacuum()
{
    if (!m_writer)
        return closedError();
    std::lock_guard lock(m_writerMutex);
    (void)takeAuthenticationFailure();
    return m_writer->execute(QStringLiteral("VACUUM"));
}

Result<void> Database::vacuumInto(const QString& newPath, const crypto::SecretKey& newKey,
                                  const KeyParameters& newParameters)
{
    if (!m_writer)
        return closedError();
    const QFileInfo target(newPath);
    const QString absolute = target.absoluteFilePath();
    if (target.exists() || QFileInfo::exists(absolute + QStringLiteral("-journal")) ||
        QFileInfo(absolute + QStringLiteral("-wal")).size() > 0)
        return makeError(ErrorCode::Failure,
                         CoreText::tr("There is already a file at %1.").arg(QDir::toNativeSeparators(absolute)));
    auto registration = KeyRegistration::add(absolute, newKey, newParameters.kdfProfile, newParameters.keyEpoch);
    if (!registration)
        return registration.error();

    std::lock_guard lock(m_writerMutex);
    (void)takeAuthenticationFailure();
    sqlite3* db = m_writer->handle();
    if (const int rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteError(db, rc, "checkpoint the log");
    if (auto copied = m_writer->execute(QStringLiteral("VACUUM INTO ?1"), {absolute}); !copied) {
        for (const char* suffix : {"", "-journal", "-wal"})
            QFile::remove(absolute + QLatin1String(suffix));
        return copied;
    }
    if (auto synced = DurableFile::sync(absolute); !synced)
        return synced;
    if (auto synced = DurableFile::syncDirectory(target.absolutePath()); !synced)
        return synced;
    logging::get("storage")->info("copied the database under key epoch {}", newParameters.keyEpoch);
    return {};
}

void Database::removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<FileHeader> Database::readHeader(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, CoreText::tr("There is no database at %1.").arg(shown));
    // Read through SQLite's own unix VFS: a file descriptor of our own, once closed, would drop
    // the POSIX locks this process may hold on the database.
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, "unix");
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, "read the database header");
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_file* file = nullptr;
    unsigned char header[page::kClearHeaderEnd] = {};
    unsigned char trailer[page::kTrailerBytes] = {};
    rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
    if (rc == SQLITE_OK)
        rc = file->pMethods->xRead(file, header, sizeof header, 0);
    if (rc == SQLITE_OK)
        rc = file->pMethods->xRead(file, trailer, sizeof trailer, page::kTrailerOffset);
    sqlite3_close_v2(db);
    const int pageSize = (header[16] << 8) | header[17];
    if (rc != SQLITE_OK || pageSize != page::kSize || header[20] != page::kReserved)
        return makeError(ErrorCode::Damaged, CoreText::tr("%1 is not an Outpost database or is damaged.").arg(shown));
    const Trailer decoded = Trailer::decode(trailer);
    return FileHeader{decoded.formatVersion, KeyParameters{decoded.kdfProfile, decoded.keyEpoch}};
}

} // namespace outpost::storage
