#pragma once

#include "core/Result.h"

#include <cstdint>

struct sqlite3;

namespace outpost::storage {

/// "The database is damaged (page N failed authentication). Restore from a backup."
Error damagedPageError(std::uint32_t pageNumber);
/// The Error for SQLite result @p rc (on @p db, which may be null) while trying to @p action,
/// in a sentence a user can read. Uses and clears this thread's authentication failure, if any.
Error sqliteError(sqlite3* db, int rc, const char* action);

} // namespace outpost::storage
