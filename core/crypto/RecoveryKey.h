#pragma once

#include "core/crypto/SecretKey.h"
#include "core/Result.h"

#include <QString>

namespace outpost::crypto {

/// The 256-bit recovery key shown once at setup, as text an admin can read aloud and type back.
///
/// The text is 14 groups of 4 characters from Crockford's base-32 alphabet (no I, L, O or U),
/// carrying the 32 key bytes and a 24-bit checksum, so a typo is caught before any unlocking.
/// The database's data key is derived from the recovery key, so the recovery key opens the
/// database even when the keyring file is lost.
class RecoveryKey
{
public:
    static constexpr int kGroups = 14;
    static constexpr int kGroupLength = 4;
    static constexpr std::size_t kSize = 32;

    /// A fresh key from the system CSPRNG.
    static RecoveryKey generate();
    /// Reads the text back: spaces, dashes and case do not matter; O reads as 0, I and L as 1.
    static Result<RecoveryKey> parse(const QString& text);

    /// "ABCD-EFGH-…", 14 groups joined by dashes.
    QString text() const;
    /// The 32 secret bytes (what the recovery slot is derived from).
    const SecretKey& secret() const { return m_secret; }
    /// The database's data key, derived from the recovery key.
    SecretKey dataKey() const;

private:
    explicit RecoveryKey(SecretKey secret) : m_secret(std::move(secret)) {}

    SecretKey m_secret;
};

} // namespace outpost::crypto
