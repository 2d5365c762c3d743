#include "StorageFuzzEntry.h"

#include <QTest>

#include <random>

using namespace outpost::storage::fuzz;

/// The storage fuzz target's entry function, run here over a few hundred deterministic mutations of
/// its seeds so the harness is exercised by every build, not only by the clang fuzz build.
class TestStorageFuzz : public QObject
{
    Q_OBJECT

    static QByteArray mutate(QByteArray input, std::mt19937& random)
    {
        const int edits = 1 + int(random() % 8);
        for (int i = 0; i < edits && !input.isEmpty(); ++i) {
            const int at = int(random() % quint32(input.size()));
            switch (random() % 5) {
            case 0:
                input[at] = static_cast<char>(input.at(at) ^ (1 << (random() % 8)));
                break;
            case 1:
                input[at] = static_cast<char>(random());
                break;
            case 2:
                input.truncate(at == 0 ? 1 : at);
                break;
            case 3:
                input.insert(at, QByteArray(int(random() % 64), static_cast<char>(random())));
                break;
            default:
                if (at > 0)
                    input[0] = static_cast<char>(random()); // another mode for the same bytes
            }
        }
        return input;
    }

private Q_SLOTS:
    void seedsOpenAndMutationsNeverCrash()
    {
        const std::vector<QByteArray> seeds = storageSeeds();
        QVERIFY(seeds.size() >= 6);
        int opened = 0;
        for (const QByteArray& seed : seeds)
            opened += runStorageInput(reinterpret_cast<const std::uint8_t*>(seed.constData()),
                                      std::size_t(seed.size())) == Outcome::Opened;
        QVERIFY2(opened >= 4, "the seeds should mostly open: otherwise the harness tests nothing deep");

        std::mt19937 random(20241125);
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            const QByteArray input = mutate(seeds[random() % seeds.size()], random);
            const Outcome outcome =
                runStorageInput(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
            refused += outcome == Outcome::Refused;
        }
        qInfo("300 mutations: %d refused at open, %d opened and read", refused, 300 - refused);
        QVERIFY(refused > 0);
        QVERIFY(refused < 300);
    }
};

QTEST_GUILESS_MAIN(TestStorageFuzz)
#include "TestStorageFuzz.moc"
