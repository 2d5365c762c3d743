#include "core/crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace outpost;
using namespace outpost::crypto;

/// The recovery key reads aloud in groups, types back forgivingly and catches typos before any unlocking.
class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(initialiseSodium()); }

    void theTextIsFourteenGroupsOfFourUnambiguousCharacters()
    {
        const QString text = RecoveryKey::generate().text();
        static const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$"));
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        QVERIFY(RecoveryKey::generate().text() != text);
    }

    void theTextReadsBackAsTheSameKey_data()
    {
        QTest::addColumn<QString>("rewrite");
        QTest::newRow("as printed") << QString();
        QTest::newRow("in lower case") << QStringLiteral("lower");
        QTest::newRow("with spaces instead of dashes") << QStringLiteral("spaces");
        QTest::newRow("with no separators at all") << QStringLiteral("bare");
        QTest::newRow("with the letter O for zero and l for one") << QStringLiteral("lookalikes");
        QTest::newRow("spread over two lines with stray blanks") << QStringLiteral("lines");
    }

    void theTextReadsBackAsTheSameKey()
    {
        QFETCH(QString, rewrite);
        // A key whose text has both a 0 and a 1, so the look-alike row tests something.
        RecoveryKey key = RecoveryKey::generate();
        while (!key.text().contains(QLatin1Char('0')) || !key.text().contains(QLatin1Char('1')))
            key = RecoveryKey::generate();
        QString text = key.text();
        if (rewrite == QLatin1String("lower"))
            text = text.toLower();
        else if (rewrite == QLatin1String("spaces"))
            text.replace(QLatin1Char('-'), QLatin1Char(' '));
        else if (rewrite == QLatin1String("bare"))
            text.remove(QLatin1Char('-'));
        else if (rewrite == QLatin1String("lookalikes"))
            text.replace(QLatin1Char('0'), QLatin1Char('O')).replace(QLatin1Char('1'), QLatin1Char('l'));
        else if (rewrite == QLatin1String("lines"))
            text = QStringLiteral("  ") + text.left(34) + QStringLiteral(" \n ") + text.mid(35) + QStringLiteral("\n");
        const auto parsed = RecoveryKey::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(parsed->secret().equals(key.secret()));
        QCOMPARE(parsed->text(), key.text());
    }

    void aTypoIsCaughtBeforeAnyUnlocking_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("says");
        QTest::newRow("one character changed") << QStringLiteral("change") << QStringLiteral("has a typo");
        QTest::newRow("two neighbours swapped") << QStringLiteral("swap") << QStringLiteral("has a typo");
        QTest::newRow("a group left out") << QStringLiteral("drop") << QStringLiteral("this one has 52");
        QTest::newRow("one character too many") << QStringLiteral("extra") << QStringLiteral("this one has 57");
        QTest::newRow("a U, which the alphabet leaves out") << QStringLiteral("u") << QStringLiteral("\"U\"");
        QTest::newRow("nothing at all") << QStringLiteral("empty") << QStringLiteral("this one has 0");
    }

    void aTypoIsCaughtBeforeAnyUnlocking()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, says);
        QString text = RecoveryKey::generate().text();
        if (mistake == QLatin1String("change")) {
            text[7] = text[7] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        } else if (mistake == QLatin1String("swap")) {
            int i = 0;
            while (text[i] == text[i + 1] || text[i + 1] == QLatin1Char('-') || text[i] == QLatin1Char('-'))
                ++i;
            std::swap(text[i], text[i + 1]);
        } else if (mistake == QLatin1String("drop")) {
            text.remove(10, 5);
        } else if (mistake == QLatin1String("extra")) {
            text += QLatin1Char('7');
        } else if (mistake == QLatin1String("u")) {
            text[3] = QLatin1Char('U');
        } else {
            text.clear();
        }
        const auto parsed = RecoveryKey::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::WrongCredentials);
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    }

    void theDataKeyFollowsFromTheRecoveryKeyAlone()
    {
        const RecoveryKey key = RecoveryKey::generate();
        const auto again = RecoveryKey::parse(key.text());
        QVERIFY(again.ok());
        QCOMPARE(key.dataKey().size(), size_t(32));
        QVERIFY(key.dataKey().equals(again->dataKey()));
        QVERIFY(!key.dataKey().equals(RecoveryKey::generate().dataKey()));
        QVERIFY(!key.dataKey().equals(key.secret())); // derived, not the recovery key itself
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
