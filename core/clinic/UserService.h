#pragma once

#include "core/auth/Role.h"
#include "core/clinic/Session.h"
#include "core/clinic/UserDirectory.h"
#include "core/Result.h"

#include <QString>

#include <vector>

namespace outpost::clinic {

class CredentialStore;

/// Users and roles: the admin creates, disables, enables, re-roles and resets users; everyone
/// changes their own password. Every call but changeOwnPassword needs ManageUsers, every change
/// is audited (action "user.*", the target user's name in the detail, never a password).
///
/// A disabled user's key slot is removed, so their password stops unwrapping the data key
/// everywhere (outpostctl included), not only in this service; enabling a user therefore sets a
/// new password. The last active admin cannot be disabled or lose the admin role, and nobody
/// disables themselves, so the clinic can never lock itself out of user management.
class UserService
{
public:
    UserService(ClinicContext& context, CredentialStore& credentials);

    /// The setup wizard's first admin, allowed only while the users table is empty. When the
    /// keyring already has @p name's slot (made with the data folder), @p password must open it.
    /// Log in afterwards with AuthService::login.
    Result<UserRecord> createFirstAdmin(const QString& name, const QString& displayName, const QString& password);

    /// A new active user with a key slot for @p password (the password policy applies).
    Result<UserRecord> createUser(const Session& admin, const QString& name, const QString& displayName,
                                  auth::Role role, const QString& password);
    /// Every user, by name.
    Result<std::vector<UserRecord>> list(const Session& admin);
    Result<void> disableUser(const Session& admin, const QString& name);
    /// Enables a disabled user with a new password (their old slot was removed when disabled).
    Result<void> enableUser(const Session& admin, const QString& name, const QString& newPassword);
    Result<void> changeRole(const Session& admin, const QString& name, auth::Role role);
    /// Sets an active user's password without knowing the old one (the policy applies).
    Result<void> resetPassword(const Session& admin, const QString& name, const QString& newPassword);
    /// The session's own user: @p oldPassword must be right (WrongCredentials otherwise).
    Result<void> changeOwnPassword(const Session& session, const QString& oldPassword, const QString& newPassword);

private:
    ClinicContext& m_context;
    CredentialStore& m_credentials;
};

} // namespace outpost::clinic
