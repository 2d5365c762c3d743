#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::backup {

/// An admin's automatic-backup settings, kept in the clinic's (encrypted) settings table.
struct AutomaticBackupSettings {
    bool enabled = false;
    int minuteOfDay = 20 * 60; ///< local time the daily backup is due (default 20:00)
    QString folder;            ///< a USB disk or network share
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepMonthly = 12;
    int warnAfterDays = 2; ///< warn when the last good backup is older than this

    /// Reads the settings (defaults for what is not stored).
    static Result<AutomaticBackupSettings> load(storage::Connection& connection);
    /// Stores the settings inside the caller's write transaction.
    Result<void> save(storage::Connection& writer) const;
};

/// What the last automatic backups did, kept in the settings table.
struct AutomaticBackupState {
    qint64 lastSuccessMs = 0;
    qint64 lastAttemptMs = 0;
    QString lastError; ///< empty after a success
    QString lastFile;

    static Result<AutomaticBackupState> load(storage::Connection& connection);
    Result<void> save(storage::Connection& writer) const;
};

/// One backup file in the automatic-backup folder and the time in its name.
struct BackupFile {
    QString name;
    qint64 createdMs = 0;
};

/// Decides when the daily backup is due and which old backups retention deletes; pure logic over
/// an injected Clock and time zone, so tests drive it over simulated weeks.
class BackupSchedule
{
public:
    BackupSchedule(const Clock& clock, AutomaticBackupSettings settings,
                   const QTimeZone& zone = QTimeZone::systemTimeZone());

    /// The most recent moment the daily backup was due (today's slot, or yesterday's before it).
    qint64 lastSlotMs() const;
    /// The next slot after now.
    qint64 nextSlotMs() const;
    /// True when the backup is enabled and no success or attempt has happened since the last slot
    /// (a failed attempt is retried after @p retryMs).
    bool isDue(const AutomaticBackupState& state, qint64 retryMs = 60 * 60 * 1000) const;
    /// True when there is no good backup newer than warnAfterDays (enabled or not).
    bool isOverdue(const AutomaticBackupState& state) const;

    /// Which of @p files to delete: keeps the newest backup of each of the last keepDaily days,
    /// keepWeekly ISO weeks and keepMonthly months that have backups (local time); deletes the rest.
    std::vector<QString> toDelete(const std::vector<BackupFile>& files) const;
    /// The backups Outpost made in @p folder (by their file-name pattern), others ignored.
    static std::vector<BackupFile> listFolder(const QString& folder);
    /// The time in an automatic backup's file name, or -1 when it is not one.
    static qint64 timeFromName(const QString& name);

private:
    const Clock& m_clock;
    AutomaticBackupSettings m_settings;
    QTimeZone m_zone;
};

} // namespace outpost::backup
