#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// The outpost executable as a user or a packager meets it.
class TestApp : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments, const QString& home)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("OUTPOST_LOG_LEVEL"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OUTPOST_PATH), arguments);
        if (!process.waitForFinished(60000))
            qFatal("outpost did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionPrintsTheProjectVersionWithoutADisplay()
    {
        QTemporaryDir home;
        const Run result = run({QStringLiteral("--version")}, home.path());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("outpost " OUTPOST_VERSION));
    }

    void selfTestLoadsEveryQmlFile()
    {
        QTemporaryDir home;
        const Run result = run({QStringLiteral("--self-test")}, home.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1String("self-test passed")));
    }

    void theWindowRendersTheFirstRunScreenAndLogsToTheDataFolder()
    {
        QTemporaryDir home;
        const QString dataDir = home.filePath(QStringLiteral("clinic"));
        const QString shot = home.filePath(QStringLiteral("window.png"));
        const Run result =
            run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), shot}, home.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 480);
        // Not a blank frame: the first-run text and menu bar put many distinct colours on screen.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, "the window rendered blank");

        QFile log(dataDir + QStringLiteral("/logs/outpost.log"));
        QVERIFY2(log.open(QIODevice::ReadOnly), "the log file lives in the data folder");
        QVERIFY(log.readAll().contains("Outpost " OUTPOST_VERSION " starting"));
    }

    void aBadLogLevelIsRefusedBeforeTheWindowOpens()
    {
        QTemporaryDir home;
        const Run result =
            run({QStringLiteral("--log-level"), QStringLiteral("loud"), QStringLiteral("--self-test")}, home.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("log_level")));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "TestApp.moc"
