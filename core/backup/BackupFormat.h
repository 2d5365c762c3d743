#pragma once

#include "core/crypto/KdfParameters.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretKey.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace outpost::backup {

/// The on-disk layout of an Outpost backup file (docs/operations/backup-and-restore.md):
///
///     magic "OUTPOSTB" | format version (u16 BE) | header length (u32 BE) | header (JSON, UTF-8)
///     | secretstream header (24 bytes) | BLAKE2b-256 of everything before it
///     | chunks: length (u32 BE) + crypto_secretstream_xchacha20poly1305 ciphertext
///
/// The whole header is the additional data of the first chunk, so changing any header byte fails
/// authentication; the last chunk carries TAG_FINAL, so a truncated file is detected.
namespace format {
inline constexpr char kMagic[8] = {'O', 'U', 'T', 'P', 'O', 'S', 'T', 'B'};
/// 1: the zstd stream holds pages 1…N. 2: it holds pages 2…N and a FirstPage chunk follows it
/// (SQLite writes page 1 of a copy last). This version reads both.
inline constexpr quint16 kVersion = 2;
inline constexpr quint32 kMaxHeaderJson = 64 * 1024;
inline constexpr quint32 kMaxChunkPlain = 4 * 1024 * 1024;
inline constexpr int kPageSize = 4096;
/// The file name suffix Outpost gives backups.
inline constexpr const char* kSuffix = ".outpostbackup";

/// The first byte of every chunk's plaintext.
enum class ChunkType : quint8 {
    Keys = 1,      ///< the data key (32 bytes) then the keyring file
    Data = 2,      ///< the next part of the zstd stream of the database pages
    End = 3,       ///< the page count (u32 BE); carries TAG_FINAL
    FirstPage = 4, ///< format 2: page 1 (4096 bytes), after the last Data chunk
};
} // namespace format

/// How the stream key was made.
enum class KeySource { Passphrase, RecoveryKey };

/// The clear, authenticated header of a backup.
struct BackupHeader {
    quint16 formatVersion = format::kVersion;
    KeySource keySource = KeySource::Passphrase;
    crypto::KdfParameters kdf; ///< Argon2id parameters (passphrase only)
    QByteArray salt;           ///< 16 bytes
    QByteArray keyCheck;       ///< 16 bytes: tells a wrong passphrase from a damaged file
    qint64 createdMs = 0;
    QString appVersion;
    int schemaVersion = 0;
    quint32 pageCount = 0;
    QList<QPair<QString, qint64>> rowCounts; ///< table name → rows, in the snapshot

    /// The JSON text of the header (without magic, version or lengths).
    QByteArray toJson() const;
    /// Parses the JSON; Damaged with a sentence when a field is missing or out of range.
    static Result<BackupHeader> fromJson(const QByteArray& json);
    qint64 rowCount(const QString& table) const;
};

/// The key of a backup's secretstream, with what the header must say to make it again.
struct StreamKey {
    KeySource source = KeySource::Passphrase;
    crypto::KdfParameters kdf;
    QByteArray salt;
    crypto::SecretKey key;

    /// A key from @p passphrase with a fresh random salt (Argon2id with @p kdf).
    static Result<StreamKey> fromPassphrase(const QString& passphrase, const crypto::KdfParameters& kdf);
    /// A key from the clinic's recovery key with a fresh random salt.
    static Result<StreamKey> fromRecoveryKey(const crypto::RecoveryKey& recoveryKey);
    /// The key a backup with @p header was made with: WrongCredentials when @p passphrase (or
    /// @p recoveryKey, for a backup made under the recovery key) is not the one.
    static Result<StreamKey> forHeader(const BackupHeader& header, const QString& passphrase,
                                       const std::optional<crypto::RecoveryKey>& recoveryKey);
    /// A key from already derived bytes (automatic backups keep theirs in the encrypted settings).
    static Result<StreamKey> fromStored(const QByteArray& stored);
    /// The bytes fromStored() reads back: source, parameters, salt and key.
    QByteArray toStored() const;

    /// The 16-byte value the header carries to recognise this key.
    QByteArray keyCheck() const;
};

/// Whether the work should go on; a progress callback returns false to cancel.
/// @p done and @p total are in bytes of database pages.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// A sentence for a cancelled operation.
Error cancelledError();

/// 12 random hex digits, for the names of temporary files (working copies, verify files, probes)
/// and of the export's page pipe.
QString randomSuffix();

} // namespace outpost::backup
