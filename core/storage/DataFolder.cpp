#include "core/storage/DataFolder.h"

#include "core/auth/PasswordPolicy.h"
#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/DurableFile.h"
#include "core/Uuid.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace outpost::storage {

namespace {

/// KeyParameters::kdfProfile of files whose key is wrapped by an Outpost keyring, format 1.
constexpr std::uint8_t kKeyringProfile = 1;

const QStringList& companionSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : companionSuffixes())
        QFile::remove(path + suffix);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DataFolder::DataFolder(const QString& directory, std::vector<Migration> migrations, const Clock& clock)
    : m_directory(QDir(directory).absolutePath()), m_migrations(std::move(migrations)), m_clock(clock)
{}

QString DataFolder::databasePath() const
{
    return QDir(m_directory).filePath(databaseFileName());
}

QString DataFolder::keyringPath() const
{
    return QDir(m_directory).filePath(crypto::Keyring::fileName());
}

QString DataFolder::pendingKeyringPath() const
{
    return keyringPath() + QStringLiteral(".pending");
}

QString DataFolder::rotatingDatabasePath() const
{
    return databasePath() + QStringLiteral(".rotating");
}

DatabaseOptions DataFolder::optionsFor(const FileHeader& header) const
{
    DatabaseOptions options;
    options.migrations = m_migrations;
    options.keyParameters = header.keyParameters;
    return options;
}

Result<void> DataFolder::settleInterruptedRotation()
{
    if (QFile::exists(pendingKeyringPath())) {
        // The rename of the rotated database is the commit point: if the database already carries
        // the pending keyring's key epoch, finish the rotation; otherwise it never happened.
        const auto header = Database::readHeader(databasePath());
        if (!header)
            return header.error();
        const auto pending = crypto::Keyring::load(pendingKeyringPath());
        if (pending && pending->keyEpoch() == header->keyParameters.keyEpoch) {
            if (auto replaced = DurableFile::replace(pendingKeyringPath(), keyringPath()); !replaced)
                return replaced.error();
            logging::get("storage")->warn("finished a key rotation that was interrupted");
        } else {
            QFile::remove(pendingKeyringPath());
            logging::get("storage")->warn("undid a key rotation that was interrupted before it took effect");
        }
    }
    if (QFile::exists(rotatingDatabasePath()))
        removeWithCompanions(rotatingDatabasePath());
    return {};
}

Result<crypto::Keyring> DataFolder::loadMatchingKeyring(FileHeader* header)
{
    if (auto settled = settleInterruptedRotation(); !settled)
        return settled.error();
    if (!QFile::exists(databasePath())) {
        return makeError(ErrorCode::NotFound,
                         CoreText::tr("There is no Outpost database in %1. Create one with outpostctl init.")
                             .arg(native(m_directory)));
    }
    auto read = Database::readHeader(databasePath());
    if (!read)
        return read.error();
    auto keyring = crypto::Keyring::load(keyringPath());
    if (!keyring)
        return keyring.error();
    if (keyring->keyEpoch() != read->keyParameters.keyEpoch) {
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The keyring file %1 does not belong to the database %2 (it is for key "
                                      "generation %3; the database is at generation %4). Restore both from the "
                                      "same backup, or use the recovery key.")
                             .arg(native(keyringPath()), native(databasePath()))
                             .arg(keyring->keyEpoch())
                             .arg(read->keyParameters.keyEpoch));
    }
    *header = *read;
    return keyring;
}

Result<std::unique_ptr<Database>> DataFolder::openWith(const crypto::SecretKey& dataKey, const FileHeader& header)
{
    auto database = Database::open(databasePath(), dataKey, optionsFor(header));
    if (!database && database.error().code == ErrorCode::WrongCredentials) {
        // The keyring did unlock, so its key is simply not this database's.
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The keyring file %1 does not belong to the database %2. Restore both from "
                                      "the same backup, or use the recovery key.")
                             .arg(native(keyringPath()), native(databasePath())));
    }
    return database;
}

Result<crypto::RecoveryKey> DataFolder::init(const QString& clinicName, const QString& admin, const QString& password,
                                             const crypto::KdfParameters& kdf)
{
    if (auto settled = settleInterruptedRotation(); !settled && settled.error().code != ErrorCode::NotFound)
        return settled.error();
    for (const QString& path : QStringList{databasePath(), databasePath() + QStringLiteral("-wal"), keyringPath()}) {
        if (QFile::exists(path)) {
            return makeError(ErrorCode::Invalid,
                             CoreText::tr("The data folder %1 already holds an Outpost database or keyring; init "
                                          "does not overwrite it. Choose another folder.")
                                 .arg(native(m_directory)));
        }
    }
    if (clinicName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, CoreText::tr("The clinic name cannot be empty."));
    if (auto strong = auth::checkPassword(password, admin); !strong)
        return strong.error();
    if (!QDir().mkpath(m_directory) || !QFileInfo(m_directory).isWritable()) {
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Cannot write to the data folder %1: it is read-only or this user may not "
                                      "change it.")
                             .arg(native(m_directory)));
    }

    crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
    auto keyring = crypto::Keyring::create(keyringPath(), recoveryKey, admin, password, kdf);
    if (!keyring)
        return keyring.error();
    FileHeader header;
    header.keyParameters = {kKeyringProfile, keyring->keyEpoch()};
    auto database = Database::create(databasePath(), recoveryKey.dataKey(), optionsFor(header));
    if (!database)
        return database.error();
    auto stored = (*database)->write([&](Connection& connection) -> Result<void> {
        const QString upsert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (auto named = connection.execute(upsert, {clinicNameKey(), clinicName.trimmed()}); !named)
            return named;
        // The device identity sync will know this copy by (a restored copy gets a new one).
        UuidV7Generator ids(m_clock, systemRandom());
        return connection.execute(upsert, {QStringLiteral("device_id"), ids.next()});
    });
    (*database)->close();
    auto saved = stored ? keyring->save() : Result<void>(stored.error());
    if (!saved) {
        removeWithCompanions(databasePath()); // nobody could ever open it: leave the folder as it was
        return saved.error();
    }
    logging::get("storage")->info("created an encrypted database and its keyring");
    return recoveryKey;
}

Result<std::unique_ptr<Database>> DataFolder::unlock(const QString& user, const QString& password)
{
    auto unlocked = unlockKeepingKey(user, password);
    if (!unlocked)
        return unlocked.error();
    return std::move(unlocked->database);
}

Result<DataFolder::Unlocked> DataFolder::unlockKeepingKey(const QString& user, const QString& password)
{
    FileHeader header;
    auto keyring = loadMatchingKeyring(&header);
    if (!keyring)
        return keyring.error();
    auto dataKey = keyring->unlock(user, password);
    if (!dataKey)
        return dataKey.error();
    auto database = openWith(*dataKey, header);
    if (!database)
        return database.error();
    return Unlocked{std::move(*database), std::move(*dataKey)};
}

Result<std::unique_ptr<Database>>
DataFolder::unlockWithRecoveryKey(const crypto::RecoveryKey& recoveryKey, const QString& user,
                                  const QString& newPassword,
                                  const std::optional<crypto::KdfParameters>& kdfForNewKeyring)
{
    if (auto settled = settleInterruptedRotation(); !settled)
        return settled.error();
    if (auto strong = auth::checkPassword(newPassword, user); !strong)
        return strong.error();
    if (!QFile::exists(databasePath())) {
        return makeError(ErrorCode::NotFound,
                         CoreText::tr("There is no Outpost database in %1.").arg(native(m_directory)));
    }
    const auto header = Database::readHeader(databasePath());
    if (!header)
        return header.error();

    auto keyring = crypto::Keyring::load(keyringPath());
    const bool usable = keyring && keyring->keyEpoch() == header->keyParameters.keyEpoch;
    if (!usable && !keyring && keyring.error().code == ErrorCode::PermissionDenied)
        return keyring.error();
    auto unlocked =
        usable ? keyring->unlockWithRecoveryKey(recoveryKey) : Result<crypto::SecretKey>(recoveryKey.dataKey());
    if (!unlocked)
        return unlocked.error();
    const crypto::SecretKey& dataKey = *unlocked;
    auto database = Database::open(databasePath(), dataKey, optionsFor(*header));
    if (!database) {
        if (database.error().code == ErrorCode::WrongCredentials)
            return makeError(ErrorCode::WrongCredentials,
                             CoreText::tr("Wrong recovery key: it does not open this database."));
        return database.error();
    }
    Result<void> saved;
    if (usable) {
        auto updated = keyring->setUser(dataKey, user, newPassword);
        saved = updated ? keyring->save() : updated;
    } else {
        // The keyring is missing, damaged or from another generation: make a new one, and keep a
        // damaged one aside rather than overwrite what a backup restore might still want.
        if (QFile::exists(keyringPath())) {
            const QString aside = keyringPath() + QStringLiteral(".replaced-%1").arg(m_clock.nowMs());
            if (auto moved = DurableFile::replace(keyringPath(), aside); !moved)
                return moved.error();
        }
        auto fresh =
            crypto::Keyring::create(keyringPath(), recoveryKey, user, newPassword,
                                    kdfForNewKeyring ? *kdfForNewKeyring : crypto::KdfParameters::calibrated());
        if (!fresh)
            return fresh.error();
        fresh->setKeyEpoch(header->keyParameters.keyEpoch);
        saved = fresh->save();
        logging::get("storage")->warn("made a new keyring with the recovery key; other users must be added again");
    }
    if (!saved)
        return saved.error();
    return database;
}

Result<void> DataFolder::changePassword(const QString& user, const QString& oldPassword, const QString& newPassword)
{
    FileHeader header;
    auto keyring = loadMatchingKeyring(&header);
    if (!keyring)
        return keyring.error();
    if (auto strong = auth::checkPassword(newPassword, user); !strong)
        return strong.error();
    if (auto changed = keyring->changePassword(user, oldPassword, newPassword); !changed)
        return changed.error();
    return keyring->save();
}

Result<void> DataFolder::addUser(const QString& admin, const QString& adminPassword, const QString& user,
                                 const QString& password)
{
    FileHeader header;
    auto keyring = loadMatchingKeyring(&header);
    if (!keyring)
        return keyring.error();
    auto dataKey = keyring->unlock(admin, adminPassword);
    if (!dataKey)
        return dataKey.error();
    if (auto strong = auth::checkPassword(password, user); !strong)
        return strong.error();
    if (auto added = keyring->addUser(*dataKey, user, password); !added)
        return added.error();
    return keyring->save();
}

Result<void> DataFolder::removeUser(const QString& admin, const QString& adminPassword, const QString& user)
{
    FileHeader header;
    auto keyring = loadMatchingKeyring(&header);
    if (!keyring)
        return keyring.error();
    if (auto dataKey = keyring->unlock(admin, adminPassword); !dataKey)
        return dataKey.error();
    if (keyring->hasUser(user) && keyring->userCount() == 1) {
        return makeError(ErrorCode::Invalid, CoreText::tr("Cannot remove the last user: nobody could unlock the "
                                                          "database without the recovery key."));
    }
    if (auto removed = keyring->removeUser(user); !removed)
        return removed.error();
    return keyring->save();
}

Result<DataFolder::Rotation> DataFolder::rotateKey(const QString& user, const QString& password)
{
    FileHeader header;
    auto keyring = loadMatchingKeyring(&header);
    if (!keyring)
        return keyring.error();
    auto oldKey = keyring->unlock(user, password);
    if (!oldKey)
        return oldKey.error();
    crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
    auto rotation = keyring->rotated(user, password, recoveryKey);
    if (!rotation)
        return rotation.error();
    auto database = openWith(*oldKey, header);
    if (!database)
        return database.error();

    FileHeader newHeader;
    newHeader.keyParameters = {kKeyringProfile, rotation->keyring.keyEpoch()};
    const crypto::SecretKey newKey = recoveryKey.dataKey();
    const QString rotating = rotatingDatabasePath();
    auto abandon = [&](const Error& error) -> Result<Rotation> {
        removeWithCompanions(rotating);
        QFile::remove(pendingKeyringPath());
        return error;
    };
    auto copied = (*database)->vacuumInto(rotating, newKey, newHeader.keyParameters);
    (*database)->close();
    if (!copied)
        return abandon(copied.error());
    {
        // Prove the new file opens and authenticates under the new key before it replaces anything.
        auto check = Database::open(rotating, newKey, optionsFor(newHeader));
        auto verified = check ? (*check)->verify() : Result<void>(check.error());
        if (!verified)
            return abandon(verified.error());
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(rotating + suffix);
    if (auto pending = rotation->keyring.saveAs(pendingKeyringPath()); !pending)
        return abandon(pending.error());
    // The old key's WAL is empty after the checkpoint; left beside the new file it would not authenticate.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(databasePath() + suffix);
    if (auto renamed = DurableFile::replace(rotating, databasePath()); !renamed)
        return abandon(renamed.error());
    // From here the rotation has happened; should this last rename fail, the next unlock finishes it.
    if (auto finished = DurableFile::replace(pendingKeyringPath(), keyringPath()); !finished)
        return finished.error();
    logging::get("storage")->info("rotated the data key; {} other key slots dropped", rotation->droppedUsers.size());
    return Rotation{std::move(recoveryKey), rotation->droppedUsers};
}

Result<QString> DataFolder::clinicName(Database& database)
{
    QString name;
    auto read = database.read([&](Connection& connection) -> Result<void> {
        auto value =
            connection.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {clinicNameKey()});
        if (!value)
            return value.error();
        name = value->toString();
        return {};
    });
    if (!read)
        return read.error();
    return name;
}

} // namespace outpost::storage
