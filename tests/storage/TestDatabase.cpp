#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

/// The Database API: create and open, transactions, the reader pool, helpers and errors as sentences.
class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("clinic-%1.db").arg(++m_counter)); }

    static DatabaseOptions withPatients()
    {
        DatabaseOptions options;
        options.migrations.push_back(Migration::sql(
            1, QStringLiteral("patients"),
            QStringLiteral("CREATE TABLE patients(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, notes BLOB)")));
        return options;
    }

    static std::unique_ptr<Database> created(const QString& path, DatabaseOptions options = withPatients())
    {
        auto database = Database::create(path, testKey(), std::move(options));
        if (!database)
            qFatal("create failed: %s", qPrintable(database.error().message));
        return std::move(*database);
    }

    static Result<void> addPatient(Database& database, const QString& name)
    {
        return database.write([&](Connection& connection) {
            return connection.execute(QStringLiteral("INSERT INTO patients(name) VALUES (?)"), {name});
        });
    }

    static qint64 patientCount(Database& database)
    {
        qint64 count = -1;
        const auto done = database.read([&](Connection& connection) -> Result<void> {
            auto value = connection.queryValue(QStringLiteral("SELECT count(*) FROM patients"));
            if (!value)
                return value.error();
            count = value->toLongLong();
            return {};
        });
        return done ? count : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void whatIsWrittenComesBackAfterReopening()
    {
        const QString path = freshPath();
        {
            auto database = created(path);
            QVERIFY(addPatient(*database, QStringLiteral("Amina Njoroge")).ok());
            QVERIFY(addPatient(*database, QStringLiteral("Tomás Ferreira")).ok());
        }
        auto reopened = Database::open(path, testKey(), withPatients());
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        auto names = (*reopened)->beginRead();
        QVERIFY(names.ok());
        const auto rows = names->connection().query(QStringLiteral("SELECT name FROM patients ORDER BY id"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(1).at(0).toString(), QStringLiteral("Tomás Ferreira"));
    }

    void createRefusesAnExistingFile()
    {
        const QString path = freshPath();
        created(path)->close();
        const auto again = Database::create(path, testKey(), withPatients());
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("already a file")));
    }

    void openingAMissingFileIsNotFound()
    {
        const auto missing = Database::open(m_dir.filePath(QStringLiteral("nothing-here.db")), testKey());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void aWrongKeyIsWrongCredentialsAndChangesNothing()
    {
        const QString path = freshPath();
        created(path)->close();
        const QByteArray before = readFile(path);
        const auto opened = Database::open(path, testKey(9), withPatients());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::WrongCredentials);
        QCOMPARE(opened.error().message, QStringLiteral("Wrong user name or password."));
        QCOMPARE(readFile(path), before);
        QVERIFY(Database::open(path, testKey(), withPatients()).ok());
    }

    void aPlainSqliteFileIsRefused()
    {
        const QString path = freshPath();
        sqlite3* plain = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &plain), SQLITE_OK);
        QCOMPARE(sqlite3_exec(plain, "CREATE TABLE t(x); INSERT INTO t VALUES ('Amina')", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(plain);
        const auto opened = Database::open(path, testKey());
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().code == ErrorCode::WrongCredentials || opened.error().code == ErrorCode::Damaged);
    }

    void aWriteTransactionRollsBackUnlessCommitted()
    {
        auto database = created(freshPath());
        {
            auto transaction = database->beginWrite();
            QVERIFY(transaction.ok());
            QVERIFY(transaction->connection()
                        .execute(QStringLiteral("INSERT INTO patients(name) VALUES ('Forgotten')"))
                        .ok());
        }
        QCOMPARE(patientCount(*database), 0);
        auto transaction = database->beginWrite();
        QVERIFY(transaction->connection().execute(QStringLiteral("INSERT INTO patients(name) VALUES ('Kept')")).ok());
        QVERIFY(transaction->commit().ok());
        QVERIFY(!transaction->commit().ok());
        QCOMPARE(patientCount(*database), 1);
    }

    void aFailingWorkRollsBackTheWholeTransaction()
    {
        auto database = created(freshPath());
        const auto done = database->write([](Connection& connection) -> Result<void> {
            if (auto first = connection.execute(QStringLiteral("INSERT INTO patients(name) VALUES ('One')")); !first)
                return first;
            return connection.execute(QStringLiteral("INSERT INTO patients(name) VALUES ('One')"));
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, ErrorCode::Invalid);
        QVERIFY(done.error().message.contains(QLatin1String("UNIQUE")));
        QCOMPARE(patientCount(*database), 0);
    }

    void aReadTransactionKeepsItsSnapshot()
    {
        auto database = created(freshPath());
        QVERIFY(addPatient(*database, QStringLiteral("Before")).ok());
        auto snapshot = database->beginRead();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->connection().queryValue(QStringLiteral("SELECT count(*) FROM patients"))->toInt(), 1);
        QVERIFY(addPatient(*database, QStringLiteral("After")).ok());
        QCOMPARE(snapshot->connection().queryValue(QStringLiteral("SELECT count(*) FROM patients"))->toInt(), 1);
        QCOMPARE(patientCount(*database), 2);
    }

    void twoDatabasesOnOneFileSeeEachOthersCommits()
    {
        const QString path = freshPath();
        auto first = created(path);
        auto second = Database::open(path, testKey(), withPatients());
        QVERIFY(second.ok());
        QVERIFY(addPatient(*first, QStringLiteral("From the first")).ok());
        QCOMPARE(patientCount(**second), 1);
        QVERIFY(addPatient(**second, QStringLiteral("From the second")).ok());
        QCOMPARE(patientCount(*first), 2);
    }

    void readersAreRefusedWrites()
    {
        auto database = created(freshPath());
        auto reader = database->beginRead();
        const auto written = reader->connection().execute(QStringLiteral("INSERT INTO patients(name) VALUES ('x')"));
        QVERIFY(!written.ok());
    }

    void connectionsHaveTheRequiredSettings_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the journal is a WAL") << "journal_mode"
                                              << "wal";
        QTest::newRow("every commit is synced (FULL)") << "synchronous"
                                                       << "2";
        QTest::newRow("foreign keys are enforced") << "foreign_keys"
                                                   << "1";
        QTest::newRow("temporary data stays in memory") << "temp_store"
                                                        << "2";
        QTest::newRow("deleted content is overwritten") << "secure_delete"
                                                        << "1";
        QTest::newRow("memory mapping is off") << "mmap_size"
                                               << "0";
        QTest::newRow("pages are 4096 bytes") << "page_size"
                                              << "4096";
    }

    void connectionsHaveTheRequiredSettings()
    {
        QFETCH(QString, pragma);
        QFETCH(QString, expected);
        auto database = created(freshPath());
        const QString sql = QStringLiteral("PRAGMA ") + pragma;
        auto transaction = database->beginWrite();
        QCOMPARE(transaction->connection().queryValue(sql)->toString(), expected);
        transaction->rollback();
        auto reader = database->beginRead();
        QCOMPARE(reader->connection().queryValue(sql)->toString(), expected);
    }

    void theStatementCacheReusesStatements()
    {
        auto database = created(freshPath());
        auto reader = database->beginRead();
        Connection& connection = reader->connection();
        const QString sql = QStringLiteral("SELECT count(*) FROM patients");
        sqlite3_stmt* first = nullptr;
        {
            auto statement = connection.prepare(sql);
            QVERIFY(statement.ok());
            first = statement->handle();
        }
        auto again = connection.prepare(sql);
        QCOMPARE(again->handle(), first);
        // While one is borrowed, the same SQL gets a statement of its own.
        auto nested = connection.prepare(sql);
        QVERIFY(nested->handle() != first);
        QVERIFY(again->step().ok());
        QCOMPARE(again->int64(0), 0);
    }

    void helpersReturnErrorsNotExceptions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("parameters");
        QTest::addColumn<int>("code");
        QTest::newRow("a syntax error") << "SELEC 1" << QVariantList{} << int(ErrorCode::Failure);
        QTest::newRow("a missing table") << "SELECT * FROM nowhere" << QVariantList{} << int(ErrorCode::Failure);
        QTest::newRow("too few values") << "SELECT ?, ?" << QVariantList{1} << int(ErrorCode::Usage);
        QTest::newRow("two statements at once") << "SELECT 1; SELECT 2" << QVariantList{} << int(ErrorCode::Usage);
    }

    void helpersReturnErrorsNotExceptions()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, parameters);
        QFETCH(int, code);
        auto database = created(freshPath());
        auto reader = database->beginRead();
        const auto rows = reader->connection().query(sql, parameters);
        QVERIFY(!rows.ok());
        QCOMPARE(int(rows.error().code), code);
        QVERIFY(!rows.error().message.isEmpty());
    }

    void valuesKeepTheirTypes()
    {
        auto database = created(freshPath());
        auto reader = database->beginRead();
        const QByteArray blob("\x00\x01\xff", 3);
        const auto row = reader->connection().queryRow(QStringLiteral("SELECT ?, ?, ?, ?, ?, ?"),
                                                       {QVariant(), 42, 2.5, QStringLiteral("Ngozi"), blob, true});
        QVERIFY(row.ok() && row->has_value());
        const Row& values = **row;
        QVERIFY(values.at(0).isNull());
        QCOMPARE(values.at(1).toLongLong(), 42);
        QCOMPARE(values.at(2).toDouble(), 2.5);
        QCOMPARE(values.at(3).toString(), QStringLiteral("Ngozi"));
        QCOMPARE(values.at(4).toByteArray(), blob);
        QCOMPARE(values.at(5).toLongLong(), 1);
        QVERIFY(!reader->connection().queryRow(QStringLiteral("SELECT 1 WHERE 0"))->has_value());
    }

    void readersAndTheWriterWorkFromManyThreads()
    {
        DatabaseOptions options = withPatients();
        options.readerCount = 2;
        auto database = created(freshPath(), std::move(options));
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        threads.reserve(4);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    if (!addPatient(*database, QStringLiteral("Patient %1-%2").arg(t).arg(i)).ok())
                        ++failures;
                    if (patientCount(*database) < 1)
                        ++failures;
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(patientCount(*database), 100);
    }

    void theHeaderShowsTheKeyParametersWithoutTheKey()
    {
        DatabaseOptions options = withPatients();
        options.keyParameters = KeyParameters{2, 41};
        const QString path = freshPath();
        created(path, std::move(options))->close();
        const auto header = Database::readHeader(path);
        QVERIFY(header.ok());
        QCOMPARE(header->formatVersion, page::kFormatVersion);
        QCOMPARE(header->keyParameters.kdfProfile, std::uint8_t(2));
        QCOMPARE(header->keyParameters.keyEpoch, std::uint32_t(41));
        QCOMPARE(Database::readHeader(m_dir.filePath(QStringLiteral("none.db"))).error().code, ErrorCode::NotFound);
    }

    void openingKeepsTheKeyParametersTheFileHas()
    {
        DatabaseOptions options = withPatients();
        options.keyParameters = KeyParameters{2, 5};
        const QString path = freshPath();
        created(path, std::move(options))->close();
        {
            auto reopened = Database::open(path, testKey(), withPatients()); // default parameters {0, 0}
            QVERIFY(reopened.ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(
                    addPatient(**reopened, QStringLiteral("Patient %1 with a longer name to fill pages").arg(i)).ok());
        }
        const QByteArray contents = readFile(path);
        QVERIFY(contents.size() > 4 * page::kSize);
        for (qsizetype at = 0; at < contents.size(); at += page::kSize) {
            const Trailer trailer = Trailer::decode(
                reinterpret_cast<const unsigned char*>(contents.constData() + at + page::kTrailerOffset));
            QCOMPARE(trailer.kdfProfile, std::uint8_t(2));
            QCOMPARE(trailer.keyEpoch, std::uint32_t(5));
        }
    }

    void closingForgetsTheKey()
    {
        const QString path = freshPath();
        auto database = created(path);
        const std::string canonical = KeyRegistration::canonicalPath(path.toStdString());
        QVERIFY(KeyRegistration::find(canonical) != nullptr);
        database->close();
        QVERIFY(!database->isOpen());
        QVERIFY(KeyRegistration::find(canonical) == nullptr);
        QCOMPARE(database->beginWrite().error().code, ErrorCode::Usage);
        sqlite3* raw = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, vfs::kName);
        QVERIFY(sqlite3_exec(raw, "SELECT * FROM patients", nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(raw);
    }

    void closingLeavesOneSelfContainedFile()
    {
        const QString path = freshPath();
        auto database = created(path);
        QVERIFY(addPatient(*database, QStringLiteral("Checkpointed")).ok());
        database->close();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QVERIFY(writeFile(path + QStringLiteral("-wal"), {})); // an empty leftover log is harmless
        auto reopened = Database::open(path, testKey(), withPatients());
        QCOMPARE(patientCount(**reopened), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
