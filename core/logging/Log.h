#pragma once

#include "core/Result.h"

#include <spdlog/spdlog.h>

#include <QString>

#include <memory>
#include <string_view>

namespace outpost::logging {

/// How the process logs. Patient data never goes into a log message (docs/logging.md).
struct LogOptions {
    QString directory; ///< the rotating file goes here as outpost.log; empty: no file
    QString level = QStringLiteral("info");
    bool json = false; ///< JSON lines instead of text lines in the file
    qint64 maxFileBytes = 10 * 1024 * 1024;
    int maxFiles = 5;
    bool toStderr = true; ///< also print warnings and errors on stderr
};

/// The subsystems that log; each gets its own logger "outpost.<name>".
inline constexpr std::string_view kSubsystems[] = {"app",    "ui",   "storage", "crypto", "audit",
                                                   "backup", "sync", "ocr",     "cli",    "qt"};

/// Parses trace|debug|info|warn|error|off.
Result<spdlog::level::level_enum> parseLevel(const QString& name);

/// Sets up the sinks and one logger per subsystem. Calling it again replaces the set-up.
Result<void> initialise(const LogOptions& options);

/// The logger of @p subsystem (one of kSubsystems); before initialise() it logs nowhere.
std::shared_ptr<spdlog::logger> get(std::string_view subsystem);

/// Routes qDebug/qWarning/qCritical (QML errors among them) into the "qt" logger.
void installQtMessageHandler();

/// Flushes and drops every logger (at exit and between tests).
void shutdown();

} // namespace outpost::logging
