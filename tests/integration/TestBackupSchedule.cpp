// Automatic backups over simulated weeks: when the daily backup is due, which old files retention
// keeps (N daily, M weekly, K monthly), the state and the audit trail, driven by a FakeClock.
#include "core/backup/AutomaticBackup.h"
#include "core/backup/BackupSchedule.h"
#include "core/backup/BackupService.h"
#include "core/clinic/AuditLog.h"
#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/storage/Connection.h"
#include "core/storage/DataFolder.h"
#include "tests/support/Why.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::backup;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;
const QTimeZone kUtc = QTimeZone::utc();

qint64 at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kUtc).toMSecsSinceEpoch();
}

AutomaticBackupSettings daily(int hour, const QString& folder = QStringLiteral("/backups"))
{
    AutomaticBackupSettings settings;
    settings.enabled = true;
    settings.minuteOfDay = hour * 60;
    settings.folder = folder;
    return settings;
}

} // namespace

class TestBackupSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueOnceADayAtTheSetTimeAndCaughtUpAfterDowntime()
    {
        FakeClock clock(at(2026, 11, 2, 19, 0));
        const BackupSchedule schedule(clock, daily(20), kUtc);
        AutomaticBackupState state;
        state.lastSuccessMs = at(2026, 11, 1, 20, 5);
        state.lastAttemptMs = state.lastSuccessMs;
        QVERIFY(!schedule.isDue(state)); // 19:00, yesterday's backup done
        clock.set(at(2026, 11, 2, 20, 0));
        QVERIFY(schedule.isDue(state)); // 20:00 sharp
        state.lastSuccessMs = state.lastAttemptMs = clock.nowMs();
        QVERIFY(!schedule.isDue(state));
        // The computer was off for three days: one backup when it comes back, not three.
        clock.set(at(2026, 11, 5, 8, 30));
        QVERIFY(schedule.isDue(state));
        state.lastSuccessMs = state.lastAttemptMs = clock.nowMs();
        QVERIFY(!schedule.isDue(state));
        clock.set(at(2026, 11, 5, 19, 59));
        QVERIFY(!schedule.isDue(state));
        QCOMPARE(schedule.nextSlotMs(), at(2026, 11, 5, 20, 0));
    }

    void aFailedAttemptIsRetriedAfterAnHour()
    {
        FakeClock clock(at(2026, 11, 2, 20, 0));
        const BackupSchedule schedule(clock, daily(20), kUtc);
        AutomaticBackupState state;
        state.lastAttemptMs = clock.nowMs();
        state.lastError = QStringLiteral("The folder does not exist");
        clock.advance(30 * 60 * 1000);
        QVERIFY(!schedule.isDue(state));
        clock.advance(30 * 60 * 1000);
        QVERIFY(schedule.isDue(state));
    }

    void disabledOrFolderlessIsNeverDue()
    {
        FakeClock clock(at(2026, 11, 2, 21, 0));
        AutomaticBackupSettings settings = daily(20);
        settings.enabled = false;
        QVERIFY(!BackupSchedule(clock, settings, kUtc).isDue({}));
        QVERIFY(!BackupSchedule(clock, daily(20, QString()), kUtc).isDue({}));
    }

    void warnsWhenTheLastGoodBackupIsTooOld()
    {
        FakeClock clock(at(2026, 11, 10, 9, 0));
        AutomaticBackupSettings settings = daily(20);
        settings.warnAfterDays = 3;
        const BackupSchedule schedule(clock, settings, kUtc);
        AutomaticBackupState state;
        QVERIFY(schedule.isOverdue(state)); // never backed up
        state.lastSuccessMs = at(2026, 11, 8, 20, 0);
        QVERIFY(!schedule.isOverdue(state));
        clock.set(at(2026, 11, 11, 20, 1));
        QVERIFY(schedule.isOverdue(state));
    }

    void retentionKeepsDailyWeeklyAndMonthly()
    {
        // One backup a day for 120 days (2026-07-01 … 2026-10-28), kept 7 daily, 4 weekly, 3 monthly.
        FakeClock clock(at(2026, 10, 28, 21, 0));
        AutomaticBackupSettings settings = daily(20);
        settings.keepDaily = 7;
        settings.keepWeekly = 4;
        settings.keepMonthly = 3;
        const BackupSchedule schedule(clock, settings, kUtc);
        std::vector<BackupFile> files;
        for (int d = 0; d < 120; ++d) {
            const qint64 ms = at(2026, 7, 1, 20, 0) + d * kDay;
            files.push_back({BackupService::defaultFileName(ms), ms});
        }
        const std::vector<QString> deleted = schedule.toDelete(files);
        QStringList kept;
        for (const BackupFile& file : files) {
            if (std::find(deleted.begin(), deleted.end(), file.name) == deleted.end())
                kept << file.name;
        }
        // 7 days (Oct 22–28); 4 ISO weeks: Oct 28 and Oct 25 (already daily), Sundays Oct 18 and 11;
        // 3 months: Oct 28 (daily), Sep 30 and Aug 31.
        QVERIFY(kept.contains(BackupService::defaultFileName(at(2026, 10, 28, 20))));
        QVERIFY(kept.contains(BackupService::defaultFileName(at(2026, 10, 22, 20))));
        QVERIFY(!kept.contains(BackupService::defaultFileName(at(2026, 10, 21, 20))));
        QVERIFY(kept.contains(BackupService::defaultFileName(at(2026, 10, 18, 20))));
        QVERIFY(kept.contains(BackupService::defaultFileName(at(2026, 10, 11, 20))));
        QVERIFY(!kept.contains(BackupService::defaultFileName(at(2026, 10, 4, 20))));
        QVERIFY(!kept.contains(BackupService::defaultFileName(at(2026, 9, 27, 20))));
        QVERIFY(kept.contains(BackupService::defaultFileName(at(2026, 9, 30, 20))));
        QVERIFY(kept.contains(BackupService::defaultFileName(at(2026, 8, 31, 20))));
        QVERIFY(!kept.contains(BackupService::defaultFileName(at(2026, 7, 31, 20))));
        QCOMPARE(kept.size(), 7 + 2 + 2);
    }

    void fileNamesRoundTripAndForeignFilesAreIgnored()
    {
        const qint64 ms = at(2026, 11, 25, 20, 0);
        QCOMPARE(BackupSchedule::timeFromName(BackupService::defaultFileName(ms)), ms);
        QCOMPARE(BackupSchedule::timeFromName(QStringLiteral("holiday-photos.outpostbackup")), -1);
        QCOMPARE(BackupSchedule::timeFromName(QStringLiteral("outpost-backup-20261125-200000.outpostbackup.partial-a")),
                 -1);
    }

    void automaticBackupsOverSixWeeksOnARealClinic()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        FakeClock clock(at(2026, 10, 1, 8, 0));
        const QString data = root.filePath(QStringLiteral("data"));
        const QString usb = root.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        storage::DataFolder folder(data, clinic::clinicMigrations(), clock);
        QVERIFY(folder.init(QStringLiteral("Clinique"), QStringLiteral("amina"), QStringLiteral("granite-harbour-71"),
                            crypto::KdfParameters::interactive()));
        auto opened = clinic::Clinic::open(data, QStringLiteral("amina"), QStringLiteral("granite-harbour-71"), clock);
        QVERIFY(opened);
        clinic::Clinic& clinic = **opened;
        const QString keyring = QDir(data).filePath(crypto::Keyring::fileName());

        // Not configured: nothing runs.
        auto idle = AutomaticBackup::runIfDue(clinic.database(), clinic.dataKey(), keyring, clock, kUtc);
        QVERIFY(idle);
        QVERIFY(!idle->ran);

        AutomaticBackupSettings settings = daily(20, usb);
        settings.keepDaily = 7;
        settings.keepWeekly = 3;
        settings.keepMonthly = 2;
        auto key =
            StreamKey::fromPassphrase(QStringLiteral("blue heron at dawn 42"), crypto::KdfParameters::interactive());
        QVERIFY(key);
        // Only admins configure it.
        clinic::Session reception = clinic.session();
        reception.role = auth::Role::Reception;
        QCOMPARE(AutomaticBackup::configure(clinic.database(), clock, reception, settings, nullptr).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(AutomaticBackup::configure(clinic.database(), clock, clinic.session(), settings, &*key));

        // Six weeks, the app checking every hour: the first backup at once (there is none yet), then
        // one a day at 20:00.
        int runs = 0;
        for (int hour = 0; hour < 42 * 24; ++hour) {
            clock.advance(kHour);
            auto outcome = AutomaticBackup::runIfDue(clinic.database(), clinic.dataKey(), keyring, clock, kUtc);
            QVERIFY2(outcome, testing::why(outcome).constData());
            if (outcome->ran) {
                QVERIFY2(!outcome->error, qPrintable(outcome->error ? outcome->error->message : QString()));
                ++runs;
            }
        }
        QCOMPARE(runs, 43);
        const QStringList files = QDir(usb).entryList(QDir::Files);
        // Nov 5–11 daily; weeks: Nov 11, Nov 8 (both daily) and Sunday Nov 1; months: Nov 11 and Oct 31.
        QVERIFY2(files.size() == 9, qPrintable(files.join(QLatin1Char(' '))));
        QCOMPARE(files.first(), QStringLiteral("outpost-backup-20261031-200000.outpostbackup"));
        QCOMPARE(files.at(1), QStringLiteral("outpost-backup-20261101-200000.outpostbackup"));
        // The newest one restores with the passphrase.
        auto verified =
            BackupService::verify(QDir(usb).filePath(files.last()), {QStringLiteral("blue heron at dawn 42"), {}});
        QVERIFY2(verified, testing::why(verified).constData());

        // Cancelled (the app closing during the run): a failed attempt, and no file is left behind.
        clock.advance(kDay);
        auto cancelled = AutomaticBackup::runIfDue(clinic.database(), clinic.dataKey(), keyring, clock, kUtc,
                                                   [](qint64, qint64) { return false; });
        QVERIFY(cancelled);
        QVERIFY(cancelled->ran);
        QVERIFY(cancelled->error);
        QCOMPARE(cancelled->error->code, ErrorCode::Cancelled);
        QVERIFY(cancelled->file.isEmpty());
        QCOMPARE(QDir(usb).entryList(QDir::Files | QDir::Hidden), files);

        // The USB disk is unplugged: the failure is recorded and audited, and the warning comes.
        QVERIFY(QDir(usb).removeRecursively());
        clock.advance(kDay);
        auto failed = AutomaticBackup::runIfDue(clinic.database(), clinic.dataKey(), keyring, clock, kUtc);
        QVERIFY(failed);
        QVERIFY(failed->ran);
        QVERIFY(failed->error);
        AutomaticBackupState state;
        std::vector<clinic::AuditEvent> events;
        QVERIFY(clinic.database().read([&](storage::Connection& reader) -> Result<void> {
            state = *AutomaticBackupState::load(reader);
            clinic::AuditFilter filter;
            filter.action = QStringLiteral("backup.");
            filter.limit = 1000;
            events = *clinic::AuditLog::query(reader, filter);
            return {};
        }));
        QVERIFY(state.lastError.contains(QLatin1String("does not exist")));
        QVERIFY(state.lastSuccessMs > 0);
        QCOMPARE(events.front().action, QStringLiteral("backup.auto.failed"));
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const clinic::AuditEvent& e) { return e.action == QLatin1String("backup.auto"); }),
                 43);
        QCOMPARE(events.back().action, QStringLiteral("backup.settings"));
        clock.advance(2 * kDay);
        QVERIFY(BackupSchedule(clock, settings, kUtc).isOverdue(state));
    }
};

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "TestBackupSchedule.moc"
