#include "core/config/Settings.h"

#include <QFile>
#include <QTest>

using namespace outpost::config;

/// docs/configuration.md and outpost.conf.example list every setting the code reads, with its
/// environment override and its default — so the documentation cannot drift from the code.
class TestConfigurationDocs : public QObject
{
    Q_OBJECT

    static QString read(const char* relative)
    {
        QFile file(QStringLiteral(OUTPOST_SOURCE_DIR "/") + QString::fromLatin1(relative));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void theReferenceListsEverySetting()
    {
        const QString doc = read("docs/configuration.md");
        QVERIFY2(!doc.isEmpty(), "docs/configuration.md is missing");
        for (const SettingSpec& spec : settingSpecs()) {
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(QLatin1String(spec.key))), spec.key);
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(QLatin1String(spec.environment))), spec.environment);
        }
    }

    void theExampleFileListsEverySettingAndLoads()
    {
        const QString example = read("outpost.conf.example");
        QVERIFY2(!example.isEmpty(), "outpost.conf.example is missing");
        for (const SettingSpec& spec : settingSpecs()) {
            const QString line =
                QStringLiteral("%1 = %2").arg(QLatin1String(spec.key), QLatin1String(spec.defaultValue));
            QVERIFY2(example.contains(line.trimmed()), qPrintable(line));
        }
        // The example, uncommented as shipped, must itself be a valid configuration.
        const auto settings =
            Settings::load(QStringLiteral(OUTPOST_SOURCE_DIR "/outpost.conf.example"), QProcessEnvironment());
        QVERIFY2(settings.ok(), settings.ok() ? "" : qPrintable(settings.error().message));
        QVERIFY(settings->warnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigurationDocs)
#include "TestConfigurationDocs.moc"
