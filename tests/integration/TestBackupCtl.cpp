// outpostctl backup export | verify | restore as an admin runs them, each as a real subprocess:
// the round trip, roles, and the exit codes 3 (wrong passphrase) and 4 (damaged or truncated).
#include "tests/support/CtlProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

const QString kAdmin = QStringLiteral("amina");
const QString kPassword = QStringLiteral("granite-harbour-71");
const QString kPassphrase = QStringLiteral("blue heron at dawn 42");

} // namespace

class TestBackupCtl : public QObject
{
    Q_OBJECT

    using Run = outpost::testing::CtlRun;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_backup;

    QString file(const QString& name, const QString& contents)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        out.write(contents.toUtf8());
        return path;
    }

    Run run(const QStringList& arguments, bool asNobody = false)
    {
        return outpost::testing::runCtl(QStringLiteral(OUTPOSTCTL_PATH), arguments,
                                        outpost::testing::ctlEnvironment(m_dir.path()), asNobody);
    }

    Run as(const QString& user, const QString& password, const QStringList& command, const QString& data = {})
    {
        return run(QStringList{QStringLiteral("--data-dir"), data.isEmpty() ? m_data : data, QStringLiteral("--user"),
                               user, QStringLiteral("--password-file"),
                               file(QStringLiteral("signin.txt"), password + QLatin1Char('\n'))} +
                   command);
    }

    QString passphraseFile(const QString& passphrase = kPassphrase)
    {
        return file(QStringLiteral("passphrase.txt"), passphrase + QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const Run made = run({QStringLiteral("--data-dir"), m_data, QStringLiteral("init"), QStringLiteral("--clinic"),
                              QStringLiteral("Clinique du Lac"), QStringLiteral("--admin"), kAdmin,
                              QStringLiteral("--password-file"), file(QStringLiteral("admin.txt"), kPassword),
                              QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Run demo =
            as(kAdmin, kPassword, {QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("40")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_backup = m_dir.filePath(QStringLiteral("clinic.outpostbackup"));
        const Run exported =
            as(kAdmin, kPassword,
               {QStringLiteral("backup"), QStringLiteral("export"), m_backup, QStringLiteral("--passphrase-file"),
                passphraseFile(), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QLatin1String("40 patients")));
        QVERIFY(QFile::exists(m_backup));
    }

    void verifyReportsAnIntactBackup()
    {
        const Run verified = run({QStringLiteral("backup"), QStringLiteral("verify"), m_backup,
                                  QStringLiteral("--passphrase-file"), passphraseFile()});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.contains(QLatin1String("is intact")));
        QVERIFY(verified.out.contains(QLatin1String("40 patients")));
    }

    void restoreToANewFolderSignsInTheSameUsers()
    {
        const QString target = m_dir.filePath(QStringLiteral("restored"));
        const Run restored =
            run({QStringLiteral("backup"), QStringLiteral("restore"), m_backup, QStringLiteral("--passphrase-file"),
                 passphraseFile(), QStringLiteral("--to"), target});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QLatin1String("new device identity")));
        const Run stats =
            as(QStringLiteral("rita"), QStringLiteral("front-desk-2026"), {QStringLiteral("stats")}, target);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY(stats.out.contains(QLatin1String("patients")));
        const Run audit = as(kAdmin, kPassword, {QStringLiteral("audit"), QStringLiteral("verify")}, target);
        QCOMPARE(audit.exitCode, 0);
    }

    void onlyAdminsExport()
    {
        const Run refused =
            as(QStringLiteral("rita"), QStringLiteral("front-desk-2026"),
               {QStringLiteral("backup"), QStringLiteral("export"),
                m_dir.filePath(QStringLiteral("rita.outpostbackup")), QStringLiteral("--passphrase-file"),
                passphraseFile(), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("rita.outpostbackup"))));
    }

    void wrongPassphraseExitsThree()
    {
        const Run wrong = run({QStringLiteral("backup"), QStringLiteral("verify"), m_backup,
                               QStringLiteral("--passphrase-file"), passphraseFile(QStringLiteral("not it at all"))});
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(wrong.err.trimmed().split(QLatin1Char('\n')).last(), QStringLiteral("Wrong backup passphrase."));
        const Run restore = run({QStringLiteral("backup"), QStringLiteral("restore"), m_backup,
                                 QStringLiteral("--passphrase-file"), passphraseFile(QStringLiteral("not it at all")),
                                 QStringLiteral("--to"), m_dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(restore.exitCode, 3);
    }

    void damagedOrTruncatedExitsFour_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("truncated") << true;
        QTest::newRow("one byte flipped") << false;
    }
    void damagedOrTruncatedExitsFour()
    {
        QFETCH(bool, truncate);
        QFile in(m_backup);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        if (truncate)
            bytes.chop(bytes.size() / 3);
        else
            bytes[bytes.size() * 2 / 3] = char(bytes[bytes.size() * 2 / 3] ^ 0x10);
        const QString bad = m_dir.filePath(QStringLiteral("bad.outpostbackup"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const Run verified = run({QStringLiteral("backup"), QStringLiteral("verify"), bad,
                                  QStringLiteral("--passphrase-file"), passphraseFile()});
        QCOMPARE(verified.exitCode, 4);
        const QString target = m_dir.filePath(QStringLiteral("from-bad"));
        const Run restored =
            run({QStringLiteral("backup"), QStringLiteral("restore"), bad, QStringLiteral("--passphrase-file"),
                 passphraseFile(), QStringLiteral("--to"), target});
        QCOMPARE(restored.exitCode, 4);
        QVERIFY(!QFile::exists(target + QStringLiteral("/outpost.db")));
    }

    void unwritableDestinationIsRefusedClearly()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() != 0)
            QSKIP("needs root to run outpostctl as nobody");
        const QString readOnly = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(::chmod(QFile::encodeName(readOnly).constData(), 0555) == 0);
        // nobody must be able to read the backup and the passphrase, and reach the folder.
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        QFile(m_backup).setPermissions(QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
        const QString passphrase = passphraseFile();
        QFile(passphrase).setPermissions(QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
        const Run restored = run({QStringLiteral("backup"), QStringLiteral("restore"), m_backup,
                                  QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--to"), readOnly},
                                 true);
        QCOMPARE(restored.exitCode, 5);
        QVERIFY2(restored.err.contains(QLatin1String("read-only")), qPrintable(restored.err));
        QVERIFY(QDir(readOnly).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
#endif
    }

    void replaceAsksForConfirmationFirst()
    {
        const Run asked =
            run({QStringLiteral("--data-dir"), m_data, QStringLiteral("backup"), QStringLiteral("restore"), m_backup,
                 QStringLiteral("--passphrase-file"), passphraseFile(), QStringLiteral("--replace")});
        QCOMPARE(asked.exitCode, 2);
        QVERIFY(asked.err.contains(QLatin1String("will be lost")));
        const Run replaced = run({QStringLiteral("--data-dir"), m_data, QStringLiteral("backup"),
                                  QStringLiteral("restore"), m_backup, QStringLiteral("--passphrase-file"),
                                  passphraseFile(), QStringLiteral("--replace"), QStringLiteral("--yes")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        const Run stats = as(kAdmin, kPassword, {QStringLiteral("stats")});
        QCOMPARE(stats.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupCtl)
#include "TestBackupCtl.moc"
