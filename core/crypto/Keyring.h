#pragma once

#include "core/crypto/KdfParameters.h"
#include "core/crypto/KeySlot.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretKey.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace outpost::crypto {

/// The keyring file beside the database: the data key wrapped once per user (Argon2id of the
/// password) and once for the recovery key. User names are never stored in clear.
///
/// Changes are made in memory; save() writes the whole file atomically.
class Keyring
{
public:
    /// "outpost.keyring", the keyring's name in a data folder.
    static QString fileName();

    /// A new keyring for the data key of @p recoveryKey: @p admin's slot and the recovery slot.
    static Result<Keyring> create(const QString& path, const RecoveryKey& recoveryKey, const QString& admin,
                                  const QString& password, const KdfParameters& kdf);
    /// Reads @p path; a missing file is NotFound, a malformed one Damaged, each with a sentence saying what to do.
    static Result<Keyring> load(const QString& path);

    const QString& path() const { return m_path; }
    /// Writes the keyring to path() atomically.
    Result<void> save() const;
    /// Writes the keyring to @p path atomically, leaving path() as it is.
    Result<void> saveAs(const QString& path) const;

    /// The data key, or WrongCredentials "Wrong user name or password." for a wrong password
    /// and for an unknown user alike (an unknown user costs the same time as a wrong password).
    Result<SecretKey> unlock(const QString& user, const QString& password) const;
    Result<SecretKey> unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const;

    /// Rewraps @p user's slot under @p newPassword; the data key stays the same.
    Result<void> changePassword(const QString& user, const QString& oldPassword, const QString& newPassword);
    /// Adds a slot for a new user (an admin holds the unlocked @p dataKey).
    Result<void> addUser(const SecretKey& dataKey, const QString& user, const QString& password);
    /// Adds @p user's slot, or replaces it (a password reset with the recovery key or by an admin).
    Result<void> setUser(const SecretKey& dataKey, const QString& user, const QString& password);
    /// Deletes @p user's slot; the data key does not change (rotate it to lock out a copy of the old keyring).
    Result<void> removeUser(const QString& user);

    bool hasUser(const QString& user) const;
    int userCount() const;
    /// The user names, which only holders of the data key can read.
    Result<QStringList> userNames(const SecretKey& dataKey) const;
    /// True when @p dataKey is the key this keyring wraps.
    bool holds(const SecretKey& dataKey) const;
    /// Which generation of data key the keyring wraps; it matches the database file's key epoch
    /// (0 at creation, one more at every rotation), so a mismatched pair is told apart from a wrong password.
    quint32 keyEpoch() const { return m_keyEpoch; }
    void setKeyEpoch(quint32 epoch) { m_keyEpoch = epoch; }
    /// The Argon2id parameters new slots get: the costliest any slot has, so calibration at
    /// creation carries over to later password changes.
    KdfParameters kdfParameters() const;

    /// A keyring for a rotated data key: @p user's slot (checked against this keyring with
    /// @p password) and a recovery slot for @p newRecoveryKey. Other users' slots cannot be
    /// rewrapped without their passwords, so they are left out and named in droppedUsers.
    /// The new keyring's key epoch is one more than this one's.
    struct Rotation;
    Result<Rotation> rotated(const QString& user, const QString& password, const RecoveryKey& newRecoveryKey) const;

    /// Case-insensitive, Unicode-normalised form of a user name: what the slot label hashes.
    static QString foldUserName(const QString& user);

private:
    Keyring() = default;

    QByteArray labelFor(const QString& user) const;
    const KeySlot* slotFor(const QString& user) const;
    Result<void> putUser(const SecretKey& dataKey, const QString& user, const QString& password, bool replace);

    QString m_path;
    QByteArray m_id;       ///< random; bound into every slot's associated data
    QByteArray m_labelKey; ///< BLAKE2b key of the user labels (not secret from whoever holds the file)
    QByteArray m_keyCheck; ///< BLAKE2b of the id under a key derived from the data key
    quint32 m_keyEpoch = 0;
    std::vector<KeySlot> m_slots;
};

struct Keyring::Rotation {
    Keyring keyring;
    QStringList droppedUsers;
};

} // namespace outpost::crypto
