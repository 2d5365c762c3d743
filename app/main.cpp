// outpost: the desktop application. The one composition root: builds the services and hands them to QML.
#include "AppController.h"
#include "SelfTest.h"

#include "core/config/Settings.h"
#include "core/logging/Log.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(OutpostPlugin)

namespace {

bool hasArgument(int argc, char* argv[], const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

struct Options {
    bool selfTest = false;
    QString screenshot;
    QHash<QString, QString> overrides;
    QString configFile;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Outpost: local-first, encrypted clinic records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every QML file offscreen and exit 0 when all load."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Use DIR as the data folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("trace, debug, info, warn, error or off."),
                                      QStringLiteral("LEVEL"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Read settings from FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window, save it as a PNG to FILE and exit."),
                                        QStringLiteral("FILE"));
    parser.addOptions({selfTest, dataDir, logLevel, config, screenshot});
    parser.process(app);

    Options options;
    options.selfTest = parser.isSet(selfTest);
    options.screenshot = parser.value(screenshot);
    options.configFile = parser.value(config);
    if (parser.isSet(dataDir))
        options.overrides.insert(QStringLiteral("data_dir"), QDir(parser.value(dataDir)).absolutePath());
    if (parser.isSet(logLevel))
        options.overrides.insert(QStringLiteral("log_level"), parser.value(logLevel));
    return options;
}

int saveScreenshotLater(QQmlApplicationEngine& engine, const QString& file)
{
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QTimer::singleShot(700, window, [window, file] {
        const QImage image = window->grabWindow();
        const bool saved = !image.isNull() && image.save(file, "PNG");
        if (!saved)
            printLine(stderr, QStringLiteral("Could not save the screenshot to %1.").arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version must work without a display.
    if (hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v") || hasArgument(argc, argv, "--help") ||
        hasArgument(argc, argv, "-h")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("outpost"));
        QCoreApplication::setApplicationVersion(QString::fromLatin1(outpost::kVersion));
        parseOptions(app);
        return 0;
    }
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    if (selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (hasArgument(argc, argv, "--screenshot"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Outpost"));
    QCoreApplication::setApplicationName(QStringLiteral("Outpost"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(outpost::kVersion));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.outpost.Outpost"));
    const Options options = parseOptions(app);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString configFile =
        options.configFile.isEmpty() ? outpost::config::Settings::defaultConfigFile(environment) : options.configFile;
    const auto settings = outpost::config::Settings::load(configFile, environment, options.overrides);
    if (!settings) {
        printLine(stderr, settings.error().message);
        return 2;
    }

    const QString logDir = QDir(settings->dataDir()).filePath(QStringLiteral("logs"));
    outpost::logging::LogOptions logOptions;
    logOptions.directory = selfTest ? QString() : logDir;
    logOptions.level = settings->logLevel();
    logOptions.json = settings->jsonLogs();
    logOptions.maxFileBytes = settings->logMaxBytes();
    logOptions.maxFiles = settings->logMaxFiles();
    if (auto logging = outpost::logging::initialise(logOptions); !logging) {
        printLine(stderr, logging.error().message);
        return 1;
    }
    outpost::logging::installQtMessageHandler();
    auto log = outpost::logging::get("app");
    log->info("Outpost {} starting (Qt {})", outpost::kVersion, qVersion());
    for (const QString& warning : settings->warnings())
        log->warn("{}", warning.toStdString());

    outpost::ui::AppController controller(settings->dataDir(), logDir);
    outpost::ui::AppController::setQmlInstance(&controller);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    if (selfTest) {
        const QStringList errors = outpost::ui::loadEveryQmlFile(engine);
        for (const QString& error : errors)
            printLine(stderr, error);
        printLine(stdout, errors.isEmpty() ? QStringLiteral("self-test passed: every QML file loaded")
                                           : QStringLiteral("self-test failed: %1 error(s)").arg(errors.size()));
        outpost::logging::shutdown();
        return errors.isEmpty() ? 0 : 1;
    }

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Outpost/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        log->error("the main window could not be loaded");
        return 1;
    }
    if (!options.screenshot.isEmpty() && saveScreenshotLater(engine, options.screenshot) != 0)
        return 1;

    const int status = app.exec();
    log->info("Outpost exiting with status {}", status);
    outpost::logging::shutdown();
    return status;
}
