#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

/// A database larger than 1 GiB: SQLite skips the page holding the lock bytes at offset 1 GiB,
/// and the VFS must neither write it nor trip over it when verifying.
class TestLargeDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aDatabaseCrossingTheLockBytePageWorks()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.db"));
        QElapsedTimer timer;
        timer.start();
        {
            // Built without a journal for speed: this is about page numbers, not durability.
            RawConnection db(path, testKey(), "OFF");
            QVERIFY(db.ok());
            QVERIFY(db.exec("PRAGMA synchronous=OFF; CREATE TABLE scans(id INTEGER PRIMARY KEY, image BLOB);"
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100) "
                            "INSERT INTO scans(image) SELECT zeroblob(1024 * 1024) FROM n;"
                            "INSERT INTO scans(image) VALUES ('after the lock-byte page')"));
        }
        qInfo("built %lld MiB in %lld ms", QFileInfo(path).size() >> 20, timer.restart());
        QVERIFY(QFileInfo(path).size() > (qint64(1) << 30) + 64 * page::kSize);

        // The lock-byte page is a hole nobody wrote.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.seek(qint64(page::kLockBytePage - 1) * page::kSize));
        QCOMPARE(file.read(page::kSize), QByteArray(page::kSize, '\0'));
        file.close();

        auto database = Database::open(path, testKey());
        QVERIFY(database.ok());
        const auto verified = (*database)->verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        qInfo("verified in %lld ms", timer.restart());
        auto reader = (*database)->beginRead();
        const auto last = reader->connection().queryRow(
            QStringLiteral("SELECT count(*), (SELECT image FROM scans ORDER BY id DESC LIMIT 1) FROM scans"));
        QVERIFY(last.ok());
        QCOMPARE((**last).at(0).toInt(), 1101);
        QCOMPARE((**last).at(1).toString(), QStringLiteral("after the lock-byte page"));
        QCOMPARE(reader->connection()
                     .queryValue(QStringLiteral("SELECT sum(length(image)) FROM scans WHERE id IN (1, 1100)"))
                     ->toLongLong(),
                 2LL * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestLargeDatabase)
#include "TestLargeDatabase.moc"
