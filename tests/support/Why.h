#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace outpost::testing {

/// The error sentence of @p result, or nothing when it succeeded: for QVERIFY2, which evaluates
/// its message even when the check passes.
template<typename T>
QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace outpost::testing
