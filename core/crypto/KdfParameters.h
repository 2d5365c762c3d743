#pragma once

#include "core/crypto/SecretKey.h"
#include "core/Result.h"

#include <QtGlobal>

#include <chrono>
#include <span>

namespace outpost::crypto {

/// Argon2id13 cost parameters: what a key slot stores next to its salt, and how long an unlock takes.
struct KdfParameters {
    quint64 opsLimit = 0; ///< passes over memory
    quint64 memLimit = 0; ///< bytes

    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kKeySize = 32;

    /// libsodium's INTERACTIVE limits: the floor for every slot, and what tests pin to stay fast.
    static KdfParameters interactive();
    /// Parameters that take about @p target on this machine (measured now, ~1 s), never below interactive().
    static KdfParameters calibrated(std::chrono::milliseconds target = std::chrono::milliseconds(750));
    /// The calibration rule on its own: @p reference is how long one derivation with
    /// kReferenceOps passes over kReferenceMemory took here.
    static KdfParameters fromReferenceTime(std::chrono::duration<double> reference, std::chrono::milliseconds target);

    static constexpr quint64 kReferenceOps = 3;                       ///< libsodium's MODERATE passes
    static constexpr quint64 kReferenceMemory = 256ull * 1024 * 1024; ///< libsodium's MODERATE memory
    static constexpr quint64 kMaximumOps = 64;                        ///< a keyring asking for more is damaged
    static constexpr quint64 kMaximumMemory = 4ull * 1024 * 1024 * 1024;

    bool isAtLeastInteractive() const;
    /// At least interactive() and not so costly that a tampered keyring could hang the machine.
    bool isAcceptable() const;
    /// The costlier of the two (by passes × memory).
    static KdfParameters stronger(const KdfParameters& a, const KdfParameters& b);

    /// A kKeySize-byte key from @p secret and a kSaltSize-byte @p salt.
    Result<SecretKey> deriveKey(std::span<const unsigned char> secret, std::span<const unsigned char> salt) const;

    bool operator==(const KdfParameters&) const = default;
};

} // namespace outpost::crypto
