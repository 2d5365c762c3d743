// BackupController, the view model behind File → Export/Verify/Restore backup and the automatic
// backup settings, driving the real core on the clinic thread.
#include "BackupController.h"
#include "ClinicController.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/KdfParameters.h"
#include "core/demo/DemoClinic.h"
#include "core/storage/Connection.h"
#include "core/storage/DataFolder.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::ui;

namespace {
const QString kAdmin = QStringLiteral("amina");
const QString kPassword = QStringLiteral("granite-harbour-71");
const QString kPassphrase = QStringLiteral("blue heron at dawn 42");
} // namespace

class TestBackupController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    SystemClock m_clock;
    std::unique_ptr<ClinicController> m_clinic;

    /// Patients in the open clinic, read on the clinic thread.
    qint64 patientCount()
    {
        qint64 count = -1;
        m_clinic->post<qint64>(
            this,
            [](clinic::Clinic& c) -> Result<qint64> {
                qint64 n = 0;
                auto read = c.database().read([&n](storage::Connection& reader) -> Result<void> {
                    auto value = reader.queryValue(QStringLiteral("SELECT count(*) FROM patients"));
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
        QTRY_VERIFY_WITH_TIMEOUT(status.size() >= 2 && backup.lastSuccessMs() > 0, 60'000);
        QVERIFY(!backup.overdue());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
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

        backup.replaceWithBackup(file, kPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!backup.running(), 120'000);
        QVERIFY2(failed.size() == 1, qPrintable(failed.last().first().toString()));
        QCOMPARE(finished.size(), 2);
        QVERIFY(finished.last().first().toString().contains(QString::number(inBackup)));
        signInAgain();
        QCOMPARE(patientCount(), inBackup);
        QDir folder(m_dir.path());
        QVERIFY(folder.entryList({QStringLiteral("*.before-restore*")}, QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestBackupController)
#include "TestBackupController.moc"
