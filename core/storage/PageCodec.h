#pragma once

#include "core/crypto/SecretKey.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace outpost::storage {

/// Which file a page lives in; part of every page's associated data, so a page cannot move between files.
enum class FileKind : std::uint8_t { Database = 1, Wal = 2, Journal = 3 };

/// The on-disk geometry of an encrypted page (docs/security.md, "Page format").
namespace page {
inline constexpr int kSize = 4096;
inline constexpr int kReserved = 48; ///< nonce | tag | trailer
inline constexpr int kNonceBytes = 24;
inline constexpr int kTagBytes = 16;
inline constexpr int kTrailerBytes = 8;
inline constexpr int kUsable = kSize - kReserved;
inline constexpr int kNonceOffset = kUsable;
inline constexpr int kTagOffset = kNonceOffset + kNonceBytes;
inline constexpr int kTrailerOffset = kTagOffset + kTagBytes;
inline constexpr int kSaltBytes = 16;        ///< page 1 bytes 0–15 on disk
inline constexpr int kClearHeaderBegin = 16; ///< page 1 bytes 16–23 stay clear (page size, reserved bytes…)
inline constexpr int kClearHeaderEnd = 24;
inline constexpr std::uint8_t kFormatVersion = 1;
/// The page SQLite never uses (it holds the lock bytes at offset 1 GiB): it is never written.
inline constexpr std::uint32_t kLockBytePage = 0x40000000 / kSize + 1;
} // namespace page

using Salt = std::array<unsigned char, page::kSaltBytes>;

/// What a page's trailer says: format version, KDF profile, a 16-bit key check and the key epoch.
struct Trailer {
    std::uint8_t formatVersion = page::kFormatVersion;
    std::uint8_t kdfProfile = 0;
    std::uint16_t keyCheck = 0;
    std::uint32_t keyEpoch = 0;

    std::array<unsigned char, page::kTrailerBytes> encode() const;
    static Trailer decode(const unsigned char* bytes);
};

/// Where a page sits: it is bound into the page's associated data.
struct PageAddress {
    FileKind kind = FileKind::Database;
    std::uint32_t pageNumber = 0;
    const Salt* salt = nullptr; ///< the database file's salt
    const unsigned char* walFrameHeader =
        nullptr; ///< WAL: frame header; bytes 0–7 (page number, commit size) are bound
};

/// The page and mask keys derived from a database's 32-byte data key, in protected memory.
class PageKeys
{
public:
    /// Derives the keys with crypto_kdf_derive_from_key; @p kdfProfile and @p keyEpoch go into every trailer.
    PageKeys(const crypto::SecretKey& dataKey, std::uint8_t kdfProfile, std::uint32_t keyEpoch);

    const unsigned char* pageKey() const { return m_pageKey.data(); }
    const unsigned char* maskKey() const { return m_maskKey.data(); }
    /// The trailer new pages get.
    const Trailer& trailer() const { return m_trailer; }
    /// Constant-time: true when @p other was derived from the same data key.
    bool sameKeyAs(const PageKeys& other) const { return m_pageKey.equals(other.m_pageKey); }

private:
    crypto::SecretKey m_pageKey;
    crypto::SecretKey m_maskKey;
    Trailer m_trailer;
};

/// Encrypts and authenticates single pages (XChaCha20-Poly1305, fresh random nonce per write) and
/// computes the keyed masks that hide SQLite's plaintext checksums in the WAL and journal.
class PageCodec
{
public:
    enum class Status { Ok, Failed, WrongKey };

    explicit PageCodec(const PageKeys& keys) : m_keys(keys) {}

    /// Encodes the kSize-byte page @p plain (as SQLite sees it) into @p disk (kSize bytes).
    void encrypt(const PageAddress& address, const unsigned char* plain, unsigned char* disk) const;
    /// Decodes @p disk into @p plain (reserved area zeroed). On failure @p plain is zeroed;
    /// WrongKey means the trailer's key check names another key.
    Status decrypt(const PageAddress& address, const unsigned char* disk, unsigned char* plain) const;

    /// The 8 bytes XORed into WAL frame header bytes 16–23 (SQLite's checksum) of frame @p frameIndex.
    std::array<unsigned char, 8> walMask(const Salt& salt, const unsigned char* walSalts,
                                         std::uint32_t frameIndex) const;
    /// The 4 bytes XORed into the checksum of the journal record whose page has @p nonce, at @p offset.
    std::array<unsigned char, 4> journalMask(const Salt& salt, const unsigned char* nonce, std::int64_t offset) const;

private:
    std::size_t associatedData(const PageAddress& address, const unsigned char* trailer, const unsigned char* disk,
                               unsigned char* out) const;

    const PageKeys& m_keys;
};

/// Reads and writes big-endian integers in file formats.
std::uint32_t readBigEndian32(const unsigned char* bytes);
void writeBigEndian32(unsigned char* bytes, std::uint32_t value);

} // namespace outpost::storage
