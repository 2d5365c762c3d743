#include "core/clinic/UserService.h"

#include "core/auth/PasswordPolicy.h"
#include "core/clinic/AuditLog.h"
#include "core/clinic/CredentialStore.h"
#include "core/clinic/UserName.h"
#include "core/CoreText.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

namespace outpost::clinic {

namespace {

constexpr int kMaximumDisplayNameLength = 100;

Result<QString> validateDisplayName(const QString& displayName)
{
    const QString trimmed = displayName.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaximumDisplayNameLength)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("A display name has 1 to %1 characters.").arg(kMaximumDisplayNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::Invalid, CoreText::tr("A display name cannot hold control characters."));
    }
    return trimmed;
}

Result<UserRecord> targetUser(storage::Connection& connection, const QString& name)
{
    auto user = UserDirectory::findByName(connection, name);
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError(ErrorCode::NotFound, CoreText::tr("There is no user named \"%1\".").arg(name.trimmed()));
    return std::move(**user);
}

/// Refuses to take the admin role away from the last active admin (by disabling or re-roling).
Result<void> keepAnAdmin(storage::Connection& connection, const UserRecord& target)
{
    if (target.role != auth::Role::Admin || target.disabled)
        return {};
    auto admins = UserDirectory::activeAdminCount(connection);
    if (!admins)
        return admins.error();
    if (*admins <= 1)
        return makeError(ErrorCode::Invalid, CoreText::tr("%1 is the last active admin. Make another user an "
                                                          "admin first, so someone can still manage users.")
                                                 .arg(target.name));
    return {};
}

Result<void> touch(storage::Connection& connection, const QString& userId, qint64 nowMs)
{
    return connection.execute(QStringLiteral("UPDATE users SET updated_at = ? WHERE id = ?"), {nowMs, userId});
}

} // namespace

UserService::UserService(ClinicContext& context, CredentialStore& credentials)
    : m_context(context), m_credentials(credentials)
{}

Result<UserRecord> UserService::createFirstAdmin(const QString& name, const QString& displayName,
                                                 const QString& password)
{
    auto validName = UserName::validate(name);
    if (!validName)
        return validName.error();
    auto validDisplayName = validateDisplayName(displayName);
    if (!validDisplayName)
        return validDisplayName.error();
    const bool slotExists = m_credentials.hasUser(*validName);
    if (slotExists) {
        if (auto verified = m_credentials.verify(*validName, password); !verified)
            return verified.error();
    } else if (auto policy = auth::checkPassword(password, *validName); !policy) {
        return policy.error();
    }

    UserRecord user{m_context.ids.next(),   *validName, *validDisplayName,
                    auth::Role::Admin,      false,      m_context.clock.nowMs(),
                    m_context.clock.nowMs()};
    bool slotAdded = false;
    auto written = m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        auto count = connection.queryValue(QStringLiteral("SELECT count(*) FROM users"));
        if (!count)
            return count.error();
        if (count->toLongLong() > 0)
            return makeError(ErrorCode::PermissionDenied,
                             CoreText::tr("This clinic already has users. An admin adds new ones."));
        if (auto inserted = connection.execute(
                QStringLiteral("INSERT INTO users (id, name, display_name, role, disabled, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, 0, ?, ?)"),
                {user.id, user.name, user.displayName, auth::roleName(user.role), user.createdAtMs, user.updatedAtMs});
            !inserted)
            return inserted;
        const Session self{user.id, user.name, user.role, 0, {}};
        if (auto audited = AuditLog::append(connection, m_context.clock, &self, QStringLiteral("user.create"), {},
                                            QStringLiteral("%1 (admin), the first user").arg(user.name));
            !audited)
            return audited;
        if (slotExists)
            return {};
        auto added = m_credentials.addUser(user.name, password);
        slotAdded = added.ok();
        return added;
    });
    if (!written) {
        if (slotAdded)
            (void)m_credentials.removeUser(user.name);
        return written.error();
    }
    return user;
}

Result<UserRecord> UserService::createUser(const Session& admin, const QString& name, const QString& displayName,
                                           auth::Role role, const QString& password)
{
    if (auto allowed = require(admin, auth::Permission::ManageUsers, m_context.clock); !allowed)
        return allowed.error();
    auto validName = UserName::validate(name);
    if (!validName)
        return validName.error();
    auto validDisplayName = validateDisplayName(displayName);
    if (!validDisplayName)
        return validDisplayName.error();
    if (auto policy = auth::checkPassword(password, *validName); !policy)
        return policy.error();

    UserRecord user{m_context.ids.next(),   *validName, *validDisplayName, role, false, m_context.clock.nowMs(),
                    m_context.clock.nowMs()};
    bool slotAdded = false;
    auto written = m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto existing = UserDirectory::findByName(connection, user.name);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return makeError(ErrorCode::Invalid, CoreText::tr("The user name \"%1\" is taken (by \"%2\"). Choose "
                                                              "another.")
                                                     .arg(user.name, (*existing)->name));
        if (auto inserted = connection.execute(
                QStringLiteral("INSERT INTO users (id, name, display_name, role, disabled, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, 0, ?, ?)"),
                {user.id, user.name, user.displayName, auth::roleName(role), user.createdAtMs, user.updatedAtMs});
            !inserted)
            return inserted;
        if (auto audited = AuditLog::append(connection, m_context.clock, &admin, QStringLiteral("user.create"), {},
                                            QStringLiteral("%1 (%2)").arg(user.name, auth::roleName(role)));
            !audited)
            return audited;
        // The slot last, so a refused insert or audit leaves no slot behind.
        auto added = m_credentials.addUser(user.name, password);
        slotAdded = added.ok();
        return added;
    });
    if (!written) {
        if (slotAdded)
            (void)m_credentials.removeUser(user.name);
        return written.error();
    }
    return user;
}

Result<std::vector<UserRecord>> UserService::list(const Session& admin)
{
    if (auto allowed = require(admin, auth::Permission::ManageUsers, m_context.clock); !allowed)
        return allowed.error();
    std::vector<UserRecord> users;
    auto read = m_context.database.read([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto all = UserDirectory::all(connection);
        if (!all)
            return all.error();
        users = std::move(*all);
        return {};
    });
    if (!read)
        return read.error();
    return users;
}

Result<void> UserService::disableUser(const Session& admin, const QString& name)
{
    if (auto allowed = require(admin, auth::Permission::ManageUsers, m_context.clock); !allowed)
        return allowed;
    return m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto target = targetUser(connection, name);
        if (!target)
            return target.error();
        if (target->id == admin.userId)
            return makeError(ErrorCode::Invalid, CoreText::tr("You cannot disable your own account."));
        if (target->disabled)
            return makeError(ErrorCode::Invalid, CoreText::tr("%1 is already disabled.").arg(target->name));
        // No last-admin check is needed here: the acting admin is active and is not the target.
        if (auto updated =
                connection.execute(QStringLiteral("UPDATE users SET disabled = 1, updated_at = ? WHERE id = ?"),
                                   {m_context.clock.nowMs(), target->id});
            !updated)
            return updated;
        if (auto audited =
                AuditLog::append(connection, m_context.clock, &admin, QStringLiteral("user.disable"), {}, target->name);
            !audited)
            return audited;
        // If the commit fails after this, the user is still active without a slot: resetPassword gives one back.
        auto removed = m_credentials.removeUser(target->name);
        if (!removed && removed.error().code != ErrorCode::NotFound)
            return removed;
        return {};
    });
}

Result<void> UserService::enableUser(const Session& admin, const QString& name, const QString& newPassword)
{
    if (auto allowed = require(admin, auth::Permission::ManageUsers, m_context.clock); !allowed)
        return allowed;
    bool slotSet = false;
    QString targetName;
    auto written = m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto target = targetUser(connection, name);
        if (!target)
            return target.error();
        if (!target->disabled)
            return makeError(ErrorCode::Invalid, CoreText::tr("%1 is not disabled.").arg(target->name));
        if (auto policy = auth::checkPassword(newPassword, target->name); !policy)
            return policy;
        if (auto updated =
                connection.execute(QStringLiteral("UPDATE users SET disabled = 0, updated_at = ? WHERE id = ?"),
                                   {m_context.clock.nowMs(), target->id});
            !updated)
            return updated;
        if (auto audited =
                AuditLog::append(connection, m_context.clock, &admin, QStringLiteral("user.enable"), {}, target->name);
            !audited)
            return audited;
        targetName = target->name;
        auto set = m_credentials.replacePassword(target->name, newPassword);
        slotSet = set.ok();
        return set;
    });
    if (!written && slotSet)
        (void)m_credentials.removeUser(targetName); // still disabled: it must not keep a slot
    return written;
}

Result<void> UserService::changeRole(const Session& admin, const QString& name, auth::Role role)
{
    if (auto allowed = require(admin, auth::Permission::ManageUsers, m_context.clock); !allowed)
        return allowed;
    return m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto target = targetUser(connection, name);
        if (!target)
            return target.error();
        if (target->role == role)
            return makeError(ErrorCode::Invalid,
                             CoreText::tr("%1 already has the %2 role.").arg(target->name, auth::roleName(role)));
        if (role != auth::Role::Admin) {
            if (auto kept = keepAnAdmin(connection, *target); !kept)
                return kept;
        }
        if (auto updated = connection.execute(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"),
                                              {auth::roleName(role), m_context.clock.nowMs(), target->id});
            !updated)
            return updated;
        return AuditLog::append(
            connection, m_context.clock, &admin, QStringLiteral("user.role"), {},
            QStringLiteral("%1: %2 to %3").arg(target->name, auth::roleName(target->role), auth::roleName(role)));
    });
}

Result<void> UserService::resetPassword(const Session& admin, const QString& name, const QString& newPassword)
{
    if (auto allowed = require(admin, auth::Permission::ManageUsers, m_context.clock); !allowed)
        return allowed;
    return m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto target = targetUser(connection, name);
        if (!target)
            return target.error();
        if (target->disabled)
            return makeError(ErrorCode::Invalid, CoreText::tr("%1 is disabled. Enable the account with a new "
                                                              "password instead.")
                                                     .arg(target->name));
        if (auto policy = auth::checkPassword(newPassword, target->name); !policy)
            return policy;
        if (auto touched = touch(connection, target->id, m_context.clock.nowMs()); !touched)
            return touched;
        if (auto audited = AuditLog::append(connection, m_context.clock, &admin, QStringLiteral("user.password_reset"),
                                            {}, target->name);
            !audited)
            return audited;
        return m_credentials.replacePassword(target->name, newPassword);
    });
}

Result<void> UserService::changeOwnPassword(const Session& session, const QString& oldPassword,
                                            const QString& newPassword)
{
    if (auto policy = auth::checkPassword(newPassword, session.userName); !policy)
        return policy;
    if (newPassword == oldPassword)
        return makeError(ErrorCode::Invalid, CoreText::tr("The new password must differ from the current one."));
    // Argon2 outside the write transaction: other writers need not wait for it.
    if (auto verified = m_credentials.verify(session.userName, oldPassword); !verified) {
        if (verified.error().code == ErrorCode::WrongCredentials)
            return makeError(ErrorCode::WrongCredentials, CoreText::tr("The current password is not correct."));
        return verified;
    }
    return m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        auto self = UserDirectory::confirm(connection, session);
        if (!self)
            return self.error();
        if (auto touched = touch(connection, self->id, m_context.clock.nowMs()); !touched)
            return touched;
        if (auto audited = AuditLog::append(connection, m_context.clock, &session,
                                            QStringLiteral("user.password_change"), {}, self->name);
            !audited)
            return audited;
        return m_credentials.replacePassword(self->name, newPassword);
    });
}

} // namespace outpost::clinic
