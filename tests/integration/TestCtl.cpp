#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// outpostctl as an admin meets it: help, version, exit codes and plain sentences on stderr.
class TestCtl : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Run run(const QStringList& arguments, const QProcessEnvironment& extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("OUTPOST_LOG_LEVEL"));
        for (const QString& key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OUTPOSTCTL_PATH), arguments);
        if (!process.waitForFinished(30000))
            qFatal("outpostctl did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void helpListsTheCommandsAndExitCodes()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("Usage: outpostctl")));
        QVERIFY(result.out.contains(QLatin1String("config [--json]")));
        QVERIFY(result.out.contains(QLatin1String("3 wrong password or key")));
    }

    void versionMatchesTheProject()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("outpostctl " OUTPOST_VERSION));
    }

    void noCommandIsAUsageError()
    {
        const Run result = run({});
        QCOMPARE(result.exitCode, 2);
    }

    void anUnknownCommandIsAUsageErrorInASentence()
    {
        const Run result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("Unknown command \"frobnicate\"")));
    }

    void anUnknownOptionIsAUsageError()
    {
        QCOMPARE(run({QStringLiteral("--colour"), QStringLiteral("config")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--data-dir")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("--yaml")}).exitCode, 2);
    }

    void configShowsWhereEachSettingComesFrom()
    {
        QTemporaryDir data;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OUTPOST_LOG_FORMAT"), QStringLiteral("json"));
        const Run result =
            run({QStringLiteral("--data-dir"), data.path(), QStringLiteral("config"), QStringLiteral("--json")},
                environment);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(document.value(QLatin1String("data_dir")).toObject().value(QLatin1String("value")).toString(),
                 data.path());
        QCOMPARE(document.value(QLatin1String("data_dir")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("command line"));
        QCOMPARE(document.value(QLatin1String("log_format")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("environment"));
        QCOMPARE(document.value(QLatin1String("log_level")).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("info"));
    }

    void aBadSettingIsReportedPlainly()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OUTPOST_LOG_LEVEL"), QStringLiteral("shouty"));
        const Run result = run({QStringLiteral("config")}, environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("Setting log_level: must be one of")));
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "TestCtl.moc"
