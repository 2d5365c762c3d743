#pragma once

#include "core/auth/Role.h"
#include "core/Clock.h"
#include "core/crypto/KdfParameters.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace outpost::clinic {
class Clinic;
}

namespace outpost::ui {

/// One unit of work queued to the clinic thread and the hand-back of its result. Lives on the
/// clinic thread; its signal reaches the receiver through a queued connection, which Qt removes
/// when the receiver is destroyed, so a late result never touches a dead object.
class ClinicTask : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void finished();
};

/// The clinic a user has opened, for QML: set-up, login, lock, switch user and auto-lock, and the
/// one worker thread on which every core call runs (unlocking alone takes ~0.7 s of Argon2id).
/// Built by main() and handed to QML as the ClinicController singleton; other controllers and
/// models reach the core only through post().
class ClinicController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString clinicName READ clinicName NOTIFY clinicNameChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY sessionChanged)
    Q_PROPERTY(bool isClinician READ isClinician NOTIFY sessionChanged)
    Q_PROPERTY(bool isReception READ isReception NOTIFY sessionChanged)
    Q_PROPERTY(bool canReadClinical READ canReadClinical NOTIFY sessionChanged)
    Q_PROPERTY(bool canEditDemographics READ canEditDemographics NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)

public:
    /// setup: the data folder has no database yet; locked: nobody is logged in, or the screen is
    /// locked (userName then says whose); unlocked: a user works.
    enum State { Setup, Locked, Unlocked };
    Q_ENUM(State)

    /// Key-derivation cost for the first admin's slot; called on the worker thread at set-up
    /// (calibration measures for ~1 s). Tests pass the interactive profile.
    using KdfChoice = std::function<crypto::KdfParameters()>;

    ClinicController(QString dataDir, const Clock& clock, KdfChoice kdf, QObject* parent = nullptr);
    /// Closes the clinic on its own thread, then stops the thread.
    ~ClinicController() override;

    /// The instance QML gets; main() sets it before the engine loads anything.
    static void setQmlInstance(ClinicController* controller);
    static ClinicController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    /// Runs @p work on the clinic thread with the open clinic, then @p done with its result on
    /// @p receiver's thread. @p done is dropped when @p receiver was destroyed meanwhile. Work runs
    /// in the order posted. While no clinic is open or the screen is locked, @p work does not run
    /// and @p done gets PermissionDenied "Outpost is locked.". Call from the receiver's thread:
    ///
    ///     controller->post<QString>(this,
    ///         [patient](clinic::Clinic& c) { return c.patients().create(c.session(), patient); },
    ///         [this](Result<QString> id) { ... });
    template<class T>
    void post(QObject* receiver, std::function<Result<T>(clinic::Clinic&)> work, std::function<void(Result<T>)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        auto* task = new ClinicTask;
        QObject::connect(
            task, &ClinicTask::finished, receiver,
            [result, done = std::move(done)] {
                if (*result)
                    done(std::move(**result));
            },
            Qt::QueuedConnection);
        task->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            task,
            [this, task, result, work = std::move(work)] {
                if (clinic::Clinic* open = openClinicOnWorker())
                    result->emplace(work(*open));
                else
                    result->emplace(lockedError());
                Q_EMIT task->finished();
                task->deleteLater();
            },
            Qt::QueuedConnection);
    }

    /// Closes the open clinic on the clinic thread, runs @p work there on the closed data folder
    /// (its path is the argument), then signs everyone out to the login screen, since the data under
    /// the app may have changed; @p done gets work's result on the UI thread. For a restore that
    /// replaces this folder's data. When something else still holds the database
    /// (clinic::Clinic::sharedDatabase(), a backup running on its own thread), @p work does not run
    /// and @p done gets an error; everyone is signed out all the same.
    void runWithClinicClosed(std::function<Result<void>(const QString& dataDir)> work,
                             std::function<void(const Result<void>&)> done);

    State state() const { return m_state; }
    QString clinicName() const { return m_clinicName; }
    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    QString role() const;
    bool isAdmin() const { return m_role == auth::Role::Admin && m_hasSession; }
    bool isClinician() const { return m_role == auth::Role::Clinician && m_hasSession; }
    bool isReception() const { return m_role == auth::Role::Reception && m_hasSession; }
    bool canReadClinical() const;
    bool canEditDemographics() const;
    bool busy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    QString dataDir() const { return m_dataDir; }

    /// Creates the clinic: its encrypted database, the first admin's slot and account, and logs the
    /// admin in. recoveryKeyReady() carries the recovery key (nothing stores it); the state becomes
    /// unlocked only once confirmRecoveryKey() says it was written down.
    Q_INVOKABLE void setUp(const QString& clinicName, const QString& adminName, const QString& password,
                           const QString& confirm);
    Q_INVOKABLE void confirmRecoveryKey();
    /// Opens the clinic for @p name; on the lock screen, unlocks for the locked user's own name
    /// and switches user for any other name.
    Q_INVOKABLE void logIn(const QString& name, const QString& password);
    Q_INVOKABLE void lock();
    /// Unlocks the lock screen for the user who locked it.
    Q_INVOKABLE void unlock(const QString& password);
    /// Ends the locked user's session and logs @p name in.
    Q_INVOKABLE void switchUser(const QString& name, const QString& password);
    Q_INVOKABLE void clearError();
    /// Asks the pages to show patient @p patientId (patientRequested()).
    Q_INVOKABLE void openPatient(const QString& patientId);

    /// Writes @p recoveryKey to a new text file in the user's documents folder (owner-only
    /// permissions); returns its path, or an empty string when it could not be written.
    Q_INVOKABLE QString saveRecoveryKey(const QString& recoveryKey) const;
    /// Opens the system print dialog and prints the recovery key sheet (RecoveryKeySheet) on the
    /// printer the user picks; false when they cancel or the printer refuses.
    Q_INVOKABLE bool printRecoveryKey(const QString& recoveryKey) const;
    /// True when the module holds pages/@p fileName (pages other work adds appear only once built).
    Q_INVOKABLE bool hasPage(const QString& fileName) const;
    /// How an identifier kind is shown: a translated name for the built-in kinds, and the clinic's
    /// own kinds (clinic::IdentifierKinds) with spaces for underscores.
    Q_INVOKABLE QString identifierKindLabel(const QString& kind) const;

    /// Locks when the clinic's auto-lock minutes passed since the last input; the timer calls it.
    Q_INVOKABLE void checkAutoLock();
    /// Records user activity now (the application event filter calls it on input).
    void noteActivity();
    /// Waits until every piece of work posted so far has finished (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void stateChanged();
    void clinicNameChanged();
    void sessionChanged();
    void busyChanged();
    void lastErrorChanged();
    void autoLockMinutesChanged();
    void recoveryKeyReady(const QString& recoveryKey);
    /// A login, unlock or switch failed; lastError says why.
    void loginFailed(const QString& message);
    void patientRequested(const QString& patientId);
    /// Emitted when the clinic data changed in a way other views show (a patient registered, the queue moved).
    void dataChanged();

public:
    /// Other controllers announce a change through this (emits dataChanged()).
    void notifyDataChanged() { Q_EMIT dataChanged(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct SessionFacts;
    /// The open clinic, or nullptr when none is open or the screen is locked. Worker thread only.
    clinic::Clinic* openClinicOnWorker();
    static Error lockedError();
    /// Runs @p work on the clinic thread with the controller's own access (the clinic may be
    /// absent or locked), then @p done on the UI thread.
    /// @p showBusy: the user waits for it (login, set-up), so busy is true meanwhile.
    void runOnWorker(std::function<void()> work, std::function<void()> done, bool showBusy = true);
    void beginBusy();
    void endBusy();
    void setState(State state);
    void setError(const QString& message);
    void applySession(const SessionFacts& facts);
    static QString messageFor(const Error& error);

    QString m_dataDir;
    const Clock& m_clock;
    KdfChoice m_kdf;
    QThread m_thread;
    QObject* m_workerContext = nullptr;       ///< lives on m_thread
    std::unique_ptr<clinic::Clinic> m_clinic; ///< touched on m_thread only

    State m_state = Locked;
    QString m_clinicName;
    QString m_userName;
    QString m_userId;
    auth::Role m_role = auth::Role::Reception;
    bool m_hasSession = false;
    int m_busy = 0;
    QString m_lastError;
    int m_autoLockMinutes = 5;
    std::atomic<qint64> m_lastActivityMs{0};
    QTimer m_autoLockTimer;
};

} // namespace outpost::ui
