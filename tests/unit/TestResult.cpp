#include "core/Result.h"

#include <QTest>

using namespace outpost;

/// Result<T> carries either a value or an error a user can read, and errors map to outpostctl exit codes.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValueIsOk()
    {
        const Result<int> result(42);
        QVERIFY(result.ok());
        QCOMPARE(*result, 42);
    }

    void anErrorCarriesItsMessage()
    {
        const Result<QString> result = makeError(ErrorCode::NotFound, QStringLiteral("No such patient."));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QCOMPARE(result.error().message, QStringLiteral("No such patient."));
    }

    void voidResultsFailOnlyWithAnError()
    {
        const Result<void> fine;
        QVERIFY(fine.ok());
        const Result<void> broken = makeError(ErrorCode::DiskFull, QStringLiteral("The disk is full."));
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::DiskFull);
    }

    void valuesCanBeMovedOut()
    {
        Result<std::unique_ptr<int>> result(std::make_unique<int>(7));
        std::unique_ptr<int> moved = std::move(result).value();
        QCOMPARE(*moved, 7);
    }

    void exitCodes_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("a usage error exits 2") << ErrorCode::Usage << 2;
        QTest::newRow("a wrong password exits 3") << ErrorCode::WrongCredentials << 3;
        QTest::newRow("damaged data exits 4") << ErrorCode::Damaged << 4;
        QTest::newRow("a refused permission exits 5") << ErrorCode::PermissionDenied << 5;
        QTest::newRow("anything else exits 1") << ErrorCode::Failure << 1;
        QTest::newRow("a full disk exits 1") << ErrorCode::DiskFull << 1;
        QTest::newRow("invalid input exits 1") << ErrorCode::Invalid << 1;
        QTest::newRow("not found exits 1") << ErrorCode::NotFound << 1;
        QTest::newRow("cancelled exits 1") << ErrorCode::Cancelled << 1;
    }

    void exitCodes()
    {
        QFETCH(ErrorCode, code);
        QFETCH(int, exitCode);
        QCOMPARE(exitCodeFor(code), exitCode);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
