#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

/// The SQLite features Outpost relies on all work through the encrypted VFS, and none leaks plaintext.
class TestStorageFeatures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("features-%1.db").arg(++m_counter)); }

    static DatabaseOptions schema()
    {
        DatabaseOptions options;
        options.migrations.push_back(Migration::sql(
            1, QStringLiteral("people and documents"),
            QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, mrn TEXT UNIQUE, name TEXT, visits INTEGER "
                           "DEFAULT 0, details TEXT);"
                           "CREATE TABLE documents(id INTEGER PRIMARY KEY, person INTEGER REFERENCES people(id), "
                           "content BLOB);"
                           "CREATE VIRTUAL TABLE people_search USING fts5(name, tokenize = 'unicode61');")));
        return options;
    }

    std::unique_ptr<Database> created(const QString& path)
    {
        auto database = Database::create(path, testKey(), schema());
        if (!database)
            qFatal("%s", qPrintable(database.error().message));
        return std::move(*database);
    }

    static QVariant value(Database& database, const QString& sql, const QVariantList& parameters = {})
    {
        auto reader = database.beginRead();
        if (!reader)
            return {};
        auto result = reader->connection().queryValue(sql, parameters);
        return result ? *result : QVariant(QStringLiteral("error: ") + result.error().message);
    }

    static Result<void> fillPeople(Database& database, int count, const QString& prefix)
    {
        return database.write([&](Connection& connection) -> Result<void> {
            for (int i = 0; i < count; ++i) {
                const QString name = QStringLiteral("%1 %2").arg(prefix).arg(i);
                if (auto done = connection.execute(QStringLiteral("INSERT INTO people(mrn, name) VALUES (?, ?)"),
                                                   {QStringLiteral("%1-%2").arg(prefix).arg(i), name});
                    !done)
                    return done;
                if (auto done =
                        connection.execute(QStringLiteral("INSERT INTO people_search(name) VALUES (?)"), {name});
                    !done)
                    return done;
            }
            return {};
        });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fullTextSearchFindsPrefixesAndLeaksNoTokens()
    {
        const QString path = freshPath();
        auto database = created(path);
        QVERIFY(fillPeople(*database, 50, QStringLiteral("Abimbola")).ok());
        QVERIFY(fillPeople(*database, 50, QStringLiteral("Kwabena")).ok());
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM people_search WHERE people_search MATCH ?"),
                       {QStringLiteral("abim*")})
                     .toInt(),
                 50);
        database->close();
        QCOMPARE(
            plaintextFound(path, {QStringLiteral("Abimbola"), QStringLiteral("abimbola"), QStringLiteral("kwabena")}),
            QStringList());
    }

    void jsonUpsertAndReturningWork()
    {
        auto database = created(freshPath());
        qint64 id = 0;
        QVERIFY(
            database
                ->write([&](Connection& connection) -> Result<void> {
                    auto row = connection.queryRow(
                        QStringLiteral("INSERT INTO people(mrn, name, details) VALUES (?, ?, json(?)) RETURNING id"),
                        {QStringLiteral("MRN-1"), QStringLiteral("Esi Mensah"),
                         QStringLiteral(R"({"allergies":["penicillin","latex"],"weightKg":61.5})")});
                    if (!row)
                        return row.error();
                    id = (*row)->at(0).toLongLong();
                    // UPSERT: a second check-in bumps the visit count instead of failing.
                    for (int i = 0; i < 2; ++i) {
                        auto upsert = connection.execute(
                            QStringLiteral("INSERT INTO people(mrn, name) VALUES ('MRN-1', 'Esi Mensah') "
                                           "ON CONFLICT(mrn) DO UPDATE SET visits = visits + 1"));
                        if (!upsert)
                            return upsert;
                    }
                    return {};
                })
                .ok());
        QVERIFY(id > 0);
        QCOMPARE(value(*database, QStringLiteral("SELECT visits FROM people WHERE id = ?"), {id}).toInt(), 2);
        QCOMPARE(
            value(*database, QStringLiteral("SELECT json_extract(details, '$.allergies[1]') FROM people")).toString(),
            QStringLiteral("latex"));
        QCOMPARE(
            value(*database, QStringLiteral("SELECT count(*) FROM people, json_each(people.details, '$.allergies')"))
                .toInt(),
            2);
    }

    void largeBlobsSpanOverflowPages()
    {
        auto database = created(freshPath());
        QByteArray scan(3 * 1024 * 1024 + 17, '\0');
        for (int i = 0; i < scan.size(); ++i)
            scan[i] = static_cast<char>((i * 2654435761u) >> 13);
        QVERIFY(database
                    ->write([&](Connection& connection) {
                        return connection.execute(QStringLiteral("INSERT INTO documents(content) VALUES (?)"), {scan});
                    })
                    .ok());
        QCOMPARE(value(*database, QStringLiteral("SELECT content FROM documents")).toByteArray(), scan);
        QVERIFY(database->verify().ok());
    }

    void bigSortsStayInMemory()
    {
        auto database = created(freshPath());
        QVERIFY(fillPeople(*database, 20000, QStringLiteral("Sorted")).ok());
        const auto refusedBefore = vfs::refusedOpenCount();
        auto reader = database->beginRead();
        QVERIFY(reader->connection().execute(QStringLiteral("PRAGMA cache_size=20")).ok());
        auto rows = reader->connection().query(
            QStringLiteral("SELECT name || hex(randomblob(64)) AS k FROM people ORDER BY k DESC"));
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QCOMPARE(rows->size(), std::size_t(20000));
        QVERIFY(rows->front().at(0).toString() > rows->back().at(0).toString());
        QCOMPARE(vfs::refusedOpenCount(), refusedBefore);
    }

    void savepointsRollBackMoreThan64KiB()
    {
        auto database = created(freshPath());
        const auto refusedBefore = vfs::refusedOpenCount();
        auto transaction = database->beginWrite();
        Connection& connection = transaction->connection();
        QVERIFY(connection.execute(QStringLiteral("INSERT INTO documents(content) VALUES (zeroblob(10))")).ok());
        QVERIFY(connection.execute(QStringLiteral("SAVEPOINT scan")).ok());
        for (int i = 0; i < 40; ++i)
            QVERIFY(
                connection.execute(QStringLiteral("INSERT INTO documents(content) VALUES (randomblob(8000))")).ok());
        QVERIFY(connection.execute(QStringLiteral("UPDATE documents SET content = randomblob(9000)")).ok());
        QVERIFY(connection.execute(QStringLiteral("ROLLBACK TO scan")).ok());
        QVERIFY(connection.execute(QStringLiteral("RELEASE scan")).ok());
        QVERIFY(transaction->commit().ok());
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) || ':' || sum(length(content)) FROM documents"))
                     .toString(),
                 QStringLiteral("1:10"));
        QCOMPARE(vfs::refusedOpenCount(), refusedBefore);
        QVERIFY(database->verify().ok());
    }

    void aRolledBackTransactionBiggerThanTheCacheLeavesNoTrace()
    {
        auto database = created(freshPath());
        QVERIFY(fillPeople(*database, 10, QStringLiteral("Kept")).ok());
        {
            auto transaction = database->beginWrite();
            QVERIFY(transaction->connection().execute(QStringLiteral("PRAGMA cache_size=50")).ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY(transaction->connection()
                            .execute(QStringLiteral("INSERT INTO documents(content) VALUES (randomblob(6000))"))
                            .ok());
        }
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM documents")).toInt(), 0);
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM people")).toInt(), 10);
        QVERIFY(database->verify().ok());
    }

    void aCommittedTransactionBiggerThanTheCacheReadsBack()
    {
        // Spilling a small cache makes SQLite rewrite WAL frames in place; the frames it appends
        // after that carry zero salts until the commit fills them in.
        auto database = created(freshPath());
        {
            auto transaction = database->beginWrite();
            QVERIFY(transaction.ok());
            QVERIFY(transaction->connection().execute(QStringLiteral("PRAGMA cache_size=10")).ok());
            for (int i = 0; i < 3000; ++i)
                QVERIFY(transaction->connection()
                            .execute(QStringLiteral("INSERT INTO people(mrn, name) VALUES (?, ?)"),
                                     {QString::number((i * 7919) % 10007), QStringLiteral("Person %1").arg(i)})
                            .ok());
            QVERIFY(transaction->commit().ok());
        }
        QVERIFY2(database->verify().ok(), "the log written under cache pressure reads back");
        QVERIFY(database->checkpoint().ok());
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM people")).toInt(), 3000);
        QVERIFY(database->verify().ok());
    }

    void everyKindOfCheckpointKeepsTheData_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("passive") << int(CheckpointMode::Passive);
        QTest::newRow("full") << int(CheckpointMode::Full);
        QTest::newRow("restart") << int(CheckpointMode::Restart);
        QTest::newRow("truncate") << int(CheckpointMode::Truncate);
    }

    void everyKindOfCheckpointKeepsTheData()
    {
        QFETCH(int, mode);
        const QString path = freshPath();
        auto database = created(path);
        QVERIFY(fillPeople(*database, 300, QStringLiteral("Before")).ok());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(database->checkpoint(CheckpointMode(mode)).ok());
        if (CheckpointMode(mode) == CheckpointMode::Truncate)
            QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        QVERIFY(fillPeople(*database, 300, QStringLiteral("After")).ok());
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM people")).toInt(), 600);
        QVERIFY(database->verify().ok());
        database->close();
        auto reopened = Database::open(path, testKey(), schema());
        QCOMPARE(value(**reopened, QStringLiteral("SELECT count(*) FROM people")).toInt(), 600);
    }

    void vacuumShrinksTheFileAndKeepsTheRest()
    {
        const QString path = freshPath();
        auto database = created(path);
        QVERIFY(fillPeople(*database, 3000, QStringLiteral("Vacuumed")).ok());
        QVERIFY(
            database
                ->write([](Connection& c) { return c.execute(QStringLiteral("DELETE FROM people WHERE id % 4 <> 0")); })
                .ok());
        QVERIFY(database->checkpoint().ok());
        const qint64 before = QFileInfo(path).size();
        QVERIFY(database->vacuum().ok());
        QVERIFY(database->checkpoint().ok());
        QVERIFY(QFileInfo(path).size() < before);
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM people")).toInt(), 750);
        QVERIFY(database->verify().ok());
    }

    void vacuumIntoRekeysAWalDatabase()
    {
        const QString path = freshPath();
        const QString rotated = path + QStringLiteral(".rotating");
        auto database = created(path);
        QVERIFY(fillPeople(*database, 500, QStringLiteral("Rotated")).ok());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0); // changes still in the WAL
        const auto newKey = testKey(2);
        QVERIFY(database->vacuumInto(rotated, newKey, KeyParameters{0, 1}).ok());
        QVERIFY(!database->vacuumInto(rotated, newKey, KeyParameters{0, 1}).ok()); // never over a file
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM people")).toInt(), 500);
        database->close();

        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(rotated, path));
        QCOMPARE(Database::readHeader(path)->keyParameters.keyEpoch, std::uint32_t(1));
        QCOMPARE(Database::open(path, testKey(), schema()).error().code, ErrorCode::WrongCredentials);
        auto reopened = Database::open(path, newKey, schema());
        QVERIFY(reopened.ok());
        QCOMPARE(
            value(**reopened, QStringLiteral("SELECT count(*) FROM people_search WHERE people_search MATCH 'rotated'"))
                .toInt(),
            500);
        QVERIFY((*reopened)->verify().ok());
        (*reopened)->close();
        QCOMPARE(plaintextFound(path, {QStringLiteral("Rotated"), QStringLiteral("rotated")}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStorageFeatures)
#include "TestStorageFeatures.moc"
