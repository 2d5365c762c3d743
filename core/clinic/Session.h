#pragma once

#include "core/auth/Role.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/Uuid.h"

#include <QString>

namespace outpost::storage {
class Database;
}

namespace outpost::clinic {

/// Who is at the keyboard. Every service call takes one and checks the role itself.
struct Session {
    QString userId;
    QString userName;
    auth::Role role = auth::Role::Reception;
    qint64 breakGlassUntilMs = 0; ///< admin's audited access to clinical content, until this time
    QString breakGlassReason;
};

/// What every clinic service needs: the database, the clock and the id source.
struct ClinicContext {
    storage::Database& database;
    const Clock& clock;
    UuidV7Generator& ids;
};

/// PermissionDenied with a sentence naming the role and what it may not do, unless @p session's
/// role allows @p permission. An admin's active break-glass allows reading clinical content.
Result<void> require(const Session& session, auth::Permission permission, const Clock& clock);

} // namespace outpost::clinic
