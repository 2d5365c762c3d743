#include "core/backup/AutomaticBackup.h"

#include "core/backup/BackupService.h"
#include "core/clinic/AuditLog.h"
#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/Connection.h"

#include <QDir>
#include <QFile>

namespace outpost::backup {

Result<void> AutomaticBackup::audit(storage::Database& database, const Clock& clock, const clinic::Session* session,
                                    const QString& action, const QString& detail)
{
    return database.write([&](storage::Connection& writer) {
        return clinic::AuditLog::append(writer, clock, session, action, {}, detail,
                                        session ? QString() : QStringLiteral("outpost"));
    });
}

Result<void> AutomaticBackup::configure(storage::Database& database, const Clock& clock, const clinic::Session& admin,
                                        const AutomaticBackupSettings& settings, const StreamKey* key)
{
    if (auto allowed = clinic::require(admin, auth::Permission::ManageBackups, clock); !allowed)
        return allowed;
    if (settings.enabled && settings.folder.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, CoreText::tr("Choose a folder for the automatic backups."));
    return database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto saved = settings.save(writer); !saved)
            return saved;
        if (key) {
            if (auto stored = writer.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                             {keySettingsKey(), QString::fromLatin1(key->toStored())});
                !stored)
                return stored;
        }
        const QString detail = settings.enabled ? QStringLiteral("enabled daily at %1:%2, keep %3/%4/%5")
                                                      .arg(settings.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                                                      .arg(settings.minuteOfDay % 60, 2, 10, QLatin1Char('0'))
                                                      .arg(settings.keepDaily)
                                                      .arg(settings.keepWeekly)
                                                      .arg(settings.keepMonthly)
                                                : QStringLiteral("disabled");
        return clinic::AuditLog::append(writer, clock, &admin, QStringLiteral("backup.settings"), {}, detail);
    });
}

Result<bool> AutomaticBackup::hasKey(storage::Database& database)
{
    bool has = false;
    auto read = database.read([&](storage::Connection& reader) -> Result<void> {
        auto value = reader.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {keySettingsKey()});
        if (!value)
            return value.error();
        has = !value->toString().isEmpty();
        return {};
    });
    if (!read)
        return read.error();
    return has;
}

Result<AutomaticBackup::Outcome> AutomaticBackup::runIfDue(storage::Database& database,
                                                           const crypto::SecretKey& dataKey, const QString& keyringPath,
                                                           const Clock& clock, const QTimeZone& zone,
                                                           const Progress& progress)
{
    AutomaticBackupSettings settings;
    AutomaticBackupState state;
    QByteArray storedKey;
    auto loaded = database.read([&](storage::Connection& reader) -> Result<void> {
        auto s = AutomaticBackupSettings::load(reader);
        if (!s)
            return s.error();
        settings = *s;
        auto st = AutomaticBackupState::load(reader);
        if (!st)
            return st.error();
        state = *st;
        auto key = reader.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {keySettingsKey()});
        if (!key)
            return key.error();
        storedKey = key->toString().toLatin1();
        return {};
    });
    if (!loaded)
        return loaded.error();
    const BackupSchedule schedule(clock, settings, zone);
    Outcome outcome;
    if (!schedule.isDue(state))
        return outcome;
    outcome.ran = true;
    state.lastAttemptMs = clock.nowMs();

    const QString name = BackupService::defaultFileName(clock.nowMs());
    const QString path = QDir(settings.folder).filePath(name);
    Result<ExportSummary> exported = makeError(
        ErrorCode::Invalid, CoreText::tr("No backup passphrase is set for automatic backups. Set one in Settings."));
    if (!storedKey.isEmpty()) {
        auto key = StreamKey::fromStored(storedKey);
        exported =
            key ? BackupService::exportTo(path, ExportSource{database, dataKey, keyringPath, {}}, *key, clock, progress)
                : Result<ExportSummary>(key.error());
    }
    QString detail;
    if (exported) {
        state.lastSuccessMs = clock.nowMs();
        state.lastError.clear();
        state.lastFile = path;
        outcome.file = path;
        for (const QString& old : schedule.toDelete(BackupSchedule::listFolder(settings.folder))) {
            if (QFile::remove(QDir(settings.folder).filePath(old)))
                outcome.deleted << old;
        }
        detail = QStringLiteral("%1 (%2 bytes), %3 old removed")
                     .arg(name)
                     .arg(exported->fileBytes)
                     .arg(outcome.deleted.size());
    } else {
        state.lastError = exported.error().message;
        outcome.error = exported.error();
        detail = exported.error().message;
        logging::get("backup")->warn("the automatic backup failed ({})", static_cast<int>(exported.error().code));
    }
    auto recorded = database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto saved = state.save(writer); !saved)
            return saved;
        return clinic::AuditLog::append(writer, clock, nullptr,
                                        exported ? QStringLiteral("backup.auto") : QStringLiteral("backup.auto.failed"),
                                        {}, detail, QStringLiteral("outpost"));
    });
    if (!recorded)
        return recorded.error();
    return outcome;
}

} // namespace outpost::backup
