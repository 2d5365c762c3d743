#include "core/clinic/LoginThrottle.h"
#include "core/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;

namespace {

const QString kUser = QStringLiteral("Amina.Diallo");
const QString kOther = QStringLiteral("bilal");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The growing delay after failed logins: its schedule, its reset, and its file.
class TestLoginThrottle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("throttle%1.json").arg(++m_counter)); }

    static void failTimes(LoginThrottle& throttle, const QString& name, int times)
    {
        for (int i = 0; i < times; ++i)
            QVERIFY(throttle.recordFailure(name).ok());
    }

private Q_SLOTS:
    void schedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("no failure, no wait") << 0 << qint64(0);
        QTest::newRow("one mistyped password costs nothing") << 1 << qint64(0);
        QTest::newRow("three failures still cost nothing") << 3 << qint64(0);
        QTest::newRow("the fourth failure waits one second") << 4 << qint64(1'000);
        QTest::newRow("the fifth waits two seconds") << 5 << qint64(2'000);
        QTest::newRow("the sixth waits four seconds") << 6 << qint64(4'000);
        QTest::newRow("the twelfth waits 256 seconds") << 12 << qint64(256'000);
        QTest::newRow("the thirteenth is capped at five minutes") << 13 << qint64(300'000);
        QTest::newRow("a thousand failures stay at five minutes") << 1000 << qint64(300'000);
    }

    void schedule()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delayMs);
        QCOMPARE(LoginThrottle::delayAfter(failures), delayMs);
    }

    void delaysGrowThenASuccessResets()
    {
        FakeClock clock;
        LoginThrottle throttle(freshPath(), clock);
        failTimes(throttle, kUser, 3);
        QVERIFY(throttle.check(kUser).ok());

        failTimes(throttle, kUser, 1);
        auto refused = throttle.check(kUser);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().message, QStringLiteral("Too many failed attempts. Try again in 1 second."));
        clock.advance(999);
        QVERIFY(!throttle.check(kUser).ok());
        clock.advance(1);
        QVERIFY(throttle.check(kUser).ok());

        failTimes(throttle, kUser, 1);
        QCOMPARE(throttle.remainingMs(kUser), qint64(2'000));
        clock.advance(2'000);
        failTimes(throttle, kUser, 1);
        QCOMPARE(throttle.check(kUser).error().message,
                 QStringLiteral("Too many failed attempts. Try again in 4 seconds."));

        QVERIFY(throttle.recordSuccess(kUser).ok());
        QCOMPARE(throttle.failures(kUser), 0);
        QVERIFY(throttle.check(kUser).ok());
    }

    void namesAreThrottledApartButCaseDoesNotMatter()
    {
        FakeClock clock;
        LoginThrottle throttle(freshPath(), clock);
        failTimes(throttle, kUser, 2);
        failTimes(throttle, kUser.toUpper(), 2);
        QCOMPARE(throttle.failures(kUser.toLower()), 4);
        QVERIFY(!throttle.check(QStringLiteral("  amina.diallo ")).ok());
        QVERIFY(throttle.check(kOther).ok());
        QCOMPARE(throttle.failures(kOther), 0);
    }

    void aRestartKeepsTheWait()
    {
        FakeClock clock;
        const QString path = freshPath();
        {
            LoginThrottle throttle(path, clock);
            failTimes(throttle, kUser, 6);
            failTimes(throttle, kOther, 1);
        }
        clock.advance(1'500);
        LoginThrottle restarted(path, clock);
        QCOMPARE(restarted.failures(kUser), 6);
        QCOMPARE(restarted.failures(kOther), 1);
        QCOMPARE(restarted.remainingMs(kUser), qint64(4'000 - 1'500));
        QCOMPARE(restarted.check(kUser).error().message,
                 QStringLiteral("Too many failed attempts. Try again in 3 seconds."));

        // …and a success after the restart is saved too.
        QVERIFY(restarted.recordSuccess(kUser).ok());
        LoginThrottle again(path, clock);
        QCOMPARE(again.failures(kUser), 0);
        QCOMPARE(again.failures(kOther), 1);
    }

    void theFileHoldsNoNameAndNoPassword()
    {
        FakeClock clock;
        const QString path = freshPath();
        LoginThrottle throttle(path, clock);
        // Someone typed their password into the user name field.
        const QString passwordTypedAsName = QStringLiteral("harbourlantern7fig");
        failTimes(throttle, kUser, 2);
        failTimes(throttle, passwordTypedAsName, 1);
        const QByteArray contents = readAll(path);
        QVERIFY(!contents.isEmpty());
        for (const QString& secret : {kUser, kUser.toLower(), passwordTypedAsName})
            QVERIFY2(!contents.contains(secret.toUtf8()), qPrintable(secret));
        const QJsonObject root = QJsonDocument::fromJson(contents).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("outpost-login-throttle"));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void twoFilesHashTheSameNameDifferently()
    {
        FakeClock clock;
        const QString first = freshPath();
        const QString second = freshPath();
        LoginThrottle a(first, clock);
        LoginThrottle b(second, clock);
        failTimes(a, kUser, 1);
        failTimes(b, kUser, 1);
        const auto nameIn = [](const QString& path) {
            const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
            return root.value(QLatin1String("entries")).toArray().at(0).toObject().value(QLatin1String("name"));
        };
        QVERIFY(!nameIn(first).toString().isEmpty());
        QVERIFY(nameIn(first) != nameIn(second));
    }

    void aDamagedFileStartsAfresh()
    {
        FakeClock clock;
        const QString path = freshPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"format\": \"outpost-login-throttle\", \"version\": 1, \"key\": \"not base64!\"}");
        }
        LoginThrottle throttle(path, clock);
        QCOMPARE(throttle.failures(kUser), 0);
        failTimes(throttle, kUser, 4);
        LoginThrottle restarted(path, clock);
        QCOMPARE(restarted.failures(kUser), 4);
    }

    void aQuietDayForgetsTheFailures()
    {
        FakeClock clock;
        LoginThrottle throttle(freshPath(), clock);
        failTimes(throttle, kUser, 8);
        clock.advance(LoginThrottle::kForgetAfterMs + 1);
        QCOMPARE(throttle.failures(kUser), 0);
        failTimes(throttle, kUser, 1);
        QCOMPARE(throttle.failures(kUser), 1);
        QVERIFY(throttle.check(kUser).ok());
    }

    void aClockSetBackDoesNotLengthenTheWait()
    {
        FakeClock clock;
        LoginThrottle throttle(freshPath(), clock);
        failTimes(throttle, kUser, 4);
        clock.advance(-60 * 60 * 1'000);
        QCOMPARE(throttle.remainingMs(kUser), qint64(1'000));
        QCOMPARE(throttle.failures(kUser), 4);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
