#include "core/storage/DataFolder.h"
#include "core/storage/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::crypto;
using namespace outpost::storage;

namespace {

const QString kClinic = QStringLiteral("Clinique du Lac");
const QString kAdmin = QStringLiteral("Amina");
const QString kPassword = QStringLiteral("granite-harbour-71");
const QString kBob = QStringLiteral("Bob");
const QString kBobsPassword = QStringLiteral("lantern-meadow-42");

/// The least schema a data folder needs: the settings table the clinic name goes into.
std::vector<Migration> schema()
{
    return {Migration::sql(1, QStringLiteral("settings"),
                           QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))};
}

DatabaseOptions options()
{
    DatabaseOptions options;
    options.migrations = schema();
    return options;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// A data folder keeps its database and keyring together: init, unlock, passwords, recovery and key rotation.
class TestDataFolder : public QObject
{
    Q_OBJECT

    const FakeClock m_clock;
    QTemporaryDir m_template; ///< a folder initialised once; each test works on a copy of it
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DataFolder> m_folder;
    std::optional<RecoveryKey> m_recoveryKey;

    DataFolder& folder() { return *m_folder; }

private Q_SLOTS:
    /// One init (INTERACTIVE Argon2id, for speed) makes the folder every test starts from.
    void initTestCase()
    {
        QVERIFY(initialiseSodium());
        DataFolder made(m_template.filePath(QStringLiteral("data")), schema(), m_clock);
        auto recoveryKey = made.init(kClinic, kAdmin, kPassword, KdfParameters::interactive());
        QVERIFY2(recoveryKey.ok(), qPrintable(recoveryKey.ok() ? QString() : recoveryKey.error().message));
        m_recoveryKey.emplace(std::move(*recoveryKey));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_folder = std::make_unique<DataFolder>(m_dir->filePath(QStringLiteral("data")), schema(), m_clock);
        QVERIFY(QDir().mkpath(folder().directory()));
        const QDir made(m_template.filePath(QStringLiteral("data")));
        QVERIFY(QFile::copy(made.filePath(DataFolder::databaseFileName()), folder().databasePath()));
        QVERIFY(QFile::copy(made.filePath(Keyring::fileName()), folder().keyringPath()));
    }

    void initMakesADatabaseTheAdminUnlocks()
    {
        QVERIFY(QFile::exists(folder().databasePath()));
        QVERIFY(QFile::exists(folder().keyringPath()));
        auto database = folder().unlock(QStringLiteral("amina"), kPassword);
        QVERIFY(database.ok());
        QCOMPARE(*DataFolder::clinicName(**database), kClinic);
        // The recovery key alone derives the data key.
        (*database)->close();
        const auto direct = Database::open(folder().databasePath(), m_recoveryKey->dataKey(), options());
        QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().message));
    }

    void initRefusesAFolderInUse_data()
    {
        QTest::addColumn<bool>("keepDatabase");
        QTest::newRow("a database is already there") << true;
        QTest::newRow("only a keyring is left there") << false;
    }

    void initRefusesAFolderInUse()
    {
        QFETCH(bool, keepDatabase);
        if (!keepDatabase)
            QVERIFY(QFile::remove(folder().databasePath()));
        const QByteArray keyring = readAll(folder().keyringPath());
        const auto again = folder().init(kClinic, kAdmin, kPassword, KdfParameters::interactive());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Invalid);
        QVERIFY(again.error().message.contains(QLatin1String("already holds")));
        QCOMPARE(readAll(folder().keyringPath()), keyring);
    }

    void initRefusesAWeakPasswordAndAnEmptyClinicName()
    {
        DataFolder other(m_dir->filePath(QStringLiteral("other")), schema(), m_clock);
        QCOMPARE(other.init(kClinic, kAdmin, QStringLiteral("short"), KdfParameters::interactive()).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(other.init(QStringLiteral("  "), kAdmin, kPassword, KdfParameters::interactive()).error().code,
                 ErrorCode::Invalid);
        QVERIFY(!QFile::exists(other.databasePath()));
        QVERIFY(!QFile::exists(other.keyringPath()));
    }

    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("a wrong password") << kAdmin << QStringLiteral("granite-harbour-72");
        QTest::newRow("an unknown user") << QStringLiteral("Mallory") << kPassword;
    }

    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        const auto database = folder().unlock(user, password);
        QVERIFY(!database.ok());
        QCOMPARE(database.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(database.error().message, QStringLiteral("Wrong user name or password."));
    }

    void aPasswordChangeLeavesTheDataKeyAlone()
    {
        const QByteArray database = readAll(folder().databasePath());
        QVERIFY(folder().changePassword(kAdmin, kPassword, QStringLiteral("copper-willow-93")).ok());
        QCOMPARE(folder().unlock(kAdmin, kPassword).error().code, ErrorCode::WrongCredentials);
        QVERIFY(folder().unlock(kAdmin, QStringLiteral("copper-willow-93")).ok());
        QCOMPARE(folder().changePassword(kAdmin, QStringLiteral("copper-willow-93"), QStringLiteral("x")).error().code,
                 ErrorCode::Invalid);
        QCOMPARE(readAll(folder().databasePath()), database);
    }

    void anAdminAddsAndRemovesUsersButNeverTheLastOne()
    {
        QVERIFY(folder().addUser(kAdmin, kPassword, kBob, kBobsPassword).ok());
        QVERIFY(folder().unlock(kBob, kBobsPassword).ok());
        QCOMPARE(folder()
                     .addUser(kAdmin, QStringLiteral("wrong-password-11"), QStringLiteral("Eve"), kBobsPassword)
                     .error()
                     .code,
                 ErrorCode::WrongCredentials);
        QVERIFY(folder().removeUser(kAdmin, kPassword, kBob).ok());
        QCOMPARE(folder().unlock(kBob, kBobsPassword).error().code, ErrorCode::WrongCredentials);
        QCOMPARE(folder().removeUser(kAdmin, kPassword, kAdmin).error().code, ErrorCode::Invalid);
        QVERIFY(folder().unlock(kAdmin, kPassword).ok());
    }

    void theRecoveryKeyResetsAForgottenPassword()
    {
        QVERIFY(folder().addUser(kAdmin, kPassword, kBob, kBobsPassword).ok());
        const auto parsed = RecoveryKey::parse(m_recoveryKey->text());
        auto database = folder().unlockWithRecoveryKey(*parsed, kAdmin, QStringLiteral("copper-willow-93"));
        QVERIFY(database.ok());
        QCOMPARE(*DataFolder::clinicName(**database), kClinic);
        QCOMPARE(folder().unlock(kAdmin, kPassword).error().code, ErrorCode::WrongCredentials);
        QVERIFY(folder().unlock(kAdmin, QStringLiteral("copper-willow-93")).ok());
        QVERIFY(folder().unlock(kBob, kBobsPassword).ok()); // the other slots are untouched
    }

    void theRecoveryKeyRemakesALostOrDamagedKeyring_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("the keyring file was deleted") << false;
        QTest::newRow("the keyring file was overwritten") << true;
    }

    void theRecoveryKeyRemakesALostOrDamagedKeyring()
    {
        QFETCH(bool, damaged);
        QVERIFY(folder().addUser(kAdmin, kPassword, kBob, kBobsPassword).ok());
        QVERIFY(QFile::remove(folder().keyringPath()));
        if (damaged)
            QVERIFY(DurableFile::write(folder().keyringPath(), QByteArrayLiteral("{ not a keyring")).ok());
        const auto refused = folder().unlock(kAdmin, kPassword);
        QCOMPARE(refused.error().code, damaged ? ErrorCode::Damaged : ErrorCode::NotFound);

        auto database = folder().unlockWithRecoveryKey(*m_recoveryKey, kAdmin, QStringLiteral("copper-willow-93"),
                                                       KdfParameters::interactive());
        QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().message));
        QVERIFY(folder().unlock(kAdmin, QStringLiteral("copper-willow-93")).ok());
        QCOMPARE(folder().unlock(kBob, kBobsPassword).error().code, ErrorCode::WrongCredentials);
        const QStringList aside =
            QDir(folder().directory()).entryList({QStringLiteral("outpost.keyring.replaced-*")}, QDir::Files);
        QCOMPARE(aside.size(), damaged ? 1 : 0);
        const auto keyring = Keyring::load(folder().keyringPath());
        QVERIFY(keyring->unlockWithRecoveryKey(*m_recoveryKey).ok());
    }

    void aWrongRecoveryKeyOpensNothing_data()
    {
        QTest::addColumn<bool>("keyringPresent");
        QTest::newRow("with the keyring") << true;
        QTest::newRow("without the keyring") << false;
    }

    void aWrongRecoveryKeyOpensNothing()
    {
        QFETCH(bool, keyringPresent);
        if (!keyringPresent)
            QVERIFY(QFile::remove(folder().keyringPath()));
        const auto database = folder().unlockWithRecoveryKey(
            RecoveryKey::generate(), kAdmin, QStringLiteral("copper-willow-93"), KdfParameters::interactive());
        QVERIFY(!database.ok());
        QCOMPARE(database.error().code, ErrorCode::WrongCredentials);
        QVERIFY(database.error().message.startsWith(QLatin1String("Wrong recovery key")));
        QCOMPARE(QFile::exists(folder().keyringPath()), keyringPresent);
    }

    void rotationReencryptsEveryPageAndDropsTheOtherSlots()
    {
        QVERIFY(folder().addUser(kAdmin, kPassword, kBob, kBobsPassword).ok());
        const QByteArray before = readAll(folder().databasePath());
        const QByteArray oldKeyring = readAll(folder().keyringPath());

        auto rotation = folder().rotateKey(kAdmin, kPassword);
        QVERIFY2(rotation.ok(), qPrintable(rotation.ok() ? QString() : rotation.error().message));
        QCOMPARE(rotation->droppedUsers, QStringList{kBob});
        QVERIFY(rotation->recoveryKey.text() != m_recoveryKey->text());

        // The old data key opens nothing; the new one opens the same data.
        QCOMPARE(Database::open(folder().databasePath(), m_recoveryKey->dataKey(), options()).error().code,
                 ErrorCode::WrongCredentials);
        auto database = folder().unlock(kAdmin, kPassword);
        QVERIFY(database.ok());
        QCOMPARE(*DataFolder::clinicName(**database), kClinic);
        QVERIFY((*database)->verify().ok());
        (*database)->close();
        QCOMPARE(Database::readHeader(folder().databasePath())->keyParameters.keyEpoch, quint32(1));

        // No page of the new file equals a page of the old one.
        const QByteArray after = readAll(folder().databasePath());
        QVERIFY(after.size() >= 4096);
        for (qsizetype offset = 0; offset + 4096 <= after.size(); offset += 4096)
            QVERIFY2(!before.contains(after.mid(offset, 4096)), qPrintable(QString::number(offset / 4096 + 1)));

        QCOMPARE(folder().unlock(kBob, kBobsPassword).error().code, ErrorCode::WrongCredentials);
        QCOMPARE(folder().unlockWithRecoveryKey(*m_recoveryKey, kAdmin, kBobsPassword).error().code,
                 ErrorCode::WrongCredentials);
        QVERIFY(Keyring::load(folder().keyringPath())->unlockWithRecoveryKey(rotation->recoveryKey).ok());
        const QDir dir(folder().directory());
        QCOMPARE(dir.entryList({QStringLiteral("*.rotating*"), QStringLiteral("*.pending")}), QStringList());

        // The keyring of before the rotation is named as not belonging, not taken for a wrong password.
        QVERIFY(DurableFile::write(folder().keyringPath(), oldKeyring).ok());
        const auto mismatched = folder().unlock(kAdmin, kPassword);
        QCOMPARE(mismatched.error().code, ErrorCode::Damaged);
        QVERIFY(mismatched.error().message.contains(QLatin1String("does not belong to the database")));
    }

    void anInterruptedRotationIsSettledByTheKeyEpoch_data()
    {
        QTest::addColumn<bool>("databaseReplaced");
        QTest::newRow("stopped before the database was replaced: undone") << false;
        QTest::newRow("stopped after the database was replaced: finished") << true;
    }

    void anInterruptedRotationIsSettledByTheKeyEpoch()
    {
        QFETCH(bool, databaseReplaced);
        // Play rotateKey() up to its last step by hand, as a crash would leave it.
        const QString rotating = folder().databasePath() + QStringLiteral(".rotating");
        const QString pending = folder().keyringPath() + QStringLiteral(".pending");
        const RecoveryKey newRecovery = RecoveryKey::generate();
        {
            auto database = folder().unlock(kAdmin, kPassword);
            QVERIFY(database.ok());
            QVERIFY((*database)->vacuumInto(rotating, newRecovery.dataKey(), {1, 1}).ok());
        }
        auto rotation = Keyring::load(folder().keyringPath())->rotated(kAdmin, kPassword, newRecovery);
        QVERIFY(rotation->keyring.saveAs(pending).ok());
        if (databaseReplaced)
            QVERIFY(DurableFile::replace(rotating, folder().databasePath()).ok());

        auto database = folder().unlock(kAdmin, kPassword);
        QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().message));
        QCOMPARE(*DataFolder::clinicName(**database), kClinic);
        QVERIFY(!QFile::exists(pending));
        QVERIFY(!QFile::exists(rotating));
        const quint32 epoch = databaseReplaced ? 1 : 0;
        QCOMPARE(Keyring::load(folder().keyringPath())->keyEpoch(), epoch);
        const RecoveryKey& current = databaseReplaced ? newRecovery : *m_recoveryKey;
        QVERIFY(Keyring::load(folder().keyringPath())->unlockWithRecoveryKey(current).ok());
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "TestDataFolder.moc"
