#pragma once

#include "core/crypto/KdfParameters.h"
#include "core/crypto/SecretKey.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace outpost::crypto {

/// One entry of the keyring: the data key wrapped with XChaCha20-Poly1305 under an Argon2id key
/// derived from a user's password or from the recovery key.
struct KeySlot {
    enum class Kind { User, Recovery };

    static constexpr std::size_t kIdSize = 16;
    static constexpr std::size_t kLabelSize = 32;

    QByteArray id; ///< random; bound into the associated data
    Kind kind = Kind::User;
    QByteArray label; ///< keyed BLAKE2b of the folded user name; empty for the recovery slot
    KdfParameters kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrappedKey; ///< data key + tag
    QByteArray sealedName; ///< nonce + padded user name + tag, under a key derived from the data key; users only

    /// A new slot of @p kind wrapping @p dataKey under @p secret (a password's bytes or the recovery key).
    static Result<KeySlot> wrap(Kind kind, const QByteArray& label, const QByteArray& keyringId,
                                std::span<const unsigned char> secret, const SecretKey& dataKey,
                                const KdfParameters& kdf);
    /// The data key, or nothing when @p secret is not this slot's (or the slot was altered).
    std::optional<SecretKey> unwrap(const QByteArray& keyringId, std::span<const unsigned char> secret) const;

    /// Seals @p name so that only holders of the data key can list the keyring's users.
    void sealName(const QString& name, const QByteArray& keyringId, const SecretKey& dataKey);
    std::optional<QString> openName(const QByteArray& keyringId, const SecretKey& dataKey) const;

    QJsonObject toJson() const;
    /// Nothing when @p object is not a well-formed slot.
    static std::optional<KeySlot> fromJson(const QJsonObject& object);

private:
    QByteArray associatedData(const QByteArray& keyringId) const;
};

} // namespace outpost::crypto
