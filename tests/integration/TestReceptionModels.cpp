// The reception view models against a real encrypted data folder: only the clock is fake.
#include "ClinicController.h"
#include "PatientSearchModel.h"
#include "PatientSummaryController.h"
#include "QueueModel.h"
#include "RegistrationController.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/KdfParameters.h"
#include "core/demo/DemoClinic.h"
#include "core/storage/DataFolder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::ui;

namespace {

const QString kAdmin = QString::fromLatin1(demo::kDemoAdmin);
const QString kAdminPassword = QString::fromLatin1(demo::kDemoAdminPassword);
constexpr qint64 kMinute = 60 * 1000;

QString roleValue(const QAbstractItemModel& model, int row, const QByteArray& role)
{
    return model.index(row, 0).data(model.roleNames().key(role)).toString();
}

} // namespace

/// ClinicController, PatientSearchModel, QueueModel and RegistrationController driving the real core.
class TestReceptionModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<ClinicController> m_controller;

    /// Logs @p name in and waits for the state to settle.
    void logIn(const QString& name, const QString& password)
    {
        m_controller->logIn(name, password);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->busy(), 20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::DataFolder folder(m_dir.path(), clinic::clinicMigrations(), m_clock);
        auto key = folder.init(QStringLiteral("Riverside Clinic"), kAdmin, kAdminPassword,
                               crypto::KdfParameters::interactive());
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message));
        m_controller = std::make_unique<ClinicController>(m_dir.path(), m_clock,
                                                          [] { return crypto::KdfParameters::interactive(); });
        QCOMPARE(m_controller->state(), ClinicController::Locked);
        logIn(kAdmin, kAdminPassword);
        QCOMPARE(m_controller->state(), ClinicController::Unlocked);
        QVERIFY(m_controller->isAdmin());
        QCOMPARE(m_controller->clinicName(), QStringLiteral("Riverside Clinic"));

        bool filled = false;
        m_controller->post<demo::DemoSummary>(
            this, [](clinic::Clinic& c) { return demo::fillDemoClinic(c, 300, 42); },
            [&filled](const Result<demo::DemoSummary>& summary) { filled = summary.ok() && summary->patients == 300; });
        QTRY_VERIFY_WITH_TIMEOUT(filled, 60'000);
    }

    void aNewFolderStartsInSetup()
    {
        QTemporaryDir empty;
        ClinicController fresh(empty.path(), m_clock, [] { return crypto::KdfParameters::interactive(); });
        QCOMPARE(fresh.state(), ClinicController::Setup);
        fresh.setUp(QStringLiteral("Hill Clinic"), QStringLiteral("boss"), QStringLiteral("long enough pass 1"),
                    QStringLiteral("long enough pass 2"));
        QCOMPARE(fresh.lastError(), QStringLiteral("The two passwords are not the same."));
        QSignalSpy key(&fresh, &ClinicController::recoveryKeyReady);
        QVERIFY(key.isValid());
        fresh.setUp(QStringLiteral("Hill Clinic"), QStringLiteral("boss"), QStringLiteral("long enough pass 1"),
                    QStringLiteral("long enough pass 1"));
        QTRY_COMPARE_WITH_TIMEOUT(key.count(), 1, 20'000);
        QVERIFY(crypto::RecoveryKey::parse(key.at(0).at(0).toString()).ok());
        // Still the wizard until the key is confirmed as written down.
        QCOMPARE(fresh.state(), ClinicController::Setup);
        fresh.confirmRecoveryKey();
        QCOMPARE(fresh.state(), ClinicController::Unlocked);
        QVERIFY(fresh.isAdmin());
        QCOMPARE(fresh.userName(), QStringLiteral("boss"));
    }

    void searchFindsPatientsAsTyped()
    {
        QueueModel queue;
        queue.setClinic(m_controller.get());
        QTRY_VERIFY(queue.count() > 0);
        const QString someone = roleValue(queue, 0, "patientName");
        const QString familyName = someone.section(QLatin1Char(' '), -1);

        PatientSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClinic(m_controller.get());
        model.setQuery(familyName.left(4));
        QTRY_VERIFY(!model.loading());
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QVERIFY(model.count() > 0);
        bool found = false;
        for (int row = 0; row < model.count(); ++row)
            found = found || roleValue(model, row, "displayName").contains(familyName);
        QVERIFY2(found, "the queue's patient is among the results for part of the family name");
        QVERIFY(!roleValue(model, 0, "patientId").isEmpty());
        QVERIFY(!roleValue(model, 0, "dateOfBirth").isEmpty());
        QCOMPARE(roleValue(model, 0, "matchedBy"), QStringLiteral("name"));
    }

    void staleResultsAreDropped()
    {
        PatientSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClinic(m_controller.get());
        QTRY_VERIFY(!model.loading());
        QSignalSpy results(&model, &PatientSearchModel::resultsChanged);
        QVERIFY(results.isValid());
        // Three keystrokes in a row: the worker answers all three, the model shows only the last.
        model.setQuery(QStringLiteral("a"));
        model.setQuery(QStringLiteral("zz"));
        model.setQuery(QStringLiteral("qqqqxx"));
        m_controller->waitForIdle();
        QTRY_VERIFY(!model.loading());
        QCoreApplication::processEvents();
        QCOMPARE(results.count(), 1);
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.query(), QStringLiteral("qqqqxx"));
    }

    void pagesLoadOnDemand()
    {
        // No QAbstractItemModelTester here: it fetches every page itself while checking.
        PatientSearchModel model;
        model.setClinic(m_controller.get());
        // A one-letter prefix: far more than one page among 300 patients.
        model.setQuery(QStringLiteral("a"));
        QTRY_VERIFY(!model.loading());
        QVERIFY2(model.total() > PatientSearchModel::kPageSize, qPrintable(QString::number(model.total())));
        QCOMPARE(model.count(), PatientSearchModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.count(), std::min(model.total(), 2 * PatientSearchModel::kPageSize));
        QStringList ids;
        for (int row = 0; row < model.count(); ++row)
            ids << model.idAt(row);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), model.count());
    }

    void emptyQueryListsRecentPatients()
    {
        PatientSearchModel model;
        model.setClinic(m_controller.get());
        model.setQuery(QStringLiteral("a"));
        QTRY_VERIFY(!model.loading());
        const QString opened = model.idAt(3);
        QVERIFY(!opened.isEmpty());

        PatientSummaryController summary;
        summary.setClinic(m_controller.get());
        summary.setPatientId(opened);
        QTRY_VERIFY(summary.loaded());
        QVERIFY(!summary.displayName().isEmpty());

        model.setQuery(QString());
        QTRY_VERIFY(!model.loading());
        QVERIFY(model.showingRecent());
        QVERIFY(model.count() >= 1);
        QCOMPARE(model.idAt(0), opened);
    }

    void queueMovesAndWalkIns()
    {
        QueueModel queue;
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queue.setClinic(m_controller.get());
        QTRY_VERIFY(!queue.loading() && queue.count() > 0);
        const int before = queue.count();

        int booked = -1;
        for (int row = 0; row < queue.count() && booked < 0; ++row)
            if (roleValue(queue, row, "status") == QLatin1String("booked"))
                booked = row;
        QVERIFY(booked >= 0);
        const QString appointment = roleValue(queue, booked, "appointmentId");
        QCOMPARE(roleValue(queue, booked, "statusLabel"), QStringLiteral("Booked"));

        QSignalSpy failed(&queue, &QueueModel::actionFailed);
        QSignalSpy done(&queue, &QueueModel::actionDone);
        // Booked cannot jump to done: the core refuses and the page hears why.
        queue.markDone(appointment);
        QTRY_COMPARE(failed.count(), 1);

        queue.checkIn(appointment);
        QTRY_COMPARE(done.count(), 1);
        QTRY_VERIFY(!queue.loading());
        auto statusOf = [&queue](const QString& id) {
            for (int row = 0; row < queue.count(); ++row)
                if (roleValue(queue, row, "appointmentId") == id)
                    return roleValue(queue, row, "status");
            return QString();
        };
        QTRY_COMPARE(statusOf(appointment), QStringLiteral("arrived"));

        // A patient not yet in today's queue walks in.
        PatientSearchModel search;
        search.setClinic(m_controller.get());
        search.setQuery(QStringLiteral("a"));
        QTRY_VERIFY(!search.loading() && search.count() > 0);
        QStringList queued;
        for (int row = 0; row < queue.count(); ++row)
            queued << roleValue(queue, row, "patientId");
        QString walker;
        for (int row = 0; row < search.count() && walker.isEmpty(); ++row)
            if (!queued.contains(search.idAt(row)))
                walker = search.idAt(row);
        QVERIFY(!walker.isEmpty());
        queue.walkIn(walker, QStringLiteral("Dressing change"));
        QTRY_COMPARE(done.count(), 2);
        QTRY_COMPARE(queue.count(), before + 1);
    }

    void registrationValidatesWarnsAndSaves()
    {
        RegistrationController form;
        form.setClinic(m_controller.get());
        QVERIFY(!form.validate());
        QVERIFY(form.fieldErrors().contains(QStringLiteral("familyName")));
        QVERIFY(form.fieldErrors().contains(QStringLiteral("dateOfBirth")));

        form.setProperty("givenName", QStringLiteral("Ingrid"));
        form.setProperty("familyName", QStringLiteral("Thorsdottir-Okafor"));
        form.setProperty("dateOfBirth", QStringLiteral("1979-06-02"));
        form.setProperty("phone", QStringLiteral("12"));
        QVERIFY(!form.validate());
        QCOMPARE(form.fieldErrors().keys(), QStringList{QStringLiteral("phone")});
        form.setProperty("phone", QStringLiteral("+47 912 34 567"));
        form.setProperty("identifierValue", QStringLiteral("NO-7719-22"));
        QVERIFY(form.validate());

        QSignalSpy saved(&form, &RegistrationController::saved);
        QSignalSpy duplicates(&form, &RegistrationController::duplicatesFound);
        QSignalSpy failed(&form, &RegistrationController::saveFailed);
        form.submit();
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(duplicates.count(), 0);

        // The same person again: a warning, a refusal without a reason, a save with one.
        form.submit();
        QTRY_COMPARE(duplicates.count(), 1);
        QVERIFY(!duplicates.at(0).at(0).toList().isEmpty());
        QCOMPARE(duplicates.at(0).at(0).toList().first().toMap().value(QStringLiteral("patientId")).toString(),
                 saved.at(0).at(0).toString());
        form.save(QString());
        QTRY_COMPARE(failed.count(), 1);
        form.save(QStringLiteral("Twin sister, same national id typed by mistake at intake"));
        QTRY_COMPARE(saved.count(), 2);
        QVERIFY(saved.at(1).at(0).toString() != saved.at(0).at(0).toString());
    }

    void wrongPasswordLockAndAutoLock()
    {
        QSignalSpy failed(m_controller.get(), &ClinicController::loginFailed);
        m_controller->lock();
        QCOMPARE(m_controller->state(), ClinicController::Locked);
        // Nothing reaches the core while locked.
        std::optional<Error> refused;
        m_controller->post<QString>(
            this, [](clinic::Clinic& c) { return Result<QString>(c.session().userName); },
            [&refused](const Result<QString>& name) {
                if (!name)
                    refused = name.error();
            });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->code, ErrorCode::PermissionDenied);

        m_controller->unlock(QStringLiteral("not the password"));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(m_controller->lastError(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(m_controller->state(), ClinicController::Locked);
        m_controller->unlock(kAdminPassword);
        QTRY_COMPARE(m_controller->state(), ClinicController::Unlocked);

        // Auto-lock: quiet for the clinic's minutes locks; activity postpones it.
        const int minutes = m_controller->autoLockMinutes();
        QVERIFY(minutes >= 1);
        m_clock.advance((minutes - 1) * kMinute);
        m_controller->checkAutoLock();
        QCOMPARE(m_controller->state(), ClinicController::Unlocked);
        m_controller->noteActivity();
        m_clock.advance((minutes - 1) * kMinute);
        m_controller->checkAutoLock();
        QCOMPARE(m_controller->state(), ClinicController::Unlocked);
        m_clock.advance(2 * kMinute);
        m_controller->checkAutoLock();
        QCOMPARE(m_controller->state(), ClinicController::Locked);
    }

    void switchUserChangesRole()
    {
        QCOMPARE(m_controller->state(), ClinicController::Locked);
        const auto& rita = demo::kDemoUsers[0];
        m_controller->logIn(QString::fromLatin1(rita.name), QString::fromLatin1(rita.password));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->busy(), 20'000);
        QVERIFY2(m_controller->state() == ClinicController::Unlocked, qPrintable(m_controller->lastError()));
        QCOMPARE(m_controller->userName(), QString::fromLatin1(rita.name));
        QVERIFY(m_controller->isReception());
        QVERIFY(!m_controller->canReadClinical());
        QVERIFY(!m_controller->isAdmin());
    }

    void cleanupTestCase() { m_controller.reset(); }
};

QTEST_GUILESS_MAIN(TestReceptionModels)
#include "TestReceptionModels.moc"
