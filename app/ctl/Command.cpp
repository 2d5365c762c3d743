#include "ctl/Command.h"

#include <cstdio>

namespace outpost::ctl {

void printOut(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void printErr(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

int fail(const Error& error)
{
    printErr(error.message);
    return exitCodeFor(error.code);
}

int usageError(const Command& command, const QString& message)
{
    printErr(message);
    printErr(QStringLiteral("Usage: outpostctl [global options] %1").arg(command.synopsis));
    return 2;
}

} // namespace outpost::ctl
