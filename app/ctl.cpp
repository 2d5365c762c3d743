// outpostctl: the headless admin tool. Parses the global options and hands over to one command.
#include "ctl/Command.h"

#include "core/logging/Log.h"
#include "core/Version.h"
#include "ocr/ThreadLimit.h"

#include <QCoreApplication>
#include <QDir>

namespace {

using namespace outpost;

void printHelp()
{
    ctl::printOut(QStringLiteral(
        "Usage: outpostctl [global options] COMMAND [command options]\n"
        "\n"
        "Headless administration of an Outpost data folder.\n"
        "\n"
        "Global options:\n"
        "  --data-dir DIR        the data folder (default: OUTPOST_DATA_DIR or the platform's data folder)\n"
        "  --user NAME           the user to unlock the database as\n"
        "  --password-file FILE  read that user's password from the first line of FILE\n"
        "  --config FILE         read settings from FILE\n"
        "  --log-level LEVEL     trace, debug, info, warn, error or off\n"
        "  -h, --help            show this help\n"
        "  -v, --version         show the version\n"
        "\n"
        "Commands:"));
    for (const ctl::Command& command : ctl::commands())
        ctl::printOut(QStringLiteral("  %1\n      %2").arg(command.synopsis, command.summary));
    ctl::printOut(QStringLiteral(
        "\nExit codes: 0 ok, 1 failure, 2 usage, 3 wrong password or key, 4 data damaged, 5 permission denied."));
}

} // namespace

int main(int argc, char* argv[])
{
    ocr::ensureOpenMpThreadLimit(argv); // before anything else: OpenMP reads it at start-up
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outpostctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QHash<QString, QString> overrides;
    QString configFile;
    ctl::Context context;

    // Global options come before the command name.
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            printHelp();
            return 0;
        }
        if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            ctl::printOut(QStringLiteral("outpostctl %1").arg(QString::fromLatin1(kVersion)));
            return 0;
        }
        static const QStringList withValue{QStringLiteral("--data-dir"), QStringLiteral("--user"),
                                           QStringLiteral("--password-file"), QStringLiteral("--config"),
                                           QStringLiteral("--log-level")};
        if (!withValue.contains(option)) {
            ctl::printErr(QStringLiteral("Unknown option \"%1\". Run outpostctl --help.").arg(option));
            return 2;
        }
        if (arguments.isEmpty()) {
            ctl::printErr(QStringLiteral("%1 needs a value. Run outpostctl --help.").arg(option));
            return 2;
        }
        const QString value = arguments.takeFirst();
        if (option == QLatin1String("--data-dir"))
            overrides.insert(QStringLiteral("data_dir"), QDir(value).absolutePath());
        else if (option == QLatin1String("--log-level"))
            overrides.insert(QStringLiteral("log_level"), value);
        else if (option == QLatin1String("--config"))
            configFile = value;
        else if (option == QLatin1String("--user"))
            context.user = value;
        else
            context.passwordFile = value;
    }
    if (arguments.isEmpty()) {
        printHelp();
        return 2;
    }

    const QString name = arguments.takeFirst();
    const auto& all = ctl::commands();
    const auto command = std::find_if(all.begin(), all.end(), [&](const ctl::Command& c) { return c.name == name; });
    if (command == all.end()) {
        ctl::printErr(QStringLiteral("Unknown command \"%1\". Run outpostctl --help.").arg(name));
        return 2;
    }

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (configFile.isEmpty())
        configFile = config::Settings::defaultConfigFile(environment);
    auto settings = config::Settings::load(configFile, environment, overrides);
    if (!settings)
        return ctl::fail(settings.error());
    context.settings = std::move(*settings);

    logging::LogOptions logOptions;
    // A command that only reads settings, or reads a scan, must not create the data folder as a side effect.
    if (command->name != QLatin1String("config") && command->name != QLatin1String("ocr"))
        logOptions.directory = QDir(context.settings.dataDir()).filePath(QStringLiteral("logs"));
    logOptions.level = context.settings.logLevel();
    logOptions.json = context.settings.jsonLogs();
    logOptions.maxFileBytes = context.settings.logMaxBytes();
    logOptions.maxFiles = context.settings.logMaxFiles();
    logOptions.toStderr = false; // outpostctl speaks to its user in sentences on stderr itself
    if (!logging::initialise(logOptions)) {
        logOptions.directory.clear(); // a read-only data folder must not stop a read-only command
        (void)logging::initialise(logOptions);
    }

    const int status = command->run(context, arguments, *command);
    logging::shutdown();
    return status;
}
