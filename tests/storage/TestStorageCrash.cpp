#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace outpost;
using namespace outpost::storage;
using namespace outpost::storage::testing;

/// kill -9 at random moments while a second process commits: after every crash the file verifies
/// and every transaction the child acknowledged is there, with the right content.
/// Rounds: OUTPOST_CRASH_ROUNDS (default 20); the random schedule's seed: OUTPOST_CRASH_SEED.
class TestStorageCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static DatabaseOptions acks()
    {
        DatabaseOptions options;
        options.migrations.push_back(
            Migration::sql(1, QStringLiteral("acknowledgements"),
                           QStringLiteral("CREATE TABLE acks(id INTEGER PRIMARY KEY, payload BLOB)")));
        return options;
    }

    static int rounds()
    {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("OUTPOST_CRASH_ROUNDS", &ok);
        return ok && fromEnvironment > 0 ? fromEnvironment : 20;
    }

    /// The highest "ack N" line in @p output, checking the acknowledgements count up by one.
    static qint64 lastAcknowledged(const QByteArray& output, qint64 previous, bool& inOrder)
    {
        qint64 last = previous;
        inOrder = true;
        for (const QByteArray& line : output.split('\n')) {
            if (!line.startsWith("ack "))
                continue;
            const qint64 id = line.mid(4).toLongLong();
            inOrder = inOrder && id == last + 1;
            last = id;
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyAcknowledgedCommitSurvivesKill9()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.db"));
        Database::create(path, testKey(), acks()).value()->close();
        const QString keyHex =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(testKey().data()), 32).toHex());

        bool seeded = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("OUTPOST_CRASH_SEED", &seeded);
        const quint32 seed = seeded ? quint32(fromEnvironment) : QRandomGenerator::global()->bounded(1u << 30);
        QRandomGenerator random(seed);
        qInfo("crash schedule seed: %u (set OUTPOST_CRASH_SEED to repeat it)", seed);

        qint64 acknowledged = 0;
        int roundsWithCommits = 0;
        const int total = rounds();
        for (int round = 1; round <= total; ++round) {
            QProcess child;
            child.start(QStringLiteral(OUTPOST_STORAGE_CHILD), {QStringLiteral("commit-loop"), path, keyHex});
            QVERIFY(child.waitForStarted());
            QThread::msleep(random.bounded(40, 400));
            child.kill(); // SIGKILL: no destructor, no checkpoint, no flush of anything but what was written
            QVERIFY(child.waitForFinished());
            const QByteArray errors = child.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            bool inOrder = false;
            const qint64 last = lastAcknowledged(child.readAllStandardOutput(), acknowledged, inOrder);
            QVERIFY2(inOrder, qPrintable(QStringLiteral("round %1: acknowledgements out of order").arg(round)));
            roundsWithCommits += last > acknowledged ? 1 : 0;
            acknowledged = last;

            auto database = Database::open(path, testKey(), acks());
            if (!database)
                QFAIL(qPrintable(QStringLiteral("round %1: %2").arg(round).arg(database.error().message)));
            const auto verified = (*database)->verify();
            QVERIFY2(verified.ok(),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(verified.error().message)));
            auto reader = (*database)->beginRead();
            // Ids are 1…n without gaps, n covers every acknowledgement, and each payload is the child's.
            const auto row = reader->connection().queryRow(QStringLiteral(
                "SELECT count(*), coalesce(max(id), 0), "
                "sum(length(payload) <> 16 + (id * 7919) % 500 + CASE WHEN id % 50 = 0 THEN 5000 ELSE 0 END "
                "OR hex(substr(payload, 1, 1)) <> printf('%02X', id % 251)) FROM acks"));
            QVERIFY(row.ok() && row->has_value());
            const qint64 count = (**row).at(0).toLongLong();
            QCOMPARE((**row).at(1).toLongLong(), count);
            QVERIFY2(count >= acknowledged,
                     qPrintable(
                         QStringLiteral("round %1: %2 rows, %3 acknowledged").arg(round).arg(count).arg(acknowledged)));
            QCOMPARE((**row).at(2).toLongLong(), 0);
            // A commit that finished just before the kill may be there without its acknowledgement.
            QVERIFY(count <= acknowledged + 1);
            acknowledged = count;
            if (round % 50 == 0)
                qInfo("round %d: %lld transactions so far", round, acknowledged);
        }
        qInfo("%d rounds, %lld transactions, %d rounds with commits", total, acknowledged, roundsWithCommits);
        QVERIFY(roundsWithCommits >= total / 2);
    }
};

QTEST_GUILESS_MAIN(TestStorageCrash)
#include "TestStorageCrash.moc"
