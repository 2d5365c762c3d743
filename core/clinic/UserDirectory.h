#pragma once

#include "core/auth/Role.h"
#include "core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

struct Session;

/// One row of the users table. No password or password hash: those live in the keyring.
struct UserRecord {
    QString id;
    QString name;
    QString displayName;
    auth::Role role = auth::Role::Reception;
    bool disabled = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

/// Reads the users table for UserService and AuthService.
class UserDirectory
{
public:
    /// Every user, by name.
    static Result<std::vector<UserRecord>> all(storage::Connection& connection);
    /// The user whose name folds like @p name (UserName::fold), or nothing.
    static Result<std::optional<UserRecord>> findByName(storage::Connection& connection, const QString& name);
    static Result<std::optional<UserRecord>> findById(storage::Connection& connection, const QString& id);
    /// The session's user as the table has it now. PermissionDenied when they were disabled,
    /// removed or given another role since they logged in: a session never outlives a demotion.
    static Result<UserRecord> confirm(storage::Connection& connection, const Session& session);
    /// How many admins are not disabled.
    static Result<int> activeAdminCount(storage::Connection& connection);
};

} // namespace outpost::clinic
