// Export, verify and restore of whole backups on real encrypted data folders, and every kind of bad
// input an admin can meet: truncated or altered files, a wrong passphrase, a newer format, a file
// that is not a backup, a disk that fills up, a cancelled export.
#include "core/backup/BackupReader.h"
#include "core/backup/BackupService.h"
#include "core/backup/BackupWriter.h"
#include "core/backup/DeviceIdentity.h"
#include "core/backup/PagePipe.h"
#include "core/clinic/AuditLog.h"
#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/demo/DemoClinic.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/Connection.h"
#include "core/storage/DataFolder.h"
#include "core/storage/DurableFile.h"
#include "tests/support/Why.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace outpost;
using namespace outpost::backup;

namespace {

const QString kAdmin = QStringLiteral("amina");
const QString kPassword = QStringLiteral("granite-harbour-71");
const QString kPassphrase = QStringLiteral("blue heron at dawn 42");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write a test file");
    file.write(bytes);
}

/// A sink that fails like a full disk once @p limit bytes have gone through it.
class FillingDiskSink final : public BackupSink
{
public:
    FillingDiskSink(FileSink& inner, qint64 limit) : m_inner(inner), m_limit(limit) {}
    Result<void> write(const char* data, qsizetype size) override
    {
        if (m_written + size > m_limit) {
            (void)m_inner.write(data, m_limit - m_written);
            errno = ENOSPC;
            return storage::DurableFile::errorFor(ENOSPC, QStringLiteral("write the backup"), m_inner.path());
        }
        m_written += size;
        return m_inner.write(data, size);
    }
    Result<void> commit() override { return m_inner.commit(); }
    void abandon() override { m_inner.abandon(); }

private:
    FileSink& m_inner;
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    SystemClock m_clock;
    QString m_data;
    QString m_recoveryKey;
    std::unique_ptr<clinic::Clinic> m_clinic;
    QString m_backup; ///< a good backup of m_clinic, made once
    qint64 m_patients = 0;

    QString path(const QString& name) const { return m_root.filePath(name); }

    static qint64 count(storage::Database& database, const QString& table)
    {
        qint64 n = -1;
        (void)database.read([&](storage::Connection& reader) -> Result<void> {
            auto value = reader.queryValue(QStringLiteral("SELECT count(*) FROM ") + table);
            if (value)
                n = value->toLongLong();
            return {};
        });
        return n;
    }

    ExportSource source() const
    {
        return ExportSource{
            m_clinic->database(), m_clinic->dataKey(), QDir(m_data).filePath(crypto::Keyring::fileName()), {}};
    }

    StreamKey passphraseKey() const
    {
        auto key = StreamKey::fromPassphrase(kPassphrase, crypto::KdfParameters::interactive());
        if (!key)
            qFatal("cannot derive a key");
        return std::move(*key);
    }

    QString deviceId(storage::Database& database)
    {
        QString id;
        (void)database.read([&](storage::Connection& reader) -> Result<void> {
            auto read = DeviceIdentity::read(reader);
            if (read)
                id = *read;
            return {};
        });
        return id;
    }

    QStringList leftovers(const QString& folder) const
    {
        return QDir(folder).entryList(
            {QStringLiteral("*.partial-*"), QStringLiteral(".outpost-snapshot-*"), QStringLiteral(".outpost-verify-*")},
            QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_data = path(QStringLiteral("data"));
        storage::DataFolder folder(m_data, clinic::clinicMigrations(), m_clock);
        auto recovery =
            folder.init(QStringLiteral("Clinique du Lac"), kAdmin, kPassword, crypto::KdfParameters::interactive());
        QVERIFY2(recovery, testing::why(recovery).constData());
        m_recoveryKey = recovery->text();
        auto opened = clinic::Clinic::open(m_data, kAdmin, kPassword, m_clock);
        QVERIFY2(opened, testing::why(opened).constData());
        m_clinic = std::move(*opened);
        auto filled = demo::fillDemoClinic(*m_clinic, 300, 11);
        QVERIFY2(filled, testing::why(filled).constData());
        m_patients = count(m_clinic->database(), QStringLiteral("patients"));
        QCOMPARE(m_patients, 300);

        m_backup = path(QStringLiteral("good.outpostbackup"));
        auto exported = BackupService::exportTo(m_backup, source(), passphraseKey(), m_clock);
        QVERIFY2(exported, testing::why(exported).constData());
        QCOMPARE(exported->header.rowCount(QStringLiteral("patients")), m_patients);
        QVERIFY(exported->fileBytes < exported->databaseBytes); // compressed
    }

    void cleanupTestCase() { m_clinic.reset(); }

    void exportedBackupVerifiesWithItsCountsAndNoPlaintext()
    {
        auto verified = BackupService::verify(m_backup, {kPassphrase, {}});
        QVERIFY2(verified, testing::why(verified).constData());
        QCOMPARE(verified->rowCount(QStringLiteral("patients")), m_patients);
        QVERIFY(verified->rowCount(QStringLiteral("audit_log")) > 0);
        QCOMPARE(verified->schemaVersion, int(clinic::clinicMigrations().size()));
        QCOMPARE(verified->formatVersion, format::kVersion);

        // No name, no SQLite header and no working copy anywhere.
        const QByteArray bytes = readAll(m_backup);
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("Clinique du Lac"));
        QVERIFY(!bytes.contains("rita"));
        QVERIFY(leftovers(m_data).isEmpty());
        QVERIFY(leftovers(m_root.path()).isEmpty());
        QVERIFY(leftovers(QDir::tempPath()).isEmpty());
    }

    void restoreIntoANewFolderOpensForTheSameUsersWithANewDeviceId()
    {
        const QString target = path(QStringLiteral("restored"));
        auto restored = BackupService::restoreInto(m_backup, {kPassphrase, {}}, target, m_clock);
        QVERIFY2(restored, testing::why(restored).constData());
        QVERIFY(isUuidV7(restored->deviceId));
        QVERIFY(restored->deviceId != deviceId(m_clinic->database()));

        // The demo receptionist logs into the restored clinic with her own password.
        auto rita = clinic::Clinic::open(target, QString::fromLatin1(demo::kDemoUsers[0].name),
                                         QString::fromLatin1(demo::kDemoUsers[0].password), m_clock);
        QVERIFY2(rita, testing::why(rita).constData());
        QCOMPARE(count((*rita)->database(), QStringLiteral("patients")), m_patients);
        QCOMPARE(deviceId((*rita)->database()), restored->deviceId);
        rita->reset();
        auto admin = clinic::Clinic::open(target, kAdmin, kPassword, m_clock);
        QVERIFY2(admin, testing::why(admin).constData());
        admin->reset();

        // And the recovery key shown at set-up still opens it.
        auto key = crypto::RecoveryKey::parse(m_recoveryKey);
        QVERIFY(key);
        storage::DataFolder folder(target, clinic::clinicMigrations(), m_clock);
        auto recovered = folder.unlockWithRecoveryKey(*key, kAdmin, QStringLiteral("new-granite-harbour-72"),
                                                      crypto::KdfParameters::interactive());
        QVERIFY2(recovered, testing::why(recovered).constData());
        (*recovered)->close();

        // A second restore into the same folder is refused; nothing is overwritten.
        auto again = BackupService::restoreInto(m_backup, {kPassphrase, {}}, target, m_clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Invalid);
    }

    void snapshotIsConsistentWhileTheClinicKeepsWriting()
    {
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::thread writer([&] {
            while (!stop) {
                auto done = m_clinic->database().write([&](storage::Connection& connection) {
                    return clinic::AuditLog::append(connection, m_clock, &m_clinic->session(),
                                                    QStringLiteral("test.write"));
                });
                if (done)
                    ++written;
            }
        });
        const QString file = path(QStringLiteral("busy.outpostbackup"));
        int steps = 0;
        auto exported = BackupService::exportTo(file, source(), passphraseKey(), m_clock, [&](qint64, qint64) {
            ++steps;
            return true;
        });
        stop = true;
        writer.join();
        QVERIFY2(exported, testing::why(exported).constData());
        QVERIFY(written > 0);
        QVERIFY(steps >= 2);
        // The counts in the header are those of one snapshot, and the pages agree with them.
        auto verified = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY2(verified, testing::why(verified).constData());
        QVERIFY(verified->rowCount(QStringLiteral("audit_log")) <
                count(m_clinic->database(), QStringLiteral("audit_log")) + 1);
    }

    void recoveryKeyBackupNeedsTheRecoveryKey()
    {
        auto recovery = crypto::RecoveryKey::parse(m_recoveryKey);
        QVERIFY(recovery);
        auto key = StreamKey::fromRecoveryKey(*recovery);
        QVERIFY(key);
        const QString file = path(QStringLiteral("recovery.outpostbackup"));
        auto exported = BackupService::exportTo(file, source(), *key, m_clock);
        QVERIFY2(exported, testing::why(exported).constData());
        BackupSecret secret;
        secret.recoveryKey = std::move(*recovery);
        auto withKey = BackupService::verify(file, secret);
        QVERIFY2(withKey, testing::why(withKey).constData());
        auto withPassphrase = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY(!withPassphrase);
        QCOMPARE(withPassphrase.error().code, ErrorCode::WrongCredentials);
    }

    void wrongPassphraseIsWrongCredentials()
    {
        auto verified = BackupService::verify(m_backup, {QStringLiteral("not the passphrase"), {}});
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(verified.error().message, QStringLiteral("Wrong backup passphrase."));
        QVERIFY(leftovers(QDir::tempPath()).isEmpty());
    }

    void truncatedBackupIsDamaged_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("cut inside the header") << 0.00005;
        QTest::newRow("cut after a quarter") << 0.25;
        QTest::newRow("cut in the middle") << 0.5;
        QTest::newRow("only the last byte missing") << -1.0;
    }
    void truncatedBackupIsDamaged()
    {
        QFETCH(double, keep);
        const QByteArray good = readAll(m_backup);
        const qsizetype size = keep < 0 ? good.size() - 1 : qsizetype(double(good.size()) * keep);
        const QString file = path(QStringLiteral("truncated.outpostbackup"));
        writeAll(file, good.left(size));
        auto verified = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::Damaged);
        const QString target = path(QStringLiteral("from-truncated"));
        auto restored = BackupService::restoreInto(file, {kPassphrase, {}}, target, m_clock);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Damaged);
        QVERIFY(!QFile::exists(QDir(target).filePath(storage::DataFolder::databaseFileName())));
        QVERIFY(!QFile::exists(QDir(target).filePath(crypto::Keyring::fileName())));
    }

    void oneFlippedByteAnywhereIsDetected_data()
    {
        QTest::addColumn<double>("where");
        QTest::addColumn<int>("offset");
        QTest::newRow("magic") << 0.0 << 0;
        QTest::newRow("header length") << 0.0 << 12;
        QTest::newRow("header JSON") << 0.0 << 40;
        QTest::newRow("stream header and hash") << 0.0 << -1;
        QTest::newRow("keys chunk") << 0.0 << -2;
        QTest::newRow("early data") << 0.2 << 0;
        QTest::newRow("middle") << 0.5 << 0;
        QTest::newRow("late data") << 0.9 << 0;
        QTest::newRow("final chunk") << 1.0 << -3;
    }
    void oneFlippedByteAnywhereIsDetected()
    {
        QFETCH(double, where);
        QFETCH(int, offset);
        QByteArray bytes = readAll(m_backup);
        const quint32 jsonSize = qFromBigEndian<quint32>(bytes.constData() + 10);
        const qsizetype headerEnd = 14 + qsizetype(jsonSize) + 24 + 32;
        qsizetype at = qsizetype(double(bytes.size() - 1) * where) + offset;
        if (offset == -1)
            at = headerEnd - 20;
        else if (offset == -2)
            at = headerEnd + 10;
        else if (offset == -3)
            at = bytes.size() - 5;
        bytes[at] = char(bytes[at] ^ 0x04);
        const QString file = path(QStringLiteral("flipped.outpostbackup"));
        writeAll(file, bytes);
        auto verified = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::Damaged);
    }

    void newerFormatVersionIsRefusedWithAClearMessage()
    {
        QByteArray bytes = readAll(m_backup);
        qToBigEndian(quint16(format::kVersion + 1), bytes.data() + 8);
        const QString file = path(QStringLiteral("newer.outpostbackup"));
        writeAll(file, bytes);
        auto verified = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::Invalid);
        QVERIFY2(verified.error().message.contains(QLatin1String("newer version of Outpost")),
                 qPrintable(verified.error().message));
    }

    void aFileThatIsNotABackupIsRefused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("Patient list, printed 2026-11-25\n").repeated(50);
        QTest::newRow("an Outpost database")
            << readAll(QDir(m_data).filePath(QStringLiteral("outpost.db"))).left(65536);
    }
    void aFileThatIsNotABackupIsRefused()
    {
        QFETCH(QByteArray, contents);
        const QString file = path(QStringLiteral("not-a-backup.outpostbackup"));
        writeAll(file, contents);
        auto verified = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::Damaged);
        QCOMPARE(verified.error().message, QStringLiteral("This file is not an Outpost backup."));
    }

    void diskFillingDuringExportLeavesNoPartialFile()
    {
        const QString folder = path(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(folder));
        FileSink file(QDir(folder).filePath(QStringLiteral("full.outpostbackup")));
        QVERIFY(file.open());
        FillingDiskSink sink(file, 64 * 1024);
        auto exported = BackupWriter::write(source(), passphraseKey(), sink, m_clock);
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::DiskFull);
        QVERIFY2(exported.error().message.contains(QLatin1String("the disk is full")),
                 qPrintable(exported.error().message));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(leftovers(m_data).isEmpty());
    }

    void destinationProblemsAreClear()
    {
        auto missing = BackupService::exportTo(path(QStringLiteral("no-such-disk/b.outpostbackup")), source(),
                                               passphraseKey(), m_clock);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("is the disk connected")));
        auto existing = BackupService::exportTo(m_backup, source(), passphraseKey(), m_clock);
        QVERIFY(!existing);
        QCOMPARE(existing.error().code, ErrorCode::Invalid);
        QVERIFY(BackupService::verify(m_backup, {kPassphrase, {}})); // left as it was
    }

    void cancelledExportLeavesNoFile()
    {
        const QString file = path(QStringLiteral("cancelled.outpostbackup"));
        int calls = 0;
        auto exported = BackupService::exportTo(file, source(), passphraseKey(), m_clock,
                                                [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(file));
        QVERIFY(leftovers(m_root.path()).isEmpty());
        QVERIFY(leftovers(m_data).isEmpty());
    }

    void aPageOutOfOrderStopsThePipe()
    {
        int received = 0;
        auto pipe = PagePipe::open([&](const char*, int count) -> Result<void> {
            received += count;
            return {};
        });
        QVERIFY2(pipe, testing::why(pipe).constData());
        const QByteArray page(format::kPageSize, 'p');
        QCOMPARE((*pipe)->write(page.constData(), format::kPageSize, qint64(format::kPageSize)), SQLITE_OK); // page 2
        QCOMPARE((*pipe)->write(page.constData(), format::kPageSize, 3 * qint64(format::kPageSize)),
                 SQLITE_IOERR_WRITE); // page 4 before page 3
        QVERIFY((*pipe)->failedOnOrder());
        QVERIFY2((*pipe)->failure()->message.contains(QLatin1String("page 4 where page 3")),
                 qPrintable((*pipe)->failure()->message));
        QVERIFY(!(*pipe)->finish(4));
        QCOMPARE(received, 0); // page 2 waited in a batch, and nothing goes on after a refusal
    }

    void aReadOfAPagePassedOnStopsThePipe()
    {
        // SQLite never reads back a page of a copy it fills; if it did, the page has already gone on
        // into the backup, and the export must take the working copy instead.
        auto pipe = PagePipe::open([](const char*, int) -> Result<void> { return {}; });
        QVERIFY2(pipe, testing::why(pipe).constData());
        QByteArray page(format::kPageSize, 'p');
        QCOMPARE((*pipe)->write(page.constData(), format::kPageSize, 0), SQLITE_OK);                         // page 1
        QCOMPARE((*pipe)->write(page.constData(), format::kPageSize, qint64(format::kPageSize)), SQLITE_OK); // page 2
        QCOMPARE((*pipe)->read(page.data(), 100, 0), SQLITE_OK); // page 1 is kept until the end
        QVERIFY(!(*pipe)->failure());
        QCOMPARE((*pipe)->read(page.data(), format::kPageSize, qint64(format::kPageSize)), SQLITE_IOERR_READ);
        QVERIFY((*pipe)->failedOnOrder());
        QVERIFY(!(*pipe)->finish(2));
    }

    void thePipeCarriesTheLockBytePageOfLargeFilesAsZeros()
    {
        // Files over 1 GiB skip the page holding SQLite's lock bytes; the stream keeps its place.
        constexpr quint32 kLockPage = 0x40000000 / format::kPageSize + 1;
        quint32 received = 0;
        bool zeroAtLockPage = false;
        auto pipe = PagePipe::open([&](const char* pages, int count) -> Result<void> {
            for (int i = 0; i < count; ++i) {
                const quint32 page = 2 + received + quint32(i);
                const char* bytes = pages + qsizetype(i) * format::kPageSize;
                if (page == kLockPage)
                    zeroAtLockPage = std::all_of(bytes, bytes + format::kPageSize, [](char c) { return c == 0; });
            }
            received += quint32(count);
            return {};
        });
        QVERIFY2(pipe, testing::why(pipe).constData());
        const QByteArray page(format::kPageSize, 'p');
        for (quint32 number = 1; number <= kLockPage + 2; ++number) {
            if (number == kLockPage)
                continue;
            QCOMPARE((*pipe)->write(page.constData(), format::kPageSize, qint64(number - 1) * format::kPageSize),
                     SQLITE_OK);
        }
        auto finished = (*pipe)->finish(kLockPage + 2);
        QVERIFY2(finished, testing::why(finished).constData());
        QCOMPARE(received, kLockPage + 1); // pages 2…N, the lock-byte page included
        QVERIFY(zeroAtLockPage);
        QCOMPARE(QByteArray((*pipe)->firstPage(), format::kPageSize), page);
    }

    void whenThePipeCannotStreamTheWorkingCopyMakesTheBackup()
    {
        // The fault the pipe guards against: SQLite writing a page out of order halfway through.
        BackupWriter::breakPipeAtPageForTesting(6);
        const QString file = path(QStringLiteral("working-copy.outpostbackup"));
        auto exported = BackupService::exportTo(file, source(), passphraseKey(), m_clock);
        BackupWriter::breakPipeAtPageForTesting(0);
        QVERIFY2(exported, testing::why(exported).constData());
        QVERIFY(exported->workingCopy);
        QCOMPARE(QFileInfo(file).size(), exported->fileBytes); // the first attempt's bytes are gone
        auto verified = BackupService::verify(file, {kPassphrase, {}});
        QVERIFY2(verified, testing::why(verified).constData());
        QCOMPARE(verified->rowCount(QStringLiteral("patients")), m_patients);
        QVERIFY(leftovers(m_data).isEmpty());
        QVERIFY(leftovers(m_root.path()).isEmpty());
    }

    void aBackupInTheFirstFormatStillRestores()
    {
        // Made by outpostctl before format 2 (pages 1…N in one stream): 3 patients, admin's
        // password "fixture-pass-9271".
        const QString fixture = QStringLiteral(OUTPOST_SOURCE_DIR "/tests/data/backup-format-1.outpostbackup");
        const BackupSecret secret{QStringLiteral("fixture backup passphrase"), {}};
        auto verified = BackupService::verify(fixture, secret);
        QVERIFY2(verified, testing::why(verified).constData());
        QCOMPARE(verified->formatVersion, quint16(1));
        QCOMPARE(verified->rowCount(QStringLiteral("patients")), 3);
        const QString target = path(QStringLiteral("from-format-1"));
        auto restored = BackupService::restoreInto(fixture, secret, target, m_clock);
        QVERIFY2(restored, testing::why(restored).constData());
        auto admin =
            clinic::Clinic::open(target, QStringLiteral("admin"), QStringLiteral("fixture-pass-9271"), m_clock);
        QVERIFY2(admin, testing::why(admin).constData());
        QCOMPARE(count((*admin)->database(), QStringLiteral("patients")), 3);
    }

    void replacingTheDataFolderKeepsARollbackUntilVerified()
    {
        // A copy of the clinic to replace: restored from the backup, then changed after it.
        const QString current = path(QStringLiteral("current"));
        QVERIFY(BackupService::restoreInto(m_backup, {kPassphrase, {}}, current, m_clock));
        {
            auto opened = clinic::Clinic::open(current, kAdmin, kPassword, m_clock);
            QVERIFY2(opened, testing::why(opened).constData());
            QVERIFY((*opened)->database().write([](storage::Connection& writer) {
                return writer.execute(QStringLiteral("DELETE FROM patient_words"));
            }));
        }
        // A damaged backup changes nothing.
        QByteArray bytes = readAll(m_backup);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        const QString damaged = path(QStringLiteral("damaged.outpostbackup"));
        writeAll(damaged, bytes);
        auto failed = BackupService::replaceDataFolder(damaged, {kPassphrase, {}}, current, m_clock);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Damaged);
        {
            auto opened = clinic::Clinic::open(current, kAdmin, kPassword, m_clock);
            QVERIFY2(opened, testing::why(opened).constData());
            QCOMPARE(count((*opened)->database(), QStringLiteral("patient_words")), 0);
        }
        // The good backup replaces it, and no rollback copy or staging folder stays behind.
        auto replaced = BackupService::replaceDataFolder(m_backup, {kPassphrase, {}}, current, m_clock);
        QVERIFY2(replaced, testing::why(replaced).constData());
        auto opened = clinic::Clinic::open(current, kAdmin, kPassword, m_clock);
        QVERIFY2(opened, testing::why(opened).constData());
        QVERIFY(count((*opened)->database(), QStringLiteral("patient_words")) > 0);
        QCOMPARE(QDir(current).entryList({QStringLiteral("*.before-restore*"), QStringLiteral(".restore-staging")},
                                         QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    /// Last: it makes the clinic big enough that the working copy's cache spills pages before page 1.
    void aLargerClinicRoundTrips()
    {
        clinic::SearchIndex index;
        clinic::PatientService patients(m_clinic->context(), index);
        demo::DemoPeople people(99);
        std::vector<domain::Patient> batch;
        batch.reserve(15000);
        for (int i = 0; i < 15000; ++i)
            batch.push_back(people.next());
        clinic::Session reception = m_clinic->session();
        reception.role = auth::Role::Reception;
        auto imported = patients.importMany(reception, std::move(batch));
        QVERIFY2(imported, testing::why(imported).constData());
        const QString file = path(QStringLiteral("large.outpostbackup"));
        auto exported = BackupService::exportTo(file, source(), passphraseKey(), m_clock);
        QVERIFY2(exported, testing::why(exported).constData());
        QVERIFY(exported->databaseBytes > 4 * 1024 * 1024);
        const QString target = path(QStringLiteral("large-restored"));
        auto restored = BackupService::restoreInto(file, {kPassphrase, {}}, target, m_clock);
        QVERIFY2(restored, testing::why(restored).constData());
        QCOMPARE(restored->header.rowCount(QStringLiteral("patients")), m_patients + 15000);
    }

    void readerRejectsHugeChunkLengthsWithoutAllocating()
    {
        QByteArray bytes = readAll(m_backup);
        const quint32 jsonSize = qFromBigEndian<quint32>(bytes.constData() + 10);
        const qsizetype firstChunk = 14 + qsizetype(jsonSize) + 24 + 32;
        qToBigEndian(quint32(0xFFFFFFF0u), bytes.data() + firstChunk);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        BackupReader reader(buffer);
        auto header = reader.readHeader();
        QVERIFY(header);
        auto key = StreamKey::forHeader(*header, kPassphrase, std::nullopt);
        QVERIFY(key);
        auto read = reader.read(key->key, {});
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
