#include "core/clinic/AuthService.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/CredentialStore.h"
#include "core/clinic/LoginThrottle.h"
#include "core/clinic/UserDirectory.h"
#include "core/clinic/UserName.h"
#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace outpost::clinic {

namespace {

constexpr int kMaximumTypedNameLength = 64;

/// The name as typed, fit for the audit trail: trimmed, without control characters, bounded.
QString typedNameForAudit(const QString& name)
{
    QString cleaned;
    for (const QChar c : name) {
        if (c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    return cleaned.trimmed().left(kMaximumTypedNameLength);
}

Error disabledError()
{
    return makeError(ErrorCode::PermissionDenied, CoreText::tr("This account is disabled. Ask an admin to enable it."));
}

} // namespace

bool shouldLock(qint64 lastActivityMs, qint64 nowMs, int minutes)
{
    const int bounded = std::clamp(minutes, AuthService::kMinimumAutoLockMinutes, AuthService::kMaximumAutoLockMinutes);
    return nowMs - lastActivityMs >= qint64(bounded) * 60 * 1'000;
}

AuthService::AuthService(ClinicContext& context, CredentialStore& credentials, LoginThrottle& throttle)
    : m_context(context), m_credentials(credentials), m_throttle(throttle)
{}

void AuthService::recordFailure(const QString& name)
{
    if (auto saved = m_throttle.recordFailure(name); !saved)
        logging::get("app")->warn("the login delay could not be saved: {}", saved.error().message.toStdString());
}

void AuthService::recordSuccess(const QString& name)
{
    if (auto saved = m_throttle.recordSuccess(name); !saved)
        logging::get("app")->warn("the login delay could not be saved: {}", saved.error().message.toStdString());
}

Result<void> AuthService::auditFailure(const QString& action, const QString& typedName, const Session* session,
                                       const QString& detail)
{
    return m_context.database.write([&](storage::Connection& connection) {
        return AuditLog::append(connection, m_context.clock, session, action, {}, detail, typedName);
    });
}

Result<Session> AuthService::login(const QString& name, const QString& password)
{
    const QString typed = typedNameForAudit(name);
    if (auto waiting = m_throttle.check(typed); !waiting)
        return waiting.error();

    std::optional<UserRecord> user;
    auto read = m_context.database.read([&](storage::Connection& connection) -> Result<void> {
        auto found = UserDirectory::findByName(connection, typed);
        if (!found)
            return found.error();
        user = std::move(*found);
        return {};
    });
    if (!read)
        return read.error();

    // A disabled user has no key slot any more, so their password cannot be checked: say why instead.
    if (user && user->disabled) {
        recordFailure(typed);
        if (auto audited =
                auditFailure(QStringLiteral("login.failed"), typed, nullptr, QStringLiteral("the account is disabled"));
            !audited)
            return audited.error();
        return disabledError();
    }
    auto verified = m_credentials.verify(user ? user->name : typed, password);
    if (!verified && verified.error().code != ErrorCode::WrongCredentials)
        return verified.error(); // the keyring is missing or damaged: not the user's fault
    // A slot with no row in the users table (a user removed from the database only) does not log in either.
    if (!verified || !user) {
        recordFailure(typed);
        if (auto audited = auditFailure(QStringLiteral("login.failed"), typed, nullptr,
                                        QStringLiteral("wrong user name or password"));
            !audited)
            return audited.error();
        return makeError(ErrorCode::WrongCredentials, CredentialStore::wrongCredentialsMessage());
    }

    recordSuccess(typed);
    Session session{user->id, user->name, user->role, 0, {}};
    auto audited = m_context.database.write([&](storage::Connection& connection) {
        return AuditLog::append(connection, m_context.clock, &session, QStringLiteral("login"));
    });
    if (!audited)
        return audited.error(); // no session that the audit trail does not know about
    return session;
}

Result<Session> AuthService::switchUser(const Session& current, const QString& name, const QString& password)
{
    auto next = login(name, password);
    if (!next)
        return next;
    if (auto ended = logout(current); !ended)
        return ended.error();
    return next;
}

Result<void> AuthService::logout(const Session& session)
{
    {
        std::lock_guard lock(m_lockedMutex);
        m_locked.erase(session.userId);
    }
    return m_context.database.write([&](storage::Connection& connection) {
        return AuditLog::append(connection, m_context.clock, &session, QStringLiteral("logout"));
    });
}

bool AuthService::isLocked(const Session& session) const
{
    std::lock_guard lock(m_lockedMutex);
    return m_locked.count(session.userId) > 0;
}

Result<void> AuthService::lock(Session& session)
{
    {
        std::lock_guard lock(m_lockedMutex);
        if (!m_locked.insert(session.userId).second)
            return {}; // already locked: the auto-lock timer and the user may both ask
    }
    session.breakGlassUntilMs = 0;
    session.breakGlassReason.clear();
    // Locked even when the audit cannot be written: the screen must never stay open because of it.
    return m_context.database.write([&](storage::Connection& connection) {
        return AuditLog::append(connection, m_context.clock, &session, QStringLiteral("lock"));
    });
}

Result<void> AuthService::unlock(Session& session, const QString& password)
{
    return unlock(session, session.userName, password);
}

Result<void> AuthService::unlock(Session& session, const QString& typedName, const QString& password)
{
    if (!isLocked(session))
        return makeError(ErrorCode::Invalid, CoreText::tr("This session is not locked."));
    const QString typed = typedNameForAudit(typedName);
    if (UserName::fold(typed) != UserName::fold(session.userName)) {
        if (auto audited = auditFailure(QStringLiteral("unlock.failed"), {}, &session,
                                        QStringLiteral("another user name was typed: %1").arg(typed));
            !audited)
            return audited;
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Only %1 can unlock this session. To work as %2, use Switch user.")
                             .arg(session.userName, typed));
    }
    if (auto waiting = m_throttle.check(session.userName); !waiting)
        return waiting;
    auto verified = m_credentials.verify(session.userName, password);
    if (!verified) {
        if (verified.error().code != ErrorCode::WrongCredentials)
            return verified;
        recordFailure(session.userName);
        if (auto audited =
                auditFailure(QStringLiteral("unlock.failed"), {}, &session, QStringLiteral("wrong password"));
            !audited)
            return audited;
        return makeError(ErrorCode::WrongCredentials, CredentialStore::wrongCredentialsMessage());
    }
    recordSuccess(session.userName);

    std::optional<UserRecord> user;
    auto written = m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        auto found = UserDirectory::findById(connection, session.userId);
        if (!found)
            return found.error();
        user = std::move(*found);
        if (!user || user->disabled)
            return disabledError();
        Session refreshed = session;
        refreshed.role = user->role;
        return AuditLog::append(connection, m_context.clock, &refreshed, QStringLiteral("unlock"));
    });
    if (!written)
        return written;
    // The role may have changed while the screen was locked.
    session.role = user->role;
    std::lock_guard lock(m_lockedMutex);
    m_locked.erase(session.userId);
    return {};
}

Result<int> AuthService::autoLockMinutes()
{
    int minutes = kDefaultAutoLockMinutes;
    auto read = m_context.database.read([&](storage::Connection& connection) -> Result<void> {
        auto value = connection.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {autoLockKey()});
        if (!value)
            return value.error();
        bool ok = false;
        const int stored = value->toString().toInt(&ok);
        if (ok && stored >= kMinimumAutoLockMinutes && stored <= kMaximumAutoLockMinutes)
            minutes = stored;
        return {};
    });
    if (!read)
        return read.error();
    return minutes;
}

Result<void> AuthService::setAutoLockMinutes(const Session& admin, int minutes)
{
    if (auto allowed = require(admin, auth::Permission::ManageSettings, m_context.clock); !allowed)
        return allowed;
    if (minutes < kMinimumAutoLockMinutes || minutes > kMaximumAutoLockMinutes)
        return makeError(ErrorCode::Invalid, CoreText::tr("The screen locks after %1 to %2 minutes of inactivity.")
                                                 .arg(kMinimumAutoLockMinutes)
                                                 .arg(kMaximumAutoLockMinutes));
    auto before = autoLockMinutes();
    if (!before)
        return before.error();
    return m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        if (auto stored = connection.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                             {autoLockKey(), QString::number(minutes)});
            !stored)
            return stored;
        return AuditLog::append(connection, m_context.clock, &admin, QStringLiteral("settings.auto_lock"), {},
                                QStringLiteral("%1 to %2 minutes").arg(*before).arg(minutes));
    });
}

Result<void> AuthService::breakGlass(Session& admin, const QString& patientId, const QString& reason)
{
    if (auto allowed = require(admin, auth::Permission::BreakGlass, m_context.clock); !allowed)
        return allowed;
    const QString trimmed = reason.simplified();
    if (trimmed.size() < kMinimumBreakGlassReasonLength)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("Say why you need this patient's clinical record, in at least %1 characters.")
                             .arg(kMinimumBreakGlassReasonLength));
    if (trimmed.size() > kMaximumBreakGlassReasonLength)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("Keep the reason under %1 characters.").arg(kMaximumBreakGlassReasonLength));
    const qint64 untilMs = m_context.clock.nowMs() + kBreakGlassDurationMs;
    auto written = m_context.database.write([&](storage::Connection& connection) -> Result<void> {
        if (auto acting = UserDirectory::confirm(connection, admin); !acting)
            return acting.error();
        auto patient = connection.queryValue(QStringLiteral("SELECT count(*) FROM patients WHERE id = ?"), {patientId});
        if (!patient)
            return patient.error();
        if (patient->toLongLong() == 0)
            return makeError(ErrorCode::NotFound, CoreText::tr("No patient has this id."));
        return AuditLog::append(connection, m_context.clock, &admin, QStringLiteral("break_glass"), patientId, trimmed);
    });
    if (!written)
        return written;
    admin.breakGlassUntilMs = untilMs;
    admin.breakGlassReason = trimmed;
    return {};
}

} // namespace outpost::clinic
