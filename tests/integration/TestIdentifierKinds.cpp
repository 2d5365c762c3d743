#include "tests/support/ClinicFixture.h"
#include "tests/support/Why.h"

#include "core/clinic/IdentifierKinds.h"
#include "core/clinic/PatientService.h"
#include "core/clinic/SearchIndex.h"

#include <QTest>

using namespace outpost;
using namespace outpost::auth;
using namespace outpost::clinic;
using namespace outpost::testing;

/// The clinic's own list of identifier kinds: who may change it, what it refuses, and what
/// registration and editing do with it.
class TestIdentifierKinds : public QObject
{
    Q_OBJECT

    ClinicFixture m_fixture;
    SearchIndex m_index;
    std::unique_ptr<PatientService> m_patients;
    std::unique_ptr<IdentifierKinds> m_kinds;
    Session m_admin;
    Session m_reception;

    domain::Patient person(const QString& given, const QString& family, const QString& kind, const QString& value)
    {
        domain::Patient patient;
        patient.givenName = given;
        patient.familyName = family;
        patient.dateOfBirth = QDate(1971, 9, 30);
        patient.identifiers.append({kind, value});
        return patient;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_patients = std::make_unique<PatientService>(*m_fixture.context, m_index);
        m_kinds = std::make_unique<IdentifierKinds>(*m_fixture.context);
        m_admin = m_fixture.addUser(QStringLiteral("amina"), Role::Admin);
        m_reception = m_fixture.addUser(QStringLiteral("rita"), Role::Reception);
    }

    void aNewClinicUsesTheDefaultKinds()
    {
        auto kinds = m_kinds->list(m_reception);
        QVERIFY(kinds.ok());
        QCOMPARE(*kinds, domain::defaultIdentifierKinds());
    }

    void onlyAnAdminChangesTheList()
    {
        auto refused = m_kinds->set(m_reception, {QStringLiteral("nhis")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(*m_kinds->list(m_reception), domain::defaultIdentifierKinds());
        QVERIFY(m_fixture.dump(QStringLiteral("SELECT action FROM audit_log")).isEmpty());
    }

    void badListsAreRefusedWithASentence_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{QStringLiteral(" "), QString()} << QStringLiteral("at least one kind");
        QTest::newRow("a repeat, in another case")
            << QStringList{QStringLiteral("nhis"), QStringLiteral("NHIS")} << QStringLiteral("listed twice");
        QTest::newRow("a digit first") << QStringList{QStringLiteral("2nd_id")}
                                       << QStringLiteral("cannot be an identifier kind");
        QTest::newRow("a space inside") << QStringList{QStringLiteral("clinic number")}
                                        << QStringLiteral("cannot be an identifier kind");
        QTest::newRow("SQL") << QStringList{QStringLiteral("x'); DROP TABLE patients; --")}
                             << QStringLiteral("cannot be an identifier kind");
        QStringList many;
        for (int i = 0; i < IdentifierKinds::kMaximumKinds + 1; ++i)
            many << QStringLiteral("kind_%1").arg(i);
        QTest::newRow("thirteen kinds") << many << QStringLiteral("at most 12");
    }

    void badListsAreRefusedWithASentence()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QString, message);
        auto refused = m_kinds->set(m_admin, kinds);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QCOMPARE(*m_kinds->list(m_admin), domain::defaultIdentifierKinds());
    }

    void registrationUsesTheConfiguredKinds()
    {
        auto before = m_patients->create(m_reception, person(QStringLiteral("Tendai"), QStringLiteral("Moyo"),
                                                             QStringLiteral("passport"), QStringLiteral("ZW1234567")));
        QVERIFY2(before.ok(), testing::why(before).constData());

        QVERIFY(m_kinds->set(m_admin, {QStringLiteral(" Clinic_Number"), QStringLiteral("nhis ")}).ok());
        QCOMPARE(*m_kinds->list(m_reception), (QStringList{QStringLiteral("clinic_number"), QStringLiteral("nhis")}));
        QCOMPARE(m_fixture.dump(QStringLiteral("SELECT user_name, action, detail FROM audit_log WHERE action LIKE "
                                               "'settings.%'")),
                 QStringList{QStringLiteral("amina|settings.identifier_kinds|clinic_number,national_id,insurance,"
                                            "passport → clinic_number,nhis")});

        auto withNhis = m_patients->create(m_reception, person(QStringLiteral("Kofi"), QStringLiteral("Boateng"),
                                                               QStringLiteral("nhis"), QStringLiteral("GHA-0042")));
        QVERIFY2(withNhis.ok(), testing::why(withNhis).constData());
        auto found = m_patients->search(m_reception, QStringLiteral("GHA-0042"));
        QVERIFY(found.ok());
        QCOMPARE(found->hits.size(), size_t(1));

        auto refused = m_patients->create(m_reception, person(QStringLiteral("Ana"), QStringLiteral("Lima"),
                                                              QStringLiteral("passport"), QStringLiteral("BR77")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(refused.error().message,
                 QStringLiteral("This clinic does not record identifiers of kind “passport”. It records: "
                                "clinic_number, nhis."));
        QCOMPARE(m_fixture.value(QStringLiteral("SELECT count(*) FROM patients WHERE family_name = 'Lima'")).toInt(),
                 0);

        // A record made before the change keeps its passport number through an edit…
        auto tendai = m_patients->view(m_reception, *before);
        QVERIFY(tendai.ok());
        tendai->phone = QStringLiteral("+263 77 123 4567");
        auto edited = m_patients->update(m_reception, *tendai);
        QVERIFY2(edited.ok(), testing::why(edited).constData());
        // …but cannot gain a new identifier of a kind the clinic no longer records.
        tendai->identifiers.append({QStringLiteral("insurance"), QStringLiteral("NSSA-9")});
        QVERIFY(!m_patients->update(m_reception, *tendai).ok());
    }
};

QTEST_GUILESS_MAIN(TestIdentifierKinds)
#include "TestIdentifierKinds.moc"
