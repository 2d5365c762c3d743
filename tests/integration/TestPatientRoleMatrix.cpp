#include "tests/support/ClinicFixture.h"
#include "tests/support/Why.h"

#include "core/auth/Role.h"
#include "core/clinic/PatientService.h"
#include "core/clinic/QueueService.h"
#include "core/clinic/SearchIndex.h"

#include <QTest>

using namespace outpost;
using namespace outpost::auth;
using namespace outpost::clinic;
using namespace outpost::testing;

namespace {

/// Every call of PatientService and QueueService a session makes.
enum class Call {
    FindDuplicates,
    Create,
    Update,
    View,
    Search,
    Recent,
    Import,
    Book,
    CheckIn,
    Today,
};

struct CallRow {
    const char* phrase;
    Call call;
    /// Who may, as product.md's role list says: reception registers and checks in, clinicians do
    /// all reception does, admins see the patient list to merge and manage records.
    bool reception, clinician, admin;
    /// The audit action the call leaves when allowed (empty: a read that is not audited).
    const char* audited;
};

const CallRow kCalls[] = {
    {"look for duplicates", Call::FindDuplicates, true, true, true, ""},
    {"register a patient", Call::Create, true, true, true, "patient.create"},
    {"edit demographics", Call::Update, true, true, true, "patient.edit"},
    {"open a patient", Call::View, true, true, true, "patient.view"},
    {"search patients", Call::Search, true, true, true, ""},
    {"list recent patients", Call::Recent, true, true, true, ""},
    {"import patients", Call::Import, true, true, true, "patient.import"},
    {"book an appointment", Call::Book, true, true, true, "appointment.book"},
    {"check a patient in", Call::CheckIn, true, true, true, "checkin"},
    {"see today's queue", Call::Today, true, true, true, ""},
};

bool allowedFor(const CallRow& row, Role role)
{
    switch (role) {
    case Role::Reception:
        return row.reception;
    case Role::Clinician:
        return row.clinician;
    case Role::Admin:
        return row.admin;
    }
    return false;
}

template<typename T>
Result<void> done(const Result<T>& result)
{
    if (!result)
        return result.error();
    return {};
}

domain::Patient person(const QString& given, const QString& family, int seed = 0)
{
    domain::Patient patient;
    patient.givenName = given;
    patient.familyName = family;
    patient.sex = domain::Sex::Female;
    patient.dateOfBirth = QDate(1990, 4, 17).addDays(-397L * seed);
    return patient;
}

} // namespace

Q_DECLARE_METATYPE(Call)

/// The role matrix over the patient and check-in services: every call × every role → allowed and
/// audited under the caller's name, or refused with PermissionDenied and nothing written.
class TestPatientRoleMatrix : public QObject
{
    Q_OBJECT

    ClinicFixture m_fixture;
    SearchIndex m_index;
    std::unique_ptr<PatientService> m_patients;
    std::unique_ptr<QueueService> m_queue;
    int m_counter = 0;

    QString fresh(const char* stem) { return QStringLiteral("%1%2").arg(QLatin1String(stem)).arg(++m_counter); }

    /// A family name no earlier call used, in letters only (search folds digits away).
    QString freshFamily(const char* stem)
    {
        QString letters;
        for (int n = ++m_counter; n > 0; n /= 26)
            letters += QChar(u'a' + n % 26);
        return QLatin1String(stem) + letters + QLatin1String("ski");
    }

    Result<void> perform(Call call, const Session& actor)
    {
        // A new family name per call, so no registration meets a likely duplicate of an earlier one.
        const QString family = freshFamily("Quorv");
        const QString existing = m_fixture.addPatient(QStringLiteral("Given"), family);
        switch (call) {
        case Call::FindDuplicates:
            return done(m_patients->findDuplicates(actor, person(QStringLiteral("Ines"), family)));
        case Call::Create:
            return done(m_patients->create(actor, person(QStringLiteral("Zaneta"), freshFamily("Oyel"), m_counter)));
        case Call::Update: {
            domain::Patient patient = person(QStringLiteral("Renamed"), family);
            patient.id = existing;
            return m_patients->update(actor, patient);
        }
        case Call::View:
            return done(m_patients->view(actor, existing));
        case Call::Search:
            return done(m_patients->search(actor, family));
        case Call::Recent:
            return done(m_patients->recent(actor));
        case Call::Import:
            return done(m_patients->importMany(actor, {person(QStringLiteral("Kwame"), freshFamily("Mens"))}));
        case Call::Book:
            return done(m_queue->book(actor, existing, today(), std::nullopt, {}, QStringLiteral("review")));
        case Call::CheckIn: {
            auto booked = m_queue->book(m_reception, existing, today(), std::nullopt, {}, QStringLiteral("review"));
            if (!booked)
                return booked.error();
            return m_queue->setStatus(actor, *booked, AppointmentStatus::Arrived);
        }
        case Call::Today:
            return done(m_queue->queue(actor, today()));
        }
        return makeError(ErrorCode::Usage, QStringLiteral("unknown call"));
    }

    Session m_reception;

    QDate today() const { return QDateTime::fromMSecsSinceEpoch(m_fixture.clock.nowMs()).date(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_patients = std::make_unique<PatientService>(*m_fixture.context, m_index);
        m_queue = std::make_unique<QueueService>(*m_fixture.context);
        m_reception = m_fixture.addUser(QStringLiteral("setup-desk"), Role::Reception);
    }

    void matrix_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("audited");
        for (const CallRow& row : kCalls) {
            for (const Role role : {Role::Reception, Role::Clinician, Role::Admin}) {
                const bool allowed = allowedFor(row, role);
                const QByteArray name =
                    roleName(role).toUtf8() + (allowed ? " may " : " may not ") + QByteArray(row.phrase);
                QTest::newRow(name.constData()) << row.call << role << allowed << QString::fromLatin1(row.audited);
            }
        }
    }

    void matrix()
    {
        QFETCH(Call, call);
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        QFETCH(QString, audited);
        const Session actor = m_fixture.addUser(fresh(roleName(role).toLatin1().constData()), role);
        const QString countPatients = QStringLiteral("SELECT count(*) FROM patients");
        const QString actorRows = QStringLiteral("SELECT action FROM audit_log WHERE user_name = ? ORDER BY seq");
        const qint64 patientsBefore = m_fixture.value(countPatients).toLongLong();

        const Result<void> result = perform(call, actor);

        const QStringList actions = m_fixture.dump(actorRows, {actor.userName});
        if (!allowed) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
            QVERIFY(actions.isEmpty());
            return;
        }
        QVERIFY2(result.ok(), testing::why(result).constData());
        if (audited.isEmpty())
            QVERIFY2(actions.isEmpty(), qPrintable(actions.join(u',')));
        else
            QCOMPARE(actions, QStringList{audited});
        if (call == Call::Create || call == Call::Import)
            QCOMPARE(m_fixture.value(countPatients).toLongLong(), patientsBefore + 2); // the fixture's one + the new
    }
};

QTEST_GUILESS_MAIN(TestPatientRoleMatrix)
#include "TestPatientRoleMatrix.moc"
