#include "BackupFuzzEntry.h"

#include <QTest>

#include <random>

using namespace outpost::backup::fuzz;

/// The backup reader's fuzz entry function over deterministic mutations of real backups, so the
/// harness runs in every build, not only in the clang fuzz build.
class TestBackupFuzz : public QObject
{
    Q_OBJECT

    static QByteArray mutate(QByteArray input, std::mt19937& random)
    {
        const int edits = 1 + int(random() % 4);
        for (int i = 0; i < edits && !input.isEmpty(); ++i) {
            const int at = int(random() % quint32(input.size()));
            switch (random() % 4) {
            case 0:
                input[at] = static_cast<char>(input.at(at) ^ (1 << (random() % 8)));
                break;
            case 1:
                input[at] = static_cast<char>(random());
                break;
            case 2:
                input.truncate(at);
                break;
            default:
                input.insert(at, QByteArray(int(random() % 64), static_cast<char>(random())));
            }
        }
        return input;
    }

    static Outcome run(const QByteArray& input)
    {
        return runBackupInput(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
    }

private Q_SLOTS:
    void seedsReadAndMutationsAreRefused()
    {
        const std::vector<QByteArray> seeds = backupSeeds();
        QCOMPARE(seeds.size(), std::size_t(4));
        QCOMPARE(run(seeds[0]), Outcome::Read); // the harness reaches the end of a good backup
        QCOMPARE(run(seeds[1]), Outcome::RefusedStream);
        QCOMPARE(run(seeds[2]), Outcome::RefusedStream);
        QCOMPARE(run(seeds[3]), Outcome::RefusedStream);

        std::mt19937 random(20261126);
        int read = 0;
        for (int i = 0; i < 400; ++i)
            read += run(mutate(seeds[random() % seeds.size()], random)) == Outcome::Read;
        // A mutated backup may only read through when the mutation missed everything authenticated
        // (bytes appended after the end are refused too): never.
        QCOMPARE(read, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupFuzz)
#include "TestBackupFuzz.moc"
