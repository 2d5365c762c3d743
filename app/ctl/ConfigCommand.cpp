#include "ctl/Command.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace outpost::ctl {

/// `outpostctl config [--json]`: the effective settings and where each came from.
int runConfig(Context& context, const QStringList& arguments, const Command& self)
{
    bool json = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json"))
            json = true;
        else
            return usageError(self, QStringLiteral("Unknown option \"%1\".").arg(argument));
    }
    QJsonObject document;
    for (const config::SettingSpec& spec : config::settingSpecs()) {
        const QString key = QString::fromLatin1(spec.key);
        const QString value = context.settings.value(key);
        const QString source = config::sourceName(context.settings.source(key));
        if (json)
            document.insert(key, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("source"), source}});
        else
            printOut(QStringLiteral("%1 = %2  (%3)").arg(key, value, source));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    return 0;
}

} // namespace outpost::ctl
