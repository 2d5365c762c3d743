#pragma once

#include "ClinicController.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace outpost::ui {

/// File → Export, Verify and Restore backup, and the automatic-backup settings and status of
/// SettingsPage. Export, verify, restore into a new folder and the automatic backup take what they
/// need on the clinic thread (the permission check, the shared database, a copy of the data key, the
/// session) and then run on a thread of their own, so every other screen's core call goes on
/// meanwhile. One operation at a time: one asked for while the automatic backup runs starts after
/// it. Progress is polled every 100 ms and Cancel stops the work between steps, leaving no partial
/// file. Every action is audited by the core.
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString operation READ operation NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool autoEnabled READ autoEnabled NOTIFY statusChanged)
    Q_PROPERTY(QString autoFolder READ autoFolder NOTIFY statusChanged)
    Q_PROPERTY(int autoMinuteOfDay READ autoMinuteOfDay NOTIFY statusChanged)
    Q_PROPERTY(int keepDaily READ keepDaily NOTIFY statusChanged)
    Q_PROPERTY(int keepWeekly READ keepWeekly NOTIFY statusChanged)
    Q_PROPERTY(int keepMonthly READ keepMonthly NOTIFY statusChanged)
    Q_PROPERTY(int warnAfterDays READ warnAfterDays NOTIFY statusChanged)
    Q_PROPERTY(bool hasAutoKey READ hasAutoKey NOTIFY statusChanged)
    Q_PROPERTY(qint64 lastSuccessMs READ lastSuccessMs NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(bool overdue READ overdue NOTIFY statusChanged)

public:
    explicit BackupController(QObject* parent = nullptr);
    /// Cancels a running backup and waits for its thread to end.
    ~BackupController() override;
    BackupController(const BackupController&) = delete;
    BackupController& operator=(const BackupController&) = delete;

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    bool running() const { return m_running; }
    QString operation() const { return m_operation; }
    double progress() const { return m_progress; }
    bool autoEnabled() const { return m_autoEnabled; }
    QString autoFolder() const { return m_autoFolder; }
    int autoMinuteOfDay() const { return m_autoMinuteOfDay; }
    int keepDaily() const { return m_keepDaily; }
    int keepWeekly() const { return m_keepWeekly; }
    int keepMonthly() const { return m_keepMonthly; }
    int warnAfterDays() const { return m_warnAfterDays; }
    bool hasAutoKey() const { return m_hasAutoKey; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }
    QString lastError() const { return m_lastError; }
    bool overdue() const { return m_overdue; }

    /// Writes a backup of the open clinic to @p file under @p passphrase (typed twice). Admins.
    Q_INVOKABLE void exportBackup(const QString& file, const QString& passphrase, const QString& confirmation);
    /// Checks the backup @p file without restoring anything.
    Q_INVOKABLE void verifyBackup(const QString& file, const QString& passphrase);
    /// Restores @p file into the empty folder @p folder (a new data folder). Admins.
    Q_INVOKABLE void restoreBackup(const QString& file, const QString& passphrase, const QString& folder);
    /// Replaces this clinic's data with the backup @p file (admins, after the dialog's confirmation).
    /// The open clinic is closed, the current database and keyring are kept until the restored pair
    /// is verified in place and put back if anything fails; then everyone signs in again. Waits for
    /// a running automatic backup to finish first: nothing may hold the database while it closes.
    Q_INVOKABLE void replaceWithBackup(const QString& file, const QString& passphrase);
    /// Stops the running operation at its next step; failed() then says it was cancelled.
    Q_INVOKABLE void cancel();
    /// Reloads the automatic-backup settings and status.
    Q_INVOKABLE void refreshStatus();
    /// Saves the automatic-backup settings; a non-empty @p passphrase (typed twice) becomes the
    /// key of the automatic backups. Admins.
    Q_INVOKABLE void saveAutomatic(bool enabled, const QString& folder, int minuteOfDay, int keepDaily, int keepWeekly,
                                   int keepMonthly, int warnAfterDays, const QString& passphrase,
                                   const QString& confirmation);
    /// Runs the automatic backup when it is due (BackupDialog's timer calls it every minute); skipped
    /// while another operation runs (the next minute tries again).
    Q_INVOKABLE void runAutomaticIfDue();
    /// A local path from a FileDialog URL (or the text itself when it is already a path).
    Q_INVOKABLE QString localPath(const QVariant& urlOrPath) const;
    /// The default name for a new backup file in @p folder (the documents folder when empty).
    Q_INVOKABLE QString suggestedFile(const QVariant& folder) const;

Q_SIGNALS:
    void clinicChanged();
    void runningChanged();
    void progressChanged();
    void statusChanged();
    /// The operation finished; @p message says what was done, for a Toast.
    void finished(const QString& message);
    void failed(const QString& message);

private:
    struct JobContext;
    /// What a job takes from the open clinic besides the database, the keyring path and the session.
    enum class Take { Database, DatabaseAndKey };

    /// Shows @p operation as running and calls @p begin, at once or when the automatic backup that
    /// is running has finished. Does nothing while another operation runs.
    void start(const QString& operation, std::function<void()> begin);
    void stop();
    /// Ends the automatic run and begins the operation that waited for it.
    void finishAutomatic();
    /// On the clinic thread, checks @p required and takes what the job needs; then runs @p job on
    /// the job thread and @p done with its result on this object's thread. Errors of the first step
    /// go to @p done too.
    template<class T>
    void launch(std::optional<auth::Permission> required, Take take, std::function<Result<T>(const JobContext&)> job,
                std::function<void(Result<T>)> done);
    /// Runs @p work on a new job thread, then @p done here; @p work is destroyed (and lets go of the
    /// database) before @p done runs.
    template<class T>
    void runJob(std::function<Result<T>()> work, std::function<void(Result<T>)> done);
    QString message(const Error& error) const;

    QPointer<ClinicController> m_clinic;
    SystemClock m_clock;
    bool m_running = false;
    QString m_operation;
    double m_progress = 0;
    std::shared_ptr<std::atomic<int>> m_permille;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QTimer m_poll;
    bool m_autoEnabled = false;
    QString m_autoFolder;
    int m_autoMinuteOfDay = 20 * 60;
    int m_keepDaily = 7;
    int m_keepWeekly = 4;
    int m_keepMonthly = 12;
    int m_warnAfterDays = 2;
    bool m_hasAutoKey = false;
    qint64 m_lastSuccessMs = 0;
    QString m_lastError;
    bool m_overdue = false;
    bool m_autoRunning = false;      ///< the automatic backup is being prepared or runs
    std::function<void()> m_waiting; ///< the operation start() put off until the automatic run ends
    std::thread m_job;               ///< the running job; joined before its result is handled
};

} // namespace outpost::ui
