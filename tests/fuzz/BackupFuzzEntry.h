#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace outpost::backup::fuzz {

/// How far one input got through the backup reader.
enum class Outcome { RefusedHeader, RefusedStream, Read };

/// Feeds @p data to backup::BackupReader as a backup file: the header, then the whole stream with
/// the fixed key of the seeds (so mutations reach decryption, decompression and page counting
/// without paying for Argon2id per input). Errors are expected; a crash, a hang, a huge allocation
/// or a sanitizer report is a bug.
Outcome runBackupInput(const std::uint8_t* data, std::size_t size);

/// Valid backups under the fixed key (a small clinic), and a few near misses.
std::vector<QByteArray> backupSeeds();

} // namespace outpost::backup::fuzz
