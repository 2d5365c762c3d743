#include "core/crypto/Keyring.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::crypto;

namespace {

const QString kAdmin = QStringLiteral("Amina Diallo");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kWrongMessage = QStringLiteral("Wrong user name or password.");

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray flipped(const QString& base64)
{
    QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    return bytes.toBase64();
}

} // namespace

/// The keyring: one Argon2id slot per user plus a recovery slot, all wrapping the same data key.
class TestKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("k%1.keyring").arg(++m_counter)); }

    std::optional<RecoveryKey> m_recovery; ///< the recovery key of the keyring makeKeyring() copies
    QString m_template;

    /// A saved keyring for kAdmin with @p recoveryKey, at the INTERACTIVE floor so the suite stays fast.
    Keyring createKeyring(const RecoveryKey& recoveryKey)
    {
        auto keyring = Keyring::create(freshPath(), recoveryKey, kAdmin, kPassword, KdfParameters::interactive());
        if (!keyring || !keyring->save())
            qFatal("cannot create a keyring");
        return std::move(*keyring);
    }

    /// A copy of one keyring made by createKeyring() with m_recovery (Argon2id is the slow part).
    Keyring makeKeyring()
    {
        const QString path = freshPath();
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the keyring");
        return Keyring::load(path).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initialiseSodium());
        QVERIFY(m_dir.isValid());
        m_recovery.emplace(RecoveryKey::generate());
        m_template = createKeyring(*m_recovery).path();
    }

    void aSavedKeyringUnlocksToTheDataKeyOfItsRecoveryKey()
    {
        const RecoveryKey recoveryKey = RecoveryKey::generate();
        Keyring created = createKeyring(recoveryKey);
        created.setKeyEpoch(7);
        QVERIFY(created.save().ok());
        const auto loaded = Keyring::load(created.path());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->userCount(), 1);
        QCOMPARE(loaded->keyEpoch(), quint32(7));
        const auto dataKey = loaded->unlock(kAdmin, kPassword);
        QVERIFY(dataKey.ok());
        QVERIFY(dataKey->equals(recoveryKey.dataKey()));
        QVERIFY(loaded->holds(*dataKey));
        const auto byRecovery = loaded->unlockWithRecoveryKey(recoveryKey);
        QVERIFY(byRecovery.ok());
        QVERIFY(byRecovery->equals(*dataKey));
    }

    void userNamesIgnoreCaseAndSurroundingBlanks()
    {
        const Keyring keyring = makeKeyring();
        QVERIFY(keyring.unlock(QStringLiteral("  AMINA DIALLO "), kPassword).ok());
        QVERIFY(keyring.unlock(QStringLiteral("amina diallo"), kPassword).ok());
    }

    void aRefusedUnlockSaysTheSameWhateverWasWrong_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("a wrong password") << kAdmin << QStringLiteral("correct horse battery!");
        QTest::newRow("an unknown user with a real password") << QStringLiteral("Mallory") << kPassword;
        QTest::newRow("an unknown user and a wrong password") << QStringLiteral("Mallory") << QStringLiteral("x");
        QTest::newRow("a password differing only in case") << kAdmin << kPassword.toUpper();
    }

    void aRefusedUnlockSaysTheSameWhateverWasWrong()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        const Keyring keyring = makeKeyring();
        const auto dataKey = keyring.unlock(user, password);
        QVERIFY(!dataKey.ok());
        QCOMPARE(dataKey.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(dataKey.error().message, kWrongMessage);
    }

    void anotherRecoveryKeyIsRefused()
    {
        const Keyring keyring = makeKeyring();
        const auto dataKey = keyring.unlockWithRecoveryKey(RecoveryKey::generate());
        QVERIFY(!dataKey.ok());
        QCOMPARE(dataKey.error().code, ErrorCode::WrongCredentials);
    }

    void anAlteredSlotNoLongerUnlocks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("a bit of the wrapped key flipped") << QStringLiteral("wrappedKey");
        QTest::newRow("a bit of the nonce flipped") << QStringLiteral("nonce");
        QTest::newRow("a bit of the salt flipped") << QStringLiteral("salt");
        QTest::newRow("a bit of the slot id flipped") << QStringLiteral("id");
        QTest::newRow("a bit of the keyring id flipped") << QStringLiteral("keyringId");
        QTest::newRow("the Argon2id passes raised by one") << QStringLiteral("opsLimit");
        QTest::newRow("another user's label swapped in") << QStringLiteral("label");
    }

    void anAlteredSlotNoLongerUnlocks()
    {
        QFETCH(QString, field);
        Keyring keyring = makeKeyring();
        QVERIFY(keyring.addUser(*keyring.unlock(kAdmin, kPassword), QStringLiteral("Bob"), kPassword).ok());
        QVERIFY(keyring.save().ok());
        QJsonObject root = readJson(keyring.path());
        QJsonArray slots = root.value(QLatin1String("slots")).toArray();
        // Only the admin's slot is altered; with a swapped label Bob's slot answers to the admin's name.
        int adminIndex = -1;
        int bobIndex = -1;
        for (int i = 0; i < slots.size(); ++i) {
            const QJsonObject slot = slots[i].toObject();
            if (slot.value(QLatin1String("kind")).toString() != QLatin1String("user"))
                continue;
            // The admin's slot is the one whose removal leaves Bob: find it by trying both.
            QJsonArray without = slots;
            without.removeAt(i);
            QJsonObject trial = root;
            trial.insert(QStringLiteral("slots"), without);
            writeBytes(keyring.path(), QJsonDocument(trial).toJson());
            (Keyring::load(keyring.path())->hasUser(kAdmin) ? bobIndex : adminIndex) = i;
        }
        QVERIFY(adminIndex >= 0 && bobIndex >= 0);
        QJsonObject slot = slots[adminIndex].toObject();
        QJsonObject kdf = slot.value(QLatin1String("kdf")).toObject();
        if (field == QLatin1String("salt")) {
            kdf.insert(field, QString::fromLatin1(flipped(kdf.value(field).toString())));
        } else if (field == QLatin1String("opsLimit")) {
            kdf.insert(field, kdf.value(field).toInt() + 1);
        } else if (field == QLatin1String("keyringId")) {
            root.insert(QStringLiteral("id"), QString::fromLatin1(flipped(root.value(QLatin1String("id")).toString())));
        } else if (field == QLatin1String("label")) {
            const QString adminsLabel = slot.value(field).toString();
            QJsonObject bob = slots[bobIndex].toObject();
            slot.insert(field, bob.value(field).toString());
            bob.insert(field, adminsLabel);
            slots[bobIndex] = bob;
        } else {
            slot.insert(field, QString::fromLatin1(flipped(slot.value(field).toString())));
        }
        slot.insert(QStringLiteral("kdf"), kdf);
        slots[adminIndex] = slot;
        root.insert(QStringLiteral("slots"), slots);
        writeBytes(keyring.path(), QJsonDocument(root).toJson());

        const auto tampered = Keyring::load(keyring.path());
        QVERIFY(tampered.ok());
        const auto dataKey = tampered->unlock(kAdmin, kPassword);
        QVERIFY(!dataKey.ok());
        QCOMPARE(dataKey.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(dataKey.error().message, kWrongMessage);
    }

    void aDamagedFileIsReportedByName_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("an empty file") << QByteArray();
        QTest::newRow("text that is not JSON") << QByteArrayLiteral("slots: admin\n");
        QTest::newRow("a JSON object of another kind")
            << QByteArrayLiteral(R"({"format":"something-else","version":1})");
        QTest::newRow("a keyring from a future version")
            << QByteArrayLiteral(R"({"format":"outpost-keyring","version":2,"slots":[]})");
        QTest::newRow("a keyring without its id")
            << QByteArrayLiteral(R"({"format":"outpost-keyring","version":1,"slots":[]})");
    }

    void aDamagedFileIsReportedByName()
    {
        QFETCH(QByteArray, contents);
        const QString path = freshPath();
        writeBytes(path, contents);
        const auto keyring = Keyring::load(path);
        QVERIFY(!keyring.ok());
        QCOMPARE(keyring.error().code, ErrorCode::Damaged);
        QVERIFY2(keyring.error().message.startsWith(QStringLiteral("The keyring file %1 is damaged").arg(path)),
                 qPrintable(keyring.error().message));
        QVERIFY(keyring.error().message.contains(QLatin1String("Restore it from a backup")));
    }

    void aMalformedSlotIsDamageNotAWrongPassword_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("a salt of the wrong length") << QStringLiteral("salt") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("passes below the interactive floor") << QStringLiteral("opsLimit") << QJsonValue(1);
        QTest::newRow("memory for a denial of service") << QStringLiteral("memLimit") << QJsonValue(1e12);
        QTest::newRow("another algorithm") << QStringLiteral("algorithm") << QJsonValue(QStringLiteral("scrypt"));
    }

    void aMalformedSlotIsDamageNotAWrongPassword()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const Keyring keyring = makeKeyring();
        QJsonObject root = readJson(keyring.path());
        QJsonArray slots = root.value(QLatin1String("slots")).toArray();
        QJsonObject slot = slots[0].toObject();
        QJsonObject kdf = slot.value(QLatin1String("kdf")).toObject();
        kdf.insert(field, value);
        slot.insert(QStringLiteral("kdf"), kdf);
        slots[0] = slot;
        root.insert(QStringLiteral("slots"), slots);
        writeBytes(keyring.path(), QJsonDocument(root).toJson());
        const auto loaded = Keyring::load(keyring.path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::Damaged);
        QVERIFY(loaded.error().message.contains(QLatin1String("slot 1 is malformed")));
    }

    void aMissingFileSaysWhatToDo()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.keyring"));
        const auto keyring = Keyring::load(path);
        QVERIFY(!keyring.ok());
        QCOMPARE(keyring.error().code, ErrorCode::NotFound);
        QCOMPARE(keyring.error().message,
                 QStringLiteral("The keyring file %1 is missing. Restore it from a backup, or use the recovery key "
                                "to make a new one (outpostctl unlock-with-recovery-key).")
                     .arg(path));
    }

    void aPasswordChangeRewrapsOneSlotAndKeepsTheDataKey()
    {
        Keyring keyring = makeKeyring();
        const SecretKey before = keyring.unlock(kAdmin, kPassword).value();
        const QString newPassword = QStringLiteral("a new and longer passphrase");
        QVERIFY(keyring.changePassword(kAdmin, kPassword, newPassword).ok());
        QVERIFY(keyring.save().ok());
        const Keyring reloaded = *Keyring::load(keyring.path());
        QCOMPARE(reloaded.unlock(kAdmin, kPassword).error().code, ErrorCode::WrongCredentials);
        const auto after = reloaded.unlock(kAdmin, newPassword);
        QVERIFY(after.ok());
        QVERIFY(after->equals(before));
        QCOMPARE(keyring.changePassword(kAdmin, kPassword, newPassword).error().code, ErrorCode::WrongCredentials);
    }

    void anAdminAddsAndRemovesAUserSlot()
    {
        Keyring keyring = makeKeyring();
        const SecretKey dataKey = keyring.unlock(kAdmin, kPassword).value();
        const QString bob = QStringLiteral("Bob Okafor");
        const QString bobsPassword = QStringLiteral("bobs own passphrase");
        QVERIFY(keyring.addUser(dataKey, bob, bobsPassword).ok());
        QCOMPARE(keyring.addUser(dataKey, QStringLiteral("BOB OKAFOR"), bobsPassword).error().code, ErrorCode::Invalid);
        QVERIFY(keyring.save().ok());
        Keyring reloaded = *Keyring::load(keyring.path());
        QCOMPARE(reloaded.userCount(), 2);
        QVERIFY(reloaded.unlock(bob, bobsPassword)->equals(dataKey));
        QCOMPARE(*reloaded.userNames(dataKey), (QStringList{kAdmin, bob}));

        QVERIFY(reloaded.removeUser(QStringLiteral("bob okafor")).ok());
        QVERIFY(reloaded.save().ok());
        const Keyring without = *Keyring::load(keyring.path());
        QCOMPARE(without.userCount(), 1);
        QCOMPARE(without.unlock(bob, bobsPassword).error().message, kWrongMessage);
        QVERIFY(without.unlock(kAdmin, kPassword).ok());
        QCOMPARE(reloaded.removeUser(bob).error().code, ErrorCode::NotFound);
    }

    void onlyThisKeyringsDataKeyAddsUsersOrReadsNames()
    {
        Keyring keyring = makeKeyring();
        const SecretKey foreign = RecoveryKey::generate().dataKey();
        QVERIFY(!keyring.holds(foreign));
        QCOMPARE(keyring.addUser(foreign, QStringLiteral("Eve"), kPassword).error().code, ErrorCode::WrongCredentials);
        QVERIFY(!keyring.userNames(foreign).ok());
    }

    void emptyNamesAndPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("an empty password") << QStringLiteral("Carol") << QString();
        QTest::newRow("a user name of blanks") << QStringLiteral("   ") << kPassword;
    }

    void emptyNamesAndPasswordsAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        Keyring keyring = makeKeyring();
        const auto added = keyring.addUser(*keyring.unlock(kAdmin, kPassword), user, password);
        QCOMPARE(added.error().code, ErrorCode::Invalid);
        QCOMPARE(Keyring::create(freshPath(), RecoveryKey::generate(), user, password, KdfParameters::interactive())
                     .error()
                     .code,
                 ErrorCode::Invalid);
    }

    void rotationKeepsTheRotatingUserAndNamesTheOthers()
    {
        const RecoveryKey& oldRecovery = *m_recovery;
        Keyring keyring = makeKeyring();
        const SecretKey oldKey = keyring.unlock(kAdmin, kPassword).value();
        QVERIFY(keyring.addUser(oldKey, QStringLiteral("Bob"), QStringLiteral("bobs passphrase")).ok());
        QVERIFY(keyring.addUser(oldKey, QStringLiteral("Carol"), QStringLiteral("carols passphrase")).ok());

        QCOMPARE(keyring.rotated(kAdmin, QStringLiteral("guess"), RecoveryKey::generate()).error().code,
                 ErrorCode::WrongCredentials);
        const RecoveryKey newRecovery = RecoveryKey::generate();
        auto rotation = keyring.rotated(QStringLiteral("amina diallo"), kPassword, newRecovery);
        QVERIFY(rotation.ok());
        QCOMPARE(rotation->droppedUsers, (QStringList{QStringLiteral("Bob"), QStringLiteral("Carol")}));
        const Keyring& next = rotation->keyring;
        QCOMPARE(next.userCount(), 1);
        QCOMPARE(next.keyEpoch(), keyring.keyEpoch() + 1);
        const auto newKey = next.unlock(kAdmin, kPassword);
        QVERIFY(newKey.ok());
        QVERIFY(newKey->equals(newRecovery.dataKey()));
        QVERIFY(!newKey->equals(oldKey));
        QCOMPARE(*next.userNames(*newKey), QStringList{kAdmin}); // the name as first written, not as typed now
        QVERIFY(!next.unlock(QStringLiteral("Bob"), QStringLiteral("bobs passphrase")).ok());
        QVERIFY(next.unlockWithRecoveryKey(newRecovery).ok());
        QVERIFY(!next.unlockWithRecoveryKey(oldRecovery).ok());
    }

    void newSlotsKeepTheKeyringsArgon2idCost()
    {
        const KdfParameters costlier{KdfParameters::interactive().opsLimit + 1, KdfParameters::interactive().memLimit};
        auto keyring = Keyring::create(freshPath(), RecoveryKey::generate(), kAdmin, kPassword, costlier);
        QVERIFY(keyring.ok());
        QVERIFY(keyring->changePassword(kAdmin, kPassword, QStringLiteral("another passphrase")).ok());
        QVERIFY(keyring->save().ok());
        QCOMPARE(Keyring::load(keyring->path())->kdfParameters(), costlier);
        for (const auto& slot : readJson(keyring->path()).value(QLatin1String("slots")).toArray())
            QCOMPARE(slot.toObject().value(QLatin1String("kdf")).toObject().value(QLatin1String("opsLimit")).toInt(),
                     int(costlier.opsLimit));
    }

    void parametersBelowTheInteractiveFloorAreRefused()
    {
        const KdfParameters weak{1, KdfParameters::interactive().memLimit};
        QCOMPARE(Keyring::create(freshPath(), RecoveryKey::generate(), kAdmin, kPassword, weak).error().code,
                 ErrorCode::Invalid);
    }

    void theFileHoldsNoNameOrSecretInClear()
    {
        const RecoveryKey& recoveryKey = *m_recovery;
        Keyring keyring = makeKeyring();
        QVERIFY(
            keyring.addUser(recoveryKey.dataKey(), QStringLiteral("Bob Okafor"), QStringLiteral("bobs phrase")).ok());
        QVERIFY(keyring.save().ok());
        QFile file(keyring.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        const QByteArray dataKey(reinterpret_cast<const char*>(recoveryKey.dataKey().data()), 32);
        const QByteArray secret(reinterpret_cast<const char*>(recoveryKey.secret().data()), 32);
        const QList<QByteArray> forbidden{QByteArrayLiteral("amina"),
                                          QByteArrayLiteral("diallo"),
                                          QByteArrayLiteral("bob"),
                                          QByteArrayLiteral("okafor"),
                                          kPassword.toUtf8(),
                                          QByteArrayLiteral("bobs phrase"),
                                          dataKey,
                                          dataKey.toBase64(),
                                          dataKey.toHex(),
                                          secret,
                                          secret.toBase64(),
                                          recoveryKey.text().toLatin1(),
                                          QString(kAdmin).toUtf8().toBase64()};
        for (const QByteArray& needle : forbidden)
            QVERIFY2(!raw.toLower().contains(needle.toLower()), needle.constData());
        QVERIFY(raw.contains("\"label\"")); // the scan looked at a real keyring
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp-*")}), QStringList());
    }

    void calibrationNeverGoesBelowTheInteractiveFloor_data()
    {
        QTest::addColumn<double>("referenceSeconds");
        QTest::addColumn<bool>("fullMemory");
        QTest::newRow("a very fast machine") << 0.001 << true;
        QTest::newRow("a machine like this one") << 0.45 << true;
        QTest::newRow("a slow laptop") << 2.0 << false;
        QTest::newRow("a machine so slow the floor takes seconds") << 60.0 << false;
    }

    void calibrationNeverGoesBelowTheInteractiveFloor()
    {
        QFETCH(double, referenceSeconds);
        QFETCH(bool, fullMemory);
        const auto chosen = KdfParameters::fromReferenceTime(std::chrono::duration<double>(referenceSeconds),
                                                             std::chrono::milliseconds(750));
        QVERIFY(chosen.isAtLeastInteractive());
        QVERIFY(chosen.isAcceptable());
        QCOMPARE(chosen.memLimit == KdfParameters::kReferenceMemory, fullMemory);
        if (referenceSeconds < 0.01)
            QCOMPARE(chosen.opsLimit, KdfParameters::kMaximumOps);
        if (referenceSeconds > 10)
            QCOMPARE(chosen, KdfParameters::interactive());
    }

    void calibrationHereStaysAboveTheFloorAndUnderFiveSeconds()
    {
        const KdfParameters chosen = KdfParameters::calibrated();
        QVERIFY(chosen.isAtLeastInteractive());
        const QByteArray salt(16, '\x01');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(chosen
                    .deriveKey(std::span(reinterpret_cast<const unsigned char*>("pw"), 2),
                               std::span(reinterpret_cast<const unsigned char*>(salt.data()), 16))
                    .ok());
        qInfo("calibrated Argon2id: %llu passes over %llu MiB, one unlock took %lld ms", chosen.opsLimit,
              chosen.memLimit >> 20, timer.elapsed());
        QVERIFY2(timer.elapsed() < 5000, "calibration chose parameters far beyond its target");
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "TestKeyring.moc"
