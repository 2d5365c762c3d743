#include "core/clinic/KeyringCredentialStore.h"

#include "core/crypto/Keyring.h"

namespace outpost::clinic {

KeyringCredentialStore::KeyringCredentialStore(QString keyringPath, crypto::SecretKey dataKey)
    : m_keyringPath(std::move(keyringPath)), m_dataKey(std::move(dataKey))
{}

Result<void> KeyringCredentialStore::addUser(const QString& user, const QString& password)
{
    auto keyring = crypto::Keyring::load(m_keyringPath);
    if (!keyring)
        return keyring.error();
    if (auto added = keyring->addUser(m_dataKey, user, password); !added)
        return added;
    return keyring->save();
}

Result<void> KeyringCredentialStore::replacePassword(const QString& user, const QString& newPassword)
{
    auto keyring = crypto::Keyring::load(m_keyringPath);
    if (!keyring)
        return keyring.error();
    if (auto set = keyring->setUser(m_dataKey, user, newPassword); !set)
        return set;
    return keyring->save();
}

Result<void> KeyringCredentialStore::removeUser(const QString& user)
{
    auto keyring = crypto::Keyring::load(m_keyringPath);
    if (!keyring)
        return keyring.error();
    if (auto removed = keyring->removeUser(user); !removed)
        return removed;
    return keyring->save();
}

Result<void> KeyringCredentialStore::verify(const QString& user, const QString& password) const
{
    auto keyring = crypto::Keyring::load(m_keyringPath);
    if (!keyring)
        return keyring.error();
    auto dataKey = keyring->unlock(user, password);
    if (!dataKey)
        return dataKey.error();
    // A slot that opens some other key (a keyring from another data folder) is not this user's password.
    if (!dataKey->equals(m_dataKey))
        return makeError(ErrorCode::WrongCredentials, wrongCredentialsMessage());
    return {};
}

bool KeyringCredentialStore::hasUser(const QString& user) const
{
    auto keyring = crypto::Keyring::load(m_keyringPath);
    return keyring && keyring->hasUser(user);
}

} // namespace outpost::clinic
