#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

/// Schema migrations run forward only, in order, one transaction each, from whatever version a file is at.
class TestMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("migrate-%1.db").arg(++m_counter)); }

    /// Four steps, each building on the one before (the data written by step 1 must survive them all).
    static std::vector<Migration> allSteps()
    {
        return {
            Migration::sql(1, QStringLiteral("patients"),
                           QStringLiteral("CREATE TABLE patients(id INTEGER PRIMARY KEY, name TEXT);"
                                          "INSERT INTO patients(name) VALUES ('Seed patient')")),
            Migration::sql(2, QStringLiteral("date of birth"),
                           QStringLiteral("ALTER TABLE patients ADD COLUMN born TEXT")),
            Migration::sql(3, QStringLiteral("encounters"),
                           QStringLiteral("CREATE TABLE encounters(id INTEGER PRIMARY KEY, "
                                          "patient INTEGER NOT NULL REFERENCES patients(id), note TEXT)")),
            Migration{4, QStringLiteral("backfill birth dates"),
                      [](Connection& connection) {
                          return connection.execute(
                              QStringLiteral("UPDATE patients SET born = '1970-01-01' WHERE born IS NULL"));
                      }},
        };
    }

    static std::vector<Migration> firstSteps(int count)
    {
        auto steps = allSteps();
        steps.resize(std::size_t(count));
        return steps;
    }

    static DatabaseOptions options(std::vector<Migration> steps)
    {
        DatabaseOptions result;
        result.migrations = std::move(steps);
        return result;
    }

    static QVariant value(Database& database, const QString& sql)
    {
        auto reader = database.beginRead();
        auto result = reader->connection().queryValue(sql);
        return result ? *result : QVariant();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewDatabaseGetsEveryStep()
    {
        auto database = Database::create(freshPath(), testKey(), options(allSteps()));
        QVERIFY(database.ok());
        QCOMPARE(*(*database)->schemaVersion(), 4);
        QCOMPARE(value(**database, QStringLiteral("SELECT born FROM patients")).toString(),
                 QStringLiteral("1970-01-01"));
    }

    void upgradingFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("from an empty database (version 0)") << 0;
        QTest::newRow("from version 1") << 1;
        QTest::newRow("from version 2") << 2;
        QTest::newRow("from version 3") << 3;
        QTest::newRow("from the newest version (nothing to do)") << 4;
    }

    void upgradingFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            auto old = Database::create(path, testKey(), options(firstSteps(from)));
            QVERIFY(old.ok());
            QCOMPARE(*(*old)->schemaVersion(), from);
        }
        auto upgraded = Database::open(path, testKey(), options(allSteps()));
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        Database& database = **upgraded;
        QCOMPARE(*database.schemaVersion(), 4);
        QCOMPARE(value(database, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
        QCOMPARE(value(database, QStringLiteral("SELECT born FROM patients")).toString(), QStringLiteral("1970-01-01"));
        QCOMPARE(value(database, QStringLiteral("SELECT count(*) FROM encounters")).toInt(), 0);
        QVERIFY(database.verify().ok());
    }

    void aFailingStepLeavesThePreviousVersionIntact()
    {
        const QString path = freshPath();
        Database::create(path, testKey(), options(firstSteps(2))).value()->close();
        auto steps = firstSteps(2);
        steps.push_back(Migration{
            3, QStringLiteral("half done, then fails"), [](Connection& connection) -> Result<void> {
                if (auto made = connection.execute(QStringLiteral("CREATE TABLE encounters(id INTEGER PRIMARY KEY)"));
                    !made)
                    return made;
                return connection.execute(QStringLiteral("INSERT INTO nowhere VALUES (1)"));
            }});
        const auto failed = Database::open(path, testKey(), options(steps));
        QVERIFY(!failed.ok());

        auto database = Database::open(path, testKey(), options(firstSteps(2)));
        QVERIFY(database.ok());
        QCOMPARE(*(*database)->schemaVersion(), 2);
        QCOMPARE(
            value(**database, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'encounters'")).toInt(),
            0);
        QCOMPARE(value(**database, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
    }

    void eachStepCommitsOnItsOwn()
    {
        const QString path = freshPath();
        auto steps = firstSteps(1);
        steps.push_back(Migration::sql(2, QStringLiteral("broken"), QStringLiteral("ALTER TABLE nowhere ADD x")));
        QVERIFY(!Database::create(path, testKey(), options(steps)).ok());
        QVERIFY(!QFile::exists(path)); // a database that could not be created is not left behind
        auto database = Database::create(path, testKey(), options(firstSteps(1)));
        QVERIFY(database.ok());
        (*database)->close();
        QVERIFY(!Database::open(path, testKey(), options(steps)).ok());
        auto reopened = Database::open(path, testKey(), options(firstSteps(1)));
        QCOMPARE(*(*reopened)->schemaVersion(), 1);
    }

    void stepsOutOfOrderAreRefused_data()
    {
        QTest::addColumn<QList<int>>("versions");
        QTest::newRow("a gap") << QList<int>{1, 3};
        QTest::newRow("starting at two") << QList<int>{2, 3};
        QTest::newRow("backwards") << QList<int>{2, 1};
        QTest::newRow("a repeat") << QList<int>{1, 1};
    }

    void stepsOutOfOrderAreRefused()
    {
        QFETCH(QList<int>, versions);
        std::vector<Migration> steps;
        for (int version : versions)
            steps.push_back(Migration::sql(version, QStringLiteral("step"), QStringLiteral("SELECT 1")));
        QCOMPARE(Migrations::validate(steps).error().code, ErrorCode::Usage);
        const auto created = Database::create(freshPath(), testKey(), options(steps));
        QCOMPARE(created.error().code, ErrorCode::Usage);
    }

    void aDatabaseFromANewerOutpostIsRefused()
    {
        const QString path = freshPath();
        Database::create(path, testKey(), options(allSteps())).value()->close();
        const auto older = Database::open(path, testKey(), options(firstSteps(2)));
        QVERIFY(!older.ok());
        QCOMPARE(older.error().code, ErrorCode::Invalid);
        QVERIFY(older.error().message.contains(QLatin1String("newer version of Outpost")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
