#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

namespace outpost::testing {

/// What an outpostctl run printed and returned.
struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The environment outpostctl runs in under test: this process's, with HOME and XDG_CONFIG_HOME in
/// @p home (so no user configuration leaks in) and the default log level.
inline QProcessEnvironment ctlEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("OUTPOST_LOG_LEVEL"));
    return environment;
}

/// Runs the real outpostctl at @p program with @p arguments in @p environment (ctlEnvironment(), with
/// what a test adds). @p asNobody runs it as the "nobody" user: root ignores file modes, so a
/// read-only folder is only met for real that way.
inline CtlRun runCtl(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                     bool asNobody = false, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    if (asNobody) {
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
#endif
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("outpostctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace outpost::testing
