#include "core/storage/Migrations.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/Connection.h"

namespace outpost::storage {

Migration Migration::sql(int version, QString description, QString script)
{
    return Migration{version, std::move(description),
                     [script = std::move(script)](Connection& connection) { return connection.executeScript(script); }};
}

Result<int> Migrations::currentVersion(Connection& connection)
{
    auto version = connection.queryValue(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(version->toLongLong());
}

Result<void> Migrations::validate(std::span<const Migration> steps)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != static_cast<int>(i) + 1 || !steps[i].apply)
            return makeError(ErrorCode::Usage,
                             CoreText::tr("Migration %1 is out of order: steps must be numbered 1, 2, 3… in order.")
                                 .arg(steps[i].version));
    }
    return {};
}

Result<int> Migrations::apply(Connection& connection, std::span<const Migration> steps)
{
    if (auto valid = validate(steps); !valid)
        return valid.error();
    auto current = currentVersion(connection);
    if (!current)
        return current.error();
    const int newest = static_cast<int>(steps.size());
    if (*current > newest)
        return makeError(ErrorCode::Invalid, CoreText::tr("This database was made by a newer version of Outpost "
                                                          "(schema %1; this version knows up to %2). Update Outpost "
                                                          "to open it.")
                                                 .arg(*current)
                                                 .arg(newest));
    const auto log = logging::get("storage");
    for (const Migration& step : steps.subspan(static_cast<std::size_t>(*current))) {
        if (auto begun = connection.execute(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun.error();
        Result<void> done = step.apply(connection);
        if (done)
            done = connection.execute(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (done)
            done = connection.execute(QStringLiteral("COMMIT"));
        if (!done) {
            if (connection.inTransaction())
                (void)connection.execute(QStringLiteral("ROLLBACK"));
            log->error("schema migration {} ({}) failed; the database stays at version {}", step.version,
                       step.description.toStdString(), step.version - 1);
            return done.error();
        }
        log->info("schema migrated to version {} ({})", step.version, step.description.toStdString());
    }
    return newest;
}

} // namespace outpost::storage
