#pragma once

#include "core/Result.h"

#include <QString>

namespace outpost::clinic {

/// The rules for user names, and the one folded form every lookup compares.
class UserName
{
public:
    static constexpr int kMinimumLength = 2;
    static constexpr int kMaximumLength = 32;

    /// The name as stored (trimmed, Unicode NFC) when it has 2–32 letters, digits, dots,
    /// underscores or dashes and starts with a letter or digit; Invalid with a sentence otherwise.
    /// Letters of any script are allowed (combining marks after a letter too): clinics name
    /// their staff in their own alphabets.
    static Result<QString> validate(const QString& name);

    /// Case-insensitive, compatibility-normalised form: "AMINA" and "amina" are one user.
    /// The same fold as the keyring's slot labels (crypto::Keyring::foldUserName), so a name is
    /// unique in the users table exactly when it is unique in the keyring.
    static QString fold(const QString& name);
};

} // namespace outpost::clinic
