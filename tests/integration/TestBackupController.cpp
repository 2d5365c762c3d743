// BackupController, the view model behind File → Export/Verify/Restore backup and the automatic
// backup settings, driving the real core on the clinic thread and on the controller's job thread.
#include "BackupController.h"
#include "ClinicController.h"

#include "core/backup/BackupSchedule.h"
#include "core/backup/BackupService.h"
#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/KdfParameters.h"
#include "core/demo/DemoClinic.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/DataFolder.h"
#include "tests/support/HeldReaders.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace outpost;
using namespace outpost::ui;

namespace {
const QString kAdmin = QStringLiteral("amina");
const QString kPassword = QStringLiteral("granite-harbour-71");
const QString kPassphrase = QStringLiteral("blue heron at dawn 42");
} // namespace

using testing::HeldReaders;

class TestBackupController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    SystemClock m_clock;
    std::unique_ptr<ClinicController> m_clinic;

    /// Rows of @p table in the open clinic, read on the clinic thread.
    qint64 rowCount(const QString& table)
    {
        qint64 count = -1;
        m_clinic->post<qint64>(
            this,
            [table](clinic::Clinic& c) -> Result<qint64> {
                qint64 n = 0;
                auto read = c.database().read([&n, &table](storage::Connection& reader) -> Result<void> {
                    auto value = reader.queryValue(QStringLiteral("SELECT count(*) FROM %1").arg(table));
                    if (!value)
                        return value.error();
                    n = value->toLongLong();
                    return {};
                });
                if (!read)
                    return read.error();
                return n;
            },
            [&count](const Result<qint64>& n) { count = n ? *n : -2; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(count != -1, 30'000); }();
        return count;
    }

    qint64 patientCount() { return rowCount(QStringLiteral("patients")); }

    /// Runs @p work on the clinic thread and returns its result (an error when it took too long).
    template<class T>
    Result<T> onClinic(std::function<Result<T>(clinic::Clinic&)> work)
    {
        QObject receiver; // a result that comes too late is dropped with it
        auto result = std::make_shared<std::optional<Result<T>>>();
        m_clinic->post<T>(&receiver, std::move(work), [result](Result<T> done) { *result = std::move(done); });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 30'000))
            return makeError(ErrorCode::Failure, QStringLiteral("the clinic thread did not answer"));
        return std::move(**result);
    }

    /// Forgets the automatic backups made so far, so the next check finds one due.
    void makeAutomaticBackupDue()
    {
        auto reset = onClinic<bool>([](clinic::Clinic& c) -> Result<bool> {
            auto saved = c.database().write(
                [](storage::Connection& writer) { return backup::AutomaticBackupState{}.save(writer); });
            if (!saved)
                return saved.error();
            return true;
        });
        QVERIFY2(reset, reset ? "" : qPrintable(reset.error().message));
    }

    void signInAgain()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_clinic->busy(), 30'000);
        QCOMPARE(m_clinic->state(), ClinicController::Locked);
        QVERIFY(!m_clinic->isAdmin()); // everyone was signed out
        m_clinic->logIn(kAdmin, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!m_clinic->busy(), 30'000);
        QCOMPARE(m_clinic->state(), ClinicController::Unlocked);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_out.isValid());
        storage::DataFolder folder(m_dir.path(), clinic::clinicMigrations(), m_clock);
        QVERIFY(
            folder.init(QStringLiteral("Riverside Clinic"), kAdmin, kPassword, crypto::KdfParameters::interactive()));
        m_clinic = std::make_unique<ClinicController>(m_dir.path(), m_clock,
                                                      [] { return crypto::KdfParameters::interactive(); });
        m_clinic->logIn(kAdmin, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!m_clinic->busy(), 20'000);
        QCOMPARE(m_clinic->state(), ClinicController::Unlocked);
        bool filled = false;
        m_clinic->post<demo::DemoSummary>(
            this, [](clinic::Clinic& c) { return demo::fillDemoClinic(c, 2000, 5); },
            [&filled](const Result<demo::DemoSummary>& summary) { filled = summary.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(filled, 120'000);
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void exportReportsProgressThenVerifyAndRestore()
    {
        BackupController backup;
        backup.setClinic(m_clinic.get());
        QSignalSpy finished(&backup, &BackupController::finished);
        QSignalSpy failed(&backup, &BackupController::failed);
        QSignalSpy progress(&backup, &BackupController::progressChanged);
        QVERIFY(finished.isValid() && failed.isValid() && progress.isValid());
        const QString file = m_out.filePath(QStringLiteral("ui.outpostbackup"));

        backup.exportBackup(file, kPassphrase, kPassphrase);
        QVERIFY(backup.running());
        QCOMPARE(backup.operation(), QStringLiteral("export"));
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toString().contains(QDir::toNativeSeparators(file)));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(backup.progress(), 1.0);
        QVERIFY(QFile::exists(file));

        backup.verifyBackup(file, kPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QCOMPARE(finished.size(), 2);
        QVERIFY(finished.last().first().toString().contains(QLatin1String("intact")));

        backup.verifyBackup(file, QStringLiteral("wrong passphrase!"));
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.last().first().toString(), QStringLiteral("Wrong backup passphrase."));

        const QString target = m_out.filePath(QStringLiteral("restored"));
        backup.restoreBackup(file, kPassphrase, target);
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QCOMPARE(finished.size(), 3);
        QVERIFY(QFile::exists(QDir(target).filePath(QStringLiteral("outpost.db"))));
    }

    void cancelledExportLeavesNoFile()
    {
        BackupController backup;
        backup.setClinic(m_clinic.get());
        QSignalSpy failed(&backup, &BackupController::failed);
        const QString file = m_out.filePath(QStringLiteral("cancelled.outpostbackup"));
        backup.exportBackup(file, kPassphrase, kPassphrase);
        QVERIFY(backup.running());
        backup.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().startsWith(QLatin1String("Cancelled")));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    // The "consistent snapshot taken while the app keeps working": reception checks a patient
    // in while an export runs; the check-in is saved at once, not after the export, and the backup
    // holds it. The test holds every reader of the database, so the export waits at its snapshot
    // (after its key derivation) until the check-in is done; a check-in only writes.
    void aCheckInDuringAnExportIsSavedAtOnceAndIsInTheBackup()
    {
        auto registered = onClinic<QString>([](clinic::Clinic& c) {
            domain::Patient patient;
            patient.givenName = QStringLiteral("Chiamaka");
            patient.familyName = QStringLiteral("Oyelaran-Baptiste");
            patient.dateOfBirth = QDate(1987, 3, 14);
            return c.patients().create(c.session(), patient); // reads (duplicates): before the hold
        });
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message));
        const QString patientId = *registered;
        const qint64 appointmentsBefore = rowCount(QStringLiteral("appointments"));
        QVERIFY(appointmentsBefore >= 0);
        auto database =
            onClinic<storage::Database*>([](clinic::Clinic& c) -> Result<storage::Database*> { return &c.database(); });
        QVERIFY(database);

        QObject receiver; // declared first: a late check-in result is dropped with it
        BackupController backup;
        backup.setClinic(m_clinic.get());
        QSignalSpy finished(&backup, &BackupController::finished);
        QSignalSpy failed(&backup, &BackupController::failed);
        QVERIFY(finished.isValid() && failed.isValid());
        const QString file = m_out.filePath(QStringLiteral("while-working.outpostbackup"));
        // Declared after the controller: released first on every way out, so a failing check never
        // leaves the export waiting for ever.
        HeldReaders readers(**database);
        QCOMPARE(readers.count(), storage::DatabaseOptions{}.readerCount);

        backup.exportBackup(file, kPassphrase, kPassphrase);
        QVERIFY(backup.running());
        auto checkedIn = std::make_shared<std::optional<Result<QString>>>();
        m_clinic->post<QString>(
            &receiver,
            [patientId](clinic::Clinic& c) {
                return c.queue().walkIn(c.session(), patientId, QStringLiteral("fever since yesterday"));
            },
            [checkedIn](Result<QString> id) { *checkedIn = std::move(id); });
        QTRY_VERIFY_WITH_TIMEOUT(checkedIn->has_value(), 20'000);
        QVERIFY2(**checkedIn, **checkedIn ? "" : qPrintable((*checkedIn)->error().message));
        QVERIFY(backup.running()); // the export still waits for its snapshot
        QVERIFY(!QFile::exists(file));

        readers.release();
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(finished.size(), 1);
        auto header = backup::BackupService::verify(file, {kPassphrase, {}});
        QVERIFY2(header, header ? "" : qPrintable(header.error().message));
        QCOMPARE(header->rowCount(QStringLiteral("appointments")), appointmentsBefore + 1);
        QCOMPARE(rowCount(QStringLiteral("appointments")), appointmentsBefore + 1);
    }

    void mistakesAreCaughtBeforeAnyWork()
    {
        BackupController backup;
        backup.setClinic(m_clinic.get());
        QSignalSpy failed(&backup, &BackupController::failed);
        backup.exportBackup(m_out.filePath(QStringLiteral("x.outpostbackup")), kPassphrase,
                            QStringLiteral("something else"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!backup.running());
        backup.exportBackup(m_out.filePath(QStringLiteral("x.outpostbackup")), QStringLiteral("short"),
                            QStringLiteral("short"));
        QCOMPARE(failed.size(), 2);
    }

    void automaticSettingsAreSavedAndShown()
    {
        BackupController backup;
        backup.setClinic(m_clinic.get());
        QSignalSpy status(&backup, &BackupController::statusChanged);
        QSignalSpy finished(&backup, &BackupController::finished);
        const QString folder = m_out.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(folder));
        backup.saveAutomatic(true, folder, 0, 5, 3, 2, 4, kPassphrase, kPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 30'000);
        QVERIFY(backup.autoEnabled());
        QCOMPARE(backup.autoFolder(), folder);
        QCOMPARE(backup.keepDaily(), 5);
        QVERIFY(backup.hasAutoKey());
        QVERIFY(backup.overdue()); // nothing backed up yet

        // Due at once (none yet): the automatic run writes a file and the status clears the warning.
        backup.runAutomaticIfDue();
        // An export asked for meanwhile waits for it (one backup at a time); Cancel drops it at once.
        QSignalSpy failed(&backup, &BackupController::failed);
        const QString waiting = m_out.filePath(QStringLiteral("waited.outpostbackup"));
        backup.exportBackup(waiting, kPassphrase, kPassphrase);
        QVERIFY(backup.running());
        QCOMPARE(backup.operation(), QStringLiteral("export"));
        backup.cancel();
        QVERIFY(!backup.running());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().startsWith(QLatin1String("Cancelled")));

        QTRY_VERIFY_WITH_TIMEOUT(status.size() >= 2 && backup.lastSuccessMs() > 0, 60'000);
        QVERIFY(!backup.overdue());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        QVERIFY(!QFile::exists(waiting));
        QCOMPARE(failed.size(), 1);
    }

    // Anything that still holds the clinic's database (a backup on its thread) keeps the clinic from
    // closing its folder under it: the work that needs the folder closed does not run.
    void theClinicIsNotClosedUnderSomethingThatHoldsItsDatabase()
    {
        auto shared = onClinic<std::shared_ptr<storage::Database>>(
            [](clinic::Clinic& c) -> Result<std::shared_ptr<storage::Database>> { return c.sharedDatabase(); });
        QVERIFY(shared);
        std::shared_ptr<storage::Database> held = *shared;
        auto ran = std::make_shared<std::atomic<bool>>(false);
        auto outcome = std::make_shared<std::optional<Result<void>>>();
        m_clinic->runWithClinicClosed(
            [ran](const QString&) -> Result<void> {
                ran->store(true);
                return {};
            },
            [outcome](const Result<void>& result) { *outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome->has_value(), 30'000);
        QVERIFY(!ran->load());
        QVERIFY(!**outcome);
        QVERIFY((*outcome)->error().message.contains(QLatin1String("still using")));
        // The holder goes on with the open database; it closes when it lets go.
        QVERIFY(held->isOpen());
        QVERIFY(held->read([](storage::Connection& reader) -> Result<void> {
            auto value = reader.queryValue(QStringLiteral("SELECT count(*) FROM patients"));
            if (!value)
                return value.error();
            return {};
        }));
        held.reset();
        signInAgain();
        QVERIFY(patientCount() > 0);
    }

    // Last: it replaces the data folder the other tests use.
    void replacingThisClinicsDataRestoresTheBackupAndSignsEveryoneOut()
    {
        BackupController backup;
        backup.setClinic(m_clinic.get());
        QSignalSpy finished(&backup, &BackupController::finished);
        QSignalSpy failed(&backup, &BackupController::failed);
        const QString file = m_out.filePath(QStringLiteral("before-new-patient.outpostbackup"));
        backup.exportBackup(file, kPassphrase, kPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QCOMPARE(finished.size(), 1);
        const qint64 inBackup = patientCount();
        QVERIFY(inBackup > 0);

        // A patient registered after the backup: the replace must lose it.
        bool registered = false;
        m_clinic->post<QString>(
            this,
            [](clinic::Clinic& c) {
                domain::Patient patient;
                patient.givenName = QStringLiteral("Ayodele");
                patient.familyName = QStringLiteral("Quarshie-Nwosu");
                patient.dateOfBirth = QDate(1999, 1, 9);
                return c.patients().create(c.session(), patient);
            },
            [&registered](const Result<QString>& id) { registered = id.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(registered, 30'000);
        QCOMPARE(patientCount(), inBackup + 1);

        // A wrong passphrase changes nothing, but the clinic was closed for it: sign in again.
        backup.replaceWithBackup(file, QStringLiteral("not the passphrase"));
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 60'000);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.last().first().toString().contains(QLatin1String("unchanged")),
                 qPrintable(failed.last().first().toString()));
        signInAgain();
        QCOMPARE(patientCount(), inBackup + 1);

        // The automatic backup falls due and starts just before the replace: the replace waits for
        // it (nothing may hold the database while the clinic closes), and the automatic backup holds
        // the data as it was before.
        makeAutomaticBackupDue();
        const QDir usb(m_out.filePath(QStringLiteral("usb")));
        const QStringList automaticBefore = usb.entryList(QDir::Files);
        backup.runAutomaticIfDue();
        backup.replaceWithBackup(file, kPassphrase);
        QVERIFY(backup.running());
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 120'000);
        QVERIFY2(failed.size() == 1, qPrintable(failed.last().first().toString()));
        QCOMPARE(finished.size(), 2);
        QVERIFY(finished.last().first().toString().contains(QString::number(inBackup)));
        QStringList automaticNew = usb.entryList(QDir::Files);
        for (const QString& name : automaticBefore)
            automaticNew.removeAll(name);
        QCOMPARE(automaticNew.size(), 1);
        auto automatic = backup::BackupService::verify(usb.filePath(automaticNew.first()), {kPassphrase, {}});
        QVERIFY2(automatic, automatic ? "" : qPrintable(automatic.error().message));
        QCOMPARE(automatic->rowCount(QStringLiteral("patients")), inBackup + 1);
        signInAgain();
        QCOMPARE(patientCount(), inBackup);
        QDir folder(m_dir.path());
        QVERIFY(folder.entryList({QStringLiteral("*.before-restore*")}, QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestBackupController)
#include "TestBackupController.moc"
