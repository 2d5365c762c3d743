// ICAO 9303 MRZ parsing: the specimens of Doc 9303 for TD1, TD2 and TD3, corrupted lines, and OCR repairs that are
// kept only when the check digits then hold.
#include "ocr/Ocr.h"

#include <QtTest>

using namespace outpost::ocr;

namespace {

const QDate kToday(2026, 11, 26);

const QStringList kTd1{QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                       QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                       QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};
const QStringList kTd2{QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                       QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6")};
const QStringList kTd3{QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                       QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10")};

QStringList replaced(QStringList lines, int line, int position, QChar c)
{
    lines[line][position] = c;
    return lines;
}

} // namespace

class TestMrz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigitsFollowIcao9303()
    {
        QCOMPARE(mrzCheckDigit(QStringLiteral("L898902C3")), 6);
        QCOMPARE(mrzCheckDigit(QStringLiteral("740812")), 2);
        QCOMPARE(mrzCheckDigit(QStringLiteral("120415")), 9);
        QCOMPARE(mrzCheckDigit(QStringLiteral("D23145890")), 7);
        QCOMPARE(mrzCheckDigit(QStringLiteral("<<<<")), 0);
        QCOMPARE(mrzCheckDigit(QStringLiteral("AB-12")), -1);
    }

    void specimensParse_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("number");
        QTest::newRow("an ID card (TD1)") << kTd1 << QStringLiteral("TD1") << QStringLiteral("D23145890");
        QTest::newRow("a TD2 card") << kTd2 << QStringLiteral("TD2") << QStringLiteral("D23145890");
        QTest::newRow("a passport (TD3)") << kTd3 << QStringLiteral("TD3") << QStringLiteral("L898902C3");
    }

    void specimensParse()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, format);
        QFETCH(QString, number);
        const std::optional<Mrz> mrz = parseMrz(lines, kToday);
        QVERIFY(mrz);
        QCOMPARE(mrz->format, format);
        QVERIFY(mrz->checkDigitsValid);
        QVERIFY(!mrz->repaired);
        QCOMPARE(mrz->documentNumber, number);
        QCOMPARE(mrz->issuingState, QStringLiteral("UTO"));
        QCOMPARE(mrz->nationality, QStringLiteral("UTO"));
        QCOMPARE(mrz->familyName, QStringLiteral("ERIKSSON"));
        QCOMPARE(mrz->givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(mrz->birthDate, QStringLiteral("1974-08-12"));
        QCOMPARE(mrz->sex, QStringLiteral("female"));
        QCOMPARE(mrz->expiryDate, QStringLiteral("2012-04-15"));
    }

    void corruptedLinesFailTheirCheckDigits_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("TD3 document number") << replaced(kTd3, 1, 3, u'7');
        QTest::newRow("TD3 birth date") << replaced(kTd3, 1, 15, u'9');
        QTest::newRow("TD3 expiry date") << replaced(kTd3, 1, 24, u'5');
        QTest::newRow("TD3 personal number") << replaced(kTd3, 1, 30, u'F');
        QTest::newRow("TD3 composite digit") << replaced(kTd3, 1, 43, u'1');
        QTest::newRow("TD1 document number") << replaced(kTd1, 0, 6, u'3');
        QTest::newRow("TD1 optional data (composite only)") << replaced(kTd1, 1, 20, u'X');
        QTest::newRow("TD2 birth date") << replaced(kTd2, 1, 14, u'5');
    }

    void corruptedLinesFailTheirCheckDigits()
    {
        QFETCH(QStringList, lines);
        const std::optional<Mrz> mrz = parseMrz(lines, kToday);
        QVERIFY(mrz);
        QVERIFY(!mrz->checkDigitsValid);
    }

    void confusionsAreRepairedWhenTheCheckDigitsThenHold_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("birthDate");
        QTest::newRow("O for 0 in a birth date")
            << replaced(kTd3, 1, 15, u'O') << QStringLiteral("L898902C3") << QStringLiteral("1974-08-12");
        QTest::newRow("I for 1 in an expiry date")
            << replaced(kTd1, 1, 8, u'I') << QStringLiteral("D23145890") << QStringLiteral("1974-08-12");
        QTest::newRow("O for 0 in a document number")
            << replaced(kTd3, 1, 5, u'O') << QStringLiteral("L898902C3") << QStringLiteral("1974-08-12");
        QTest::newRow("a Q read for the composite 0")
            << replaced(kTd3, 1, 43, u'Q') << QStringLiteral("L898902C3") << QStringLiteral("1974-08-12");
        QTest::newRow("0 for O in the nationality")
            << replaced(kTd2, 1, 12, u'0') << QStringLiteral("D23145890") << QStringLiteral("1974-08-12");
    }

    void confusionsAreRepairedWhenTheCheckDigitsThenHold()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, number);
        QFETCH(QString, birthDate);
        const std::optional<Mrz> mrz = parseMrz(lines, kToday);
        QVERIFY(mrz);
        QVERIFY(mrz->checkDigitsValid);
        QVERIFY(mrz->repaired);
        QCOMPARE(mrz->documentNumber, number);
        QCOMPARE(mrz->birthDate, birthDate);
        QCOMPARE(mrz->nationality, QStringLiteral("UTO"));
    }

    void aConfusionThatBreaksTheCheckIsNotRepaired()
    {
        // 'S' in a birth date would become 5, which does not make the check digit hold: left as read, invalid.
        const std::optional<Mrz> mrz = parseMrz(replaced(kTd3, 1, 14, u'S'), kToday);
        QVERIFY(mrz);
        QVERIFY(!mrz->checkDigitsValid);
        QVERIFY(!mrz->repaired);
    }

    void ocrNoiseAroundTheLinesIsTolerated()
    {
        // Spaces inside, '«' for '<', lower-case 'c' for '<' and a missing trailing filler, as OCR returns them.
        const QStringList lines{QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<"),
                                QStringLiteral("L898902C36 UTO7408122F1204159ZE184226B««<<c10")};
        const std::optional<Mrz> mrz = parseMrz(lines, kToday);
        QVERIFY(mrz);
        QVERIFY(mrz->checkDigitsValid);
        QCOMPARE(mrz->givenNames, QStringLiteral("ANNA MARIA"));
    }

    void birthYearsAreNeverInTheFuture()
    {
        QStringList lines = kTd3;
        // Born 2030-01-01 is impossible in 2026: read as 1930.
        lines[1] = QStringLiteral("L898902C36UTO300101?F1204159ZE184226B<<<<<<<");
        lines[1][19] = QChar(u'0' + mrzCheckDigit(QStringLiteral("300101")));
        lines[1][42] = QChar(u'0' + mrzCheckDigit(lines[1].mid(28, 14)));
        lines[1][43] = QChar(u'0' + mrzCheckDigit(lines[1].mid(0, 10) + lines[1].mid(13, 7) + lines[1].mid(21, 22)));
        const std::optional<Mrz> mrz = parseMrz(lines, kToday);
        QVERIFY(mrz);
        QVERIFY(mrz->checkDigitsValid);
        QCOMPARE(mrz->birthDate, QStringLiteral("1930-01-01"));
    }

    void otherShapesAreNotMrz_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("one line") << QStringList{kTd3[0]};
        QTest::newRow("four lines") << (kTd1 + QStringList{kTd1[0]});
        QTest::newRow("prose") << QStringList{QStringLiteral("Dear colleague, thank you for seeing"),
                                              QStringLiteral("this patient, who has had a cough for weeks.")};
    }

    void otherShapesAreNotMrz()
    {
        QFETCH(QStringList, lines);
        QVERIFY(!parseMrz(lines, kToday));
    }
};

QTEST_GUILESS_MAIN(TestMrz)
#include "TestMrz.moc"
