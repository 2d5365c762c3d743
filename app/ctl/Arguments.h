#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace outpost::ctl {

/// A command's own arguments: positional ones, "--name value" options named in @p withValue and
/// flags (no value) named in @p flagNames. Any other "--…" word, or an option without its value,
/// leaves a sentence in error for a usage error.
struct Arguments {
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;

    Arguments(const QStringList& arguments, const QStringList& withValue, const QStringList& flagNames)
    {
        for (qsizetype i = 0; i < arguments.size() && error.isEmpty(); ++i) {
            const QString& a = arguments[i];
            if (flagNames.contains(a))
                flags.insert(a);
            else if (withValue.contains(a)) {
                if (i + 1 >= arguments.size())
                    error = QStringLiteral("%1 needs a value.").arg(a);
                else
                    values.insert(a, arguments[++i]);
            } else if (a.startsWith(QLatin1String("--")))
                error = QStringLiteral("Unknown option \"%1\".").arg(a);
            else
                positional << a;
        }
    }
    QString value(const char* name) const { return values.value(QLatin1String(name)); }
    bool has(const char* name) const { return flags.contains(QLatin1String(name)); }
};

} // namespace outpost::ctl
