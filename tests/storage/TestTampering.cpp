#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

/// Any change to the files that the key did not make is found, named by page, and never written over;
/// a torn end of the WAL (a crash mid-commit) is dropped as SQLite drops it.
class TestTampering : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("tamper-%1.db").arg(++m_counter)); }

    static DatabaseOptions schema()
    {
        DatabaseOptions options;
        options.migrations.push_back(Migration::sql(
            1, QStringLiteral("notes"), QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")));
        return options;
    }

    static Result<void> addNotes(Database& database, int count, const QString& text)
    {
        return database.write([&](Connection& connection) -> Result<void> {
            for (int i = 0; i < count; ++i) {
                if (auto done = connection.execute(
                        QStringLiteral("INSERT INTO notes(text) VALUES (? || hex(randomblob(60)))"), {text});
                    !done)
                    return done;
            }
            return {};
        });
    }

    /// A closed database of about 20 pages, everything checkpointed into the main file.
    QString closedDatabase(const crypto::SecretKey& key = testKey())
    {
        const QString path = freshPath();
        auto database = Database::create(path, key, schema());
        if (!database || !addNotes(**database, 400, QStringLiteral("Kofi Boateng")))
            qFatal("could not build the database");
        (*database)->close();
        return path;
    }

    static Result<qint64> scanAll(Database& database)
    {
        qint64 length = 0;
        auto done = database.read([&](Connection& connection) -> Result<void> {
            auto total = connection.queryValue(QStringLiteral("SELECT sum(length(text)) FROM notes"));
            if (!total)
                return total.error();
            length = total->toLongLong();
            return {};
        });
        if (!done)
            return done.error();
        return length;
    }

    static QString damagedAt(int pageNumber)
    {
        return QStringLiteral("The database is damaged (page %1 failed authentication). Restore from a backup.")
            .arg(pageNumber);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aFlippedByteAnywhereIsFoundAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("pageNumber"); // 0: the last page
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("code");
        QTest::newRow("page one's encrypted body") << 1 << 300 << int(ErrorCode::Damaged);
        QTest::newRow("page one's salt") << 1 << 3 << int(ErrorCode::Damaged);
        QTest::newRow("page one's clear page size") << 1 << 17 << int(ErrorCode::Damaged);
        QTest::newRow("page one's clear reserved-byte count") << 1 << 20 << int(ErrorCode::Damaged);
        QTest::newRow("page one's nonce") << 1 << page::kNonceOffset << int(ErrorCode::Damaged);
        QTest::newRow("page one's tag") << 1 << page::kTagOffset + 3 << int(ErrorCode::Damaged);
        QTest::newRow("page one's key epoch") << 1 << page::kTrailerOffset + 7 << int(ErrorCode::Damaged);
        QTest::newRow("page one's key check, which reads as a wrong key")
            << 1 << page::kTrailerOffset + 2 << int(ErrorCode::WrongCredentials);
        QTest::newRow("page two's first byte") << 2 << 0 << int(ErrorCode::Damaged);
        QTest::newRow("page five's nonce") << 5 << page::kNonceOffset + 23 << int(ErrorCode::Damaged);
        QTest::newRow("page five's tag") << 5 << page::kTagOffset << int(ErrorCode::Damaged);
        QTest::newRow("page five's format version") << 5 << page::kTrailerOffset << int(ErrorCode::Damaged);
        QTest::newRow("page five's KDF profile") << 5 << page::kTrailerOffset + 1 << int(ErrorCode::Damaged);
        QTest::newRow("the last page's last encrypted byte") << 0 << page::kUsable - 1 << int(ErrorCode::Damaged);
    }

    void aFlippedByteAnywhereIsFoundAndNothingIsWritten()
    {
        QFETCH(int, pageNumber);
        QFETCH(int, offset);
        QFETCH(int, code);
        const QString path = closedDatabase();
        const int pages = int(QFileInfo(path).size() / page::kSize);
        QVERIFY(pages >= 10);
        if (pageNumber == 0)
            pageNumber = pages;
        QVERIFY(flipByte(path, qint64(pageNumber - 1) * page::kSize + offset));
        const QByteArray tampered = readFile(path);

        auto opened = Database::open(path, testKey(), schema());
        if (!opened) {
            QCOMPARE(int(opened.error().code), code);
            if (opened.error().code == ErrorCode::Damaged)
                QCOMPARE(opened.error().message, damagedAt(pageNumber));
        } else {
            Database& database = **opened;
            const auto scanned = scanAll(database);
            QVERIFY(!scanned.ok());
            QCOMPARE(scanned.error().message, damagedAt(pageNumber));
            const auto verified = database.verify();
            QCOMPARE(int(verified.error().code), code);
            QCOMPARE(verified.error().message, damagedAt(pageNumber));
            const auto written = addNotes(database, 1, QStringLiteral("after the damage"));
            QCOMPARE(written.error().code, ErrorCode::Damaged);
            database.close();
        }
        QCOMPARE(readFile(path), tampered);
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }

    void swappedPagesAreFound()
    {
        const QString path = closedDatabase();
        QByteArray contents = readFile(path);
        const QByteArray third = contents.mid(2 * page::kSize, page::kSize);
        contents.replace(2 * page::kSize, page::kSize, contents.mid(3 * page::kSize, page::kSize));
        contents.replace(3 * page::kSize, page::kSize, third);
        QVERIFY(writeFile(path, contents));
        auto opened = Database::open(path, testKey(), schema());
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->verify().error().message, damagedAt(3));
    }

    void aPageFromAnotherDatabaseWithTheSameKeyIsFound()
    {
        const QString path = closedDatabase();
        const QString other = closedDatabase();
        QByteArray contents = readFile(path);
        contents.replace(4 * page::kSize, page::kSize, readFile(other).mid(4 * page::kSize, page::kSize));
        QVERIFY(writeFile(path, contents));
        auto opened = Database::open(path, testKey(), schema());
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->verify().error().message, damagedAt(5));
    }

    void aTruncatedFileIsFound()
    {
        const QString path = closedDatabase();
        QByteArray contents = readFile(path);
        contents.chop(100);
        QVERIFY(writeFile(path, contents));
        auto opened = Database::open(path, testKey(), schema());
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->verify().error().code, ErrorCode::Damaged);
    }

    void aChangedCommittedWalFrameIsFound_data()
    {
        QTest::addColumn<int>("offsetInFrame");
        QTest::newRow("a byte of the frame's page") << 24 + 500;
        QTest::newRow("the frame's page number") << 3;
        QTest::newRow("the frame's salt") << 9;
        QTest::newRow("the page's tag") << 24 + page::kTagOffset;
    }

    void aChangedCommittedWalFrameIsFound()
    {
        QFETCH(int, offsetInFrame);
        const QString path = freshPath();
        auto database = Database::create(path, testKey(), schema());
        QVERIFY(database.ok());
        QVERIFY(addNotes(**database, 50, QStringLiteral("in the log")).ok());
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 32 + 24 + page::kSize);
        const QByteArray log = readFile(wal);
        const int pageNumber = int(readBigEndian32(reinterpret_cast<const unsigned char*>(log.constData()) + 32));
        // SQLite holds no lock on the WAL file itself, so changing it here does not disturb locking.
        QVERIFY(flipByte(wal, 32 + offsetInFrame, 0x10));
        const auto verified = (*database)->verify();
        QCOMPARE(verified.error().code, ErrorCode::Damaged);
        QVERIFY2(verified.error().message == damagedAt(pageNumber) || offsetInFrame == 3,
                 qPrintable(verified.error().message));
        QCOMPARE(addNotes(**database, 1, QStringLiteral("after")).error().code, ErrorCode::Damaged);
    }

    void aTornEndOfTheWalIsDropped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("the last frame's page was never written") << "zero-page";
        QTest::newRow("the last frame is cut short") << "truncate";
        QTest::newRow("the last frame holds an older page") << "old-page";
        QTest::newRow("the last frame's page has a flipped byte") << "flip";
    }

    void aTornEndOfTheWalIsDropped()
    {
        QFETCH(QString, damage);
        const QString path = freshPath();
        const QString wal = path + QStringLiteral("-wal");
        {
            // A raw connection that closes without a checkpoint leaves the WAL as a crash would.
            RawConnection raw(path, testKey());
            QVERIFY(raw.ok());
            QVERIFY(raw.exec("PRAGMA wal_autocheckpoint=0; CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT);"
                             "PRAGMA user_version=1"));
            QVERIFY(raw.exec("INSERT INTO notes(text) VALUES ('committed first')"));
            QVERIFY(raw.exec("INSERT INTO notes(text) VALUES ('committed last')"));
        }
        QByteArray log = readFile(wal);
        constexpr int kFrame = 24 + page::kSize;
        const int frames = (log.size() - 32) / kFrame;
        QVERIFY(frames >= 3);
        const int lastPage = 32 + (frames - 1) * kFrame + 24;
        if (damage == QLatin1String("zero-page"))
            log.replace(lastPage, page::kSize, QByteArray(page::kSize, '\0'));
        else if (damage == QLatin1String("truncate"))
            log.chop(page::kSize / 2);
        else if (damage == QLatin1String("old-page"))
            log.replace(lastPage, page::kSize, log.mid(lastPage - kFrame, page::kSize));
        else
            log[lastPage + 1000] = static_cast<char>(log.at(lastPage + 1000) ^ 0x04);
        QVERIFY(writeFile(wal, log));

        auto opened = Database::open(path, testKey(), schema());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Database& database = **opened;
        QVERIFY(database.verify().ok());
        {
            auto reader = database.beginRead();
            const auto rows = reader->connection().query(QStringLiteral("SELECT text FROM notes ORDER BY id"));
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), std::size_t(1));
            QCOMPARE(rows->front().at(0).toString(), QStringLiteral("committed first"));
        }
        QVERIFY(addNotes(database, 1, QStringLiteral("written after recovery")).ok());
    }
};

QTEST_GUILESS_MAIN(TestTampering)
#include "TestTampering.moc"
