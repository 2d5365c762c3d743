#include "UserFixture.h"

#include "core/auth/Role.h"
#include "core/clinic/UserService.h"

#include <QTest>

using namespace outpost;
using namespace outpost::auth;
using namespace outpost::clinic;
using namespace outpost::testing;

namespace {

std::optional<UserRecord> findIn(const std::vector<UserRecord>& users, const QString& name)
{
    for (const UserRecord& user : users) {
        if (user.name == name)
            return user;
    }
    return std::nullopt;
}

} // namespace

/// Users and roles through UserService, over a real encrypted database and a real keyring.
class TestUserService : public QObject
{
    Q_OBJECT

    std::unique_ptr<UserFixture> m_fixture;

private Q_SLOTS:
    /// The user-name rows each try a different name, so they share one clinic (a clinic costs a
    /// keyring, a database and a few Argon2id runs); every other test gets its own.
    static bool sharesTheClinic() { return QLatin1String(QTest::currentTestFunction()) == QLatin1String("userNames"); }

    void init()
    {
        if (m_fixture && sharesTheClinic())
            return;
        m_fixture = std::make_unique<UserFixture>();
        QVERIFY(m_fixture->setUp());
    }

    void cleanup()
    {
        if (!sharesTheClinic())
            m_fixture.reset();
    }

    void aUserLivesCreatedDisabledEnabledReroledAndReset()
    {
        UserFixture& f = *m_fixture;
        const QString name = QStringLiteral("bilal");
        auto created = f.users->createUser(f.admin, name, QStringLiteral("  Bilal Khan "), Role::Clinician,
                                           UserFixture::userPassword());
        QVERIFY2(created.ok(), why(created).constData());
        QVERIFY(isUuidV7(created->id));
        QCOMPARE(created->displayName, QStringLiteral("Bilal Khan"));
        QVERIFY(f.keyringStore->hasUser(name));

        auto listed = f.users->list(f.admin);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), std::size_t(2));
        QCOMPARE(findIn(*listed, name)->role, Role::Clinician);
        QVERIFY(!findIn(*listed, name)->disabled);
        QCOMPARE(f.auth->login(name, UserFixture::userPassword())->role, Role::Clinician);

        // Disabled: refused at login, and the password no longer opens the keyring at all.
        QVERIFY(f.users->disableUser(f.admin, name).ok());
        QVERIFY(findIn(*f.users->list(f.admin), name)->disabled);
        QVERIFY(!f.keyringStore->hasUser(name));
        auto refused = f.auth->login(name, UserFixture::userPassword());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().message, QStringLiteral("This account is disabled. Ask an admin to enable it."));
        QCOMPARE(f.users->disableUser(f.admin, name).error().code, ErrorCode::Invalid);
        QCOMPARE(f.users->resetPassword(f.admin, name, QStringLiteral("another long secret")).error().code,
                 ErrorCode::Invalid);

        // Enabled with a new password: the old one stays dead.
        const QString second = QStringLiteral("saffron window 19");
        QVERIFY(f.users->enableUser(f.admin, name, second).ok());
        QVERIFY(!findIn(*f.users->list(f.admin), name)->disabled);
        QCOMPARE(f.auth->login(name, UserFixture::userPassword()).error().code, ErrorCode::WrongCredentials);
        QVERIFY(f.auth->login(name, second).ok());

        QVERIFY(f.users->changeRole(f.admin, name, Role::Reception).ok());
        QCOMPARE(f.auth->login(name, second)->role, Role::Reception);
        QCOMPARE(f.users->changeRole(f.admin, name, Role::Reception).error().code, ErrorCode::Invalid);

        const QString third = QStringLiteral("copper meadow 88 tide");
        QVERIFY(f.users->resetPassword(f.admin, name, third).ok());
        QCOMPARE(f.auth->login(name, second).error().code, ErrorCode::WrongCredentials);
        auto session = f.auth->login(name, third);
        QVERIFY(session.ok());

        const QString fourth = QStringLiteral("violet harbour 3 kite");
        auto wrongOld = f.users->changeOwnPassword(*session, second, fourth);
        QCOMPARE(wrongOld.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(wrongOld.error().message, QStringLiteral("The current password is not correct."));
        QCOMPARE(f.users->changeOwnPassword(*session, third, third).error().code, ErrorCode::Invalid);
        QVERIFY(f.users->changeOwnPassword(*session, third, fourth).ok());
        QCOMPARE(f.auth->login(name, third).error().code, ErrorCode::WrongCredentials);
        QVERIFY(f.auth->login(name, fourth).ok());

        QStringList userActions;
        for (const AuditRow& row : f.auditRows()) {
            if (row.action.startsWith(QLatin1String("user.")))
                userActions << row.action + QLatin1Char(' ') + row.userName + QLatin1String(": ") + row.detail;
        }
        QCOMPARE(userActions, (QStringList{
                                  QStringLiteral("user.create amina: amina (admin), the first user"),
                                  QStringLiteral("user.create amina: bilal (clinician)"),
                                  QStringLiteral("user.disable amina: bilal"),
                                  QStringLiteral("user.enable amina: bilal"),
                                  QStringLiteral("user.role amina: bilal: clinician to reception"),
                                  QStringLiteral("user.password_reset amina: bilal"),
                                  QStringLiteral("user.password_change bilal: bilal"),
                              }));
        for (const QString& secret : {UserFixture::userPassword(), second, third, fourth})
            QVERIFY2(f.storedTextsContaining(secret).isEmpty(), qPrintable(secret));
    }

    void userNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("one letter is too short") << QStringLiteral("b") << false;
        QTest::newRow("two letters are enough") << QStringLiteral("bo") << true;
        QTest::newRow("thirty-two characters are allowed") << QString(32, QLatin1Char('k')) << true;
        QTest::newRow("thirty-three characters are too many") << QString(33, QLatin1Char('k')) << false;
        QTest::newRow("dots, underscores and dashes are allowed") << QStringLiteral("j.doe_2-b") << true;
        QTest::newRow("accented letters are allowed") << QStringLiteral("josé") << true;
        QTest::newRow("Arabic letters are allowed") << QStringLiteral("أمينة") << true;
        QTest::newRow("Chinese letters are allowed") << QStringLiteral("王芳") << true;
        QTest::newRow("surrounding spaces are trimmed") << QStringLiteral("  chen  ") << true;
        QTest::newRow("a space inside is refused") << QStringLiteral("amina diallo") << false;
        QTest::newRow("an at sign is refused") << QStringLiteral("amina@clinic") << false;
        QTest::newRow("a slash is refused") << QStringLiteral("a/b") << false;
        QTest::newRow("a quote is refused") << QStringLiteral("o'brien") << false;
        QTest::newRow("starting with a dash is refused") << QStringLiteral("-amina") << false;
        QTest::newRow("starting with a dot is refused") << QStringLiteral(".amina") << false;
        QTest::newRow("a control character is refused")
            << QString(QStringLiteral("ab") + QChar(7) + QStringLiteral("cd")) << false;
        QTest::newRow("an empty name is refused") << QString() << false;
    }

    void userNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        auto created = m_fixture->users->createUser(m_fixture->admin, name, QStringLiteral("Someone"), Role::Reception,
                                                    UserFixture::userPassword());
        QCOMPARE(created.ok(), accepted);
        if (accepted) {
            QCOMPARE(created->name, name.trimmed());
            QVERIFY(m_fixture->auth->login(name, UserFixture::userPassword()).ok());
        } else {
            QCOMPARE(created.error().code, ErrorCode::Invalid);
            QVERIFY(created.error().message.startsWith(QLatin1String("A user name has 2 to 32")));
        }
    }

    void namesAreUniqueWhateverTheCase_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("BILAL is bilal") << QStringLiteral("bilal") << QStringLiteral("BILAL");
        QTest::newRow("JOSÉ is josé") << QStringLiteral("josé") << QStringLiteral("JOSÉ");
        QTest::newRow("a decomposed é is the composed one") << QStringLiteral("josé") << QStringLiteral("jose\u0301");
        QTest::newRow("the first admin's name is taken") << QStringLiteral("nadia") << QStringLiteral("Amina");
    }

    void namesAreUniqueWhateverTheCase()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        UserFixture& f = *m_fixture;
        QVERIFY(
            f.users->createUser(f.admin, first, QStringLiteral("First"), Role::Reception, UserFixture::userPassword())
                .ok());
        auto duplicate = f.users->createUser(f.admin, second, QStringLiteral("Second"), Role::Clinician,
                                             QStringLiteral("other long secret"));
        QCOMPARE(duplicate.error().code, ErrorCode::Invalid);
        QVERIFY(duplicate.error().message.contains(QLatin1String("is taken")));
        QCOMPARE(f.users->list(f.admin)->size(), std::size_t(2));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("nine characters are too short") << QStringLiteral("zq7!mk2#p") << QStringLiteral("too short");
        QTest::newRow("a common password is refused")
            << QStringLiteral("Password123") << QStringLiteral("commonly used");
        QTest::newRow("a keyboard walk is refused") << QStringLiteral("qwertyuiop") << QStringLiteral("commonly used");
        QTest::newRow("the user name inside is refused")
            << QStringLiteral("xx-Bilal.Khan-2026") << QStringLiteral("user name");
        QTest::newRow("a long unusual password is accepted") << QStringLiteral("river kettle amber 43") << QString();
        QTest::newRow("ten unusual characters are accepted") << QStringLiteral("Zq7!mK2#pL") << QString();
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, phrase);
        UserFixture& f = *m_fixture;
        const QString name = QStringLiteral("bilal.khan");
        auto created = f.users->createUser(f.admin, name, QStringLiteral("Bilal Khan"), Role::Clinician, password);
        QCOMPARE(created.ok(), phrase.isEmpty());
        if (phrase.isEmpty()) {
            QVERIFY(f.auth->login(name, password).ok());
            return;
        }
        QCOMPARE(created.error().code, ErrorCode::Invalid);
        QVERIFY2(created.error().message.contains(phrase), qPrintable(created.error().message));
        QVERIFY(!created.error().message.contains(password, Qt::CaseInsensitive));
        QVERIFY(!f.keyringStore->hasUser(name));
        QCOMPARE(f.users->list(f.admin)->size(), std::size_t(1));

        // The same policy guards a reset and a change of one's own password.
        const Session bilal = f.addUser(name, Role::Clinician);
        QCOMPARE(f.users->resetPassword(f.admin, name, password).error().code, ErrorCode::Invalid);
        QCOMPARE(f.users->changeOwnPassword(bilal, UserFixture::userPassword(), password).error().code,
                 ErrorCode::Invalid);
        QVERIFY(f.auth->login(name, UserFixture::userPassword()).ok());
    }

    void theLastActiveAdminStays()
    {
        UserFixture& f = *m_fixture;
        const QString amina = UserFixture::adminName();
        auto self = f.users->disableUser(f.admin, amina);
        QCOMPARE(self.error().code, ErrorCode::Invalid);
        QCOMPARE(self.error().message, QStringLiteral("You cannot disable your own account."));
        auto demote = f.users->changeRole(f.admin, amina, Role::Clinician);
        QCOMPARE(demote.error().code, ErrorCode::Invalid);
        QVERIFY(demote.error().message.startsWith(QLatin1String("amina is the last active admin.")));

        // With a second admin, amina may step down; the second admin then is the last one.
        const Session omar = f.addUser(QStringLiteral("omar"), Role::Admin);
        QVERIFY(f.users->changeRole(f.admin, amina, Role::Clinician).ok());
        QCOMPARE(f.users->changeRole(omar, QStringLiteral("omar"), Role::Reception).error().code, ErrorCode::Invalid);
        QVERIFY(f.users->changeRole(omar, amina, Role::Admin).ok());

        // A disabled admin does not count: omar disables amina and is the last active admin again.
        QVERIFY(f.users->disableUser(omar, amina).ok());
        QCOMPARE(f.users->changeRole(omar, QStringLiteral("omar"), Role::Clinician).error().code, ErrorCode::Invalid);
        QVERIFY(f.users->enableUser(omar, amina, QStringLiteral("fresh orchard 55 lamp")).ok());
        QVERIFY(f.users->changeRole(omar, QStringLiteral("omar"), Role::Clinician).ok());

        std::vector<UserRecord> admins;
        const auto everyone = f.users->list(f.admin);
        QVERIFY(everyone.ok());
        for (const UserRecord& user : *everyone) {
            if (user.role == Role::Admin && !user.disabled)
                admins.push_back(user);
        }
        QCOMPARE(admins.size(), std::size_t(1));
        QCOMPARE(admins.front().name, amina);
    }

    void aSessionDoesNotOutliveADemotion()
    {
        UserFixture& f = *m_fixture;
        const Session omar = f.addUser(QStringLiteral("omar"), Role::Admin);
        QVERIFY(f.users->changeRole(f.admin, QStringLiteral("omar"), Role::Reception).ok());
        auto stale = f.users->createUser(omar, QStringLiteral("zainab"), QStringLiteral("Zainab"), Role::Admin,
                                         UserFixture::userPassword());
        QCOMPARE(stale.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(stale.error().message, QStringLiteral("Your account was changed since you logged in. Log in again."));
        QVERIFY(!f.keyringStore->hasUser(QStringLiteral("zainab")));
    }

    void theFirstAdminComesOnlyOnce()
    {
        UserFixture& f = *m_fixture;
        auto again = f.users->createFirstAdmin(QStringLiteral("mallory"), QStringLiteral("Mallory"),
                                               QStringLiteral("sneaky ladder 42 moon"));
        QCOMPARE(again.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!f.keyringStore->hasUser(QStringLiteral("mallory")));
        QCOMPARE(f.users->list(f.admin)->size(), std::size_t(1));
    }

    void theFirstAdminUsesTheSlotMadeAtSetup()
    {
        UserFixture f;
        QVERIFY(f.setUpWithoutUsers(UserFixture::adminName()));
        auto wrong = f.users->createFirstAdmin(UserFixture::adminName(), QStringLiteral("Amina Diallo"),
                                               QStringLiteral("not the setup password"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongCredentials);
        QVERIFY(f.auditRows().empty());
        QVERIFY(f.users
                    ->createFirstAdmin(QStringLiteral("AMINA"), QStringLiteral("Amina Diallo"),
                                       UserFixture::adminPassword())
                    .ok());
        auto session = f.auth->login(UserFixture::adminName(), UserFixture::adminPassword());
        QVERIFY(session.ok());
        QCOMPARE(session->role, Role::Admin);
    }

    void theFirstAdminGetsASlotWhenSetupMadeNone()
    {
        UserFixture f;
        QVERIFY(f.setUpWithoutUsers(QStringLiteral("setup")));
        QCOMPARE(f.users->createFirstAdmin(QStringLiteral("amina"), QStringLiteral("Amina"), QStringLiteral("short"))
                     .error()
                     .code,
                 ErrorCode::Invalid);
        QVERIFY(!f.keyringStore->hasUser(QStringLiteral("amina")));
        const QString password = QStringLiteral("lantern orchard 61 sky");
        QVERIFY(f.users->createFirstAdmin(QStringLiteral("amina"), QStringLiteral("Amina"), password).ok());
        QVERIFY(f.keyringStore->hasUser(QStringLiteral("amina")));
        QVERIFY(f.auth->login(QStringLiteral("amina"), password).ok());
        QCOMPARE(f.auditActions(), (QStringList{QStringLiteral("user.create"), QStringLiteral("login")}));
    }

    void unknownUsersAreNamedInTheError()
    {
        UserFixture& f = *m_fixture;
        auto missing = f.users->disableUser(f.admin, QStringLiteral("nobody"));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().message, QStringLiteral("There is no user named \"nobody\"."));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
