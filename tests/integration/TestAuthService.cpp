#include "UserFixture.h"

#include "core/auth/Role.h"
#include "core/clinic/AuthService.h"

#include <QTest>

using namespace outpost;
using namespace outpost::auth;
using namespace outpost::clinic;
using namespace outpost::testing;

namespace {

constexpr qint64 kMinute = 60 * 1'000;

} // namespace

/// Login, lock and unlock, the auto-lock setting, the login throttle and break-glass, through
/// AuthService over a real encrypted database and a real keyring.
class TestAuthService : public QObject
{
    Q_OBJECT

    std::unique_ptr<UserFixture> m_fixture;

private Q_SLOTS:
    void init()
    {
        // shouldLock() is pure: its rows need no clinic.
        if (QLatin1String(QTest::currentTestFunction()) == QLatin1String("shouldLockRows"))
            return;
        m_fixture = std::make_unique<UserFixture>();
        QVERIFY(m_fixture->setUp());
    }

    void cleanup() { m_fixture.reset(); }

    void aLoginOpensASessionAndIsAudited()
    {
        UserFixture& f = *m_fixture;
        const Session bilal = f.addUser(QStringLiteral("bilal"), Role::Clinician);
        auto session = f.auth->login(QStringLiteral(" BILAL "), UserFixture::userPassword());
        QVERIFY2(session.ok(), why(session).constData());
        QCOMPARE(session->userId, bilal.userId);
        QCOMPARE(session->userName, QStringLiteral("bilal"));
        QCOMPARE(session->role, Role::Clinician);
        QCOMPARE(session->breakGlassUntilMs, qint64(0));
        const AuditRow last = f.auditRows().back();
        QCOMPARE(last.action, QStringLiteral("login"));
        QCOMPARE(last.userName, QStringLiteral("bilal"));
    }

    void failedLogins_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::newRow("a wrong password is refused")
            << QStringLiteral("amina") << QStringLiteral("river kettle amber 41");
        QTest::newRow("the password in the wrong case is refused")
            << QStringLiteral("amina") << QStringLiteral("RIVER KETTLE AMBER 42");
        QTest::newRow("an unknown user is refused")
            << QStringLiteral("ghost") << QStringLiteral("river kettle amber 42");
        QTest::newRow("another user's password is refused") << QStringLiteral("amina") << UserFixture::userPassword();
        QTest::newRow("an empty password is refused") << QStringLiteral("amina") << QString();
    }

    void failedLogins()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        UserFixture& f = *m_fixture;
        f.addUser(QStringLiteral("bilal"), Role::Reception);
        auto refused = f.auth->login(name, password);
        QCOMPARE(refused.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(refused.error().message, QStringLiteral("Wrong user name or password."));
        const AuditRow last = f.auditRows().back();
        QCOMPARE(last.action, QStringLiteral("login.failed"));
        QCOMPARE(last.userName, name);
        QCOMPARE(f.throttle->failures(name), 1);
    }

    void failedLoginsNameTheUserAndNeverThePassword()
    {
        UserFixture& f = *m_fixture;
        const QStringList attempts = {QStringLiteral("Tamarind-Quokka-1"), QStringLiteral("tamarind quokka 2"),
                                      QStringLiteral("TAMARIND_QUOKKA_3")};
        for (const QString& password : attempts)
            QVERIFY(!f.auth->login(QStringLiteral("amina"), password).ok());
        QVERIFY(!f.auth->login(QStringLiteral("amnia"), QStringLiteral("tamarind quokka 4")).ok());

        int failed = 0;
        for (const AuditRow& row : f.auditRows()) {
            if (row.action != QLatin1String("login.failed"))
                continue;
            ++failed;
            QVERIFY(row.userName == QLatin1String("amina") || row.userName == QLatin1String("amnia"));
            QCOMPARE(row.detail, QStringLiteral("wrong user name or password"));
        }
        QCOMPARE(failed, 4);
        QVERIFY(f.storedTextsContaining(QStringLiteral("tamarind")).isEmpty());
        QVERIFY(f.storedTextsContaining(QStringLiteral("quokka")).isEmpty());
        QVERIFY(!f.storedTextsContaining(QStringLiteral("amnia")).isEmpty()); // the scan does find what is there
    }

    void aDisabledUserIsRefusedWithASentence()
    {
        UserFixture& f = *m_fixture;
        f.addUser(QStringLiteral("bilal"), Role::Clinician);
        QVERIFY(f.users->disableUser(f.admin, QStringLiteral("bilal")).ok());
        auto refused = f.auth->login(QStringLiteral("bilal"), UserFixture::userPassword());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().message, QStringLiteral("This account is disabled. Ask an admin to enable it."));
        const AuditRow last = f.auditRows().back();
        QCOMPARE(last.action, QStringLiteral("login.failed"));
        QCOMPARE(last.userName, QStringLiteral("bilal"));
        QCOMPARE(last.detail, QStringLiteral("the account is disabled"));
    }

    void theThrottleRefusesWithoutCheckingThePassword()
    {
        UserFixture& f = *m_fixture;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.auth->login(QStringLiteral("amina"), QStringLiteral("not my password %1").arg(i)).error().code,
                     ErrorCode::WrongCredentials);
        const int checks = f.credentials->verifications;
        const auto auditedBefore = f.auditRows().size();

        auto waiting = f.auth->login(QStringLiteral("Amina"), UserFixture::adminPassword());
        QCOMPARE(waiting.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(waiting.error().message, QStringLiteral("Too many failed attempts. Try again in 1 second."));
        QCOMPARE(f.credentials->verifications, checks);
        QCOMPARE(f.auditRows().size(), auditedBefore);
        // Another name is not held up.
        QVERIFY(f.auth->login(QStringLiteral("ghost"), QStringLiteral("whatever it is")).error().code ==
                ErrorCode::WrongCredentials);

        // The fifth failure doubles the wait; the restart of Outpost keeps it.
        f.clock.advance(1'000);
        QVERIFY(!f.auth->login(QStringLiteral("amina"), QStringLiteral("not my password 5")).ok());
        f.throttle = std::make_unique<LoginThrottle>(f.throttlePath(), f.clock);
        f.auth = std::make_unique<AuthService>(*f.context, *f.credentials, *f.throttle);
        QCOMPARE(f.auth->login(QStringLiteral("amina"), UserFixture::adminPassword()).error().message,
                 QStringLiteral("Too many failed attempts. Try again in 2 seconds."));

        // After the wait the right password works and clears the count.
        f.clock.advance(2'000);
        QVERIFY(f.auth->login(QStringLiteral("amina"), UserFixture::adminPassword()).ok());
        QCOMPARE(f.throttle->failures(QStringLiteral("amina")), 0);
        QVERIFY(!f.auth->login(QStringLiteral("amina"), QStringLiteral("not my password 6")).ok());
        QCOMPARE(f.throttle->remainingMs(QStringLiteral("amina")), qint64(0));
    }

    void lockAndUnlock()
    {
        UserFixture& f = *m_fixture;
        Session session = f.admin;
        QCOMPARE(f.auth->unlock(session, UserFixture::adminPassword()).error().code, ErrorCode::Invalid);
        QVERIFY(f.auth->lock(session).ok());
        QVERIFY(f.auth->isLocked(session));
        QVERIFY(f.auth->lock(session).ok()); // the auto-lock timer may ask again

        auto wrong = f.auth->unlock(session, QStringLiteral("not the password"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongCredentials);
        QVERIFY(f.auth->isLocked(session));
        QVERIFY(f.auth->unlock(session, UserFixture::adminPassword()).ok());
        QVERIFY(!f.auth->isLocked(session));

        QStringList lockActions;
        for (const AuditRow& row : f.auditRows()) {
            if (row.action.startsWith(QLatin1String("lock")) || row.action.startsWith(QLatin1String("unlock")))
                lockActions << row.action + QLatin1Char(' ') + row.userName;
        }
        QCOMPARE(lockActions, (QStringList{QStringLiteral("lock amina"), QStringLiteral("unlock.failed amina"),
                                           QStringLiteral("unlock amina")}));
    }

    void anotherUserCannotUnlock()
    {
        UserFixture& f = *m_fixture;
        f.addUser(QStringLiteral("bilal"), Role::Clinician);
        Session session = f.admin;
        QVERIFY(f.auth->lock(session).ok());
        const int checks = f.credentials->verifications;
        auto refused = f.auth->unlock(session, QStringLiteral("bilal"), UserFixture::userPassword());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Only amina can unlock this session. To work as bilal, use Switch user."));
        QCOMPARE(f.credentials->verifications, checks);
        QVERIFY(f.auth->isLocked(session));
        QCOMPARE(session.userName, QStringLiteral("amina"));
        const AuditRow last = f.auditRows().back();
        QCOMPARE(last.action, QStringLiteral("unlock.failed"));
        QCOMPARE(last.userName, QStringLiteral("amina"));

        // Switch user ends amina's session and starts bilal's.
        auto bilal = f.auth->switchUser(session, QStringLiteral("bilal"), UserFixture::userPassword());
        QVERIFY(bilal.ok());
        QCOMPARE(bilal->userName, QStringLiteral("bilal"));
        QVERIFY(!f.auth->isLocked(session));
        const auto rows = f.auditRows();
        QCOMPARE(rows.at(rows.size() - 2).action + QLatin1Char(' ') + rows.at(rows.size() - 2).userName,
                 QStringLiteral("login bilal"));
        QCOMPARE(rows.back().action + QLatin1Char(' ') + rows.back().userName, QStringLiteral("logout amina"));
    }

    void unlockSeesChangesMadeMeanwhile()
    {
        UserFixture& f = *m_fixture;
        f.addUser(QStringLiteral("bilal"), Role::Clinician);
        auto bilal = f.auth->login(QStringLiteral("bilal"), UserFixture::userPassword());
        QVERIFY(f.auth->lock(*bilal).ok());
        QVERIFY(f.users->changeRole(f.admin, QStringLiteral("bilal"), Role::Reception).ok());
        QVERIFY(f.auth->unlock(*bilal, UserFixture::userPassword()).ok());
        QCOMPARE(bilal->role, Role::Reception);

        QVERIFY(f.auth->lock(*bilal).ok());
        QVERIFY(f.users->disableUser(f.admin, QStringLiteral("bilal")).ok());
        QVERIFY(!f.auth->unlock(*bilal, UserFixture::userPassword()).ok());
        QVERIFY(f.auth->isLocked(*bilal));
    }

    void autoLockSetting()
    {
        UserFixture& f = *m_fixture;
        QCOMPARE(*f.auth->autoLockMinutes(), AuthService::kDefaultAutoLockMinutes);
        QCOMPARE(f.auth->setAutoLockMinutes(f.admin, 0).error().code, ErrorCode::Invalid);
        QCOMPARE(f.auth->setAutoLockMinutes(f.admin, 241).error().code, ErrorCode::Invalid);
        const Session clinician = f.addUser(QStringLiteral("carl"), Role::Clinician);
        QCOMPARE(f.auth->setAutoLockMinutes(clinician, 30).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(*f.auth->autoLockMinutes(), 5);

        QVERIFY(f.auth->setAutoLockMinutes(f.admin, 240).ok());
        QVERIFY(f.auth->setAutoLockMinutes(f.admin, 1).ok());
        QCOMPARE(*f.auth->autoLockMinutes(), 1);
        const AuditRow last = f.auditRows().back();
        QCOMPARE(last.action, QStringLiteral("settings.auto_lock"));
        QCOMPARE(last.detail, QStringLiteral("240 to 1 minutes"));
    }

    void shouldLockRows_data()
    {
        QTest::addColumn<qint64>("idleMs");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("locks");
        QTest::newRow("just active does not lock") << qint64(0) << 5 << false;
        QTest::newRow("four minutes idle does not lock at five") << 4 * kMinute << 5 << false;
        QTest::newRow("one millisecond short does not lock") << 5 * kMinute - 1 << 5 << false;
        QTest::newRow("exactly five minutes idle locks at five") << 5 * kMinute << 5 << true;
        QTest::newRow("an hour idle locks at five") << 60 * kMinute << 5 << true;
        QTest::newRow("an hour idle does not lock at 240") << 60 * kMinute << 240 << false;
        QTest::newRow("a clock set back does not lock") << -10 * kMinute << 5 << false;
        QTest::newRow("zero minutes counts as one") << kMinute << 0 << true;
        QTest::newRow("zero minutes does not lock at once") << qint64(1) << 0 << false;
        QTest::newRow("a thousand minutes counts as 240") << 240 * kMinute << 1000 << true;
    }

    void shouldLockRows()
    {
        QFETCH(qint64, idleMs);
        QFETCH(int, minutes);
        QFETCH(bool, locks);
        const qint64 lastActivity = 1'764'000'000'000;
        QCOMPARE(shouldLock(lastActivity, lastActivity + idleMs, minutes), locks);
    }

    void breakGlassOpensClinicalContentForHalfAnHour()
    {
        UserFixture& f = *m_fixture;
        const QString patient = f.ids.next();
        QVERIFY(f.addPatient(patient));
        Session admin = f.admin;
        QCOMPARE(require(admin, Permission::ReadClinical, f.clock).error().code, ErrorCode::PermissionDenied);

        QCOMPARE(f.auth->breakGlass(admin, patient, QStringLiteral("  urgent ")).error().code, ErrorCode::Invalid);
        QCOMPARE(f.auth->breakGlass(admin, f.ids.next(), QStringLiteral("Unconscious patient in A&E")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(require(admin, Permission::ReadClinical, f.clock).error().code, ErrorCode::PermissionDenied);

        const QString reason = QStringLiteral("Unconscious patient in A&E, allergies needed");
        QVERIFY(f.auth->breakGlass(admin, patient, reason).ok());
        QCOMPARE(admin.breakGlassReason, reason);
        QCOMPARE(admin.breakGlassUntilMs, f.clock.nowMs() + 30 * kMinute);
        QVERIFY(require(admin, Permission::ReadClinical, f.clock).ok());
        QCOMPARE(require(admin, Permission::WriteClinical, f.clock).error().code, ErrorCode::PermissionDenied);
        f.clock.advance(30 * kMinute - 1);
        QVERIFY(require(admin, Permission::ReadClinical, f.clock).ok());
        f.clock.advance(1);
        QCOMPARE(require(admin, Permission::ReadClinical, f.clock).error().code, ErrorCode::PermissionDenied);

        const AuditRow last = f.auditRows().back();
        QCOMPARE(last.action, QStringLiteral("break_glass"));
        QCOMPARE(last.userName, QStringLiteral("amina"));
        QCOMPARE(last.patientId, patient);
        QCOMPARE(last.detail, reason);
    }

    void lockingEndsBreakGlass()
    {
        UserFixture& f = *m_fixture;
        const QString patient = f.ids.next();
        QVERIFY(f.addPatient(patient));
        Session admin = f.admin;
        QVERIFY(f.auth->breakGlass(admin, patient, QStringLiteral("Referral letter needs the problem list")).ok());
        QVERIFY(f.auth->lock(admin).ok());
        QVERIFY(f.auth->unlock(admin, UserFixture::adminPassword()).ok());
        QCOMPARE(require(admin, Permission::ReadClinical, f.clock).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
