#include "core/auth/PasswordPolicy.h"
#include "core/auth/Role.h"

#include <QTest>

using namespace outpost;
using namespace outpost::auth;

/// The role matrix and the password policy, as product.md states them.
class TestRoleMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const struct {
            Role role;
            const char* name;
            QList<Permission> allowed;
        } rows[] = {
            {Role::Reception,
             "reception",
             {Permission::ViewPatientList, Permission::EditDemographics, Permission::ManageAppointments,
              Permission::AttachDocuments}},
            {Role::Clinician,
             "clinician",
             {Permission::ViewPatientList, Permission::EditDemographics, Permission::ManageAppointments,
              Permission::AttachDocuments, Permission::ReadClinical, Permission::WriteClinical}},
            {Role::Admin,
             "admin",
             {Permission::ViewPatientList, Permission::EditDemographics, Permission::ManageAppointments,
              Permission::AttachDocuments, Permission::MergePatients, Permission::ManageUsers, Permission::ReadAuditLog,
              Permission::ManageBackups, Permission::ManageSettings, Permission::BreakGlass}},
        };
        for (const auto& row : rows) {
            for (const Permission permission : kAllPermissions) {
                const bool allowed = row.allowed.contains(permission);
                const QByteArray name =
                    QByteArray(row.name) + (allowed ? " may " : " may not ") + permissionName(permission).toUtf8();
                QTest::newRow(name.constData()) << row.role << permission << allowed;
            }
        }
    }

    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(allows(role, permission), allowed);
    }

    void roleNamesRoundTrip()
    {
        for (const Role role : {Role::Reception, Role::Clinician, Role::Admin})
            QCOMPARE(roleFromName(roleName(role)), role);
        QCOMPARE(roleFromName(QStringLiteral("ADMIN")), Role::Admin);
        QVERIFY(!roleFromName(QStringLiteral("root")).has_value());
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("nine characters are too short") << "abcdefgh9"
                                                       << "too short";
        QTest::newRow("a common password is refused") << "Password123"
                                                      << "commonly used";
        QTest::newRow("a keyboard walk is refused") << "qwertyuiop"
                                                    << "commonly used";
        QTest::newRow("the user name inside is refused") << "amina-2026-clinic"
                                                         << "user name";
        QTest::newRow("a long unusual password is accepted") << "river kettle amber 42"
                                                             << "";
        QTest::newRow("ten unusual characters are accepted") << "Zq7!mK2#pL"
                                                             << "";
    }

    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(QString, phrase);
        const Result<void> result = checkPassword(password, QStringLiteral("amina"));
        QCOMPARE(result.ok(), phrase.isEmpty());
        if (!result.ok()) {
            QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
            QVERIFY2(!result.error().message.contains(password), "the message never repeats the password");
        }
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "TestRoleMatrix.moc"
