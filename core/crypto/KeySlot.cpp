#include "core/crypto/KeySlot.h"

#include <sodium.h>

#include <QJsonValue>
#include <QtEndian>

namespace outpost::crypto {

namespace {

constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kNameBlock = 32;
constexpr char kNameContext[crypto_kdf_CONTEXTBYTES] = {'O', 'P', 'k', 'y', 'n', 'a', 'm', 'e'};

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray result(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(result.data(), size);
    return result;
}

QByteArray littleEndian(quint64 value)
{
    QByteArray result(8, Qt::Uninitialized);
    qToLittleEndian(value, result.data());
    return result;
}

SecretKey nameKey(const SecretKey& dataKey)
{
    SecretKey key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), 1, kNameContext, dataKey.data());
    return key;
}

QByteArray nameAssociatedData(const QByteArray& keyringId, const QByteArray& slotId)
{
    return QByteArrayLiteral("outpost-keyring-name/1") + keyringId + slotId;
}

std::optional<QByteArray> decode(const QJsonObject& object, QLatin1String key, qsizetype size)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (size >= 0 && (*decoded).size() != size))
        return std::nullopt;
    return *decoded;
}

QString encode(const QByteArray& array)
{
    return QString::fromLatin1(array.toBase64());
}

} // namespace

QByteArray KeySlot::associatedData(const QByteArray& keyringId) const
{
    return QByteArrayLiteral("outpost-keyring-slot/1") + keyringId + id +
           (kind == Kind::Recovery ? QByteArrayLiteral("R") : QByteArrayLiteral("U")) + label + salt +
           littleEndian(kdf.opsLimit) + littleEndian(kdf.memLimit);
}

Result<KeySlot> KeySlot::wrap(Kind kind, const QByteArray& label, const QByteArray& keyringId,
                              std::span<const unsigned char> secret, const SecretKey& dataKey, const KdfParameters& kdf)
{
    KeySlot slot;
    slot.id = randomBytes(kIdSize);
    slot.kind = kind;
    slot.label = label;
    slot.kdf = kdf;
    slot.salt = randomBytes(KdfParameters::kSaltSize);
    slot.nonce = randomBytes(kNonceSize);
    auto wrappingKey = kdf.deriveKey(secret, std::span(bytes(slot.salt), std::size_t(slot.salt.size())));
    if (!wrappingKey)
        return wrappingKey.error();
    const QByteArray ad = slot.associatedData(keyringId);
    slot.wrappedKey = QByteArray(qsizetype(dataKey.size() + kTagSize), Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(slot.wrappedKey), nullptr, dataKey.data(), dataKey.size(),
                                               bytes(ad), std::size_t(ad.size()), nullptr, bytes(slot.nonce),
                                               wrappingKey->data());
    return slot;
}

std::optional<SecretKey> KeySlot::unwrap(const QByteArray& keyringId, std::span<const unsigned char> secret) const
{
    auto wrappingKey = kdf.deriveKey(secret, std::span(bytes(salt), std::size_t(salt.size())));
    if (!wrappingKey)
        return std::nullopt;
    const QByteArray ad = associatedData(keyringId);
    SecretKey dataKey(std::size_t(wrappedKey.size()) - kTagSize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), nullptr, nullptr, bytes(wrappedKey),
                                                   std::size_t(wrappedKey.size()), bytes(ad), std::size_t(ad.size()),
                                                   bytes(nonce), wrappingKey->data()) != 0) {
        return std::nullopt;
    }
    return dataKey;
}

void KeySlot::sealName(const QString& name, const QByteArray& keyringId, const SecretKey& dataKey)
{
    // Padding to whole blocks keeps the length of the name to itself.
    QByteArray plain = name.toUtf8();
    const std::size_t unpadded = std::size_t(plain.size());
    const std::size_t capacity = (unpadded / kNameBlock + 1) * kNameBlock;
    plain.resize(static_cast<qsizetype>(capacity));
    std::size_t padded = 0;
    sodium_pad(&padded, bytes(plain), unpadded, kNameBlock, std::size_t(plain.size()));
    const QByteArray sealNonce = randomBytes(kNonceSize);
    const QByteArray ad = nameAssociatedData(keyringId, id);
    QByteArray cipher(qsizetype(padded + kTagSize), Qt::Uninitialized);
    const SecretKey key = nameKey(dataKey);
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(cipher), nullptr, bytes(plain), padded, bytes(ad),
                                               std::size_t(ad.size()), nullptr, bytes(sealNonce), key.data());
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    sealedName = sealNonce + cipher;
}

std::optional<QString> KeySlot::openName(const QByteArray& keyringId, const SecretKey& dataKey) const
{
    if (std::size_t(sealedName.size()) < kNonceSize + kTagSize + kNameBlock)
        return std::nullopt;
    const QByteArray ad = nameAssociatedData(keyringId, id);
    const std::size_t cipherSize = std::size_t(sealedName.size()) - kNonceSize;
    QByteArray plain(qsizetype(cipherSize - kTagSize), Qt::Uninitialized);
    const SecretKey key = nameKey(dataKey);
    std::size_t unpadded = 0;
    const bool opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
                            bytes(plain), nullptr, nullptr, bytes(sealedName) + kNonceSize, cipherSize, bytes(ad),
                            std::size_t(ad.size()), bytes(sealedName), key.data()) == 0 &&
                        sodium_unpad(&unpadded, bytes(plain), std::size_t(plain.size()), kNameBlock) == 0;
    if (!opened)
        return std::nullopt;
    return QString::fromUtf8(plain.constData(), qsizetype(unpadded));
}

QJsonObject KeySlot::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), encode(id)},
        {QStringLiteral("kind"), kind == Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("user")},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                                            {QStringLiteral("salt"), encode(salt)},
                                            {QStringLiteral("opsLimit"), double(kdf.opsLimit)},
                                            {QStringLiteral("memLimit"), double(kdf.memLimit)}}},
        {QStringLiteral("nonce"), encode(nonce)},
        {QStringLiteral("wrappedKey"), encode(wrappedKey)},
    };
    if (kind == Kind::User) {
        object.insert(QStringLiteral("label"), encode(label));
        object.insert(QStringLiteral("sealedName"), encode(sealedName));
    }
    return object;
}

std::optional<KeySlot> KeySlot::fromJson(const QJsonObject& object)
{
    KeySlot slot;
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("recovery"))
        slot.kind = Kind::Recovery;
    else if (kind != QLatin1String("user"))
        return std::nullopt;
    const QJsonObject kdf = object.value(QLatin1String("kdf")).toObject();
    if (kdf.value(QLatin1String("algorithm")).toString() != QLatin1String("argon2id13"))
        return std::nullopt;
    const double ops = kdf.value(QLatin1String("opsLimit")).toDouble(-1);
    const double memory = kdf.value(QLatin1String("memLimit")).toDouble(-1);
    if (ops < 0 || memory < 0 || ops > double(KdfParameters::kMaximumOps) ||
        memory > double(KdfParameters::kMaximumMemory))
        return std::nullopt;
    slot.kdf = {quint64(ops), quint64(memory)};
    if (!slot.kdf.isAcceptable())
        return std::nullopt;
    const auto id = decode(object, QLatin1String("id"), kIdSize);
    const auto salt = decode(kdf, QLatin1String("salt"), KdfParameters::kSaltSize);
    const auto nonce = decode(object, QLatin1String("nonce"), kNonceSize);
    const auto wrapped = decode(object, QLatin1String("wrappedKey"), SecretKey::kDefaultSize + kTagSize);
    if (!id || !salt || !nonce || !wrapped)
        return std::nullopt;
    slot.id = *id;
    slot.salt = *salt;
    slot.nonce = *nonce;
    slot.wrappedKey = *wrapped;
    if (slot.kind == Kind::User) {
        const auto label = decode(object, QLatin1String("label"), kLabelSize);
        const auto sealed = decode(object, QLatin1String("sealedName"), -1);
        if (!label || !sealed)
            return std::nullopt;
        slot.label = *label;
        slot.sealedName = *sealed;
    }
    return slot;
}

} // namespace outpost::crypto
