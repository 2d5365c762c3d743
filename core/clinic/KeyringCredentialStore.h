#pragma once

#include "core/clinic/CredentialStore.h"
#include "core/crypto/SecretKey.h"

#include <QString>

namespace outpost::clinic {

/// The CredentialStore of the app: one Argon2id slot per user in the data folder's keyring
/// (crypto::Keyring), each wrapping the data key the database is open with.
///
/// Every call reads the keyring file afresh and every change writes it back atomically, so a
/// change made meanwhile by outpostctl or storage::DataFolder is never overwritten with a stale copy.
class KeyringCredentialStore final : public CredentialStore
{
public:
    /// @p dataKey: the unlocked data key of the open database (a copy; this store wipes it when it goes).
    KeyringCredentialStore(QString keyringPath, crypto::SecretKey dataKey);

    Result<void> addUser(const QString& user, const QString& password) override;
    Result<void> replacePassword(const QString& user, const QString& newPassword) override;
    Result<void> removeUser(const QString& user) override;
    Result<void> verify(const QString& user, const QString& password) const override;
    bool hasUser(const QString& user) const override;
    /// The data key the database is open with (for backups, which carry it inside their encryption).
    const crypto::SecretKey& dataKey() const { return m_dataKey; }

private:
    QString m_keyringPath;
    crypto::SecretKey m_dataKey;
};

} // namespace outpost::clinic
