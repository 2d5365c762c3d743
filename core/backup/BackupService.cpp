#include "core/backup/BackupService.h"

#include "core/backup/BackupReader.h"
#include "core/backup/DeviceIdentity.h"
#include "core/backup/PageImage.h"
#include "core/clinic/AuditLog.h"
#include "core/CoreText.h"
#include "core/crypto/Keyring.h"
#include "core/logging/Log.h"
#include "core/storage/Connection.h"
#include "core/storage/DataFolder.h"
#include "core/storage/DurableFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace outpost::backup {

namespace {

/// KeyParameters::kdfProfile of a database whose key an Outpost keyring wraps (as DataFolder writes it).
constexpr std::uint8_t kKeyringProfile = 1;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The database a backup rebuilds, in an encrypted file, with the data key it came with.
struct Rebuilt {
    BackupHeader header;
    crypto::SecretKey dataKey;
    quint32 keyEpoch = 0;
};

/// Reads the backup at @p path into a new encrypted file @p databasePath, and its keyring into
/// @p keyringPath. Under the backup's own data key when @p ownKey, else under a one-time key.
Result<Rebuilt> rebuild(const QString& path, const BackupSecret& secret, const QString& databasePath,
                        const QString& keyringPath, bool ownKey, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return makeError(ErrorCode::NotFound, CoreText::tr("There is no file at %1.").arg(native(path)));
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Cannot read %1: this user may not read it.").arg(native(path)));
    }
    BackupReader reader(file);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    auto key = StreamKey::forHeader(*header, secret.passphrase, secret.recoveryKey);
    if (!key)
        return key.error();

    Rebuilt rebuilt;
    rebuilt.header = *header;
    std::unique_ptr<PageImage> image;
    const crypto::SecretKey oneTimeKey = crypto::SecretKey::random();
    BackupReader::Handler handler;
    handler.keys = [&](const crypto::SecretKey& dataKey, const QByteArray& keyringBytes) -> Result<void> {
        if (auto written = storage::DurableFile::write(keyringPath, keyringBytes); !written)
            return written;
        auto keyring = crypto::Keyring::load(keyringPath);
        if (!keyring)
            return makeError(ErrorCode::Damaged, CoreText::tr("The backup is damaged: its keyring is unreadable."));
        if (!keyring->holds(dataKey))
            return makeError(ErrorCode::Damaged,
                             CoreText::tr("The backup is damaged: its keyring does not match its data key."));
        rebuilt.dataKey = crypto::SecretKey::fromBytes(dataKey.bytes());
        rebuilt.keyEpoch = keyring->keyEpoch();
        const storage::KeyParameters parameters =
            ownKey ? storage::KeyParameters{kKeyringProfile, keyring->keyEpoch()} : storage::KeyParameters{};
        auto created = PageImage::create(databasePath, ownKey ? rebuilt.dataKey : oneTimeKey, parameters);
        if (!created)
            return created.error();
        image = std::move(*created);
        return {};
    };
    handler.pages = [&](quint32 firstPage, const char* data, int count) -> Result<void> {
        return image->writePages(firstPage, data, count);
    };
    auto read = reader.read(key->key, handler, progress);
    if (read && image)
        read = image->sync();
    if (image)
        image->close();
    if (!read) {
        storage::Database::removeFiles(databasePath);
        QFile::remove(keyringPath);
        return read.error();
    }
    if (!ownKey)
        rebuilt.dataKey = crypto::SecretKey::fromBytes(oneTimeKey.bytes());
    return rebuilt;
}

/// Opens the rebuilt file, authenticates every page, runs integrity_check and compares the row
/// counts with the header. A restore (@p ids and @p clock set) gets a new device identity and an
/// audit event "backup.restore".
Result<QString> check(const QString& databasePath, const Rebuilt& rebuilt, UuidV7Generator* ids, const Clock* clock)
{
    storage::DatabaseOptions options;
    options.readerCount = 1;
    auto database = storage::Database::open(databasePath, rebuilt.dataKey, options);
    if (!database) {
        if (database.error().code == ErrorCode::WrongCredentials || database.error().code == ErrorCode::Damaged)
            return makeError(ErrorCode::Damaged,
                             CoreText::tr("The backup is damaged: the database it holds does not open."));
        return database.error();
    }
    if (auto verified = (*database)->verify(); !verified) {
        if (verified.error().code == ErrorCode::Damaged)
            return makeError(ErrorCode::Damaged,
                             CoreText::tr("The backup is damaged: the database it holds fails SQLite's integrity "
                                          "check."));
        return verified.error();
    }
    QList<QPair<QString, qint64>> counts;
    auto counted = (*database)->read([&](storage::Connection& reader) -> Result<void> {
        auto rows = BackupWriter::countRows(reader);
        if (!rows)
            return rows.error();
        counts = *rows;
        return {};
    });
    if (!counted)
        return counted.error();
    if (counts != rebuilt.header.rowCounts)
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The backup is damaged: its tables do not hold the number of rows its header "
                                      "lists."));
    QString deviceId;
    if (ids && clock) {
        auto renewed = (*database)->write([&](storage::Connection& writer) -> Result<void> {
            auto id = DeviceIdentity::renew(writer, *ids);
            if (!id)
                return id.error();
            deviceId = *id;
            const QString made =
                QDateTime::fromMSecsSinceEpoch(rebuilt.header.createdMs, QTimeZone::utc()).toString(Qt::ISODate);
            return clinic::AuditLog::append(writer, *clock, nullptr, QStringLiteral("backup.restore"), {},
                                            QStringLiteral("restored from a backup made %1").arg(made),
                                            QStringLiteral("outpost"));
        });
        if (!renewed)
            return renewed.error();
    }
    (*database)->close();
    return deviceId;
}

Result<void> checkWritableFolder(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return makeError(
            ErrorCode::PermissionDenied,
            CoreText::tr("Cannot create the folder %1: this user may not write there.").arg(native(directory)));
    QFile probe(QDir(directory).filePath(QStringLiteral(".outpost-restore-probe-") + randomSuffix()));
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Cannot write to the folder %1: it is read-only or this user may not change "
                                      "it.")
                             .arg(native(directory)));
    probe.close();
    probe.remove();
    return {};
}

struct Staged {
    RestoreSummary summary;
    crypto::SecretKey dataKey;
};

/// Restores into @p directory (which holds no database or keyring) and verifies it there.
Result<Staged> restoreFresh(const QString& path, const BackupSecret& secret, const QString& directory,
                            const Clock& clock, const Progress& progress)
{
    const QString databasePath = QDir(directory).filePath(storage::DataFolder::databaseFileName());
    const QString keyringPath = QDir(directory).filePath(crypto::Keyring::fileName());
    if (QFileInfo::exists(databasePath) || QFileInfo::exists(keyringPath))
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("The folder %1 already holds an Outpost database; restore into an empty "
                                      "folder, or replace the current data after confirming.")
                             .arg(native(directory)));
    if (auto writable = checkWritableFolder(directory); !writable)
        return writable.error();
    const QString stagingDatabase = databasePath + QStringLiteral(".restoring");
    const QString stagingKeyring = keyringPath + QStringLiteral(".restoring");
    storage::Database::removeFiles(stagingDatabase);
    QFile::remove(stagingKeyring);
    auto rebuilt = rebuild(path, secret, stagingDatabase, stagingKeyring, true, progress);
    if (!rebuilt)
        return rebuilt.error();
    UuidV7Generator ids(clock, systemRandom());
    auto deviceId = check(stagingDatabase, *rebuilt, &ids, &clock);
    if (!deviceId) {
        storage::Database::removeFiles(stagingDatabase);
        QFile::remove(stagingKeyring);
        return deviceId.error();
    }
    // The database is the commit point: a keyring alone is not a data folder.
    auto movedKeyring = storage::DurableFile::replace(stagingKeyring, keyringPath);
    auto movedDatabase =
        movedKeyring ? storage::DurableFile::replace(stagingDatabase, databasePath) : Result<void>(movedKeyring);
    if (!movedDatabase) {
        storage::Database::removeFiles(stagingDatabase);
        QFile::remove(stagingKeyring);
        QFile::remove(keyringPath);
        return movedDatabase.error();
    }
    return Staged{RestoreSummary{rebuilt->header, *deviceId}, std::move(rebuilt->dataKey)};
}

} // namespace

Result<ExportSummary> BackupService::exportTo(const QString& path, const ExportSource& source, const StreamKey& key,
                                              const Clock& clock, const Progress& progress)
{
    FileSink sink(path);
    if (auto opened = sink.open(); !opened)
        return opened.error();
    return BackupWriter::write(source, key, sink, clock, progress);
}

Result<BackupHeader> BackupService::inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorCode::PermissionDenied : ErrorCode::NotFound,
                         CoreText::tr("Cannot read %1.").arg(native(path)));
    BackupReader reader(file);
    return reader.readHeader();
}

Result<BackupHeader> BackupService::verify(const QString& path, const BackupSecret& secret,
                                           const QString& scratchDirectory, const Progress& progress)
{
    const QString folder = scratchDirectory.isEmpty() ? QDir::tempPath() : scratchDirectory;
    const QString base = QDir(folder).filePath(QStringLiteral(".outpost-verify-") + randomSuffix());
    const QString databasePath = base + QStringLiteral(".db");
    const QString keyringPath = base + QStringLiteral(".keyring");
    auto rebuilt = rebuild(path, secret, databasePath, keyringPath, false, progress);
    if (!rebuilt)
        return rebuilt.error();
    auto checked = check(databasePath, *rebuilt, nullptr, nullptr);
    storage::Database::removeFiles(databasePath);
    QFile::remove(keyringPath);
    if (!checked)
        return checked.error();
    logging::get("backup")->info("verified a backup of {} pages", rebuilt->header.pageCount);
    return rebuilt->header;
}

Result<RestoreSummary> BackupService::restoreInto(const QString& path, const BackupSecret& secret,
                                                  const QString& directory, const Clock& clock,
                                                  const Progress& progress)
{
    auto staged = restoreFresh(path, secret, QDir(directory).absolutePath(), clock, progress);
    if (!staged)
        return staged.error();
    logging::get("backup")->info("restored a backup into a new data folder");
    return staged->summary;
}

Result<RestoreSummary> BackupService::replaceDataFolder(const QString& path, const BackupSecret& secret,
                                                        const QString& directory, const Clock& clock,
                                                        const Progress& progress)
{
    const QDir folder(QDir(directory).absolutePath());
    const QString databasePath = folder.filePath(storage::DataFolder::databaseFileName());
    const QString keyringPath = folder.filePath(crypto::Keyring::fileName());
    if (!QFileInfo::exists(databasePath))
        return makeError(ErrorCode::NotFound,
                         CoreText::tr("There is no Outpost database in %1 to replace.").arg(native(folder.path())));
    const QString staging = folder.filePath(QStringLiteral(".restore-staging"));
    QDir(staging).removeRecursively();
    auto staged = restoreFresh(path, secret, staging, clock, progress);
    if (!staged) {
        QDir(staging).removeRecursively();
        return staged.error();
    }

    // The current pair stays as a rollback copy until the restored pair is verified in place.
    const QString rollbackDatabase = databasePath + QStringLiteral(".before-restore");
    const QString rollbackKeyring = keyringPath + QStringLiteral(".before-restore");
    storage::Database::removeFiles(rollbackDatabase);
    QFile::remove(rollbackKeyring);
    const bool hadKeyring = QFileInfo::exists(keyringPath);
    auto rollBack = [&](const Error& error) -> Result<RestoreSummary> {
        storage::Database::removeFiles(databasePath);
        QFile::remove(keyringPath);
        for (const char* suffix : {"", "-wal"}) {
            if (QFileInfo::exists(rollbackDatabase + QLatin1String(suffix)))
                (void)storage::DurableFile::replace(rollbackDatabase + QLatin1String(suffix),
                                                    databasePath + QLatin1String(suffix));
        }
        if (hadKeyring)
            (void)storage::DurableFile::replace(rollbackKeyring, keyringPath);
        QDir(staging).removeRecursively();
        logging::get("backup")->error("a restore failed; the previous database was put back");
        return error;
    };
    if (auto moved = storage::DurableFile::replace(databasePath, rollbackDatabase); !moved) {
        QDir(staging).removeRecursively();
        return moved.error();
    }
    if (QFileInfo::exists(databasePath + QStringLiteral("-wal")))
        (void)storage::DurableFile::replace(databasePath + QStringLiteral("-wal"),
                                            rollbackDatabase + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (hadKeyring) {
        if (auto moved = storage::DurableFile::replace(keyringPath, rollbackKeyring); !moved)
            return rollBack(moved.error());
    }
    if (auto moved = storage::DurableFile::replace(QDir(staging).filePath(crypto::Keyring::fileName()), keyringPath);
        !moved)
        return rollBack(moved.error());
    if (auto moved = storage::DurableFile::replace(QDir(staging).filePath(storage::DataFolder::databaseFileName()),
                                                   databasePath);
        !moved)
        return rollBack(moved.error());
    {
        storage::DatabaseOptions options;
        options.readerCount = 1;
        auto reopened = storage::Database::open(databasePath, staged->dataKey, options);
        auto verified = reopened ? (*reopened)->verify() : Result<void>(reopened.error());
        if (reopened)
            (*reopened)->close();
        if (!verified)
            return rollBack(verified.error());
    }
    storage::Database::removeFiles(rollbackDatabase);
    QFile::remove(rollbackKeyring);
    QDir(staging).removeRecursively();
    logging::get("backup")->info("replaced the data folder's database with a backup");
    return staged->summary;
}

QString BackupService::defaultFileName(qint64 ms)
{
    return QStringLiteral("outpost-backup-") +
           QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QLatin1String(format::kSuffix);
}

} // namespace outpost::backup
