#include "core/clinic/UserDirectory.h"

#include "core/clinic/Session.h"
#include "core/clinic/UserName.h"
#include "core/CoreText.h"
#include "core/storage/Connection.h"

namespace outpost::clinic {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, name, display_name, role, disabled, created_at, updated_at FROM users");

UserRecord recordFrom(const storage::Row& row)
{
    UserRecord user;
    user.id = row.at(0).toString();
    user.name = row.at(1).toString();
    user.displayName = row.at(2).toString();
    // The table's CHECK constraint admits only the three role names.
    user.role = auth::roleFromName(row.at(3).toString()).value_or(auth::Role::Reception);
    user.disabled = row.at(4).toLongLong() != 0;
    user.createdAtMs = row.at(5).toLongLong();
    user.updatedAtMs = row.at(6).toLongLong();
    return user;
}

} // namespace

Result<std::vector<UserRecord>> UserDirectory::all(storage::Connection& connection)
{
    auto rows = connection.query(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (!rows)
        return rows.error();
    std::vector<UserRecord> users;
    users.reserve(rows->size());
    for (const storage::Row& row : *rows)
        users.push_back(recordFrom(row));
    return users;
}

Result<std::optional<UserRecord>> UserDirectory::findByName(storage::Connection& connection, const QString& name)
{
    // SQLite's NOCASE folds ASCII only, and a clinic has tens of users: compare the Unicode fold here.
    auto users = all(connection);
    if (!users)
        return users.error();
    const QString folded = UserName::fold(name);
    for (UserRecord& user : *users) {
        if (UserName::fold(user.name) == folded)
            return std::optional<UserRecord>(std::move(user));
    }
    return std::optional<UserRecord>();
}

Result<std::optional<UserRecord>> UserDirectory::findById(storage::Connection& connection, const QString& id)
{
    auto row = connection.queryRow(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(recordFrom(**row));
}

Result<UserRecord> UserDirectory::confirm(storage::Connection& connection, const Session& session)
{
    auto user = findById(connection, session.userId);
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->disabled || (*user)->role != session.role)
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Your account was changed since you logged in. Log in again."));
    return std::move(**user);
}

Result<int> UserDirectory::activeAdminCount(storage::Connection& connection)
{
    auto count = connection.queryValue(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0"),
                                       {auth::roleName(auth::Role::Admin)});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace outpost::clinic
