#pragma once

#include "core/clinic/QueueService.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include <vector>

namespace outpost::ui {

class ClinicController;

/// Today's queue for the reception home, with the moves a receptionist makes: check in, send to
/// the clinician, done, no-show, cancel, and walk-ins. Loads and changes run on the clinic thread;
/// after each change the queue reloads, and a refusal reaches the page as actionFailed().
class QueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Roles {
        TimeRole = Qt::UserRole + 1, ///< booked time in the UI locale; empty for walk-ins and untimed bookings
        PatientNameRole,
        ReasonRole,
        StatusRole,      ///< "booked", "arrived", "with_clinician", "done", "no_show", "cancelled"
        StatusLabelRole, ///< the status in the user's language
        PatientIdRole,
        AppointmentIdRole,
        ClinicianNameRole,
        CanCheckInRole,
        CanSendRole,
        CanFinishRole,
        CanNoShowRole,
        CanCancelRole,
    };
    Q_ENUM(Roles)

    explicit QueueModel(QObject* parent = nullptr);

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    bool loading() const { return m_loading; }
    int count() const { return static_cast<int>(m_rows.size()); }
    /// Arrived or with the clinician.
    int waiting() const;
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void checkIn(const QString& appointmentId);
    Q_INVOKABLE void sendToClinician(const QString& appointmentId);
    Q_INVOKABLE void markDone(const QString& appointmentId);
    Q_INVOKABLE void markNoShow(const QString& appointmentId);
    Q_INVOKABLE void cancel(const QString& appointmentId);
    /// Adds @p patientId to today's queue as arrived.
    Q_INVOKABLE void walkIn(const QString& patientId, const QString& reason);

    static QString statusLabel(clinic::AppointmentStatus status);

Q_SIGNALS:
    void clinicChanged();
    void loadingChanged();
    void countChanged();
    void errorMessageChanged();
    void actionDone(const QString& message);
    void actionFailed(const QString& message);

private:
    void move(const QString& appointmentId, clinic::AppointmentStatus status, const QString& doneMessage);
    void apply(std::vector<clinic::Appointment> rows);
    void setLoading(bool loading);
    void setError(const QString& message);

    QPointer<ClinicController> m_clinic;
    std::vector<clinic::Appointment> m_rows;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace outpost::ui
