#include "core/storage/PageCodec.h"

#include <sodium.h>

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace outpost::storage {

namespace {

constexpr unsigned char kMagic[8] = {'O', 'u', 't', 'p', 'o', 's', 't', '1'};
constexpr unsigned char kSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                             'o', 'r', 'm', 'a', 't', ' ', '3', 0};
constexpr char kPageContext[crypto_kdf_CONTEXTBYTES] = {'O', 'u', 't', 'p', 'P', 'a', 'g', 'e'};
constexpr char kMaskContext[crypto_kdf_CONTEXTBYTES] = {'O', 'u', 't', 'p', 'M', 'a', 's', 'k'};
constexpr char kCheckContext[crypto_kdf_CONTEXTBYTES] = {'O', 'u', 't', 'p', 'C', 'h', 'c', 'k'};
constexpr std::size_t kMaxAssociatedData = 8 + page::kSaltBytes + 1 + 4 + page::kTrailerBytes + 16;

crypto::SecretKey deriveKey(const crypto::SecretKey& dataKey, std::uint64_t id, const char* context,
                            std::size_t size = crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
{
    crypto::SecretKey key(size);
    crypto_kdf_derive_from_key(key.data(), size, id, context, dataKey.data());
    return key;
}

// Nonces come from the system CSPRNG 64 at a time (one getrandom call instead of one per page).
// A forked child must never reuse its parent's unused nonces: fork bumps a generation that
// empties every pool in the child.
constexpr int kPooledNonces = 64;
std::atomic<unsigned> g_forkGeneration{0};

void afterFork()
{
    g_forkGeneration.fetch_add(1);
}

struct NoncePool {
    unsigned char bytes[kPooledNonces * page::kNonceBytes];
    int used = kPooledNonces;
    unsigned generation = 0;
};

thread_local NoncePool t_nonces;

void freshNonce(unsigned char* nonce)
{
    static const bool forkSafe = pthread_atfork(nullptr, nullptr, afterFork) == 0;
    const unsigned generation = g_forkGeneration.load();
    if (!forkSafe) {
        randombytes_buf(nonce, page::kNonceBytes);
        return;
    }
    if (t_nonces.used == kPooledNonces || t_nonces.generation != generation) {
        randombytes_buf(t_nonces.bytes, sizeof t_nonces.bytes);
        t_nonces.used = 0;
        t_nonces.generation = generation;
    }
    unsigned char* next = t_nonces.bytes + t_nonces.used * page::kNonceBytes;
    std::memcpy(nonce, next, page::kNonceBytes);
    sodium_memzero(next, page::kNonceBytes); // a used nonce does not stay behind
    ++t_nonces.used;
}

bool isDatabasePageOne(const PageAddress& address)
{
    return address.kind == FileKind::Database && address.pageNumber == 1;
}

} // namespace

std::uint32_t readBigEndian32(const unsigned char* bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) | (std::uint32_t(bytes[2]) << 8) |
           std::uint32_t(bytes[3]);
}

void writeBigEndian32(unsigned char* bytes, std::uint32_t value)
{
    bytes[0] = static_cast<unsigned char>(value >> 24);
    bytes[1] = static_cast<unsigned char>(value >> 16);
    bytes[2] = static_cast<unsigned char>(value >> 8);
    bytes[3] = static_cast<unsigned char>(value);
}

std::array<unsigned char, page::kTrailerBytes> Trailer::encode() const
{
    std::array<unsigned char, page::kTrailerBytes> out{};
    out[0] = formatVersion;
    out[1] = kdfProfile;
    out[2] = static_cast<unsigned char>(keyCheck >> 8);
    out[3] = static_cast<unsigned char>(keyCheck);
    writeBigEndian32(out.data() + 4, keyEpoch);
    return out;
}

Trailer Trailer::decode(const unsigned char* bytes)
{
    Trailer trailer;
    trailer.formatVersion = bytes[0];
    trailer.kdfProfile = bytes[1];
    trailer.keyCheck = static_cast<std::uint16_t>((bytes[2] << 8) | bytes[3]);
    trailer.keyEpoch = readBigEndian32(bytes + 4);
    return trailer;
}

PageKeys::PageKeys(const crypto::SecretKey& dataKey, std::uint8_t kdfProfile, std::uint32_t keyEpoch)
    : m_pageKey(deriveKey(dataKey, 1, kPageContext))
    , m_maskKey(deriveKey(dataKey, 2, kMaskContext, crypto_generichash_KEYBYTES))
{
    // The key check tells a wrong key (every page fails) from a damaged first page.
    const crypto::SecretKey check = deriveKey(dataKey, 3, kCheckContext, crypto_kdf_BYTES_MIN);
    m_trailer.kdfProfile = kdfProfile;
    m_trailer.keyEpoch = keyEpoch;
    m_trailer.keyCheck = static_cast<std::uint16_t>((check.data()[0] << 8) | check.data()[1]);
}

std::size_t PageCodec::associatedData(const PageAddress& address, const unsigned char* trailer,
                                      const unsigned char* disk, unsigned char* out) const
{
    std::size_t n = 0;
    std::memcpy(out + n, kMagic, sizeof kMagic);
    n += sizeof kMagic;
    std::memcpy(out + n, address.salt->data(), page::kSaltBytes);
    n += page::kSaltBytes;
    out[n++] = static_cast<unsigned char>(address.kind);
    writeBigEndian32(out + n, address.pageNumber);
    n += 4;
    std::memcpy(out + n, trailer, page::kTrailerBytes);
    n += page::kTrailerBytes;
    if (isDatabasePageOne(address)) {
        std::memcpy(out + n, disk + page::kClearHeaderBegin, page::kClearHeaderEnd - page::kClearHeaderBegin);
        n += page::kClearHeaderEnd - page::kClearHeaderBegin;
    }
    if (address.kind == FileKind::Wal && address.walFrameHeader) {
        // Page number and commit size only. Once a transaction has rewritten a frame in place,
        // SQLite appends its later frames with zeroed salts and checksum and fills them in at
        // commit (walRewriteChecksums): binding the salts would make those pages unreadable.
        std::memcpy(out + n, address.walFrameHeader, 8);
        n += 8;
    }
    return n;
}

void PageCodec::encrypt(const PageAddress& address, const unsigned char* plain, unsigned char* disk) const
{
    const bool pageOne = isDatabasePageOne(address);
    const int begin = pageOne ? page::kClearHeaderEnd : 0;
    if (pageOne) {
        std::memcpy(disk, address.salt->data(), page::kSaltBytes);
        std::memcpy(disk + page::kClearHeaderBegin, plain + page::kClearHeaderBegin,
                    page::kClearHeaderEnd - page::kClearHeaderBegin);
    }
    unsigned char* nonce = disk + page::kNonceOffset;
    freshNonce(nonce);
    const auto trailer = m_keys.trailer().encode();
    std::memcpy(disk + page::kTrailerOffset, trailer.data(), trailer.size());

    unsigned char ad[kMaxAssociatedData];
    const std::size_t adLength = associatedData(address, trailer.data(), disk, ad);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(disk + begin, disk + page::kTagOffset, nullptr, plain + begin,
                                                        page::kUsable - begin, ad, adLength, nullptr, nonce,
                                                        m_keys.pageKey());
}

PageCodec::Status PageCodec::decrypt(const PageAddress& address, const unsigned char* disk, unsigned char* plain) const
{
    const bool pageOne = isDatabasePageOne(address);
    const int begin = pageOne ? page::kClearHeaderEnd : 0;
    const unsigned char* trailerBytes = disk + page::kTrailerOffset;
    const Trailer trailer = Trailer::decode(trailerBytes);

    unsigned char ad[kMaxAssociatedData];
    const std::size_t adLength = associatedData(address, trailerBytes, disk, ad);
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
        plain + begin, nullptr, disk + begin, page::kUsable - begin, disk + page::kTagOffset, ad, adLength,
        disk + page::kNonceOffset, m_keys.pageKey());
    // Page 1 carries the salt itself: it must be the salt every page was bound to.
    const bool saltMatches = !pageOne || sodium_memcmp(disk, address.salt->data(), page::kSaltBytes) == 0;
    if (rc != 0 || !saltMatches || trailer.formatVersion != page::kFormatVersion) {
        sodium_memzero(plain, page::kSize);
        return trailer.keyCheck != m_keys.trailer().keyCheck ? Status::WrongKey : Status::Failed;
    }
    if (pageOne) {
        std::memcpy(plain, kSqliteHeader, sizeof kSqliteHeader);
        std::memcpy(plain + page::kClearHeaderBegin, disk + page::kClearHeaderBegin,
                    page::kClearHeaderEnd - page::kClearHeaderBegin);
    }
    std::fill(plain + page::kUsable, plain + page::kSize, 0);
    return Status::Ok;
}

std::array<unsigned char, 8> PageCodec::walMask(const Salt& salt, const unsigned char* walSalts,
                                                std::uint32_t frameIndex) const
{
    unsigned char input[1 + page::kSaltBytes + 8 + 4];
    input[0] = 'W';
    std::memcpy(input + 1, salt.data(), page::kSaltBytes);
    std::memcpy(input + 1 + page::kSaltBytes, walSalts, 8);
    writeBigEndian32(input + 1 + page::kSaltBytes + 8, frameIndex);
    unsigned char out[crypto_generichash_BYTES_MIN];
    crypto_generichash(out, sizeof out, input, sizeof input, m_keys.maskKey(), crypto_generichash_KEYBYTES);
    std::array<unsigned char, 8> mask{};
    std::copy_n(out, mask.size(), mask.begin());
    return mask;
}

std::array<unsigned char, 4> PageCodec::journalMask(const Salt& salt, const unsigned char* nonce,
                                                    std::int64_t offset) const
{
    unsigned char input[1 + page::kSaltBytes + page::kNonceBytes + 8];
    input[0] = 'J';
    std::memcpy(input + 1, salt.data(), page::kSaltBytes);
    std::memcpy(input + 1 + page::kSaltBytes, nonce, page::kNonceBytes);
    const auto value = static_cast<std::uint64_t>(offset);
    writeBigEndian32(input + 1 + page::kSaltBytes + page::kNonceBytes, static_cast<std::uint32_t>(value >> 32));
    writeBigEndian32(input + 5 + page::kSaltBytes + page::kNonceBytes, static_cast<std::uint32_t>(value));
    unsigned char out[crypto_generichash_BYTES_MIN];
    crypto_generichash(out, sizeof out, input, sizeof input, m_keys.maskKey(), crypto_generichash_KEYBYTES);
    std::array<unsigned char, 4> mask{};
    std::copy_n(out, mask.size(), mask.begin());
    return mask;
}

} // namespace outpost::storage
