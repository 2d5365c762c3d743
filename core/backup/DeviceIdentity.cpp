#include "core/backup/DeviceIdentity.h"

#include "core/storage/Connection.h"

namespace outpost::backup {

Result<QString> DeviceIdentity::read(storage::Connection& connection)
{
    auto value = connection.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {settingsKey()});
    if (!value)
        return value.error();
    return value->toString();
}

Result<QString> DeviceIdentity::ensure(storage::Connection& writer, UuidV7Generator& ids)
{
    auto current = read(writer);
    if (!current)
        return current.error();
    if (isUuidV7(*current))
        return *current;
    return renew(writer, ids);
}

Result<QString> DeviceIdentity::renew(storage::Connection& writer, UuidV7Generator& ids)
{
    const QString id = ids.next();
    auto stored = writer.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                 {settingsKey(), id});
    if (!stored)
        return stored.error();
    return id;
}

} // namespace outpost::backup
