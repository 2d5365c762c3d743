#pragma once

#include "core/CoreText.h"
#include "core/Result.h"

#include <QString>

namespace outpost::clinic {

/// Where users' passwords are checked: the keyring's per-user slots in the app
/// (KeyringCredentialStore). The clinic services hold no password and no password hash; the
/// users table only says who may log in and in which role.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    /// Gives @p user a password; Invalid when @p user already has one.
    virtual Result<void> addUser(const QString& user, const QString& password) = 0;
    /// Sets @p user's password, adding it when there is none (an admin's reset, an enable).
    virtual Result<void> replacePassword(const QString& user, const QString& newPassword) = 0;
    /// Removes @p user's password, so it unlocks nothing any more; NotFound when there is none.
    virtual Result<void> removeUser(const QString& user) = 0;
    /// Ok when @p password is @p user's; WrongCredentials "Wrong user name or password." for a
    /// wrong password and an unknown user alike.
    virtual Result<void> verify(const QString& user, const QString& password) const = 0;
    virtual bool hasUser(const QString& user) const = 0;

    /// The sentence of every refused verify().
    static QString wrongCredentialsMessage() { return CoreText::tr("Wrong user name or password."); }
};

} // namespace outpost::clinic
