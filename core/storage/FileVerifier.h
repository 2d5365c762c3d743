#pragma once

#include "core/Result.h"

#include <cstdint>

struct sqlite3;
struct sqlite3_file;

namespace outpost::storage {

class DatabaseKeys;

/// Authenticates every page of a database file and every committed frame of its WAL by reading
/// the raw bytes through the connection's own file handles (never a second file descriptor,
/// which would drop SQLite's POSIX locks). Call it inside a read transaction on @p db.
class FileVerifier
{
public:
    FileVerifier(sqlite3* db, DatabaseKeys& keys) : m_db(db), m_keys(keys) {}

    /// Damaged naming the first page that failed; writes nothing.
    Result<void> run();

private:
    std::uint32_t committedWalFrames(sqlite3_file* mainFile, const unsigned char* walSalts) const;

    sqlite3* m_db;
    DatabaseKeys& m_keys;
};

} // namespace outpost::storage
