#include "core/search/TextFold.h"

#include <QTest>

using namespace outpost::search;

/// Names are compared the way a receptionist hears them: without case, accents or spelling variants.
class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("capitals become lower case") << "MULLER"
                                                    << "muller";
        QTest::newRow("accents are dropped") << QStringLiteral("José Núñez") << "jose nunez";
        QTest::newRow("umlauts lose their dots") << QStringLiteral("Müller") << "muller";
        QTest::newRow("sharp s becomes ss") << QStringLiteral("Straße") << "strasse";
        QTest::newRow("capital sharp s becomes ss") << QStringLiteral("STRAẞE") << "strasse";
        QTest::newRow("Scandinavian ø and æ") << QStringLiteral("Søren Ærø") << "soren aero";
        QTest::newRow("Polish ł") << QStringLiteral("Łukasz Wałęsa") << "lukasz walesa";
        QTest::newRow("Vietnamese đ and tones") << QStringLiteral("Đặng Thị") << "dang thi";
        QTest::newRow("apostrophes vanish") << QStringLiteral("O’Brien d'Arcy") << "obrien darcy";
        QTest::newRow("Turkish dotless i") << QStringLiteral("Işık") << "isik";
        QTest::newRow("Arabic passes through") << QStringLiteral("محمد") << QStringLiteral("محمد");
        QTest::newRow("Chinese passes through") << QStringLiteral("王秀英") << QStringLiteral("王秀英");
        QTest::newRow("full-width Latin is normalised") << QStringLiteral("ＡＢＣ") << "abc";
    }

    void folding()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(fold(input), folded);
    }

    void wordsSplitOnPunctuation()
    {
        QCOMPARE(words(QStringLiteral("  Anne-Marie  DE LA Cruz, jr. ")),
                 QStringList({QStringLiteral("anne"), QStringLiteral("marie"), QStringLiteral("de"),
                              QStringLiteral("la"), QStringLiteral("cruz"), QStringLiteral("jr")}));
        QVERIFY(words(QStringLiteral("\"*() -- ;")).isEmpty());
    }

    void soundsAlike_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("alike");
        QTest::newRow("Mohamed sounds like Mohammed") << "mohamed"
                                                      << "mohammed" << true;
        QTest::newRow("Muhammad sounds like Mohamed") << "muhammad"
                                                      << "mohamed" << true;
        QTest::newRow("Jonson sounds like Johnson") << "jonson"
                                                    << "johnson" << true;
        QTest::newRow("Mueller sounds like Müller") << "mueller"
                                                    << "muller" << true;
        QTest::newRow("Philip sounds like Filip") << "philip"
                                                  << "filip" << true;
        QTest::newRow("Catherine sounds like Katherine") << "catherine"
                                                         << "katherine" << true;
        QTest::newRow("Aisha sounds like Aysha") << "aisha"
                                                 << "aysha" << true;
        QTest::newRow("Schmidt sounds like Smidt") << "schmidt"
                                                   << "smidt" << true;
        QTest::newRow("Smith does not sound like Jones") << "smith"
                                                         << "jones" << false;
        QTest::newRow("Garcia does not sound like Martinez") << "garcia"
                                                             << "martinez" << false;
        QTest::newRow("Nguyen does not sound like Tran") << "nguyen"
                                                         << "tran" << false;
    }

    void soundsAlike()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, alike);
        QCOMPARE(phoneticKey(a) == phoneticKey(b), alike);
    }

    void nonLatinWordsAreTheirOwnKey()
    {
        QCOMPARE(phoneticKey(QStringLiteral("محمد")), QStringLiteral("محمد"));
        QCOMPARE(phoneticKey(QString()), QString());
    }

    void oneEdit_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("close");
        QTest::newRow("the same word") << "johnson"
                                       << "johnson" << true;
        QTest::newRow("one letter changed") << "johnson"
                                            << "johnsen" << true;
        QTest::newRow("one letter missing") << "johnson"
                                            << "jonson" << true;
        QTest::newRow("one letter added") << "jonson"
                                          << "johnson" << true;
        QTest::newRow("two letters swapped") << "johnson"
                                             << "jhonson" << true;
        QTest::newRow("swap at the end") << "maria"
                                         << "marai" << true;
        QTest::newRow("two letters changed") << "johnson"
                                             << "jahnsen" << false;
        QTest::newRow("two letters missing") << "johnson"
                                             << "jonsn" << false;
        QTest::newRow("different lengths by two") << "ann"
                                                  << "annie" << false;
        QTest::newRow("a swap plus a change") << "abcd"
                                              << "bacf" << false;
    }

    void oneEdit()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, close);
        QCOMPARE(withinOneEdit(a, b), close);
        QCOMPARE(withinOneEdit(b, a), close);
    }

    void sanitiseDropsControlCharactersAndSqueezesSpace()
    {
        QCOMPARE(sanitise(QStringLiteral("  an\u0000na\t\n  smith\u200b ")), QStringLiteral("anna smith"));
        QCOMPARE(sanitise(QString::fromUtf8("bad \xC3\x28 utf")), QStringLiteral("bad ( utf"));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "TestTextFold.moc"
