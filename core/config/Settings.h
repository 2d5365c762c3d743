#pragma once

#include "core/Result.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <span>

namespace outpost::config {

/// One documented setting: its key in outpost.conf, its environment override and its default.
struct SettingSpec {
    const char* key;
    const char* environment;
    const char* defaultValue; ///< empty means "computed at run time" or "off"
    const char* description;
};

/// Every setting Outpost reads. docs/configuration.md and outpost.conf.example list exactly these.
std::span<const SettingSpec> settingSpecs();

/// Where the effective value of a setting came from.
enum class Source { Default, File, Environment, CommandLine };
QString sourceName(Source source);

/// The effective configuration: defaults < outpost.conf < environment < command line.
/// Holds no secrets: passwords and keys are refused in the file.
class Settings
{
public:
    /// Reads @p configFile when it exists (a missing file is not an error), then the
    /// OUTPOST_* variables of @p environment, then @p overrides (key → value from the command line).
    static Result<Settings> load(const QString& configFile, const QProcessEnvironment& environment,
                                 const QHash<QString, QString>& overrides = {});

    /// ~/.config/Outpost/outpost.conf on Linux (the platform's config location elsewhere),
    /// or OUTPOST_CONFIG when set.
    static QString defaultConfigFile(const QProcessEnvironment& environment);

    QString value(const QString& key) const { return m_values.value(key); }
    Source source(const QString& key) const { return m_sources.value(key, Source::Default); }
    /// Lines like "log_level: unknown setting" for keys the file has that Outpost does not know.
    const QStringList& warnings() const { return m_warnings; }

    QString dataDir() const { return value(QStringLiteral("data_dir")); }
    QString serverUrl() const { return value(QStringLiteral("server_url")); }
    QString logLevel() const { return value(QStringLiteral("log_level")); }
    bool jsonLogs() const { return value(QStringLiteral("log_format")) == QLatin1String("json"); }
    qint64 logMaxBytes() const { return value(QStringLiteral("log_max_size_mb")).toLongLong() * 1024 * 1024; }
    int logMaxFiles() const { return value(QStringLiteral("log_max_files")).toInt(); }
    QString language() const { return value(QStringLiteral("language")); }

private:
    Result<void> set(const QString& key, const QString& value, Source source);

    QHash<QString, QString> m_values;
    QHash<QString, Source> m_sources;
    QStringList m_warnings;
};

/// The platform's default data folder (~/.local/share/Outpost on Linux).
QString defaultDataDir();

} // namespace outpost::config
