#pragma once

#include "core/clinic/Session.h"
#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace outpost::clinic {

/// Where a visit stands on the day.
enum class AppointmentStatus { Booked, Arrived, WithClinician, Done, NoShow, Cancelled };

QString appointmentStatusName(AppointmentStatus status); ///< "booked", "arrived", "with_clinician", …
std::optional<AppointmentStatus> appointmentStatusFromName(const QString& name);

/// One appointment or walk-in, with the names the queue shows.
struct Appointment {
    QString id;
    QString patientId;
    QString patientName; ///< given and family name
    QString clinicianId; ///< empty when no clinician was chosen
    QString clinicianName;
    QDate day;
    std::optional<QTime> start; ///< empty for walk-ins and day bookings without a time
    QString reason;
    AppointmentStatus status = AppointmentStatus::Booked;
    qint64 statusAtMs = 0;
    qint64 createdAtMs = 0;
    QString createdBy;
};

/// Check-in: the appointment book and the day's queue. Needs ManageAppointments (reception,
/// clinician and admin); every change is audited ("appointment.book", "checkin", …).
class QueueService
{
public:
    explicit QueueService(ClinicContext& context) : m_context(context) {}

    /// Books @p patientId on @p day (today or later, in the clinic's local time), optionally at @p start and
    /// with a clinician (an enabled clinician's user id, or empty). Returns the appointment id.
    Result<QString> book(const Session& session, const QString& patientId, const QDate& day, std::optional<QTime> start,
                         const QString& clinicianId, const QString& reason);
    /// Adds a patient who came without a booking to today's queue, already arrived.
    Result<QString> walkIn(const Session& session, const QString& patientId, const QString& reason);

    /// The queue for @p day: with clinician, arrived, booked, then done, no-show and cancelled; each
    /// group by time (the booked time, or for walk-ins and untimed bookings the last status change).
    Result<std::vector<Appointment>> queue(const Session& session, const QDate& day);
    /// Every appointment of the patient, newest day first.
    Result<std::vector<Appointment>> patientAppointments(const Session& session, const QString& patientId);

    /// Moves an appointment along; refused with a sentence unless canMove(current, @p status).
    Result<void> setStatus(const Session& session, const QString& appointmentId, AppointmentStatus status);

    /// booked → arrived, no-show or cancelled; arrived → with clinician or cancelled; with clinician → done.
    static bool canMove(AppointmentStatus from, AppointmentStatus to);

private:
    Result<QString> insert(const Session& session, const Appointment& appointment, const QString& action);
    Result<std::vector<Appointment>> select(const QString& where, const QVariantList& parameters);
    QDate today() const;

    ClinicContext& m_context;
};

} // namespace outpost::clinic
