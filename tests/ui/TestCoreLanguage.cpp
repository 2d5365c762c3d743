// The core's sentences for people (CoreText::tr) follow the language chosen in the app, like the UI.
#include "SettingsController.h"

#include "core/auth/PasswordPolicy.h"
#include "core/backup/BackupService.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using outpost::ui::SettingsController;

class TestCoreLanguage : public QObject
{
    Q_OBJECT

    static QString tooShort()
    {
        auto checked = auth::checkPassword(QStringLiteral("abc"), {});
        return checked ? QString() : checked.error().message;
    }

    static QString missingBackup(const QString& folder)
    {
        auto verified = backup::BackupService::verify(folder + QStringLiteral("/none.outpostbackup"), {});
        return verified ? QString() : verified.error().message;
    }

private Q_SLOTS:
    void coreErrorsAreInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"fr", "es", "de", "ar"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void coreErrorsAreInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        SettingsController settings{QString()};
        settings.setLanguage(QStringLiteral("en"));
        const QString englishShort = tooShort();
        const QString englishMissing = missingBackup(dir.path());
        QVERIFY(englishShort.startsWith(QLatin1String("The password is too short")));
        QVERIFY(englishMissing.startsWith(QLatin1String("There is no file at")));

        settings.setLanguage(language);
        const QString translatedShort = tooShort();
        const QString translatedMissing = missingBackup(dir.path());
        QVERIFY2(translatedShort != englishShort, qPrintable(translatedShort));
        QVERIFY2(translatedMissing != englishMissing, qPrintable(translatedMissing));
        // The placeholders are filled in the translation too: the minimum length and the path.
        QVERIFY2(translatedShort.contains(QLatin1Char('1')) || translatedShort.contains(QChar(0x0661)),
                 qPrintable(translatedShort));
        QVERIFY2(translatedMissing.contains(QLatin1String("none.outpostbackup")), qPrintable(translatedMissing));

        settings.setLanguage(QStringLiteral("en"));
        QCOMPARE(tooShort(), englishShort);
    }
};

QTEST_MAIN(TestCoreLanguage)
#include "TestCoreLanguage.moc"
