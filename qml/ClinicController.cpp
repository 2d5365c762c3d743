#include "ClinicController.h"

#include "RecoveryKeySheet.h"

#include "core/auth/PasswordPolicy.h"
#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/UserName.h"
#include "core/logging/Log.h"
#include "core/storage/DataFolder.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <condition_variable>
#include <mutex>

namespace outpost::ui {

namespace {
ClinicController* g_qmlInstance = nullptr;
constexpr int kAutoLockCheckMs = 15'000;
} // namespace

/// Who is logged in, read on the worker thread and handed to the UI thread.
struct ClinicController::SessionFacts {
    bool open = false;
    QString clinicName;
    QString userName;
    QString userId;
    auth::Role role = auth::Role::Reception;
    int autoLockMinutes = clinic::AuthService::kDefaultAutoLockMinutes;
};

ClinicController::ClinicController(QString dataDir, const Clock& clock, KdfChoice kdf, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock), m_kdf(std::move(kdf))
{
    m_thread.setObjectName(QStringLiteral("clinic"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();

    const bool hasDatabase = QFileInfo::exists(QDir(m_dataDir).filePath(storage::DataFolder::databaseFileName()));
    m_state = hasDatabase ? Locked : Setup;
    m_lastActivityMs = m_clock.nowMs();

    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_autoLockTimer.setInterval(kAutoLockCheckMs);
    connect(&m_autoLockTimer, &QTimer::timeout, this, &ClinicController::checkAutoLock);
    m_autoLockTimer.start();
}

ClinicController::~ClinicController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    // The clinic closes its database on the thread that used it.
    QMetaObject::invokeMethod(
        m_workerContext,
        [this] {
            m_clinic.reset();
            delete m_workerContext;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void ClinicController::setQmlInstance(ClinicController* controller)
{
    g_qmlInstance = controller;
}

ClinicController* ClinicController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(g_qmlInstance, "ClinicController::create", "main() must call setQmlInstance first");
    QJSEngine::setObjectOwnership(g_qmlInstance, QJSEngine::CppOwnership);
    return g_qmlInstance;
}

QString ClinicController::role() const
{
    return m_hasSession ? auth::roleName(m_role) : QString();
}

bool ClinicController::canReadClinical() const
{
    return m_hasSession && auth::allows(m_role, auth::Permission::ReadClinical);
}

bool ClinicController::canEditDemographics() const
{
    return m_hasSession && auth::allows(m_role, auth::Permission::EditDemographics);
}

clinic::Clinic* ClinicController::openClinicOnWorker()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (!m_clinic || m_clinic->auth().isLocked(m_clinic->session()))
        return nullptr;
    return m_clinic.get();
}

Error ClinicController::lockedError()
{
    return makeError(ErrorCode::PermissionDenied, tr("Outpost is locked."));
}

void ClinicController::runOnWorker(std::function<void()> work, std::function<void()> done, bool showBusy)
{
    if (showBusy)
        beginBusy();
    auto* task = new ClinicTask;
    connect(
        task, &ClinicTask::finished, this,
        [this, showBusy, done = std::move(done)] {
            done();
            if (showBusy)
                endBusy();
        },
        Qt::QueuedConnection);
    task->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        task,
        [task, work = std::move(work)] {
            work();
            Q_EMIT task->finished();
            task->deleteLater();
        },
        Qt::QueuedConnection);
}

void ClinicController::runWithClinicClosed(std::function<Result<void>(const QString& dataDir)> work,
                                           std::function<void(const Result<void>&)> done)
{
    auto result = std::make_shared<Result<void>>();
    runOnWorker(
        [this, result, work = std::move(work)] {
            std::weak_ptr<storage::Database> database;
            if (m_clinic)
                database = m_clinic->sharedDatabase();
            m_clinic.reset(); // closes the database: nothing may hold it while the folder changes
            if (!database.expired()) {
                // A backup on its own thread still has it open (BackupController waits for its own;
                // this catches any other holder): the folder is left alone.
                *result = makeError(ErrorCode::Failure,
                                    tr("A backup is still using this clinic's data. Try again when it has finished."));
                return;
            }
            *result = work(m_dataDir);
        },
        [this, result, done = std::move(done)] {
            applySession(SessionFacts{});
            setState(Locked);
            done(*result);
        });
}

void ClinicController::waitForIdle()
{
    std::mutex mutex;
    std::condition_variable reached;
    bool done = false;
    QMetaObject::invokeMethod(
        m_workerContext,
        [&] {
            std::lock_guard lock(mutex);
            done = true;
            reached.notify_one();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(mutex);
    reached.wait(lock, [&] { return done; });
}

void ClinicController::beginBusy()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void ClinicController::endBusy()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

void ClinicController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == Unlocked)
        m_lastActivityMs = m_clock.nowMs();
    Q_EMIT stateChanged();
}

void ClinicController::setError(const QString& message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void ClinicController::clearError()
{
    setError({});
}

QString ClinicController::messageFor(const Error& error)
{
    // The one sentence a login failure shows, whichever layer refused it.
    if (error.code == ErrorCode::WrongCredentials)
        return tr("Wrong user name or password.");
    return error.message;
}

void ClinicController::applySession(const SessionFacts& facts)
{
    if (!facts.clinicName.isEmpty() && facts.clinicName != m_clinicName) {
        m_clinicName = facts.clinicName;
        Q_EMIT clinicNameChanged();
    }
    m_hasSession = facts.open;
    m_userName = facts.userName;
    m_userId = facts.userId;
    m_role = facts.role;
    Q_EMIT sessionChanged();
    if (m_autoLockMinutes != facts.autoLockMinutes) {
        m_autoLockMinutes = facts.autoLockMinutes;
        Q_EMIT autoLockMinutesChanged();
    }
}

void ClinicController::setUp(const QString& clinicName, const QString& adminName, const QString& password,
                             const QString& confirm)
{
    if (m_state != Setup || busy())
        return;
    if (clinicName.trimmed().isEmpty())
        return setError(tr("Enter the clinic's name."));
    if (auto name = clinic::UserName::validate(adminName.trimmed()); !name)
        return setError(name.error().message);
    if (password != confirm)
        return setError(tr("The two passwords are not the same."));
    if (auto strong = auth::checkPassword(password, adminName.trimmed()); !strong)
        return setError(strong.error().message);
    clearError();

    auto error = std::make_shared<std::optional<Error>>();
    auto key = std::make_shared<QString>();
    auto facts = std::make_shared<SessionFacts>();
    const QString admin = adminName.trimmed();
    const QString name = clinicName.trimmed();
    runOnWorker(
        [this, error, key, facts, admin, name, password] {
            storage::DataFolder folder(m_dataDir, clinic::clinicMigrations(), m_clock);
            auto recovery = folder.init(name, admin, password, m_kdf());
            if (!recovery) {
                *error = recovery.error();
                return;
            }
            auto opened = clinic::Clinic::open(m_dataDir, admin, password, m_clock);
            if (!opened) {
                *error = opened.error();
                return;
            }
            m_clinic = std::move(*opened);
            *key = recovery->text();
            auto minutes = m_clinic->auth().autoLockMinutes();
            *facts = {true,
                      m_clinic->clinicName(),
                      m_clinic->session().userName,
                      m_clinic->session().userId,
                      m_clinic->session().role,
                      minutes ? *minutes : clinic::AuthService::kDefaultAutoLockMinutes};
        },
        [this, error, key, facts] {
            if (*error) {
                setError(messageFor(**error));
                return;
            }
            applySession(*facts);
            Q_EMIT recoveryKeyReady(*key);
        });
}

void ClinicController::confirmRecoveryKey()
{
    if (m_state == Setup && m_hasSession)
        setState(Unlocked);
}

void ClinicController::logIn(const QString& name, const QString& password)
{
    if (m_state != Locked || busy())
        return;
    const QString typed = name.trimmed();
    if (m_hasSession) {
        if (typed.isEmpty() || clinic::UserName::fold(typed) == clinic::UserName::fold(m_userName))
            return unlock(password);
        return switchUser(typed, password);
    }
    if (typed.isEmpty() || password.isEmpty())
        return setError(tr("Enter your user name and password."));
    clearError();

    auto error = std::make_shared<std::optional<Error>>();
    auto facts = std::make_shared<SessionFacts>();
    runOnWorker(
        [this, error, facts, typed, password] {
            auto opened = clinic::Clinic::open(m_dataDir, typed, password, m_clock);
            if (!opened) {
                *error = opened.error();
                return;
            }
            m_clinic = std::move(*opened);
            auto minutes = m_clinic->auth().autoLockMinutes();
            *facts = {true,
                      m_clinic->clinicName(),
                      m_clinic->session().userName,
                      m_clinic->session().userId,
                      m_clinic->session().role,
                      minutes ? *minutes : clinic::AuthService::kDefaultAutoLockMinutes};
        },
        [this, error, facts] {
            if (*error) {
                setError(messageFor(**error));
                Q_EMIT loginFailed(m_lastError);
                return;
            }
            applySession(*facts);
            setState(Unlocked);
        });
}

void ClinicController::lock()
{
    if (m_state != Unlocked)
        return;
    // The screen locks at once; the audit record follows on the worker.
    setState(Locked);
    runOnWorker(
        [this] {
            if (m_clinic) {
                if (auto locked = m_clinic->auth().lock(m_clinic->session()); !locked)
                    logging::get("ui")->warn("the lock could not be audited");
            }
        },
        [] {}, false);
}

void ClinicController::unlock(const QString& password)
{
    if (m_state != Locked || !m_hasSession || busy())
        return;
    if (password.isEmpty())
        return setError(tr("Enter your password."));
    clearError();
    auto error = std::make_shared<std::optional<Error>>();
    runOnWorker(
        [this, error, password] {
            if (!m_clinic) {
                *error = lockedError();
                return;
            }
            if (auto unlocked = m_clinic->auth().unlock(m_clinic->session(), password); !unlocked)
                *error = unlocked.error();
        },
        [this, error] {
            if (*error) {
                setError(messageFor(**error));
                Q_EMIT loginFailed(m_lastError);
                return;
            }
            setState(Unlocked);
        });
}

void ClinicController::switchUser(const QString& name, const QString& password)
{
    if (m_state != Locked || busy())
        return;
    if (!m_hasSession)
        return logIn(name, password);
    if (name.trimmed().isEmpty() || password.isEmpty())
        return setError(tr("Enter your user name and password."));
    clearError();
    auto error = std::make_shared<std::optional<Error>>();
    auto facts = std::make_shared<SessionFacts>();
    const QString typed = name.trimmed();
    runOnWorker(
        [this, error, facts, typed, password] {
            if (!m_clinic) {
                *error = lockedError();
                return;
            }
            auto next = m_clinic->auth().switchUser(m_clinic->session(), typed, password);
            if (!next) {
                *error = next.error();
                return;
            }
            m_clinic->session() = *next;
            auto minutes = m_clinic->auth().autoLockMinutes();
            *facts = {true,           m_clinic->clinicName(),
                      next->userName, next->userId,
                      next->role,     minutes ? *minutes : clinic::AuthService::kDefaultAutoLockMinutes};
        },
        [this, error, facts] {
            if (*error) {
                setError(messageFor(**error));
                Q_EMIT loginFailed(m_lastError);
                return;
            }
            applySession(*facts);
            setState(Unlocked);
            Q_EMIT dataChanged();
        });
}

void ClinicController::openPatient(const QString& patientId)
{
    if (m_state == Unlocked && !patientId.isEmpty())
        Q_EMIT patientRequested(patientId);
}

QString ClinicController::saveRecoveryKey(const QString& recoveryKey) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::homePath();
    const QString base = QDir(folder).filePath(QStringLiteral("Outpost recovery key"));
    QString path = base + QStringLiteral(".txt");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral(" (%1).txt").arg(n);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Text))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString text =
        tr("Outpost recovery key for %1").arg(m_clinicName) + QLatin1Char('\n') + recoveryKey + QLatin1Char('\n');
    if (file.write(text.toUtf8()) < 0 || !file.flush())
        return {};
    return QDir::toNativeSeparators(path);
}

bool ClinicController::printRecoveryKey(const QString& recoveryKey) const
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return false; // the print dialog is a widget: only the app (a QApplication) can show it
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Outpost recovery key"));
    QPrintDialog dialog(&printer);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false); // a file would hold the key in plain text
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return RecoveryKeySheet::paint(printer, m_clinicName, recoveryKey, QDateTime::currentDateTime());
}

QString ClinicController::identifierKindLabel(const QString& kind) const
{
    if (kind == QLatin1String("national_id"))
        return tr("National ID");
    if (kind == QLatin1String("clinic_number"))
        return tr("Clinic number");
    if (kind == QLatin1String("insurance"))
        return tr("Insurance number");
    if (kind == QLatin1String("passport"))
        return tr("Passport");
    return QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool ClinicController::hasPage(const QString& fileName) const
{
    return QFileInfo::exists(QStringLiteral(":/qt/qml/Outpost/pages/") + fileName);
}

void ClinicController::noteActivity()
{
    m_lastActivityMs = m_clock.nowMs();
}

void ClinicController::checkAutoLock()
{
    if (m_state == Unlocked && clinic::shouldLock(m_lastActivityMs, m_clock.nowMs(), m_autoLockMinutes))
        lock();
}

bool ClinicController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace outpost::ui
