// outpost: the desktop application. The one composition root: builds the services and hands them to QML.
#include "AppController.h"
#include "ClinicController.h"
#include "SelfTest.h"
#include "SettingsController.h"

#include "core/Clock.h"
#include "core/config/Settings.h"
#include "core/crypto/KdfParameters.h"
#include "core/logging/Log.h"
#include "core/Version.h"
#include "ocr/ThreadLimit.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

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
    QString screenshotPage; ///< login, lock, home, registration, summary, chart, users, audit, settings
    QString demoUser;       ///< --demo-login USER:PASSWORD (with --screenshot only)
    QString demoPassword;
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
    const QCommandLineOption screenshotPage(
        QStringLiteral("screenshot-page"),
        QStringLiteral("With --screenshot: the screen to render: login, lock, home, registration, summary, chart "
                       "(as a clinician), users, audit or settings (as an admin)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption demoLogin(
        QStringLiteral("demo-login"),
        QStringLiteral("With --screenshot: log in as USER with PASSWORD first (a demo data folder)."),
        QStringLiteral("USER:PASSWORD"));
    parser.addOptions({selfTest, dataDir, logLevel, config, screenshot, screenshotPage, demoLogin});
    parser.process(app);

    Options options;
    options.selfTest = parser.isSet(selfTest);
    options.screenshot = parser.value(screenshot);
    if (!options.screenshot.isEmpty()) {
        // A password on the command line is for rendering demo folders only, never a normal start.
        options.screenshotPage = parser.value(screenshotPage);
        const QString login = parser.value(demoLogin);
        const qsizetype colon = login.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            options.demoUser = login.left(colon);
            options.demoPassword = login.mid(colon + 1);
        }
    }
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

/// Brings the window to the screen --screenshot-page asks for (logging in with --demo-login
/// first when given), then calls @p shoot.
int prepareScreenshot(QQmlApplicationEngine& engine, outpost::ui::ClinicController& clinic, const Options& options,
                      const std::function<int()>& shoot)
{
    using outpost::ui::ClinicController;
    QObject* root = engine.rootObjects().value(0);
    if (!root)
        return 1;
    const QString page = options.screenshotPage;
    if (options.demoUser.isEmpty() || page == QLatin1String("login") || page.isEmpty() ||
        clinic.state() != ClinicController::Locked)
        return shoot();
    QObject::connect(&clinic, &ClinicController::loginFailed, &clinic, [](const QString& message) {
        printLine(stderr, QStringLiteral("The demo login failed: %1").arg(message));
        QCoreApplication::exit(1);
    });
    auto shot = std::make_shared<bool>(false);
    QObject::connect(&clinic, &ClinicController::stateChanged, root, [&clinic, root, page, shoot, shot] {
        if (*shot || clinic.state() != ClinicController::Unlocked)
            return;
        *shot = true;
        if (page == QLatin1String("lock")) {
            clinic.lock();
        } else if (page == QLatin1String("registration")) {
            QMetaObject::invokeMethod(root, "newPatient");
        } else if (page == QLatin1String("users") || page == QLatin1String("audit") ||
                   page == QLatin1String("settings")) {
            static const QHash<QString, QString> files{
                {QStringLiteral("users"), QStringLiteral("AdminUsersPage.qml")},
                {QStringLiteral("audit"), QStringLiteral("AuditLogPage.qml")},
                {QStringLiteral("settings"), QStringLiteral("SettingsPage.qml")}};
            QMetaObject::invokeMethod(root, "openAdminPage", Q_ARG(QVariant, files.value(page)));
            QTimer::singleShot(600, root, [shoot] { // the lists load on the worker thread
                if (shoot() != 0)
                    QCoreApplication::exit(1);
            });
            return;
        } else if (page == QLatin1String("summary") || page == QLatin1String("chart")) {
            // The first patient of today's queue, or else of the search for "a".
            QTimer::singleShot(400, root, [root, shoot] {
                QVariant home;
                QMetaObject::invokeMethod(root, "goHome", Q_RETURN_ARG(QVariant, home));
                auto* homePage = home.value<QObject*>();
                auto* queue = homePage ? homePage->property("queueModel").value<QAbstractItemModel*>() : nullptr;
                if (queue && queue->rowCount() > 0) {
                    const int role = queue->roleNames().key("patientId");
                    QMetaObject::invokeMethod(root, "openPatient", Q_ARG(QVariant, queue->index(0, 0).data(role)));
                }
                // A clinician lands on the chart, which loads on the worker thread.
                QTimer::singleShot(600, root, [shoot] {
                    if (shoot() != 0)
                        QCoreApplication::exit(1);
                });
            });
            return;
        }
        if (shoot() != 0)
            QCoreApplication::exit(1);
    });
    clinic.logIn(options.demoUser, options.demoPassword);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    outpost::ocr::ensureOpenMpThreadLimit(argv); // before anything else: OpenMP reads it at start-up
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

    QApplication app(argc, argv); // a QApplication for the system print dialog; the UI itself is QML
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

    const outpost::SystemClock clock;
    outpost::ui::ClinicController clinicController(settings->dataDir(), clock,
                                                   [] { return outpost::crypto::KdfParameters::calibrated(); });
    outpost::ui::ClinicController::setQmlInstance(&clinicController);

    outpost::ui::SettingsController displaySettings(settings->dataDir());
    outpost::ui::SettingsController::setQmlInstance(&displaySettings);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    displaySettings.attach(&engine);

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
    if (!options.screenshot.isEmpty() && prepareScreenshot(engine, clinicController, options, [&engine, &options] {
                                             return saveScreenshotLater(engine, options.screenshot);
                                         }) != 0)
        return 1;

    // outpost-ui-bench measures the cold start: the wall-clock time of the first frame, then exit.
    if (qEnvironmentVariableIsSet("OUTPOST_STARTUP_PROBE")) {
        if (auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst())) {
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [] {
                    printLine(stdout, QStringLiteral("first-frame-at-ms %1").arg(QDateTime::currentMSecsSinceEpoch()));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::SingleShotConnection);
        }
    }

    const int status = app.exec();
    log->info("Outpost exiting with status {}", status);
    outpost::logging::shutdown();
    return status;
}
