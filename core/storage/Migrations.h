#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <span>
#include <vector>

namespace outpost::storage {

class Connection;

/// One forward-only schema step: it takes the database from version - 1 to @p version.
struct Migration {
    int version = 0;     ///< PRAGMA user_version after this step: 1, 2, 3… without gaps
    QString description; ///< for the log ("add patients table")
    std::function<Result<void>(Connection&)> apply;

    /// A step that runs an SQL script.
    static Migration sql(int version, QString description, QString script);
};

/// Brings a database up to the newest of an ordered list of migrations, each step in its own
/// transaction on PRAGMA user_version. A failing step rolls back and leaves the previous version.
class Migrations
{
public:
    /// The database's PRAGMA user_version.
    static Result<int> currentVersion(Connection& connection);
    /// Checks @p steps are numbered 1…n in order (Usage error otherwise).
    static Result<void> validate(std::span<const Migration> steps);
    /// Applies every step newer than the database. A database newer than every step is refused
    /// (Invalid: it was made by a newer Outpost). Returns the version reached.
    static Result<int> apply(Connection& connection, std::span<const Migration> steps);
};

} // namespace outpost::storage
