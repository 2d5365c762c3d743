#pragma once

#include <cstdint>

struct sqlite3_file;

namespace outpost::storage::vfs {

/// The name the encrypting VFS is registered under (never the default VFS).
inline constexpr const char* kName = "outpost-enc";

/// Registers the VFS once per process, wrapping the default "unix" VFS. False when it cannot.
bool ensureRegistered();

/// How many unnamed or temporary files the VFS has refused to open (they would hold plaintext).
std::uint64_t refusedOpenCount();

/// The underlying (unix) file of an open file of this VFS, for reading raw bytes; null for other files.
sqlite3_file* underlyingFile(sqlite3_file* file);

} // namespace outpost::storage::vfs
