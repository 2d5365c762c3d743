#include "core/search/SearchQuery.h"

#include <QTest>

using namespace outpost;
using namespace outpost::search;

/// One search box: the query is taken apart into names, dates, years, ids and phone digits.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QDate>>("dates");
        QTest::newRow("day first with slashes") << "12/03/1984" << QList<QDate>{QDate(1984, 3, 12), QDate(1984, 12, 3)};
        QTest::newRow("ISO") << "1984-03-12" << QList<QDate>{QDate(1984, 3, 12)};
        QTest::newRow("day first with dots") << "12.03.1984" << QList<QDate>{QDate(1984, 3, 12), QDate(1984, 12, 3)};
        QTest::newRow("only one reading is a real date") << "25/03/1984" << QList<QDate>{QDate(1984, 3, 25)};
        QTest::newRow("month first when day first is impossible") << "03/25/1984" << QList<QDate>{QDate(1984, 3, 25)};
        QTest::newRow("the same either way") << "05/05/1990" << QList<QDate>{QDate(1990, 5, 5)};
        QTest::newRow("single digits") << "1/2/2001" << QList<QDate>{QDate(2001, 2, 1), QDate(2001, 1, 2)};
        QTest::newRow("31 February is no date") << "31/02/1984" << QList<QDate>{};
        QTest::newRow("ISO with a bad month") << "1984-13-01" << QList<QDate>{};
        QTest::newRow("text is no date") << "smith" << QList<QDate>{};
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QList<QDate>, dates);
        QCOMPARE(parseDate(text), dates);
    }

    void namesInAnyOrderWithADate()
    {
        const auto query = parseQuery(QStringLiteral("Müller anna 12/03/1984"));
        QVERIFY(query.ok());
        QCOMPARE(query->nameWords, QStringList({QStringLiteral("muller"), QStringLiteral("anna")}));
        QCOMPARE(query->dates.first(), QDate(1984, 3, 12));
        QVERIFY(query->identifiers.isEmpty());
    }

    void aLoneYearIsABirthYear()
    {
        const auto query = parseQuery(QStringLiteral("garcia 1984"));
        QVERIFY(query.ok());
        QCOMPARE(query->birthYear, 1984);
        QCOMPARE(query->nameWords, QStringList{QStringLiteral("garcia")});
    }

    void anIdTypedWithSpacesIsAlsoTriedWhole()
    {
        const auto query = parseQuery(QStringLiteral("sn 1984 0312"));
        QVERIFY(query.ok());
        QVERIFY(query->identifiers.contains(QStringLiteral("SN19840312")));
    }

    void identifiersAreNormalised()
    {
        const auto query = parseQuery(QStringLiteral("mrn-00123"));
        QVERIFY(query.ok());
        QCOMPARE(query->identifiers, QStringList{QStringLiteral("MRN00123")});
        QVERIFY(query->nameWords.isEmpty());
        QCOMPARE(normaliseIdentifier(QStringLiteral(" ab 12-34 ")), QStringLiteral("AB1234"));
    }

    void phoneNumbersBecomeDigits()
    {
        const auto query = parseQuery(QStringLiteral("+44 (20) 7946-0958"));
        QVERIFY(query.ok());
        QCOMPARE(query->phoneDigits, QStringLiteral("442079460958"));
        QVERIFY(query->nameWords.isEmpty());
    }

    void hostileInputIsPlainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a double quote") << "\"";
        QTest::newRow("a star") << "*";
        QTest::newRow("an FTS NEAR") << "NEAR(";
        QTest::newRow("an FTS OR") << "OR";
        QTest::newRow("SQL injection") << "') OR 1=1 --";
        QTest::newRow("control characters") << QStringLiteral("\u0001\u0002abc\u001f");
        QTest::newRow("invalid UTF-8") << QString::fromUtf8("\xff\xfe\xc3");
        QTest::newRow("only spaces") << "     ";
    }

    void hostileInputIsPlainText()
    {
        QFETCH(QString, text);
        const auto query = parseQuery(text);
        QVERIFY(query.ok());
        for (const QString& word : query->nameWords) {
            for (const QChar c : word)
                QVERIFY2(c.isLetterOrNumber(), qPrintable(word));
        }
    }

    void tooLongIsRefusedWithASentence()
    {
        const auto query = parseQuery(QString(10000, QLatin1Char('a')));
        QVERIFY(!query.ok());
        QCOMPARE(query.error().code, ErrorCode::Invalid);
        QVERIFY(query.error().message.contains(QLatin1String("too long")));
        QVERIFY(parseQuery(QString(kMaxQueryLength, QLatin1Char('a'))).ok());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "TestSearchQuery.moc"
