#include "core/crypto/KdfParameters.h"

#include "core/CoreText.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace outpost::crypto {

KdfParameters KdfParameters::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParameters KdfParameters::fromReferenceTime(std::chrono::duration<double> reference,
                                               std::chrono::milliseconds target)
{
    const KdfParameters floor = interactive();
    const double seconds = std::max(reference.count(), 1e-3);
    const double wanted = std::chrono::duration<double>(target).count();
    // Argon2id's time grows about linearly with passes and with memory. Memory is the costlier
    // resource for an attacker, so keep the reference 256 MiB and add passes on a fast machine;
    // on a slow one keep the fewest passes allowed and give up memory, down to the floor.
    const double perPass = seconds / double(kReferenceOps);
    KdfParameters result;
    if (perPass * double(floor.opsLimit) <= wanted) {
        result.memLimit = kReferenceMemory;
        result.opsLimit = quint64(std::floor(wanted / perPass));
    } else {
        result.opsLimit = floor.opsLimit;
        const double share = wanted / (perPass * double(floor.opsLimit));
        const quint64 mebibytes = quint64(std::floor(double(kReferenceMemory >> 20) * share));
        result.memLimit = mebibytes << 20;
    }
    result.opsLimit = std::clamp(result.opsLimit, quint64(floor.opsLimit), kMaximumOps);
    result.memLimit = std::max(result.memLimit, quint64(floor.memLimit));
    return result;
}

KdfParameters KdfParameters::calibrated(std::chrono::milliseconds target)
{
    std::array<unsigned char, kSaltSize> salt{};
    randombytes_buf(salt.data(), salt.size());
    static constexpr unsigned char probe[] = {'c', 'a', 'l', 'i', 'b', 'r', 'a', 't', 'e'};
    const KdfParameters reference{kReferenceOps, kReferenceMemory};
    // The faster of two runs measures the machine rather than whatever else it is busy with.
    auto fastest = std::chrono::steady_clock::duration::max();
    for (int run = 0; run < 2; ++run) {
        const auto start = std::chrono::steady_clock::now();
        if (!reference.deriveKey(probe, salt))
            return interactive(); // not enough memory for the reference run: the floor still protects
        fastest = std::min(fastest, std::chrono::steady_clock::now() - start);
    }
    return fromReferenceTime(fastest, target);
}

bool KdfParameters::isAtLeastInteractive() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

bool KdfParameters::isAcceptable() const
{
    return isAtLeastInteractive() && opsLimit <= kMaximumOps && memLimit <= kMaximumMemory &&
           memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

KdfParameters KdfParameters::stronger(const KdfParameters& a, const KdfParameters& b)
{
    const double costA = double(a.opsLimit) * double(a.memLimit);
    const double costB = double(b.opsLimit) * double(b.memLimit);
    return costB > costA ? b : a;
}

Result<SecretKey> KdfParameters::deriveKey(std::span<const unsigned char> secret,
                                           std::span<const unsigned char> salt) const
{
    if (!initialiseSodium() || salt.size() != kSaltSize || !isAcceptable())
        return makeError(ErrorCode::Failure, CoreText::tr("The key derivation parameters are not usable."));
    SecretKey key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(secret.data()), secret.size(), salt.data(),
                      opsLimit, std::size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(
            ErrorCode::Failure,
            CoreText::tr("Not enough memory to derive the key (Argon2id needs %1 MiB).").arg(memLimit >> 20));
    }
    return key;
}

} // namespace outpost::crypto
