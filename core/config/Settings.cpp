#include "core/config/Settings.h"

#include "core/CoreText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <array>

namespace outpost::config {

namespace {

constexpr std::array kSpecs{
    SettingSpec{"data_dir", "OUTPOST_DATA_DIR", "",
                "Folder holding the encrypted database, its keyring, logs and UI state. "
                "Default: the platform's application data folder (~/.local/share/Outpost on Linux)."},
    SettingSpec{"server_url", "OUTPOST_SERVER_URL", "",
                "Base URL (http or https) of the central sync server. Empty: this desktop works offline only."},
    SettingSpec{"log_level", "OUTPOST_LOG_LEVEL", "info",
                "Lowest level written to the logs: trace, debug, info, warn, error or off."},
    SettingSpec{"log_format", "OUTPOST_LOG_FORMAT", "text",
                "text (one readable line per event) or json (one JSON object per line)."},
    SettingSpec{"log_max_size_mb", "OUTPOST_LOG_MAX_SIZE_MB", "10",
                "Size in MiB at which the log file is rotated (1 to 1024)."},
    SettingSpec{"log_max_files", "OUTPOST_LOG_MAX_FILES", "5",
                "Rotated log files kept besides the current one (1 to 100)."},
    SettingSpec{"language", "OUTPOST_LANGUAGE", "",
                "User interface language as a locale name (en, fr, es, de, ar). Empty: the system language."},
};

const QStringList kLogLevels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                             QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("off")};

bool looksLikeSecret(const QString& key)
{
    static const QStringList words{QStringLiteral("password"), QStringLiteral("passphrase"), QStringLiteral("secret"),
                                   QStringLiteral("token"), QStringLiteral("recovery")};
    for (const QString& word : words) {
        if (key.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Result<void> validate(const QString& key, const QString& value)
{
    auto invalid = [&](const QString& why) {
        return makeError(ErrorCode::Invalid, QStringLiteral("Setting %1: %2").arg(key, why));
    };
    if (key == QLatin1String("log_level") && !kLogLevels.contains(value))
        return invalid(
            QStringLiteral("must be one of %1, not \"%2\".").arg(kLogLevels.join(QStringLiteral(", ")), value));
    if (key == QLatin1String("log_format") && value != QLatin1String("text") && value != QLatin1String("json"))
        return invalid(QStringLiteral("must be text or json, not \"%1\".").arg(value));
    if (key == QLatin1String("log_max_size_mb") || key == QLatin1String("log_max_files")) {
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        const int maximum = key == QLatin1String("log_max_size_mb") ? 1024 : 100;
        if (!isNumber || number < 1 || number > maximum)
            return invalid(QStringLiteral("must be a whole number from 1 to %1.").arg(maximum));
    }
    if (key == QLatin1String("server_url") && !value.isEmpty()) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return invalid(QStringLiteral("must be an http:// or https:// address."));
    }
    if (key == QLatin1String("data_dir") && value.trimmed().isEmpty())
        return invalid(QStringLiteral("must not be empty."));
    return {};
}

} // namespace

std::span<const SettingSpec> settingSpecs()
{
    return kSpecs;
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Default:
        return QStringLiteral("default");
    case Source::File:
        return QStringLiteral("file");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::CommandLine:
        return QStringLiteral("command line");
    }
    return {};
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Outpost");
}

QString Settings::defaultConfigFile(const QProcessEnvironment& environment)
{
    const QString fromEnvironment = environment.value(QStringLiteral("OUTPOST_CONFIG"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Outpost/outpost.conf");
}

Result<void> Settings::set(const QString& key, const QString& value, Source source)
{
    if (auto valid = validate(key, value); !valid)
        return valid;
    m_values.insert(key, value);
    m_sources.insert(key, source);
    return {};
}

Result<Settings> Settings::load(const QString& configFile, const QProcessEnvironment& environment,
                                const QHash<QString, QString>& overrides)
{
    Settings settings;
    for (const SettingSpec& spec : kSpecs) {
        settings.m_values.insert(QString::fromLatin1(spec.key), QString::fromUtf8(spec.defaultValue));
        settings.m_sources.insert(QString::fromLatin1(spec.key), Source::Default);
    }
    settings.m_values.insert(QStringLiteral("data_dir"), defaultDataDir());

    auto isKnown = [](const QString& key) {
        for (const SettingSpec& spec : kSpecs) {
            if (key == QLatin1String(spec.key))
                return true;
        }
        return false;
    };

    if (!configFile.isEmpty() && QFileInfo::exists(configFile)) {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return makeError(ErrorCode::PermissionDenied,
                             CoreText::tr("The configuration file %1 cannot be read.").arg(configFile));
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')) ||
                line.startsWith(QLatin1Char('[')))
                continue;
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return makeError(
                    ErrorCode::Invalid,
                    CoreText::tr("%1, line %2: expected \"setting = value\".").arg(configFile).arg(lineNumber));
            const QString key = line.left(equals).trimmed();
            if (looksLikeSecret(key))
                return makeError(ErrorCode::Invalid,
                                 CoreText::tr("%1, line %2 holds \"%3\": passwords and keys never belong in a "
                                              "configuration file. Remove it.")
                                     .arg(configFile)
                                     .arg(lineNumber)
                                     .arg(key));
            if (!isKnown(key)) {
                settings.m_warnings << CoreText::tr("%1, line %2: unknown setting \"%3\" ignored.")
                                           .arg(configFile)
                                           .arg(lineNumber)
                                           .arg(key);
                continue;
            }
            if (auto ok = settings.set(key, line.mid(equals + 1).trimmed(), Source::File); !ok)
                return ok.error();
        }
    }

    for (const SettingSpec& spec : kSpecs) {
        const QString name = QString::fromLatin1(spec.environment);
        if (environment.contains(name)) {
            if (auto ok =
                    settings.set(QString::fromLatin1(spec.key), environment.value(name).trimmed(), Source::Environment);
                !ok)
                return ok.error();
        }
    }

    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!isKnown(it.key()))
            return makeError(ErrorCode::Usage, CoreText::tr("Unknown setting \"%1\".").arg(it.key()));
        if (auto ok = settings.set(it.key(), it.value(), Source::CommandLine); !ok)
            return ok.error();
    }

    settings.m_values.insert(QStringLiteral("data_dir"), QDir::cleanPath(settings.dataDir()));
    return settings;
}

} // namespace outpost::config
