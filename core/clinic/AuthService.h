#pragma once

#include "core/clinic/Session.h"
#include "core/Result.h"

#include <QString>

#include <mutex>
#include <set>

namespace outpost::clinic {

class CredentialStore;
class LoginThrottle;

/// True when @p minutes of inactivity have passed since @p lastActivityMs. A clock that went
/// back (now before the last activity) does not lock; @p minutes is clamped to the allowed range.
bool shouldLock(qint64 lastActivityMs, qint64 nowMs, int minutes);

/// Logging in and out, the lock screen, the auto-lock setting and the admin's break-glass.
///
/// Audited: "login", "login.failed" (with the name as typed, never the password), "lock",
/// "unlock", "unlock.failed", "logout", "settings.auto_lock", "break_glass" (with its reason).
/// A login refused by the throttle is not audited: it costs an attacker nothing, so auditing it
/// would let a script fill the log; the failures that started the wait are in it.
class AuthService
{
public:
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kMinimumAutoLockMinutes = 1;
    static constexpr int kMaximumAutoLockMinutes = 240;
    static constexpr qint64 kBreakGlassDurationMs = 30 * 60 * 1'000;
    static constexpr int kMinimumBreakGlassReasonLength = 10;
    static constexpr int kMaximumBreakGlassReasonLength = 500;

    /// The settings key of the auto-lock minutes.
    static QString autoLockKey() { return QStringLiteral("auto_lock_minutes"); }

    AuthService(ClinicContext& context, CredentialStore& credentials, LoginThrottle& throttle);

    /// A session for @p name. Refused with PermissionDenied while the throttle makes the name wait
    /// (the password is not checked), PermissionDenied for a disabled account, WrongCredentials
    /// "Wrong user name or password." otherwise.
    Result<Session> login(const QString& name, const QString& password);
    /// Ends @p current (audited "logout") and logs @p name in: the lock screen's "Switch user".
    /// When the new login fails, @p current stays as it was.
    Result<Session> switchUser(const Session& current, const QString& name, const QString& password);
    Result<void> logout(const Session& session);

    /// Locks the screen; an active break-glass ends (the admin walked away from it).
    Result<void> lock(Session& session);
    /// Unlocks @p session for its own user's password; refreshes its role from the users table.
    Result<void> unlock(Session& session, const QString& password);
    /// As above, with the user name typed on the lock screen: only the session's user may unlock
    /// it (PermissionDenied otherwise: anyone else uses switchUser).
    Result<void> unlock(Session& session, const QString& typedName, const QString& password);
    bool isLocked(const Session& session) const;

    /// Minutes of inactivity before the screen locks: the stored setting, or the default.
    Result<int> autoLockMinutes();
    /// ManageSettings; @p minutes between kMinimumAutoLockMinutes and kMaximumAutoLockMinutes.
    Result<void> setAutoLockMinutes(const Session& admin, int minutes);

    /// BreakGlass: the admin reads clinical content for kBreakGlassDurationMs, for @p patientId,
    /// giving a reason of at least kMinimumBreakGlassReasonLength characters (kept in the audit).
    /// require(ReadClinical) lets the session through until breakGlassUntilMs.
    Result<void> breakGlass(Session& admin, const QString& patientId, const QString& reason);

private:
    Result<void> auditFailure(const QString& action, const QString& typedName, const Session* session,
                              const QString& detail);
    void recordFailure(const QString& name);
    void recordSuccess(const QString& name);

    ClinicContext& m_context;
    CredentialStore& m_credentials;
    LoginThrottle& m_throttle;
    mutable std::mutex m_lockedMutex;
    std::set<QString> m_locked; ///< user ids of locked sessions
};

} // namespace outpost::clinic
