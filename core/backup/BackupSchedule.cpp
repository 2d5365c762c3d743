#include "core/backup/BackupSchedule.h"

#include "core/backup/BackupFormat.h"
#include "core/storage/Connection.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace outpost::backup {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QString keyOf(const char* name)
{
    return QStringLiteral("backup.") + QLatin1String(name);
}

Result<QHash<QString, QString>> loadPrefix(storage::Connection& connection)
{
    auto rows = connection.query(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'backup.%'"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> values;
    for (const storage::Row& row : *rows)
        values.insert(row.value(0).toString(), row.value(1).toString());
    return values;
}

Result<void> store(storage::Connection& writer, const QString& key, const QString& value)
{
    return writer.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, value});
}

int intOr(const QHash<QString, QString>& values, const char* name, int fallback)
{
    bool ok = false;
    const int value = values.value(keyOf(name)).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

Result<AutomaticBackupSettings> AutomaticBackupSettings::load(storage::Connection& connection)
{
    auto values = loadPrefix(connection);
    if (!values)
        return values.error();
    AutomaticBackupSettings settings;
    settings.enabled = values->value(keyOf("enabled")) == QLatin1String("1");
    settings.minuteOfDay = std::clamp(intOr(*values, "minute_of_day", settings.minuteOfDay), 0, 24 * 60 - 1);
    settings.folder = values->value(keyOf("folder"));
    settings.keepDaily = std::max(1, intOr(*values, "keep_daily", settings.keepDaily));
    settings.keepWeekly = std::max(0, intOr(*values, "keep_weekly", settings.keepWeekly));
    settings.keepMonthly = std::max(0, intOr(*values, "keep_monthly", settings.keepMonthly));
    settings.warnAfterDays = std::max(1, intOr(*values, "warn_after_days", settings.warnAfterDays));
    return settings;
}

Result<void> AutomaticBackupSettings::save(storage::Connection& writer) const
{
    const std::pair<const char*, QString> values[] = {
        {"enabled", enabled ? QStringLiteral("1") : QStringLiteral("0")},
        {"minute_of_day", QString::number(minuteOfDay)},
        {"folder", folder},
        {"keep_daily", QString::number(keepDaily)},
        {"keep_weekly", QString::number(keepWeekly)},
        {"keep_monthly", QString::number(keepMonthly)},
        {"warn_after_days", QString::number(warnAfterDays)},
    };
    for (const auto& [name, value] : values) {
        if (auto stored = store(writer, keyOf(name), value); !stored)
            return stored;
    }
    return {};
}

Result<AutomaticBackupState> AutomaticBackupState::load(storage::Connection& connection)
{
    auto values = loadPrefix(connection);
    if (!values)
        return values.error();
    AutomaticBackupState state;
    state.lastSuccessMs = values->value(keyOf("last_success_ms")).toLongLong();
    state.lastAttemptMs = values->value(keyOf("last_attempt_ms")).toLongLong();
    state.lastError = values->value(keyOf("last_error"));
    state.lastFile = values->value(keyOf("last_file"));
    return state;
}

Result<void> AutomaticBackupState::save(storage::Connection& writer) const
{
    const std::pair<const char*, QString> values[] = {
        {"last_success_ms", QString::number(lastSuccessMs)},
        {"last_attempt_ms", QString::number(lastAttemptMs)},
        {"last_error", lastError},
        {"last_file", lastFile},
    };
    for (const auto& [name, value] : values) {
        if (auto stored = store(writer, keyOf(name), value); !stored)
            return stored;
    }
    return {};
}

BackupSchedule::BackupSchedule(const Clock& clock, AutomaticBackupSettings settings, const QTimeZone& zone)
    : m_clock(clock), m_settings(std::move(settings)), m_zone(zone)
{}

qint64 BackupSchedule::lastSlotMs() const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_zone);
    const QTime at(m_settings.minuteOfDay / 60, m_settings.minuteOfDay % 60);
    QDateTime slot(now.date(), at, m_zone);
    if (slot > now)
        slot = QDateTime(now.date().addDays(-1), at, m_zone);
    return slot.toMSecsSinceEpoch();
}

qint64 BackupSchedule::nextSlotMs() const
{
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastSlotMs(), m_zone);
    return QDateTime(last.date().addDays(1), last.time(), m_zone).toMSecsSinceEpoch();
}

bool BackupSchedule::isDue(const AutomaticBackupState& state, qint64 retryMs) const
{
    if (!m_settings.enabled || m_settings.folder.isEmpty())
        return false;
    const qint64 slot = lastSlotMs();
    if (state.lastSuccessMs >= slot)
        return false;
    if (state.lastAttemptMs < slot)
        return true;
    return m_clock.nowMs() - state.lastAttemptMs >= retryMs;
}

bool BackupSchedule::isOverdue(const AutomaticBackupState& state) const
{
    return m_clock.nowMs() - state.lastSuccessMs > qint64(m_settings.warnAfterDays) * kDayMs;
}

std::vector<QString> BackupSchedule::toDelete(const std::vector<BackupFile>& files) const
{
    std::vector<BackupFile> sorted = files;
    std::sort(sorted.begin(), sorted.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.createdMs > b.createdMs; });
    std::set<QString> keep;
    auto keepNewestPer = [&](int limit, auto periodOf) {
        std::set<qint64> periods;
        for (const BackupFile& file : sorted) {
            if (int(periods.size()) >= limit)
                break;
            const qint64 period = periodOf(QDateTime::fromMSecsSinceEpoch(file.createdMs, m_zone).date());
            if (periods.insert(period).second)
                keep.insert(file.name); // the newest file of a period comes first
        }
    };
    keepNewestPer(m_settings.keepDaily, [](const QDate& date) { return date.toJulianDay(); });
    keepNewestPer(m_settings.keepWeekly, [](const QDate& date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(m_settings.keepMonthly, [](const QDate& date) { return qint64(date.year()) * 100 + date.month(); });
    std::vector<QString> deleted;
    for (const BackupFile& file : sorted) {
        if (!keep.contains(file.name))
            deleted.push_back(file.name);
    }
    return deleted;
}

qint64 BackupSchedule::timeFromName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^outpost-backup-(\\d{8}-\\d{6})\\.outpostbackup$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return -1;
    QDateTime time = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!time.isValid())
        return -1;
    time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

std::vector<BackupFile> BackupSchedule::listFolder(const QString& folder)
{
    std::vector<BackupFile> files;
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("outpost-backup-*") + QLatin1String(format::kSuffix)}, QDir::Files);
    for (const QString& name : names) {
        const qint64 ms = timeFromName(name);
        if (ms >= 0)
            files.push_back({name, ms});
    }
    return files;
}

} // namespace outpost::backup
