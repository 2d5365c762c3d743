#pragma once

#include "core/Clock.h"
#include "core/crypto/KdfParameters.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/RecoveryKey.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace outpost::storage {

/// An Outpost data folder: the encrypted database (outpost.db) and the keyring beside it
/// (outpost.keyring) that unlocks it, kept consistent with each other.
///
/// Every call first settles a key rotation that a crash interrupted (see rotateKey()).
class DataFolder
{
public:
    /// @p migrations: the app's schema (clinic::clinicMigrations()), which the database is created
    /// and opened with; it must create the table settings (key TEXT PRIMARY KEY, value TEXT).
    explicit DataFolder(const QString& directory, std::vector<Migration> migrations, const Clock& clock);

    static QString databaseFileName() { return QStringLiteral("outpost.db"); }
    const QString& directory() const { return m_directory; }
    QString databasePath() const;
    QString keyringPath() const;

    /// Creates the encrypted database and its keyring with @p admin's slot; stores @p clinicName.
    /// Returns the recovery key, which nothing stores: show it once. Refuses a folder that already
    /// holds a database or a keyring.
    Result<crypto::RecoveryKey> init(const QString& clinicName, const QString& admin, const QString& password,
                                     const crypto::KdfParameters& kdf);

    /// The opened database, for @p user's password.
    Result<std::unique_ptr<Database>> unlock(const QString& user, const QString& password);
    /// The opened database and the data key it was opened with (for the app, which keeps the key to
    /// manage other users' slots without asking for their passwords).
    struct Unlocked;
    Result<Unlocked> unlockKeepingKey(const QString& user, const QString& password);
    /// Opens the database with the recovery key and gives @p user a slot for @p newPassword (a new
    /// one, or in place of the old). When the keyring is missing or damaged, a new keyring is made
    /// holding only @p user and the same recovery key; the names of users whose slots were lost
    /// cannot be known then, and an admin adds them again. A new keyring's slots use
    /// @p kdfForNewKeyring, or parameters calibrated on this machine.
    Result<std::unique_ptr<Database>>
    unlockWithRecoveryKey(const crypto::RecoveryKey& recoveryKey, const QString& user, const QString& newPassword,
                          const std::optional<crypto::KdfParameters>& kdfForNewKeyring = std::nullopt);
    /// Rewraps @p user's slot under @p newPassword; the data key does not change.
    Result<void> changePassword(const QString& user, const QString& oldPassword, const QString& newPassword);
    /// @p admin (any user with a slot: the keyring does not know roles) gives @p user a slot.
    Result<void> addUser(const QString& admin, const QString& adminPassword, const QString& user,
                         const QString& password);
    /// @p admin deletes @p user's slot. The data key stays: rotate it too if the user may hold a copy.
    Result<void> removeUser(const QString& admin, const QString& adminPassword, const QString& user);

    struct Rotation;
    /// Re-encrypts the whole database under a new data key: checkpoint, VACUUM INTO a new file,
    /// fsync, rename over the database. The new keyring holds @p user's slot and a slot for a new
    /// recovery key (the old one stops working). Other users' slots cannot be rewrapped without
    /// their passwords: they are dropped and named in Rotation::droppedUsers, for an admin to add
    /// again. Close Outpost on this computer first: the database must not be open elsewhere.
    Result<Rotation> rotateKey(const QString& user, const QString& password);

    /// The clinic name stored at init (settings key clinicNameKey()).
    static Result<QString> clinicName(Database& database);
    static QString clinicNameKey() { return QStringLiteral("clinic_name"); }

private:
    QString pendingKeyringPath() const;
    QString rotatingDatabasePath() const;
    DatabaseOptions optionsFor(const FileHeader& header) const;
    /// Finishes or undoes a rotation a crash interrupted, by comparing key epochs.
    Result<void> settleInterruptedRotation();
    /// The keyring and the database's header, checked to belong together, after settling any
    /// rotation a crash interrupted.
    Result<crypto::Keyring> loadMatchingKeyring(FileHeader* header);
    Result<std::unique_ptr<Database>> openWith(const crypto::SecretKey& dataKey, const FileHeader& header);

    QString m_directory;
    std::vector<Migration> m_migrations;
    const Clock& m_clock;
};

struct DataFolder::Unlocked {
    std::unique_ptr<Database> database;
    crypto::SecretKey dataKey;
};

struct DataFolder::Rotation {
    crypto::RecoveryKey recoveryKey;
    QStringList droppedUsers;
};

} // namespace outpost::storage
