#include "core/crypto/SecretKey.h"

#include <QTest>

using namespace outpost::crypto;

/// Keys live in protected memory, move but never copy, and compare in constant time.
class TestSecretKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(initialiseSodium()); }

    void randomKeysDiffer()
    {
        const SecretKey a = SecretKey::random();
        const SecretKey b = SecretKey::random();
        QCOMPARE(a.size(), SecretKey::kDefaultSize);
        QVERIFY(!a.equals(b));
        QVERIFY(a.equals(a));
    }

    void aCopyOfBytesEqualsTheOriginal()
    {
        const SecretKey a = SecretKey::random(64);
        const SecretKey b = SecretKey::fromBytes(a.bytes());
        QVERIFY(a.equals(b));
        QCOMPARE(b.size(), size_t(64));
    }

    void movingLeavesTheSourceEmpty()
    {
        SecretKey a = SecretKey::random();
        const SecretKey b = SecretKey::fromBytes(a.bytes());
        SecretKey c = std::move(a);
        QVERIFY(a.isNull()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
        QCOMPARE(a.size(), size_t(0));
        QVERIFY(c.equals(b));
        SecretKey d;
        d = std::move(c);
        QVERIFY(c.isNull()); // NOLINT(bugprone-use-after-move)
        QVERIFY(d.equals(b));
    }

    void keysOfDifferentSizesNeverMatch()
    {
        const SecretKey a(16);
        const SecretKey b(32);
        QVERIFY(!a.equals(b));
        QVERIFY(SecretKey().equals(SecretKey()));
    }
};

QTEST_GUILESS_MAIN(TestSecretKey)
#include "TestSecretKey.moc"
