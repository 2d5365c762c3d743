#include "BackupController.h"

#include "core/backup/AutomaticBackup.h"
#include "core/backup/BackupService.h"
#include "core/clinic/Clinic.h"
#include "core/crypto/Keyring.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace outpost::ui {

namespace {

struct AutoStatus {
    backup::AutomaticBackupSettings settings;
    backup::AutomaticBackupState state;
    bool hasKey = false;
    bool overdue = false;
};

/// The progress callback of a core operation: stores per mille for the poll timer, reads Cancel.
backup::Progress reporter(const std::shared_ptr<std::atomic<int>>& permille,
                          const std::shared_ptr<std::atomic<bool>>& cancelled)
{
    return [permille, cancelled](qint64 done, qint64 total) {
        if (total > 0)
            permille->store(int(done * 1000 / total));
        return !cancelled->load();
    };
}

} // namespace

BackupController::BackupController(QObject* parent)
    : QObject(parent)
    , m_permille(std::make_shared<std::atomic<int>>(0))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const double value = m_permille->load() / 1000.0;
        if (!qFuzzyCompare(value + 1, m_progress + 1)) {
            m_progress = value;
            Q_EMIT progressChanged();
        }
    });
}

void BackupController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
}

bool BackupController::start(const QString& operation)
{
    if (!m_clinic || m_running)
        return false;
    m_running = true;
    m_operation = operation;
    m_permille->store(0);
    m_cancelled->store(false);
    m_progress = 0;
    Q_EMIT progressChanged();
    Q_EMIT runningChanged();
    m_poll.start();
    return true;
}

void BackupController::stop()
{
    m_poll.stop();
    m_running = false;
    m_progress = m_permille->load() / 1000.0;
    Q_EMIT progressChanged();
    Q_EMIT runningChanged();
}

void BackupController::cancel()
{
    if (m_running)
        m_cancelled->store(true);
}

QString BackupController::message(const Error& error) const
{
    switch (error.code) {
    case ErrorCode::Cancelled:
        return tr("Cancelled. No backup file was left behind.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. The unfinished backup was removed; free some space or choose another disk.");
    case ErrorCode::WrongCredentials:
        return tr("Wrong backup passphrase.");
    case ErrorCode::Damaged:
        return tr("The backup is damaged or incomplete and cannot be used. Try another backup.");
    case ErrorCode::PermissionDenied:
        return tr("Outpost may not do this here: only admins manage backups, and the folder must be writable.");
    case ErrorCode::NotFound:
        return tr("The file or folder was not found. Is the disk connected?");
    default:
        return error.message;
    }
}

void BackupController::exportBackup(const QString& file, const QString& passphrase, const QString& confirmation)
{
    if (passphrase != confirmation)
        return Q_EMIT failed(tr("The two passphrases differ."));
    if (passphrase.size() < 8)
        return Q_EMIT failed(tr("Choose a passphrase of at least 8 characters."));
    const QString path = localPath(file);
    if (path.isEmpty())
        return Q_EMIT failed(tr("Choose where to save the backup."));
    if (!start(QStringLiteral("export")))
        return;
    auto progress = reporter(m_permille, m_cancelled);
    m_clinic->post<qint64>(
        this,
        [path, passphrase, progress](clinic::Clinic& c) -> Result<qint64> {
            SystemClock clock;
            if (auto allowed = clinic::require(c.session(), auth::Permission::ManageBackups, clock); !allowed)
                return allowed.error();
            auto key = backup::StreamKey::fromPassphrase(passphrase, crypto::KdfParameters::calibrated());
            if (!key)
                return key.error();
            const backup::ExportSource source{
                c.database(), c.dataKey(), QDir(c.dataDir()).filePath(crypto::Keyring::fileName()), {}};
            auto exported = backup::BackupService::exportTo(path, source, *key, clock, progress);
            (void)backup::AutomaticBackup::audit(c.database(), clock, &c.session(),
                                                 exported ? QStringLiteral("backup.export")
                                                          : QStringLiteral("backup.export.failed"),
                                                 exported ? QFileInfo(path).fileName() : exported.error().message);
            if (!exported)
                return exported.error();
            return exported->fileBytes;
        },
        [this, path](const Result<qint64>& result) {
            stop();
            if (result)
                Q_EMIT finished(tr("Backup saved to %1 (%2 MB). Keep the passphrase apart from the disk.")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(QString::number(double(*result) / 1e6, 'f', 1)));
            else
                Q_EMIT failed(message(result.error()));
        });
}

void BackupController::verifyBackup(const QString& file, const QString& passphrase)
{
    const QString path = localPath(file);
    if (path.isEmpty())
        return Q_EMIT failed(tr("Choose the backup file to check."));
    if (!start(QStringLiteral("verify")))
        return;
    auto progress = reporter(m_permille, m_cancelled);
    m_clinic->post<backup::BackupHeader>(
        this,
        [path, passphrase, progress](clinic::Clinic& c) -> Result<backup::BackupHeader> {
            SystemClock clock;
            auto verified = backup::BackupService::verify(path, {passphrase, {}}, {}, progress);
            (void)backup::AutomaticBackup::audit(c.database(), clock, &c.session(),
                                                 verified ? QStringLiteral("backup.verify")
                                                          : QStringLiteral("backup.verify.failed"),
                                                 verified ? QFileInfo(path).fileName() : verified.error().message);
            return verified;
        },
        [this](const Result<backup::BackupHeader>& result) {
            stop();
            if (result)
                Q_EMIT finished(tr("The backup is intact: made %1, %2 patients.")
                                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(result->createdMs),
                                                            QLocale::ShortFormat))
                                    .arg(result->rowCount(QStringLiteral("patients"))));
            else
                Q_EMIT failed(message(result.error()));
        });
}

void BackupController::restoreBackup(const QString& file, const QString& passphrase, const QString& folder)
{
    const QString path = localPath(file);
    const QString target = localPath(folder);
    if (path.isEmpty() || target.isEmpty())
        return Q_EMIT failed(tr("Choose the backup file and an empty folder to restore into."));
    if (!start(QStringLiteral("restore")))
        return;
    auto progress = reporter(m_permille, m_cancelled);
    m_clinic->post<backup::RestoreSummary>(
        this,
        [path, passphrase, target, progress](clinic::Clinic& c) -> Result<backup::RestoreSummary> {
            SystemClock clock;
            if (auto allowed = clinic::require(c.session(), auth::Permission::ManageBackups, clock); !allowed)
                return allowed.error();
            auto restored = backup::BackupService::restoreInto(path, {passphrase, {}}, target, clock, progress);
            (void)backup::AutomaticBackup::audit(
                c.database(), clock, &c.session(),
                restored ? QStringLiteral("backup.restore") : QStringLiteral("backup.restore.failed"),
                restored ? QStringLiteral("into another folder") : restored.error().message);
            return restored;
        },
        [this, target](const Result<backup::RestoreSummary>& result) {
            stop();
            if (result)
                Q_EMIT finished(tr("Restored %1 patients into %2. Start Outpost with that data folder to use it.")
                                    .arg(result->header.rowCount(QStringLiteral("patients")))
                                    .arg(QDir::toNativeSeparators(target)));
            else
                Q_EMIT failed(message(result.error()));
        });
}

void BackupController::replaceWithBackup(const QString& file, const QString& passphrase)
{
    const QString path = localPath(file);
    if (path.isEmpty())
        return Q_EMIT failed(tr("Choose the backup file to restore."));
    if (!start(QStringLiteral("restore")))
        return;
    // First, on the open clinic: only an admin may, and the attempt is audited in the data it replaces.
    m_clinic->post<bool>(
        this,
        [](clinic::Clinic& c) -> Result<bool> {
            SystemClock clock;
            if (auto allowed = clinic::require(c.session(), auth::Permission::ManageBackups, clock); !allowed)
                return allowed.error();
            if (auto audited =
                    backup::AutomaticBackup::audit(c.database(), clock, &c.session(), QStringLiteral("backup.replace"),
                                                   QStringLiteral("this data folder is being replaced"));
                !audited)
                return audited.error();
            return true;
        },
        [this, path, passphrase](const Result<bool>& allowed) {
            if (!allowed) {
                stop();
                return Q_EMIT failed(message(allowed.error()));
            }
            auto progress = reporter(m_permille, m_cancelled);
            auto patients = std::make_shared<qint64>(0);
            m_clinic->runWithClinicClosed(
                [path, passphrase, progress, patients](const QString& dataDir) -> Result<void> {
                    SystemClock clock;
                    auto restored =
                        backup::BackupService::replaceDataFolder(path, {passphrase, {}}, dataDir, clock, progress);
                    if (!restored)
                        return restored.error();
                    *patients = restored->header.rowCount(QStringLiteral("patients"));
                    return {};
                },
                [this, patients](const Result<void>& result) {
                    stop();
                    if (result)
                        Q_EMIT finished(tr("Restored %1 patients. This clinic now holds the data of the backup: "
                                           "sign in again.")
                                            .arg(*patients));
                    else
                        Q_EMIT failed(message(result.error()) + QLatin1Char(' ') +
                                      tr("The data that was here before is unchanged. Sign in again."));
                });
        });
}

void BackupController::refreshStatus()
{
    if (!m_clinic)
        return;
    m_clinic->post<AutoStatus>(
        this,
        [](clinic::Clinic& c) -> Result<AutoStatus> {
            AutoStatus status;
            auto read = c.database().read([&](storage::Connection& reader) -> Result<void> {
                auto settings = backup::AutomaticBackupSettings::load(reader);
                if (!settings)
                    return settings.error();
                auto state = backup::AutomaticBackupState::load(reader);
                if (!state)
                    return state.error();
                status.settings = *settings;
                status.state = *state;
                return {};
            });
            if (!read)
                return read.error();
            auto hasKey = backup::AutomaticBackup::hasKey(c.database());
            status.hasKey = hasKey && *hasKey;
            SystemClock clock;
            status.overdue = backup::BackupSchedule(clock, status.settings).isOverdue(status.state);
            return status;
        },
        [this](const Result<AutoStatus>& result) {
            if (!result)
                return;
            m_autoEnabled = result->settings.enabled;
            m_autoFolder = result->settings.folder;
            m_autoMinuteOfDay = result->settings.minuteOfDay;
            m_keepDaily = result->settings.keepDaily;
            m_keepWeekly = result->settings.keepWeekly;
            m_keepMonthly = result->settings.keepMonthly;
            m_warnAfterDays = result->settings.warnAfterDays;
            m_hasAutoKey = result->hasKey;
            m_lastSuccessMs = result->state.lastSuccessMs;
            m_lastError = result->state.lastError;
            m_overdue = result->overdue;
            Q_EMIT statusChanged();
        });
}

void BackupController::saveAutomatic(bool enabled, const QString& folder, int minuteOfDay, int keepDaily,
                                     int keepWeekly, int keepMonthly, int warnAfterDays, const QString& passphrase,
                                     const QString& confirmation)
{
    if (!m_clinic)
        return;
    if (passphrase != confirmation)
        return Q_EMIT failed(tr("The two passphrases differ."));
    if (!passphrase.isEmpty() && passphrase.size() < 8)
        return Q_EMIT failed(tr("Choose a passphrase of at least 8 characters."));
    if (enabled && passphrase.isEmpty() && !m_hasAutoKey)
        return Q_EMIT failed(tr("Set a passphrase for the automatic backups."));
    backup::AutomaticBackupSettings settings;
    settings.enabled = enabled;
    settings.folder = localPath(folder);
    settings.minuteOfDay = std::clamp(minuteOfDay, 0, 24 * 60 - 1);
    settings.keepDaily = std::max(1, keepDaily);
    settings.keepWeekly = std::max(0, keepWeekly);
    settings.keepMonthly = std::max(0, keepMonthly);
    settings.warnAfterDays = std::max(1, warnAfterDays);
    m_clinic->post<void>(
        this,
        [settings, passphrase](clinic::Clinic& c) -> Result<void> {
            SystemClock clock;
            std::optional<backup::StreamKey> key;
            if (!passphrase.isEmpty()) {
                auto derived = backup::StreamKey::fromPassphrase(passphrase, crypto::KdfParameters::calibrated());
                if (!derived)
                    return derived.error();
                key = std::move(*derived);
            }
            return backup::AutomaticBackup::configure(c.database(), clock, c.session(), settings,
                                                      key ? &*key : nullptr);
        },
        [this](const Result<void>& result) {
            if (result)
                Q_EMIT finished(tr("Automatic backup settings saved."));
            else
                Q_EMIT failed(message(result.error()));
            refreshStatus();
        });
}

void BackupController::runAutomaticIfDue()
{
    if (!m_clinic || m_autoRunning || m_clinic->state() != ClinicController::Unlocked)
        return;
    m_autoRunning = true;
    m_clinic->post<backup::AutomaticBackup::Outcome>(
        this,
        [](clinic::Clinic& c) {
            SystemClock clock;
            return backup::AutomaticBackup::runIfDue(c.database(), c.dataKey(),
                                                     QDir(c.dataDir()).filePath(crypto::Keyring::fileName()), clock);
        },
        [this](const Result<backup::AutomaticBackup::Outcome>& result) {
            m_autoRunning = false;
            if (result && result->ran) {
                if (result->error)
                    Q_EMIT failed(tr("The automatic backup failed: %1").arg(message(*result->error)));
                refreshStatus();
            }
        });
}

QString BackupController::localPath(const QVariant& urlOrPath) const
{
    const QUrl url = urlOrPath.toUrl();
    if (url.isLocalFile())
        return url.toLocalFile();
    return urlOrPath.toString();
}

QString BackupController::suggestedFile(const QVariant& folder) const
{
    QString directory = localPath(folder);
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(directory).filePath(backup::BackupService::defaultFileName(m_clock.nowMs()));
}

} // namespace outpost::ui
