#include "core/Uuid.h"

#include <QSet>
#include <QTest>

using namespace outpost;

/// Ids made offline on many desktops: UUIDv7, time-ordered, never repeated.
class TestUuid : public QObject
{
    Q_OBJECT

    static RandomSource counterRandom()
    {
        auto state = std::make_shared<unsigned>(1);
        return [state](unsigned char* buffer, size_t size) {
            for (size_t i = 0; i < size; ++i)
                buffer[i] = static_cast<unsigned char>((*state = *state * 1103515245u + 12345u) >> 16);
        };
    }

private Q_SLOTS:
    void idsCarryTheirCreationTime()
    {
        FakeClock clock(1'764'100'000'123);
        UuidV7Generator ids(clock, counterRandom());
        const QString id = ids.next();
        QVERIFY2(isUuidV7(id), qPrintable(id));
        QCOMPARE(uuidV7Timestamp(id), 1'764'100'000'123);
    }

    void idsSortInCreationOrderEvenWhenTheClockStandsStill()
    {
        FakeClock clock;
        UuidV7Generator ids(clock, counterRandom());
        QString previous = ids.next();
        for (int i = 0; i < 10000; ++i) {
            if (i % 100 == 0)
                clock.advance(1);
            const QString id = ids.next();
            QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" then ") + id));
            previous = id;
        }
    }

    void aClockSteppingBackNeverReordersIds()
    {
        FakeClock clock(2'000'000'000'000);
        UuidV7Generator ids(clock, counterRandom());
        const QString before = ids.next();
        clock.set(1'900'000'000'000);
        const QString after = ids.next();
        QVERIFY(after > before);
    }

    void realRandomnessGivesUniqueIds()
    {
        SystemClock clock;
        UuidV7Generator ids(clock, systemRandom());
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i)
            seen.insert(ids.next());
        QCOMPARE(seen.size(), 20000);
    }

    void malformedIdsAreRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("a version 4 id") << "0190e1b2-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
        QTest::newRow("a wrong variant") << "0190e1b2-3c4d-7e5f-ca6b-7c8d9e0f1a2b";
        QTest::newRow("not hexadecimal") << "0190e1b2-3c4d-7e5f-8a6b-7c8d9e0f1a2z";
        QTest::newRow("missing dashes") << "0190e1b23c4d7e5f8a6b7c8d9e0f1a2b----";
        QTest::newRow("SQL") << "' OR 1=1 --";
    }

    void malformedIdsAreRecognised()
    {
        QFETCH(QString, text);
        QVERIFY(!isUuidV7(text));
        QCOMPARE(uuidV7Timestamp(text), -1);
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "TestUuid.moc"
