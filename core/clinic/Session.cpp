#include "core/clinic/Session.h"

#include "core/CoreText.h"

namespace outpost::clinic {

Result<void> require(const Session& session, auth::Permission permission, const Clock& clock)
{
    if (auth::allows(session.role, permission))
        return {};
    if (permission == auth::Permission::ReadClinical && session.role == auth::Role::Admin &&
        session.breakGlassUntilMs > clock.nowMs())
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     CoreText::tr("Permission denied: the %1 role may not %2.")
                         .arg(auth::roleName(session.role), auth::permissionName(permission)));
}

} // namespace outpost::clinic
