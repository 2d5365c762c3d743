#include "core/crypto/RecoveryKey.h"

#include "core/CoreText.h"

#include <sodium.h>

#include <array>

namespace outpost::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kChecksumSize = 3;
constexpr std::size_t kPayloadSize = RecoveryKey::kSize + kChecksumSize; // 35 bytes = 280 bits = 56 characters
constexpr int kCharacters = RecoveryKey::kGroups * RecoveryKey::kGroupLength;
static_assert(kPayloadSize * 8 == std::size_t(kCharacters) * 5);

constexpr char kDataKeyContext[crypto_kdf_CONTEXTBYTES] = {'O', 'P', 'r', 'e', 'c', 'o', 'v', '1'};
constexpr std::uint64_t kDataKeyId = 1;

using Payload = std::array<unsigned char, kPayloadSize>;

void checksum(const unsigned char* key, unsigned char* out)
{
    static constexpr unsigned char personal[] = "outpost recovery key checksum";
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(), key, RecoveryKey::kSize, personal, sizeof personal - 1);
    std::copy_n(digest.begin(), kChecksumSize, out);
}

/// Crockford decoding of one character, or -1.
int valueOf(QChar c)
{
    switch (c.toUpper().unicode()) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (c.toUpper() == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}

Error typo(const QString& sentence)
{
    return makeError(ErrorCode::WrongCredentials, sentence);
}

} // namespace

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecretKey::random(kSize));
}

QString RecoveryKey::text() const
{
    Payload payload{};
    std::copy_n(m_secret.data(), kSize, payload.begin());
    checksum(m_secret.data(), payload.data() + kSize);
    QString text;
    text.reserve(kCharacters + kGroups);
    int bits = 0;
    unsigned buffer = 0;
    for (unsigned char byte : payload) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!text.isEmpty() && (text.size() + 1) % (kGroupLength + 1) == 0)
                text += QLatin1Char('-');
            text += QLatin1Char(kAlphabet[(buffer >> bits) & 31]);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    sodium_memzero(payload.data(), payload.size());
    return text;
}

Result<RecoveryKey> RecoveryKey::parse(const QString& text)
{
    Payload payload{};
    std::size_t filled = 0;
    int characters = 0;
    int bits = 0;
    unsigned buffer = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = valueOf(c);
        if (value < 0) {
            sodium_memzero(payload.data(), payload.size());
            return typo(CoreText::tr("The recovery key cannot contain \"%1\": it has only the digits and the "
                                     "letters A to Z without I, L, O and U.")
                            .arg(c));
        }
        ++characters;
        if (characters > kCharacters)
            continue;
        buffer = (buffer << 5) | unsigned(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            payload[filled++] = static_cast<unsigned char>(buffer >> bits);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    if (characters != kCharacters) {
        sodium_memzero(payload.data(), payload.size());
        return typo(CoreText::tr("A recovery key has %1 letters and digits in %2 groups; this one has %3. "
                                 "Check it against the printed copy.")
                        .arg(kCharacters)
                        .arg(kGroups)
                        .arg(characters));
    }
    std::array<unsigned char, kChecksumSize> expected{};
    checksum(payload.data(), expected.data());
    const bool intact = sodium_memcmp(expected.data(), payload.data() + kSize, kChecksumSize) == 0;
    RecoveryKey key(SecretKey::fromBytes(std::span(payload.data(), kSize)));
    sodium_memzero(payload.data(), payload.size());
    if (!intact)
        return typo(CoreText::tr("The recovery key has a typo: compare each group with the printed copy."));
    return key;
}

SecretKey RecoveryKey::dataKey() const
{
    SecretKey key(kSize);
    crypto_kdf_derive_from_key(key.data(), key.size(), kDataKeyId, kDataKeyContext, m_secret.data());
    return key;
}

} // namespace outpost::crypto
