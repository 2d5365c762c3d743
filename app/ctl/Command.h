#pragma once

#include "core/config/Settings.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace outpost::ctl {

/// What every outpostctl command gets: the effective settings and the global options.
struct Context {
    config::Settings settings;
    QString user;         ///< --user
    QString passwordFile; ///< --password-file
};

/// One outpostctl sub-command. The handler returns the process exit code
/// (0 ok, 1 failure, 2 usage, 3 wrong password or key, 4 data damaged, 5 permission denied).
struct Command {
    QString name;
    QString synopsis; ///< e.g. "config [--json]"
    QString summary;  ///< one sentence for --help
    int (*run)(Context& context, const QStringList& arguments, const Command& self);
};

/// Every command, in the order --help lists them.
const std::vector<Command>& commands();

/// Prints @p error's message on stderr and returns its exit code.
int fail(const Error& error);
/// Prints a usage error for @p command on stderr and returns 2.
int usageError(const Command& command, const QString& message);
void printOut(const QString& text);
void printErr(const QString& text);

} // namespace outpost::ctl
