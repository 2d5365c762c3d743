#pragma once

#include "core/Result.h"
#include "core/Uuid.h"

#include <QString>

namespace outpost::storage {
class Connection;
}

namespace outpost::backup {

/// The database's device identity: a UUIDv7 in the settings table that names this copy of the
/// clinic's data for sync. A restored database gets a new one, so it cannot pose as the device the
/// backup came from.
class DeviceIdentity
{
public:
    static QString settingsKey() { return QStringLiteral("device_id"); }
    /// The stored id, or an empty string.
    static Result<QString> read(storage::Connection& connection);
    /// The stored id, made and stored first if there is none (inside the caller's write transaction).
    static Result<QString> ensure(storage::Connection& writer, UuidV7Generator& ids);
    /// Replaces the id with a new one (inside the caller's write transaction).
    static Result<QString> renew(storage::Connection& writer, UuidV7Generator& ids);
};

} // namespace outpost::backup
