#include "tests/support/CtlProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

namespace {

const QString kClinic = QStringLiteral("Clinique du Lac");
const QString kAdmin = QStringLiteral("Amina");
const QString kPassword = QStringLiteral("granite-harbour-71");
const QString kWrong = QStringLiteral("Wrong user name or password.\n");
constexpr int kPage = 4096;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

QString recoveryKeyIn(const QString& out)
{
    static const QRegularExpression line(QStringLiteral("^Recovery key: ([0-9A-Z-]{69})$"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(out);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

/// outpostctl on an encrypted data folder, as an admin meets it: init, check, passwd, recovery,
/// key rotation, damage and read-only folders, each with its exit code and sentence.
class TestCtlDataFolder : public QObject
{
    Q_OBJECT

    using Run = outpost::testing::CtlRun;

    QTemporaryDir m_home;
    QTemporaryDir m_template; ///< a data folder made once by init; each test works on a copy
    Run m_made;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_recoveryKey;

    QString file(const QString& name, const QString& contents)
    {
        const QString path = m_dir->filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        out.write(contents.toUtf8());
        return path;
    }

    Run run(const QStringList& arguments, bool asNobody = false)
    {
        return outpost::testing::runCtl(QStringLiteral(OUTPOSTCTL_PATH), arguments,
                                        outpost::testing::ctlEnvironment(m_home.path()), asNobody, 60000);
    }

    /// `--data-dir DATA --user USER --password-file (a file holding PASSWORD) COMMAND…`
    Run as(const QString& user, const QString& password, const QStringList& command)
    {
        const QString passwordFile = file(QStringLiteral("signin.txt"), password + QLatin1Char('\n'));
        return run(QStringList{QStringLiteral("--data-dir"), m_data, QStringLiteral("--user"), user,
                               QStringLiteral("--password-file"), passwordFile} +
                   command);
    }

    Run check(const QString& user = kAdmin, const QString& password = kPassword)
    {
        return as(user, password, {QStringLiteral("check")});
    }

private Q_SLOTS:
    /// One `outpostctl init` (INTERACTIVE Argon2id, for speed) makes the folder every test starts from.
    void initTestCase()
    {
        const QString passwordFile = m_template.filePath(QStringLiteral("admin.txt"));
        QFile out(passwordFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write((kPassword + QStringLiteral("\r\n")).toUtf8());
        out.close();
        m_made = run({QStringLiteral("--data-dir"), m_template.filePath(QStringLiteral("data")), QStringLiteral("init"),
                      QStringLiteral("--clinic"), kClinic, QStringLiteral("--admin"), kAdmin,
                      QStringLiteral("--password-file"), passwordFile, QStringLiteral("--kdf"),
                      QStringLiteral("interactive")});
        QVERIFY2(m_made.exitCode == 0, qPrintable(m_made.err));
        m_recoveryKey = recoveryKeyIn(m_made.out);
        QVERIFY2(!m_recoveryKey.isEmpty(), qPrintable(m_made.out));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_data = m_dir->filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_data));
        for (const QString& name : {QStringLiteral("outpost.db"), QStringLiteral("outpost.keyring")})
            QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("data/")) + name, m_data + QLatin1Char('/') + name));
    }

    void initPrintsTheRecoveryKeyOnceAndNoPassword()
    {
        QCOMPARE(m_made.out.count(QLatin1String("Recovery key:")), 1);
        QVERIFY(m_made.out.contains(QLatin1String("shown only this once")));
        QVERIFY(m_made.out.contains(QStringLiteral("for \"%1\"").arg(kClinic)));
        QVERIFY(!m_made.out.contains(kPassword));
        QVERIFY(m_made.err.isEmpty());
    }

    void aNewFolderPassesTheCheck()
    {
        const Run result = check(QStringLiteral("AMINA"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("is intact")));
        QVERIFY(result.out.contains(QStringLiteral("Clinic: %1").arg(kClinic)));
    }

    void initRefusesAFolderThatHoldsADatabase()
    {
        const QByteArray before = sha256(m_data + QStringLiteral("/outpost.db"));
        const Run result =
            run({QStringLiteral("--data-dir"), m_data, QStringLiteral("init"), QStringLiteral("--clinic"), kClinic,
                 QStringLiteral("--admin"), kAdmin, QStringLiteral("--password-file"),
                 file(QStringLiteral("p.txt"), kPassword), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("already holds an Outpost database")));
        QCOMPARE(sha256(m_data + QStringLiteral("/outpost.db")), before);
    }

    void mistakesInTheCallAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString empty = QStringLiteral("@empty");
        QTest::newRow("init without a clinic name")
            << QStringList{QStringLiteral("init"), QStringLiteral("--admin"), kAdmin, QStringLiteral("--password-file"),
                           QStringLiteral("@password")}
            << QStringLiteral("init needs --clinic");
        QTest::newRow("init with an empty password file") << QStringList{QStringLiteral("init"),
                                                                         QStringLiteral("--clinic"),
                                                                         kClinic,
                                                                         QStringLiteral("--admin"),
                                                                         kAdmin,
                                                                         QStringLiteral("--password-file"),
                                                                         empty}
                                                          << QStringLiteral("is empty");
        QTest::newRow("init with a password file that is not there") << QStringList{QStringLiteral("init"),
                                                                                    QStringLiteral("--clinic"),
                                                                                    kClinic,
                                                                                    QStringLiteral("--admin"),
                                                                                    kAdmin,
                                                                                    QStringLiteral("--password-file"),
                                                                                    QStringLiteral("/nonexistent/pw")}
                                                                     << QStringLiteral("Cannot read the password file");
        QTest::newRow("init with an unknown Argon2id cost") << QStringList{QStringLiteral("init"),
                                                                           QStringLiteral("--clinic"),
                                                                           kClinic,
                                                                           QStringLiteral("--admin"),
                                                                           kAdmin,
                                                                           QStringLiteral("--password-file"),
                                                                           QStringLiteral("@password"),
                                                                           QStringLiteral("--kdf"),
                                                                           QStringLiteral("cheap")}
                                                            << QStringLiteral("--kdf is either");
        QTest::newRow("check without --user")
            << QStringList{QStringLiteral("check")} << QStringLiteral("needs the global options --user");
        QTest::newRow("passwd without its new password")
            << QStringList{QStringLiteral("--user"), kAdmin, QStringLiteral("--password-file"),
                           QStringLiteral("@password"), QStringLiteral("passwd")}
            << QStringLiteral("passwd needs --new-password-file");
        QTest::newRow("passwd with an empty new password file") << QStringList{QStringLiteral("--user"),
                                                                               kAdmin,
                                                                               QStringLiteral("--password-file"),
                                                                               QStringLiteral("@password"),
                                                                               QStringLiteral("passwd"),
                                                                               QStringLiteral("--new-password-file"),
                                                                               empty}
                                                                << QStringLiteral("is empty");
        QTest::newRow("rotate-key with an option it does not have")
            << QStringList{QStringLiteral("--user"),          kAdmin,
                           QStringLiteral("--password-file"), QStringLiteral("@password"),
                           QStringLiteral("rotate-key"),      QStringLiteral("--force")}
            << QStringLiteral("Unknown option \"--force\"");
    }

    void mistakesInTheCallAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QString other = m_dir->filePath(QStringLiteral("other"));
        for (QString& argument : arguments) {
            if (argument == QLatin1String("@password"))
                argument = file(QStringLiteral("pw.txt"), kPassword + QLatin1Char('\n'));
            else if (argument == QLatin1String("@empty"))
                argument = file(QStringLiteral("empty.txt"), QStringLiteral("\n"));
        }
        const QString dataDir = arguments.first() == QLatin1String("init") ? other : m_data;
        const Run result = run(QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QVERIFY(!QFile::exists(other + QStringLiteral("/outpost.db")));
    }

    void aWrongPasswordOrAnUnknownUserIsExitThree_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("a wrong password") << kAdmin << QStringLiteral("granite-harbour-72");
        QTest::newRow("an unknown user") << QStringLiteral("Mallory") << kPassword;
    }

    void aWrongPasswordOrAnUnknownUserIsExitThree()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        const Run result = check(user, password);
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err, kWrong);
    }

    void aFlippedByteIsNamedAndNothingIsWritten()
    {
        const QString database = m_data + QStringLiteral("/outpost.db");
        QByteArray bytes = readAll(database);
        QVERIFY(bytes.size() >= 3 * kPage);
        const qsizetype page = bytes.size() / kPage; // the last page, counted from 1
        const qsizetype offset = (page - 1) * kPage + 1000;
        bytes[offset] = char(bytes[offset] ^ 0x20);
        QFile out(database);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const QByteArray damaged = sha256(database);

        const Run result = check();
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(result.err,
                 QStringLiteral("The database is damaged (page %1 failed authentication). Restore from a backup.\n")
                     .arg(page));
        QCOMPARE(sha256(database), damaged);
    }

    void passwdReplacesTheOldPassword()
    {
        const Run changed = as(kAdmin, kPassword,
                               {QStringLiteral("passwd"), QStringLiteral("--new-password-file"),
                                file(QStringLiteral("new.txt"), QStringLiteral("copper-willow-93\n"))});
        QCOMPARE(changed.exitCode, 0);
        QCOMPARE(check().exitCode, 3);
        QCOMPARE(check(kAdmin, QStringLiteral("copper-willow-93")).exitCode, 0);
    }

    void passwdRefusesAWeakPassword()
    {
        const Run changed = as(kAdmin, kPassword,
                               {QStringLiteral("passwd"), QStringLiteral("--new-password-file"),
                                file(QStringLiteral("new.txt"), QStringLiteral("123\n"))});
        QCOMPARE(changed.exitCode, 1);
        QCOMPARE(check().exitCode, 0);
    }

    void theRecoveryKeyResetsAForgottenPassword()
    {
        // Typed back in lower case with spaces: still the same key.
        const QString typed = m_recoveryKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        const Run reset =
            as(kAdmin, QStringLiteral("forgotten"),
               {QStringLiteral("unlock-with-recovery-key"), QStringLiteral("--recovery-key-file"),
                file(QStringLiteral("key.txt"), typed + QLatin1Char('\n')), QStringLiteral("--new-password-file"),
                file(QStringLiteral("new.txt"), QStringLiteral("copper-willow-93\n"))});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        QCOMPARE(check().exitCode, 3);
        QCOMPARE(check(kAdmin, QStringLiteral("copper-willow-93")).exitCode, 0);
    }

    void aMistypedOrForeignRecoveryKeyIsExitThree_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("says");
        QTest::newRow("one character mistyped") << QStringLiteral("typo") << QStringLiteral("has a typo");
        QTest::newRow("another folder's recovery key")
            << QStringLiteral("foreign") << QStringLiteral("Wrong recovery key");
    }

    void aMistypedOrForeignRecoveryKeyIsExitThree()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, says);
        QString key = m_recoveryKey;
        if (mistake == QLatin1String("typo")) {
            key[0] = key[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        } else {
            const QString other = m_dir->filePath(QStringLiteral("other"));
            key = recoveryKeyIn(
                run({QStringLiteral("--data-dir"), other, QStringLiteral("init"), QStringLiteral("--clinic"), kClinic,
                     QStringLiteral("--admin"), kAdmin, QStringLiteral("--password-file"),
                     file(QStringLiteral("o.txt"), kPassword), QStringLiteral("--kdf"), QStringLiteral("interactive")})
                    .out);
            QVERIFY(!key.isEmpty());
        }
        const QByteArray keyring = sha256(m_data + QStringLiteral("/outpost.keyring"));
        const Run result = as(kAdmin, kPassword,
                              {QStringLiteral("unlock-with-recovery-key"), QStringLiteral("--recovery-key-file"),
                               file(QStringLiteral("key.txt"), key), QStringLiteral("--new-password-file"),
                               file(QStringLiteral("new.txt"), QStringLiteral("copper-willow-93"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        QCOMPARE(sha256(m_data + QStringLiteral("/outpost.keyring")), keyring);
    }

    void aMissingKeyringIsExplainedAndTheRecoveryKeyMakesANewOne()
    {
        QVERIFY(QFile::remove(m_data + QStringLiteral("/outpost.keyring")));
        const Run refused = check();
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, QStringLiteral("The keyring file %1 is missing. Restore it from a backup, or use the "
                                             "recovery key to make a new one (outpostctl unlock-with-recovery-key).\n")
                                  .arg(QDir::toNativeSeparators(m_data + QStringLiteral("/outpost.keyring"))));
        const Run remade = as(kAdmin, QStringLiteral("unused"),
                              {QStringLiteral("unlock-with-recovery-key"), QStringLiteral("--recovery-key-file"),
                               file(QStringLiteral("key.txt"), m_recoveryKey), QStringLiteral("--new-password-file"),
                               file(QStringLiteral("new.txt"), QStringLiteral("copper-willow-93")),
                               QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(remade.exitCode == 0, qPrintable(remade.err));
        QVERIFY(remade.out.contains(QLatin1String("keyring was missing")));
        QCOMPARE(check(kAdmin, QStringLiteral("copper-willow-93")).exitCode, 0);
    }

    void rotateKeyReencryptsTheFileAndIssuesANewRecoveryKey()
    {
        const QString database = m_data + QStringLiteral("/outpost.db");
        const QString keyring = m_data + QStringLiteral("/outpost.keyring");
        const QString bobsPassword = file(QStringLiteral("bob.txt"), QStringLiteral("lantern-meadow-42\n"));
        QCOMPARE(as(kAdmin, kPassword,
                    {QStringLiteral("add-user"), QStringLiteral("--name"), QStringLiteral("Bob"),
                     QStringLiteral("--new-password-file"), bobsPassword})
                     .exitCode,
                 0);
        QCOMPARE(check(QStringLiteral("Bob"), QStringLiteral("lantern-meadow-42")).exitCode, 0);
        const QByteArray before = readAll(database);
        const QByteArray oldKeyring = readAll(keyring);

        const Run rotated = as(kAdmin, kPassword, {QStringLiteral("rotate-key")});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const QString newKey = recoveryKeyIn(rotated.out);
        QVERIFY(!newKey.isEmpty());
        QVERIFY(newKey != m_recoveryKey);
        QVERIFY(rotated.out.contains(QLatin1String("can no longer sign in")));
        QVERIFY(rotated.out.contains(QLatin1String(": Bob.")));

        // Same data under new bytes: no page of the new file is a page of the old one.
        const Run checked = check();
        QCOMPARE(checked.exitCode, 0);
        QVERIFY(checked.out.contains(QStringLiteral("Clinic: %1").arg(kClinic)));
        const QByteArray after = readAll(database);
        for (qsizetype offset = 0; offset + kPage <= after.size(); offset += kPage)
            QVERIFY(!before.contains(after.mid(offset, kPage)));

        // The old keys open nothing: not Bob's slot, not the old recovery key, not the old keyring.
        QCOMPARE(check(QStringLiteral("Bob"), QStringLiteral("lantern-meadow-42")).exitCode, 3);
        const QString newPassword = file(QStringLiteral("new.txt"), QStringLiteral("copper-willow-93"));
        QCOMPARE(
            as(kAdmin, kPassword,
               {QStringLiteral("unlock-with-recovery-key"), QStringLiteral("--recovery-key-file"),
                file(QStringLiteral("old.txt"), m_recoveryKey), QStringLiteral("--new-password-file"), newPassword})
                .exitCode,
            3);
        const QByteArray newKeyring = readAll(keyring);
        QFile restore(keyring);
        QVERIFY(restore.open(QIODevice::WriteOnly | QIODevice::Truncate));
        restore.write(oldKeyring);
        restore.close();
        const Run mismatched = check();
        QCOMPARE(mismatched.exitCode, 4);
        QVERIFY(mismatched.err.contains(QLatin1String("does not belong to the database")));
        QVERIFY(restore.open(QIODevice::WriteOnly | QIODevice::Truncate));
        restore.write(newKeyring);
        restore.close();

        // The new recovery key works, and the admin brings Bob back.
        QCOMPARE(as(kAdmin, kPassword,
                    {QStringLiteral("add-user"), QStringLiteral("--name"), QStringLiteral("Bob"),
                     QStringLiteral("--new-password-file"), bobsPassword})
                     .exitCode,
                 0);
        QCOMPARE(check(QStringLiteral("Bob"), QStringLiteral("lantern-meadow-42")).exitCode, 0);
        QCOMPARE(as(kAdmin, kPassword,
                    {QStringLiteral("unlock-with-recovery-key"), QStringLiteral("--recovery-key-file"),
                     file(QStringLiteral("key.txt"), newKey), QStringLiteral("--new-password-file"), newPassword})
                     .exitCode,
                 0);
    }

    void aReadOnlyFolderIsExitFive()
    {
        const QString keyring = m_data + QStringLiteral("/outpost.keyring");
        const bool root = ::geteuid() == 0;
        // Readable by anyone, writable by nobody: the folder, its files and the password files.
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(m_dir->path(), enterable | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(keyring, readable));
        QVERIFY(QFile::setPermissions(m_data + QStringLiteral("/outpost.db"), readable));
        QVERIFY(QFile::setPermissions(m_data, enterable));
        const QString signIn = file(QStringLiteral("signin.txt"), kPassword);
        const QString newPassword = file(QStringLiteral("new.txt"), QStringLiteral("copper-willow-93"));
        const QByteArray before = sha256(keyring);

        const Run changed = run({QStringLiteral("--data-dir"), m_data, QStringLiteral("--user"), kAdmin,
                                 QStringLiteral("--password-file"), signIn, QStringLiteral("passwd"),
                                 QStringLiteral("--new-password-file"), newPassword},
                                root);
        if (changed.exitCode == 99)
            QSKIP("running as root and cannot switch to the user nobody to meet a read-only folder");
        QCOMPARE(changed.exitCode, 5);
        QVERIFY2(changed.err.contains(QLatin1String("read-only or this user may not change it")),
                 qPrintable(changed.err));
        QCOMPARE(sha256(keyring), before);

        const QString empty = m_dir->filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(QFile::setPermissions(empty, enterable));
        const Run made = run({QStringLiteral("--data-dir"), empty, QStringLiteral("init"), QStringLiteral("--clinic"),
                              kClinic, QStringLiteral("--admin"), kAdmin, QStringLiteral("--password-file"), signIn,
                              QStringLiteral("--kdf"), QStringLiteral("interactive")},
                             root);
        QCOMPARE(made.exitCode, 5);
        QVERIFY(QDir(empty).isEmpty());
        QVERIFY(QFile::setPermissions(m_data, enterable | QFile::WriteOwner));
    }
};

QTEST_GUILESS_MAIN(TestCtlDataFolder)
#include "TestCtlDataFolder.moc"
