#include "core/config/Settings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::config;

/// Settings come from defaults, then outpost.conf, then OUTPOST_* variables, then the command line.
class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray& contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("outpost.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the test configuration");
        file.write(contents);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsApplyWithoutAFile()
    {
        const auto settings = Settings::load(QStringLiteral("/nonexistent/outpost.conf"), QProcessEnvironment());
        QVERIFY(settings.ok());
        QCOMPARE(settings->logLevel(), QStringLiteral("info"));
        QVERIFY(!settings->jsonLogs());
        QCOMPARE(settings->logMaxBytes(), 10LL * 1024 * 1024);
        QCOMPARE(settings->logMaxFiles(), 5);
        QVERIFY(settings->serverUrl().isEmpty());
        QVERIFY(settings->dataDir().endsWith(QLatin1String("/Outpost")));
        QCOMPARE(settings->source(QStringLiteral("log_level")), Source::Default);
    }

    void theFileOverridesDefaults()
    {
        const QString path = writeConfig("log_level = debug\nlog_format = json\nlog_max_files = 3\n");
        const auto settings = Settings::load(path, QProcessEnvironment());
        QVERIFY(settings.ok());
        QCOMPARE(settings->logLevel(), QStringLiteral("debug"));
        QVERIFY(settings->jsonLogs());
        QCOMPARE(settings->logMaxFiles(), 3);
        QCOMPARE(settings->source(QStringLiteral("log_level")), Source::File);
    }

    void theEnvironmentOverridesTheFile()
    {
        const QString path = writeConfig("log_level = debug\n");
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OUTPOST_LOG_LEVEL"), QStringLiteral("warn"));
        environment.insert(QStringLiteral("OUTPOST_DATA_DIR"), m_dir.filePath(QStringLiteral("clinic")));
        environment.insert(QStringLiteral("OUTPOST_SERVER_URL"), QStringLiteral("https://sync.example.org"));
        const auto settings = Settings::load(path, environment);
        QVERIFY(settings.ok());
        QCOMPARE(settings->logLevel(), QStringLiteral("warn"));
        QCOMPARE(settings->dataDir(), m_dir.filePath(QStringLiteral("clinic")));
        QCOMPARE(settings->serverUrl(), QStringLiteral("https://sync.example.org"));
        QCOMPARE(settings->source(QStringLiteral("log_level")), Source::Environment);
    }

    void theCommandLineOverridesEverything()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OUTPOST_LOG_LEVEL"), QStringLiteral("warn"));
        const auto settings = Settings::load({}, environment, {{QStringLiteral("log_level"), QStringLiteral("trace")}});
        QVERIFY(settings.ok());
        QCOMPARE(settings->logLevel(), QStringLiteral("trace"));
        QCOMPARE(settings->source(QStringLiteral("log_level")), Source::CommandLine);
    }

    void badValuesAreRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("an unknown log level") << "OUTPOST_LOG_LEVEL"
                                              << "loud"
                                              << "must be one of";
        QTest::newRow("an unknown log format") << "OUTPOST_LOG_FORMAT"
                                               << "xml"
                                               << "text or json";
        QTest::newRow("a log size of zero") << "OUTPOST_LOG_MAX_SIZE_MB"
                                            << "0"
                                            << "from 1 to 1024";
        QTest::newRow("a log count that is not a number") << "OUTPOST_LOG_MAX_FILES"
                                                          << "many"
                                                          << "from 1 to 100";
        QTest::newRow("a server address without a scheme") << "OUTPOST_SERVER_URL"
                                                           << "sync.example.org"
                                                           << "http:// or https://";
        QTest::newRow("an ftp server address") << "OUTPOST_SERVER_URL"
                                               << "ftp://example.org"
                                               << "http:// or https://";
        QTest::newRow("an empty data folder") << "OUTPOST_DATA_DIR"
                                              << "  "
                                              << "must not be empty";
    }

    void badValuesAreRefusedWithASentence()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, phrase);
        QProcessEnvironment environment;
        environment.insert(variable, value);
        const auto settings = Settings::load({}, environment);
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().code, ErrorCode::Invalid);
        QVERIFY2(settings.error().message.contains(phrase), qPrintable(settings.error().message));
    }

    void secretsInTheFileAreRefused()
    {
        const QString path = writeConfig("log_level = info\nadmin_password = hunter22hunter\n");
        const auto settings = Settings::load(path, QProcessEnvironment());
        QVERIFY(!settings.ok());
        QVERIFY(settings.error().message.contains(QLatin1String("never belong in a configuration file")));
        QVERIFY2(!settings.error().message.contains(QLatin1String("hunter22")), "the secret itself is not repeated");
    }

    void unknownKeysInTheFileAreWarnedAbout()
    {
        const QString path = writeConfig("log_levle = debug\n");
        const auto settings = Settings::load(path, QProcessEnvironment());
        QVERIFY(settings.ok());
        QCOMPARE(settings->warnings().size(), 1);
        QVERIFY(settings->warnings().first().contains(QLatin1String("log_levle")));
        QCOMPARE(settings->logLevel(), QStringLiteral("info"));
    }

    void aMalformedLineNamesItsLineNumber()
    {
        const QString path = writeConfig("# comment\n\nlog_level = info\nthis line has no equals sign\n");
        const auto settings = Settings::load(path, QProcessEnvironment());
        QVERIFY(!settings.ok());
        QVERIFY2(settings.error().message.contains(QLatin1String("line 4")), qPrintable(settings.error().message));
    }

    void commentsAndSectionsAreSkipped()
    {
        const QString path = writeConfig("[General]\n; old style comment\n# log_level = trace\nlog_level = error\n");
        const auto settings = Settings::load(path, QProcessEnvironment());
        QVERIFY(settings.ok());
        QCOMPARE(settings->logLevel(), QStringLiteral("error"));
        QVERIFY(settings->warnings().isEmpty());
    }

    void unknownCommandLineSettingsAreAUsageError()
    {
        const auto settings =
            Settings::load({}, QProcessEnvironment(), {{QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().code, ErrorCode::Usage);
    }

    void theConfigFileLocationFollowsOutpostConfig()
    {
        QProcessEnvironment environment;
        QVERIFY(Settings::defaultConfigFile(environment).endsWith(QLatin1String("Outpost/outpost.conf")));
        environment.insert(QStringLiteral("OUTPOST_CONFIG"), QStringLiteral("/etc/outpost/outpost.conf"));
        QCOMPARE(Settings::defaultConfigFile(environment), QStringLiteral("/etc/outpost/outpost.conf"));
    }

    void everySourceHasAName()
    {
        QCOMPARE(sourceName(Source::Default), QStringLiteral("default"));
        QCOMPARE(sourceName(Source::File), QStringLiteral("file"));
        QCOMPARE(sourceName(Source::Environment), QStringLiteral("environment"));
        QCOMPARE(sourceName(Source::CommandLine), QStringLiteral("command line"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
