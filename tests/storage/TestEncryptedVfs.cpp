#include "core/storage/EncryptedVfs.h"

#include "StorageTesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace outpost::storage;
using namespace outpost::storage::testing;

/// The VFS itself, driven through raw SQLite: no plaintext on disk, whole pages only, nothing
/// that would bypass decryption (mmap, temporary files, other page geometries, plain sources).
class TestEncryptedVfs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("raw-%1.db").arg(++m_counter)); }

    static QStringList knownNames()
    {
        return {QStringLiteral("Wanjiru Kamau"), QStringLiteral("Oluwaseun Adeyemi"), QStringLiteral("Precious Banda"),
                QStringLiteral("ZZMARKER-CLINICAL-NOTE")};
    }

    static QByteArray insertKnownNames(int copies)
    {
        QByteArray sql = "BEGIN;";
        for (int i = 0; i < copies; ++i) {
            for (const QString& name : knownNames())
                sql += "INSERT INTO people(name, note) VALUES ('" + name.toUtf8() + "', '" + name.toUtf8() +
                       " has a note of ' || hex(randomblob(40)));";
        }
        return sql + "COMMIT;";
    }

    static sqlite3_file* mainFile(sqlite3* db)
    {
        sqlite3_file* file = nullptr;
        sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(vfs::ensureRegistered());
    }

    void aDatabaseWithoutARegisteredKeyDoesNotOpen()
    {
        sqlite3* db = nullptr;
        const QByteArray name = QFile::encodeName(freshPath());
        const int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs::kName);
        QCOMPARE(rc, SQLITE_CANTOPEN);
        sqlite3_close(db);
        QVERIFY(!QFile::exists(QString::fromUtf8(name)));
    }

    void noPlaintextReachesAnyFile_data()
    {
        QTest::addColumn<QByteArray>("journalMode");
        QTest::addColumn<QString>("companion");
        QTest::newRow("the WAL before a checkpoint") << QByteArray("WAL") << "-wal";
        QTest::newRow("a rollback journal kept with PERSIST") << QByteArray("PERSIST") << "-journal";
    }

    void noPlaintextReachesAnyFile()
    {
        QFETCH(QByteArray, journalMode);
        QFETCH(QString, companion);
        const QString path = freshPath();
        RawConnection db(path, testKey(), journalMode.constData());
        QVERIFY2(db.ok(), qPrintable(db.lastError()));
        QVERIFY(db.exec("PRAGMA wal_autocheckpoint=0; CREATE TABLE people(name TEXT, note TEXT);"
                        "CREATE INDEX people_name ON people(name)"));
        QVERIFY(db.exec(insertKnownNames(40)));
        // The journal holds the old pages of the next change, which contain every name.
        QVERIFY(db.exec("UPDATE people SET note = note || ' (seen)'"));
        QVERIFY(QFileInfo(path + companion).size() > 4096);
        QCOMPARE(plaintextFound(path, knownNames()), QStringList());
        QCOMPARE(plaintextFound(path + companion, knownNames()), QStringList());
        QCOMPARE(db.value("SELECT count(*) FROM people WHERE name = 'Precious Banda'"), QStringLiteral("40"));
        QCOMPARE(db.value("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void unnamedAndTemporaryFilesAreRefused()
    {
        const auto refusedBefore = vfs::refusedOpenCount();
        const QString path = freshPath();
        RawConnection db(path, testKey());
        QVERIFY(db.ok());
        // temp_store=FILE would write temporary tables to an unnamed file in plaintext.
        QVERIFY(db.exec("PRAGMA temp_store=FILE"));
        QVERIFY(db.exec("PRAGMA temp.cache_size=10; CREATE TEMP TABLE scratch(x)"));
        QVERIFY(!db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                         "INSERT INTO scratch SELECT randomblob(4000) FROM n"));
        QVERIFY(vfs::refusedOpenCount() > refusedBefore);

        sqlite3* anonymous = nullptr;
        QCOMPARE(sqlite3_open_v2("", &anonymous, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs::kName), SQLITE_OK);
        const char* fill = "PRAGMA cache_size=10; CREATE TABLE t(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                           "SELECT i + 1 FROM n WHERE i < 500) INSERT INTO t SELECT randomblob(4000) FROM n";
        const auto refusedBeforeAnonymous = vfs::refusedOpenCount();
        QVERIFY(sqlite3_exec(anonymous, fill, nullptr, nullptr, nullptr) != SQLITE_OK);
        QVERIFY(vfs::refusedOpenCount() > refusedBeforeAnonymous);
        sqlite3_close(anonymous);
    }

    void memoryMappingStaysOff()
    {
        RawConnection db(freshPath(), testKey());
        QVERIFY(db.ok());
        QVERIFY(db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (randomblob(50000))"));
        QCOMPARE(db.value("PRAGMA mmap_size=268435456"), QStringLiteral("0"));
        QCOMPARE(db.value("PRAGMA mmap_size"), QStringLiteral("0"));
        sqlite3_file* file = mainFile(db.handle());
        QVERIFY(file && file->pMethods);
        QCOMPARE(file->pMethods->iVersion, 2); // no xFetch: SQLite cannot map pages
        QVERIFY(file->pMethods->xDeviceCharacteristics(file) & SQLITE_IOCAP_POWERSAFE_OVERWRITE);
        QCOMPARE(db.value("SELECT length(x) FROM t"), QStringLiteral("50000"));
    }

    void partialReadsDecryptTheWholePage()
    {
        RawConnection db(freshPath(), testKey());
        QVERIFY(db.ok());
        QVERIFY(db.exec("CREATE TABLE t(x)"));
        sqlite3_file* file = mainFile(db.handle());
        unsigned char whole[page::kSize];
        unsigned char header[100];
        unsigned char counter[16];
        QCOMPARE(file->pMethods->xRead(file, whole, sizeof whole, 0), SQLITE_OK);
        QCOMPARE(file->pMethods->xRead(file, header, sizeof header, 0), SQLITE_OK);
        QCOMPARE(file->pMethods->xRead(file, counter, sizeof counter, 24), SQLITE_OK);
        QCOMPARE(QByteArray(reinterpret_cast<char*>(header), 16), QByteArray("SQLite format 3", 16));
        QVERIFY(std::memcmp(whole, header, sizeof header) == 0);
        QVERIFY(std::memcmp(whole + 24, counter, sizeof counter) == 0);
        // On disk the first 16 bytes are the salt, not SQLite's magic.
        sqlite3_file* real = vfs::underlyingFile(file);
        unsigned char raw[16];
        QCOMPARE(real->pMethods->xRead(real, raw, sizeof raw, 0), SQLITE_OK);
        QVERIFY(std::memcmp(raw, header, 16) != 0);
    }

    void onlyWholeAlignedPagesAreWritten_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("amount");
        QTest::newRow("part of a page") << 0 << 100;
        QTest::newRow("a page at an unaligned offset") << 100 << page::kSize;
        QTest::newRow("a page and a bit") << 0 << page::kSize + 1;
    }

    void onlyWholeAlignedPagesAreWritten()
    {
        QFETCH(int, offset);
        QFETCH(int, amount);
        RawConnection db(freshPath(), testKey());
        QVERIFY(db.exec("CREATE TABLE t(x)"));
        sqlite3_file* file = mainFile(db.handle());
        const QByteArray junk(amount, 'x');
        QCOMPARE(file->pMethods->xWrite(file, junk.constData(), amount, offset), SQLITE_IOERR_WRITE);
        QCOMPARE(db.value("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void thePageGeometryCannotChange_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::newRow("a larger page size") << QByteArray("PRAGMA journal_mode=DELETE; PRAGMA page_size=8192; VACUUM");
        QTest::newRow("a different reserved-byte count") << QByteArray("RESERVE64");
    }

    void thePageGeometryCannotChange()
    {
        QFETCH(QByteArray, change);
        RawConnection db(freshPath(), testKey());
        QVERIFY(db.exec("CREATE TABLE t(x); INSERT INTO t VALUES ('Chidi Okonkwo')"));
        if (change == "RESERVE64") {
            int more = 64;
            sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &more);
            QVERIFY(!db.exec("PRAGMA journal_mode=DELETE; VACUUM"));
        } else {
            QVERIFY(!db.exec(change));
        }
        QCOMPARE(db.value("PRAGMA page_size"), QStringLiteral("4096"));
        QCOMPARE(db.value("SELECT x FROM t"), QStringLiteral("Chidi Okonkwo"));
    }

    void aBackupFromAPlainDatabaseIsRefused()
    {
        sqlite3* plain = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &plain), SQLITE_OK);
        QCOMPARE(sqlite3_exec(plain, "CREATE TABLE t(x); INSERT INTO t VALUES ('plain')", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        RawConnection db(freshPath(), testKey(), "DELETE");
        QVERIFY(db.exec("CREATE TABLE kept(x); INSERT INTO kept VALUES ('encrypted')"));
        sqlite3_backup* backup = sqlite3_backup_init(db.handle(), "main", plain, "main");
        QVERIFY(backup);
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        sqlite3_close(plain);
        QVERIFY(rc != SQLITE_DONE);
        QCOMPARE(db.value("SELECT x FROM kept"), QStringLiteral("encrypted"));
    }
};

QTEST_GUILESS_MAIN(TestEncryptedVfs)
#include "TestEncryptedVfs.moc"
