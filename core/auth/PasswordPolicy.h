#pragma once

#include "core/Result.h"

#include <QString>

namespace outpost::auth {

inline constexpr int kMinimumPasswordLength = 10;

/// Checks a new password: at least kMinimumPasswordLength characters, not one of the commonly
/// used passwords, not the user name. The error says what to change, never repeats the password.
Result<void> checkPassword(const QString& password, const QString& userName);

/// True when @p password (case-insensitively) is on the built-in list of common passwords.
bool isCommonPassword(const QString& password);

} // namespace outpost::auth
