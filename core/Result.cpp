#include "core/Result.h"

namespace outpost {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return 2;
    case ErrorCode::WrongCredentials:
        return 3;
    case ErrorCode::Damaged:
        return 4;
    case ErrorCode::PermissionDenied:
        return 5;
    case ErrorCode::Failure:
    case ErrorCode::NotFound:
    case ErrorCode::Invalid:
    case ErrorCode::DiskFull:
    case ErrorCode::Cancelled:
        break;
    }
    return 1;
}

} // namespace outpost
