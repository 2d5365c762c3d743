#include "UserFixture.h"

#include "core/auth/Role.h"

#include <QTest>

using namespace outpost;
using namespace outpost::auth;
using namespace outpost::clinic;
using namespace outpost::testing;

namespace {

/// Every call of UserService and AuthService that a session makes.
enum class Call {
    CreateUser,
    ListUsers,
    DisableUser,
    EnableUser,
    ChangeRole,
    ResetPassword,
    ChangeOwnPassword,
    LogIn,
    Lock,
    Unlock,
    LogOut,
    SwitchUser,
    ReadAutoLock,
    ChangeAutoLock,
    BreakGlass,
};

struct CallRow {
    Call call;
    const char* phrase;
    bool onlyAdmin;
};

const CallRow kCalls[] = {
    {Call::CreateUser, "create a user", true},
    {Call::ListUsers, "list the users", true},
    {Call::DisableUser, "disable a user", true},
    {Call::EnableUser, "enable a user", true},
    {Call::ChangeRole, "change a user's role", true},
    {Call::ResetPassword, "reset a user's password", true},
    {Call::ChangeOwnPassword, "change their own password", false},
    {Call::LogIn, "log in", false},
    {Call::Lock, "lock the screen", false},
    {Call::Unlock, "unlock the screen", false},
    {Call::LogOut, "log out", false},
    {Call::SwitchUser, "switch user", false},
    {Call::ReadAutoLock, "read the auto-lock setting", false},
    {Call::ChangeAutoLock, "change the auto-lock setting", true},
    {Call::BreakGlass, "break the glass", true},
};

const QString kNewPassword = QStringLiteral("fresh orchard 55 lamp");

template<typename T>
Result<void> done(const Result<T>& result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Call)

/// The role matrix over the user and login services: every call × every role → allowed, or
/// refused with PermissionDenied and nothing written.
class TestUserRoleMatrix : public QObject
{
    Q_OBJECT

    UserFixture m_fixture;
    QString m_patient;
    int m_counter = 0;

    QString freshName(const char* stem) { return QStringLiteral("%1%2").arg(QLatin1String(stem)).arg(++m_counter); }

    /// A user for the call to act on, made by the fixture's admin.
    QString victim(bool disabled)
    {
        const QString name = freshName("victim");
        m_fixture.addUser(name, Role::Reception);
        if (disabled && !m_fixture.users->disableUser(m_fixture.admin, name))
            QTest::qFail("cannot disable the victim", __FILE__, __LINE__);
        return name;
    }

    /// The user a call acts on, made by the fixture's admin before the call is measured.
    QString prepare(Call call)
    {
        switch (call) {
        case Call::DisableUser:
        case Call::ChangeRole:
        case Call::ResetPassword:
        case Call::SwitchUser:
            return victim(false);
        case Call::EnableUser:
            return victim(true);
        default:
            return {};
        }
    }

    Result<void> perform(Call call, Session& actor, const QString& target)
    {
        UserService& users = *m_fixture.users;
        AuthService& auth = *m_fixture.auth;
        const QString password = UserFixture::userPassword();
        switch (call) {
        case Call::CreateUser:
            return done(users.createUser(actor, freshName("new"), QStringLiteral("New"), Role::Reception, password));
        case Call::ListUsers:
            return done(users.list(actor));
        case Call::DisableUser:
            return users.disableUser(actor, target);
        case Call::EnableUser:
            return users.enableUser(actor, target, kNewPassword);
        case Call::ChangeRole:
            return users.changeRole(actor, target, Role::Clinician);
        case Call::ResetPassword:
            return users.resetPassword(actor, target, kNewPassword);
        case Call::ChangeOwnPassword:
            return users.changeOwnPassword(actor, password, kNewPassword);
        case Call::LogIn:
            return done(auth.login(actor.userName, password));
        case Call::Lock:
            return auth.lock(actor);
        case Call::Unlock:
            if (auto locked = auth.lock(actor); !locked)
                return locked;
            return auth.unlock(actor, password);
        case Call::LogOut:
            return auth.logout(actor);
        case Call::SwitchUser:
            return done(auth.switchUser(actor, target, password));
        case Call::ReadAutoLock:
            return done(auth.autoLockMinutes());
        case Call::ChangeAutoLock:
            return auth.setAutoLockMinutes(actor, 10 + m_counter % 200);
        case Call::BreakGlass:
            return auth.breakGlass(actor, m_patient, QStringLiteral("Emergency: the clinician is unreachable"));
        }
        return makeError(ErrorCode::Usage, QStringLiteral("unknown call"));
    }

    /// Every user as "name role disabled", and the number of audit rows: what a refused call must not change.
    QStringList snapshot()
    {
        QStringList state;
        const auto users = m_fixture.users->list(m_fixture.admin);
        if (!users)
            return {users.error().message};
        for (const UserRecord& user : *users)
            state << QStringLiteral("%1 %2 %3")
                         .arg(user.name, roleName(user.role),
                              user.disabled ? QStringLiteral("disabled") : QStringLiteral("active"));
        state << QString::number(m_fixture.auditRows().size());
        return state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        m_patient = m_fixture.ids.next();
        QVERIFY(m_fixture.addPatient(m_patient));
    }

    void matrix_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        for (const CallRow& row : kCalls) {
            for (const Role role : {Role::Reception, Role::Clinician, Role::Admin}) {
                const bool allowed = !row.onlyAdmin || role == Role::Admin;
                const QByteArray name =
                    roleName(role).toUtf8() + (allowed ? " may " : " may not ") + QByteArray(row.phrase);
                QTest::newRow(name.constData()) << row.call << role << allowed;
            }
        }
    }

    void matrix()
    {
        QFETCH(Call, call);
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        Session actor = m_fixture.addUser(freshName(roleName(role).toLatin1().constData()), role);
        QVERIFY(!actor.userId.isEmpty());
        const QString target = prepare(call);
        const QStringList before = snapshot();
        const int checks = m_fixture.credentials->verifications;
        const Result<void> result = perform(call, actor, target);
        if (allowed) {
            QVERIFY2(result.ok(), why(result).constData());
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(result.error().message.startsWith(
                     QStringLiteral("Permission denied: the %1 role may not").arg(roleName(role))),
                 qPrintable(result.error().message));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_fixture.credentials->verifications, checks);
    }
};

QTEST_GUILESS_MAIN(TestUserRoleMatrix)
#include "TestUserRoleMatrix.moc"
