#include "core/logging/JsonLinesFormatter.h"
#include "core/logging/Log.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;

/// The logs: one logger per subsystem, a rotating file with limits, JSON lines that stay valid JSON.
class TestLogging : public QObject
{
    Q_OBJECT

    static QByteArray readLog(const QString& directory)
    {
        logging::get("app")->flush();
        QFile file(QDir(directory).filePath(QStringLiteral("outpost.log")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void cleanup() { logging::shutdown(); }

    void levelsParse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("trace") << "trace" << true;
        QTest::newRow("debug") << "debug" << true;
        QTest::newRow("info in capitals") << "INFO" << true;
        QTest::newRow("warn") << "warn" << true;
        QTest::newRow("error") << "error" << true;
        QTest::newRow("off") << "off" << true;
        QTest::newRow("a made-up level") << "verbose" << false;
        QTest::newRow("nothing") << "" << false;
    }

    void levelsParse()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto level = logging::parseLevel(name);
        QCOMPARE(level.ok(), valid);
        if (!valid)
            QCOMPARE(level.error().code, ErrorCode::Usage);
    }

    void everySubsystemHasItsOwnLogger()
    {
        QTemporaryDir dir;
        QVERIFY(logging::initialise({dir.path(), QStringLiteral("info"), false, 1 << 20, 3, false}).ok());
        logging::get("storage")->info("opened the database");
        logging::get("sync")->info("pushed 3 records");
        const QByteArray log = readLog(dir.path());
        QVERIFY2(log.contains("outpost.storage [") && log.contains("opened the database"), log.constData());
        QVERIFY(log.contains("outpost.sync ["));
    }

    void messagesBelowTheLevelAreDropped()
    {
        QTemporaryDir dir;
        QVERIFY(logging::initialise({dir.path(), QStringLiteral("warn"), false, 1 << 20, 3, false}).ok());
        logging::get("app")->info("quiet detail");
        logging::get("app")->warn("loud warning");
        const QByteArray log = readLog(dir.path());
        QVERIFY(!log.contains("quiet detail"));
        QVERIFY(log.contains("loud warning"));
    }

    void jsonLinesAreValidJsonEvenForHostileText()
    {
        QTemporaryDir dir;
        QVERIFY(logging::initialise({dir.path(), QStringLiteral("debug"), true, 1 << 20, 3, false}).ok());
        const std::string hostile = std::string("quote \" backslash \\ newline \n tab \t bell \x07 bad \xC3\x28 end");
        logging::get("audit")->info("{}", hostile);
        logging::get("app")->debug("second line");
        const QList<QByteArray> lines = readLog(dir.path()).split('\n');
        QCOMPARE(lines.size(), 3); // two records and the empty rest after the last newline
        for (int i = 0; i < 2; ++i) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
            const QJsonObject object = document.object();
            QVERIFY(object.contains(QLatin1String("ts")));
            QVERIFY(object.contains(QLatin1String("thread")));
        }
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QLatin1String("logger")).toString(), QStringLiteral("outpost.audit"));
        QCOMPARE(first.value(QLatin1String("level")).toString(), QStringLiteral("info"));
        QCOMPARE(first.value(QLatin1String("msg")).toString(),
                 QStringLiteral("quote \" backslash \\ newline \n tab \t bell \u0007 bad \uFFFD( end"));
    }

    void escapingKeepsValidMultiByteCharacters()
    {
        spdlog::memory_buf_t out;
        logging::appendJsonEscaped("Müller 東京 \xF0\x9F\x98\x80 \xED\xA0\x80 \xE0\x80\x80", out);
        const QString escaped = QString::fromUtf8(out.data(), static_cast<qsizetype>(out.size()));
        QVERIFY(escaped.startsWith(QStringLiteral("Müller 東京 😀 ")));
        QVERIFY2(escaped.count(QChar(0xFFFD)) >= 2, "surrogates and overlong forms are replaced");
    }

    void theFileRotatesWithinItsLimits()
    {
        QTemporaryDir dir;
        const qint64 maxBytes = 4096;
        const int maxFiles = 2;
        QVERIFY(logging::initialise({dir.path(), QStringLiteral("info"), false, maxBytes, maxFiles, false}).ok());
        for (int i = 0; i < 500; ++i)
            logging::get("app")->info("line {} of a long run of log records", i);
        logging::get("app")->flush();
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("outpost*.log")}, QDir::Files);
        QCOMPARE(files.size(), maxFiles + 1);
        for (const QString& name : files)
            QVERIFY(QFileInfo(QDir(dir.path()).filePath(name)).size() <= maxBytes + 200);
    }

    void qtMessagesReachTheLog()
    {
        QTemporaryDir dir;
        QVERIFY(logging::initialise({dir.path(), QStringLiteral("debug"), false, 1 << 20, 3, false}).ok());
        logging::installQtMessageHandler();
        qWarning("a QML warning");
        qInstallMessageHandler(nullptr);
        const QByteArray log = readLog(dir.path());
        QVERIFY2(log.contains("outpost.qt") && log.contains("a QML warning"), log.constData());
    }

    void anUnwritableFolderIsAClearError()
    {
        const auto result = logging::initialise(
            {QStringLiteral("/proc/outpost-logs"), QStringLiteral("info"), false, 1 << 20, 3, false});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
        QVERIFY(result.error().message.contains(QLatin1String("/proc/outpost-logs")));
    }

    void aBadLevelIsRefused()
    {
        const auto result = logging::initialise({QString(), QStringLiteral("chatty"), false, 1 << 20, 3, false});
        QVERIFY(!result.ok());
    }

    void loggingBeforeInitialiseGoesNowhereSafely()
    {
        logging::shutdown();
        logging::get("ocr")->error("nobody hears this");
        QVERIFY(logging::get("ocr") != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
