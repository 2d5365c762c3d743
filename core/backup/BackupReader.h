#pragma once

#include "core/backup/BackupFormat.h"
#include "core/crypto/SecretKey.h"
#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>

namespace outpost::backup {

/// Reads an Outpost backup from any QIODevice: the clear header first, then, with the stream key,
/// every chunk, authenticated and in order. Never trusts a length or count it has not checked.
///
/// Errors: not a backup, a damaged or truncated file: Damaged; a newer format: Invalid; a failed
/// handler's own error is passed on.
class BackupReader
{
public:
    explicit BackupReader(QIODevice& device) : m_device(device) {}

    /// Reads and checks the header (magic, version, its hash, the JSON fields).
    Result<BackupHeader> readHeader();
    const BackupHeader& header() const { return m_header; }

    /// Receives the data key and the keyring bytes (first), then runs of plaintext pages in order.
    struct Handler {
        std::function<Result<void>(const crypto::SecretKey& dataKey, const QByteArray& keyring)> keys;
        std::function<Result<void>(quint32 firstPage, const char* data, int count)> pages;
    };
    /// Decrypts, authenticates and decompresses the whole stream with @p streamKey (after
    /// readHeader()). Ends only after the final chunk, with exactly header().pageCount pages.
    Result<void> read(const crypto::SecretKey& streamKey, const Handler& handler, const Progress& progress = {});

private:
    QIODevice& m_device;
    BackupHeader m_header;
    QByteArray m_headerBytes;
};

} // namespace outpost::backup
