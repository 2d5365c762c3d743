#include "core/logging/Log.h"

#include "core/CoreText.h"
#include "core/logging/JsonLinesFormatter.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <QDir>

#include <mutex>
#include <vector>

namespace outpost::logging {

namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::info;

std::string loggerName(std::string_view subsystem)
{
    return "outpost." + std::string(subsystem);
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = get("qt");
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, text);
        logger->flush();
        break;
    }
}

} // namespace

Result<spdlog::level::level_enum> parseLevel(const QString& name)
{
    static const std::pair<const char*, spdlog::level::level_enum> levels[] = {
        {"trace", spdlog::level::trace}, {"debug", spdlog::level::debug}, {"info", spdlog::level::info},
        {"warn", spdlog::level::warn},   {"error", spdlog::level::err},   {"off", spdlog::level::off},
    };
    for (const auto& [text, level] : levels) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return level;
    }
    return makeError(ErrorCode::Usage,
                     CoreText::tr("Unknown log level \"%1\": use trace, debug, info, warn, error or off.").arg(name));
}

Result<void> initialise(const LogOptions& options)
{
    const auto level = parseLevel(options.level);
    if (!level)
        return level.error();

    std::vector<spdlog::sink_ptr> sinks;
    if (!options.directory.isEmpty()) {
        if (!QDir().mkpath(options.directory))
            return makeError(ErrorCode::PermissionDenied,
                             CoreText::tr("The log folder %1 cannot be created.").arg(options.directory));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir(options.directory).filePath(QStringLiteral("outpost.log")).toStdString(),
                static_cast<size_t>(options.maxFileBytes), static_cast<size_t>(options.maxFiles));
            if (options.json)
                file->set_formatter(std::make_unique<JsonLinesFormatter>());
            else
                file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %-5l %n [%t] %v");
            sinks.push_back(std::move(file));
        } catch (const spdlog::spdlog_ex& e) {
            return makeError(ErrorCode::PermissionDenied, QStringLiteral("The log file in %1 cannot be opened: %2")
                                                              .arg(options.directory, QString::fromUtf8(e.what())));
        }
    }
    if (options.toStderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        console->set_pattern("%^%l%$ %n: %v");
        sinks.push_back(std::move(console));
    }

    std::lock_guard lock(g_mutex);
    spdlog::drop_all();
    g_sinks = std::move(sinks);
    g_level = *level;
    for (const std::string_view subsystem : kSubsystems) {
        auto logger = std::make_shared<spdlog::logger>(loggerName(subsystem), g_sinks.begin(), g_sinks.end());
        logger->set_level(g_level);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    spdlog::flush_every(std::chrono::seconds(2));
    return {};
}

std::shared_ptr<spdlog::logger> get(std::string_view subsystem)
{
    const std::string name = loggerName(subsystem);
    if (auto logger = spdlog::get(name))
        return logger;
    std::lock_guard lock(g_mutex);
    if (auto logger = spdlog::get(name))
        return logger;
    // Unknown subsystem or not initialised: log to the current sinks (or nowhere) rather than crash.
    auto logger = g_sinks.empty()
                      ? std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::null_sink_mt>())
                      : std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

void shutdown()
{
    std::lock_guard lock(g_mutex);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->flush(); });
    spdlog::drop_all();
    g_sinks.clear();
}

} // namespace outpost::logging
