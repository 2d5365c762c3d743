#include "QueueModel.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"

#include <QDateTime>
#include <QLocale>

namespace outpost::ui {

using clinic::AppointmentStatus;

QueueModel::QueueModel(QObject* parent) : QAbstractListModel(parent) {}

void QueueModel::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    if (m_clinic)
        disconnect(m_clinic, nullptr, this, nullptr);
    m_clinic = clinic;
    if (m_clinic) {
        connect(m_clinic, &ClinicController::stateChanged, this, &QueueModel::refresh);
        connect(m_clinic, &ClinicController::dataChanged, this, &QueueModel::refresh);
    }
    Q_EMIT clinicChanged();
    refresh();
}

int QueueModel::waiting() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const clinic::Appointment& row) {
        return row.status == AppointmentStatus::Arrived || row.status == AppointmentStatus::WithClinician;
    }));
}

void QueueModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void QueueModel::setError(const QString& message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

void QueueModel::apply(std::vector<clinic::Appointment> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

void QueueModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_clinic || m_clinic->state() != ClinicController::Unlocked) {
        apply({});
        setLoading(false);
        return;
    }
    setLoading(true);
    m_clinic->post<std::vector<clinic::Appointment>>(
        this,
        [](clinic::Clinic& c) {
            // Today in the clinic's local time, by the clinic's clock.
            const QDate today = QDateTime::fromMSecsSinceEpoch(c.context().clock.nowMs()).date();
            return c.queue().queue(c.session(), today);
        },
        [this, generation](const Result<std::vector<clinic::Appointment>>& rows) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!rows) {
                setError(rows.error().message);
                apply({});
                return;
            }
            setError({});
            apply(*rows);
        });
}

void QueueModel::move(const QString& appointmentId, AppointmentStatus status, const QString& doneMessage)
{
    if (!m_clinic)
        return;
    m_clinic->post<void>(
        this,
        [appointmentId, status](clinic::Clinic& c) { return c.queue().setStatus(c.session(), appointmentId, status); },
        [this, doneMessage](const Result<void>& moved) {
            if (!moved) {
                Q_EMIT actionFailed(moved.error().message);
                refresh();
                return;
            }
            Q_EMIT actionDone(doneMessage);
            if (m_clinic)
                m_clinic->notifyDataChanged(); // every queue on screen reloads, this one too
        });
}

void QueueModel::checkIn(const QString& appointmentId)
{
    move(appointmentId, AppointmentStatus::Arrived, tr("Checked in."));
}

void QueueModel::sendToClinician(const QString& appointmentId)
{
    move(appointmentId, AppointmentStatus::WithClinician, tr("Sent to the clinician."));
}

void QueueModel::markDone(const QString& appointmentId)
{
    move(appointmentId, AppointmentStatus::Done, tr("Visit marked done."));
}

void QueueModel::markNoShow(const QString& appointmentId)
{
    move(appointmentId, AppointmentStatus::NoShow, tr("Marked as no-show."));
}

void QueueModel::cancel(const QString& appointmentId)
{
    move(appointmentId, AppointmentStatus::Cancelled, tr("Appointment cancelled."));
}

void QueueModel::walkIn(const QString& patientId, const QString& reason)
{
    if (!m_clinic)
        return;
    m_clinic->post<QString>(
        this, [patientId, reason](clinic::Clinic& c) { return c.queue().walkIn(c.session(), patientId, reason); },
        [this](const Result<QString>& added) {
            if (!added) {
                Q_EMIT actionFailed(added.error().message);
                return;
            }
            Q_EMIT actionDone(tr("Added to today's queue."));
            if (m_clinic)
                m_clinic->notifyDataChanged();
        });
}

QString QueueModel::statusLabel(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Arrived:
        return tr("Arrived");
    case AppointmentStatus::WithClinician:
        return tr("With clinician");
    case AppointmentStatus::Done:
        return tr("Done");
    case AppointmentStatus::NoShow:
        return tr("No-show");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clinic::Appointment& row = m_rows[static_cast<size_t>(index.row())];
    using clinic::QueueService;
    switch (role) {
    case TimeRole:
        return row.start ? QLocale().toString(*row.start, QLocale::ShortFormat) : QString();
    case Qt::DisplayRole:
    case PatientNameRole:
        return row.patientName;
    case ReasonRole:
        return row.reason;
    case StatusRole:
        return clinic::appointmentStatusName(row.status);
    case StatusLabelRole:
        return statusLabel(row.status);
    case PatientIdRole:
        return row.patientId;
    case AppointmentIdRole:
        return row.id;
    case ClinicianNameRole:
        return row.clinicianName;
    case CanCheckInRole:
        return QueueService::canMove(row.status, AppointmentStatus::Arrived);
    case CanSendRole:
        return QueueService::canMove(row.status, AppointmentStatus::WithClinician);
    case CanFinishRole:
        return QueueService::canMove(row.status, AppointmentStatus::Done);
    case CanNoShowRole:
        return QueueService::canMove(row.status, AppointmentStatus::NoShow);
    case CanCancelRole:
        return QueueService::canMove(row.status, AppointmentStatus::Cancelled);
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    return {{TimeRole, "time"},
            {PatientNameRole, "patientName"},
            {ReasonRole, "reason"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {PatientIdRole, "patientId"},
            {AppointmentIdRole, "appointmentId"},
            {ClinicianNameRole, "clinicianName"},
            {CanCheckInRole, "canCheckIn"},
            {CanSendRole, "canSend"},
            {CanFinishRole, "canFinish"},
            {CanNoShowRole, "canNoShow"},
            {CanCancelRole, "canCancel"}};
}

} // namespace outpost::ui
