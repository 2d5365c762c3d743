#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace outpost::storage::fuzz {

/// What one input came to: refused when the database was opened, or opened and read.
enum class Outcome { Refused, Opened };

/// Turns @p data into database files (its first byte picks how: raw bytes, encrypted plaintext
/// pages, a valid database with a raw or an encrypted WAL, or a valid database with bytes
/// changed), then opens, verifies, reads every table and writes once. Errors are expected;
/// a crash, a hang or a sanitizer report is a bug.
Outcome runStorageInput(const std::uint8_t* data, std::size_t size);

/// Inputs that reach deep: an empty WAL, real SQLite pages (tables, an index, FTS5), frames.
std::vector<QByteArray> storageSeeds();

} // namespace outpost::storage::fuzz
