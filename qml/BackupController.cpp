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
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <utility>

namespace outpost::ui {

/// What a job takes from the open clinic on the clinic thread. It owns what it points to, so the job
/// goes on when the clinic closes or is replaced meanwhile (a lock, another user signing in).
struct BackupController::JobContext {
    std::shared_ptr<storage::Database> database;
    crypto::SecretKey dataKey; ///< a copy, for Take::DatabaseAndKey
    QString keyringPath;
    clinic::Session session; ///< who asked, for the audit
};

namespace {

struct AutoStatus {
    backup::AutomaticBackupSettings settings;
    backup::AutomaticBackupState state;
    bool hasKey = false;
    bool overdue = false;
};

/// Audits @p action with @p detail when @p outcome succeeded, else "@p action.failed" with the
/// error, under the session that asked (failing to audit does not change the outcome).
template<class T>
void auditOutcome(storage::Database& database, const clinic::Session& session, const QString& action,
                  const Result<T>& outcome, const QString& detail)
{
    SystemClock clock;
    (void)backup::AutomaticBackup::audit(database, clock, &session,
                                         outcome ? action : action + QStringLiteral(".failed"),
                                         outcome ? detail : outcome.error().message);
}

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

BackupController::~BackupController()
{
    // The job stops at its next step; its result, posted here, is dropped with this object.
    m_cancelled->store(true);
    if (m_job.joinable())
        m_job.join();
}

void BackupController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
}

void BackupController::start(const QString& operation, std::function<void()> begin)
{
    if (!m_clinic || m_running)
        return;
    m_running = true;
    m_operation = operation;
    m_permille->store(0);
    m_cancelled->store(false);
    m_progress = 0;
    Q_EMIT progressChanged();
    Q_EMIT runningChanged();
    m_poll.start();
    // One job at a time: the snapshot of a second export would take another reader from the
    // pool, and a replace must find the database held by nobody.
    if (m_autoRunning)
        m_waiting = std::move(begin);
    else
        begin();
}

void BackupController::stop()
{
    m_poll.stop();
    m_running = false;
    m_progress = m_permille->load() / 1000.0;
    Q_EMIT progressChanged();
    Q_EMIT runningChanged();
}

void BackupController::finishAutomatic()
{
    m_autoRunning = false;
    std::function<void()> begin = std::exchange(m_waiting, nullptr);
    if (!begin)
        return;
    if (!m_clinic) {
        stop();
        return Q_EMIT failed(message(makeError(ErrorCode::Cancelled, {})));
    }
    begin();
}

void BackupController::cancel()
{
    if (!m_running)
        return;
    if (m_waiting) {
        // Still waiting for the automatic backup: nothing was begun.
        m_waiting = nullptr;
        stop();
        return Q_EMIT failed(message(makeError(ErrorCode::Cancelled, {})));
    }
    m_cancelled->store(true);
}

template<class T>
void BackupController::runJob(std::function<Result<T>()> work, std::function<void(Result<T>)> done)
{
    Q_ASSERT(!m_job.joinable());
    m_job = std::thread([this, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result<T>>(work());
        work = nullptr; // lets go of the database and the key copy before anyone hears of the result
        QMetaObject::invokeMethod(
            this,
            [this, result, done = std::move(done)] {
                m_job.join(); // at once: posting this was the thread's last step
                done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

template<class T>
void BackupController::launch(std::optional<auth::Permission> required, Take take,
                              std::function<Result<T>(const JobContext&)> job, std::function<void(Result<T>)> done)
{
    using Context = std::shared_ptr<const JobContext>;
    m_clinic->post<Context>(
        this,
        [required, take](clinic::Clinic& c) -> Result<Context> {
            SystemClock clock;
            if (required) {
                if (auto allowed = clinic::require(c.session(), *required, clock); !allowed)
                    return allowed.error();
            }
            auto context = std::make_shared<JobContext>();
            context->database = c.sharedDatabase();
            if (take == Take::DatabaseAndKey)
                context->dataKey = crypto::SecretKey::fromBytes(c.dataKey().bytes());
            context->keyringPath = QDir(c.dataDir()).filePath(crypto::Keyring::fileName());
            context->session = c.session();
            return Context(std::move(context));
        },
        [this, job = std::move(job), done = std::move(done)](Result<Context> context) {
            if (!context)
                return done(context.error());
            runJob<T>([job, context = std::move(*context)] { return job(*context); }, done);
        });
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
    start(QStringLiteral("export"), [this, path, passphrase] {
        auto progress = reporter(m_permille, m_cancelled);
        launch<qint64>(
            auth::Permission::ManageBackups, Take::DatabaseAndKey,
            [path, passphrase, progress](const JobContext& job) -> Result<qint64> {
                SystemClock clock;
                auto key = backup::StreamKey::fromPassphrase(passphrase, crypto::KdfParameters::calibrated());
                if (!key)
                    return key.error();
                const backup::ExportSource source{*job.database, job.dataKey, job.keyringPath, {}};
                auto exported = backup::BackupService::exportTo(path, source, *key, clock, progress);
                auditOutcome(*job.database, job.session, QStringLiteral("backup.export"), exported,
                             QFileInfo(path).fileName());
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
    });
}

void BackupController::verifyBackup(const QString& file, const QString& passphrase)
{
    const QString path = localPath(file);
    if (path.isEmpty())
        return Q_EMIT failed(tr("Choose the backup file to check."));
    start(QStringLiteral("verify"), [this, path, passphrase] {
        auto progress = reporter(m_permille, m_cancelled);
        launch<backup::BackupHeader>(
            std::nullopt, Take::Database,
            [path, passphrase, progress](const JobContext& job) -> Result<backup::BackupHeader> {
                auto verified = backup::BackupService::verify(path, {passphrase, {}}, {}, progress);
                auditOutcome(*job.database, job.session, QStringLiteral("backup.verify"), verified,
                             QFileInfo(path).fileName());
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
    });
}

void BackupController::restoreBackup(const QString& file, const QString& passphrase, const QString& folder)
{
    const QString path = localPath(file);
    const QString target = localPath(folder);
    if (path.isEmpty() || target.isEmpty())
        return Q_EMIT failed(tr("Choose the backup file and an empty folder to restore into."));
    start(QStringLiteral("restore"), [this, path, passphrase, target] {
        auto progress = reporter(m_permille, m_cancelled);
        launch<backup::RestoreSummary>(
            auth::Permission::ManageBackups, Take::Database,
            [path, passphrase, target, progress](const JobContext& job) -> Result<backup::RestoreSummary> {
                SystemClock clock;
                auto restored = backup::BackupService::restoreInto(path, {passphrase, {}}, target, clock, progress);
                auditOutcome(*job.database, job.session, QStringLiteral("backup.restore"), restored,
                             QStringLiteral("into another folder"));
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
    });
}

void BackupController::replaceWithBackup(const QString& file, const QString& passphrase)
{
    const QString path = localPath(file);
    if (path.isEmpty())
        return Q_EMIT failed(tr("Choose the backup file to restore."));
    // start() puts it off while the automatic backup runs: the clinic closes for the replace, and no
    // job may hold its database then. It stays on the clinic thread, which the replace needs alone.
    start(QStringLiteral("replace"), [this, path, passphrase] {
        // First, on the open clinic: only an admin may, and the attempt is audited in the data it replaces.
        m_clinic->post<bool>(
            this,
            [](clinic::Clinic& c) -> Result<bool> {
                SystemClock clock;
                if (auto allowed = clinic::require(c.session(), auth::Permission::ManageBackups, clock); !allowed)
                    return allowed.error();
                if (auto audited = backup::AutomaticBackup::audit(c.database(), clock, &c.session(),
                                                                  QStringLiteral("backup.replace"),
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
    if (!m_clinic || m_running || m_autoRunning || m_clinic->state() != ClinicController::Unlocked)
        return;
    m_autoRunning = true;
    m_cancelled->store(false); // only the destructor cancels it
    launch<backup::AutomaticBackup::Outcome>(
        std::nullopt, Take::DatabaseAndKey,
        [cancelled = m_cancelled](const JobContext& job) {
            SystemClock clock;
            return backup::AutomaticBackup::runIfDue(*job.database, job.dataKey, job.keyringPath, clock,
                                                     QTimeZone::systemTimeZone(),
                                                     [cancelled](qint64, qint64) { return !cancelled->load(); });
        },
        [this](const Result<backup::AutomaticBackup::Outcome>& result) {
            if (result && result->ran) {
                if (result->error)
                    Q_EMIT failed(tr("The automatic backup failed: %1").arg(message(*result->error)));
                refreshStatus();
            }
            finishAutomatic();
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
