#include "core/clinic/QueueService.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/PatientState.h"
#include "core/CoreText.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

#include <QDateTime>

namespace outpost::clinic {

namespace {

using auth::Permission;

constexpr AppointmentStatus kAllStatuses[] = {AppointmentStatus::Booked,        AppointmentStatus::Arrived,
                                              AppointmentStatus::WithClinician, AppointmentStatus::Done,
                                              AppointmentStatus::NoShow,        AppointmentStatus::Cancelled};

const QString kColumns = QStringLiteral(
    "SELECT a.id, a.patient_id, p.given_name || ' ' || p.family_name, coalesce(a.clinician_id, ''), "
    "coalesce(u.display_name, ''), a.day, a.start_at, a.reason, a.status, a.status_at, a.created_at, "
    "coalesce(a.created_by, '') "
    "FROM appointments a JOIN patients p ON p.id = a.patient_id LEFT JOIN users u ON u.id = a.clinician_id ");

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

/// How a sentence names the status: "An appointment that is <words> can't be changed to <words>."
QString statusWords(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Arrived:
        return QStringLiteral("arrived");
    case AppointmentStatus::WithClinician:
        return QStringLiteral("with the clinician");
    case AppointmentStatus::Done:
        return QStringLiteral("done");
    case AppointmentStatus::NoShow:
        return QStringLiteral("a no-show");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString auditAction(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Arrived:
        return QStringLiteral("checkin");
    case AppointmentStatus::WithClinician:
        return QStringLiteral("appointment.with_clinician");
    case AppointmentStatus::Done:
        return QStringLiteral("appointment.done");
    case AppointmentStatus::NoShow:
        return QStringLiteral("appointment.no_show");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("appointment.cancel");
    case AppointmentStatus::Booked:
        break;
    }
    return QStringLiteral("appointment.book");
}

Appointment appointmentFrom(const storage::Row& row)
{
    Appointment appointment;
    appointment.id = row.at(0).toString();
    appointment.patientId = row.at(1).toString();
    appointment.patientName = row.at(2).toString();
    appointment.clinicianId = row.at(3).toString();
    appointment.clinicianName = row.at(4).toString();
    appointment.day = QDate::fromString(row.at(5).toString(), Qt::ISODate);
    if (!row.at(6).isNull())
        appointment.start = QDateTime::fromMSecsSinceEpoch(row.at(6).toLongLong()).time();
    appointment.reason = row.at(7).toString();
    appointment.status = appointmentStatusFromName(row.at(8).toString()).value_or(AppointmentStatus::Booked);
    appointment.statusAtMs = row.at(9).toLongLong();
    appointment.createdAtMs = row.at(10).toLongLong();
    appointment.createdBy = row.at(11).toString();
    return appointment;
}

Result<void> requireClinician(storage::Connection& connection, const QString& clinicianId)
{
    if (clinicianId.isEmpty())
        return {};
    auto row = connection.queryRow(QStringLiteral("SELECT role, disabled FROM users WHERE id = ?"), {clinicianId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, CoreText::tr("No user has this id."));
    if ((*row)->at(0).toString() != QLatin1String("clinician"))
        return invalid(CoreText::tr("Appointments are booked with a clinician; this user is not one."));
    if ((*row)->at(1).toBool())
        return invalid(CoreText::tr("This clinician's account is disabled."));
    return {};
}

} // namespace

QString appointmentStatusName(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Arrived:
        return QStringLiteral("arrived");
    case AppointmentStatus::WithClinician:
        return QStringLiteral("with_clinician");
    case AppointmentStatus::Done:
        return QStringLiteral("done");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no_show");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<AppointmentStatus> appointmentStatusFromName(const QString& name)
{
    for (const AppointmentStatus status : kAllStatuses) {
        if (appointmentStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

bool QueueService::canMove(AppointmentStatus from, AppointmentStatus to)
{
    switch (from) {
    case AppointmentStatus::Booked:
        return to == AppointmentStatus::Arrived || to == AppointmentStatus::NoShow ||
               to == AppointmentStatus::Cancelled;
    case AppointmentStatus::Arrived:
        return to == AppointmentStatus::WithClinician || to == AppointmentStatus::Cancelled;
    case AppointmentStatus::WithClinician:
        return to == AppointmentStatus::Done;
    case AppointmentStatus::Done:
    case AppointmentStatus::NoShow:
    case AppointmentStatus::Cancelled:
        return false;
    }
    return false;
}

QDate QueueService::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs()).date();
}

Result<QString> QueueService::insert(const Session& session, const Appointment& appointment, const QString& action)
{
    auto written = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto active = requireActivePatient(writer, appointment.patientId); !active)
            return active;
        if (auto clinician = requireClinician(writer, appointment.clinicianId); !clinician)
            return clinician;
        if (appointment.status == AppointmentStatus::Arrived) {
            auto waiting = writer.queryValue(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM appointments WHERE patient_id = ? AND day = ? "
                               "AND status IN ('booked', 'arrived', 'with_clinician'))"),
                {appointment.patientId, appointment.day.toString(Qt::ISODate)});
            if (!waiting)
                return waiting.error();
            if (waiting->toBool())
                return invalid(CoreText::tr("This patient is already on today's list; check in that appointment."));
        }
        const QVariant startAt = appointment.start
                                     ? QVariant(QDateTime(appointment.day, *appointment.start).toMSecsSinceEpoch())
                                     : QVariant();
        if (auto inserted = writer.execute(
                QStringLiteral("INSERT INTO appointments (id, patient_id, clinician_id, day, start_at, reason, status, "
                               "status_at, created_at, created_by) VALUES (?, ?, nullif(?, ''), ?, ?, ?, ?, ?, ?, ?)"),
                {appointment.id, appointment.patientId, appointment.clinicianId, appointment.day.toString(Qt::ISODate),
                 startAt, appointment.reason, appointmentStatusName(appointment.status), appointment.statusAtMs,
                 appointment.createdAtMs, session.userId});
            !inserted)
            return inserted;
        QString detail =
            QStringLiteral("appointment=%1 day=%2").arg(appointment.id, appointment.day.toString(Qt::ISODate));
        if (appointment.status == AppointmentStatus::Arrived)
            detail += QStringLiteral(" walk_in");
        return AuditLog::append(writer, m_context.clock, &session, action, appointment.patientId, detail);
    });
    if (!written)
        return written.error();
    return appointment.id;
}

Result<QString> QueueService::book(const Session& session, const QString& patientId, const QDate& day,
                                   std::optional<QTime> start, const QString& clinicianId, const QString& reason)
{
    if (auto allowed = require(session, Permission::ManageAppointments, m_context.clock); !allowed)
        return allowed.error();
    if (!day.isValid())
        return invalid(CoreText::tr("Choose the day of the appointment."));
    if (day < today())
        return invalid(CoreText::tr("Appointments can't be booked on a day that has passed."));
    if (start && !start->isValid())
        return invalid(CoreText::tr("The appointment time is not a valid time of day."));
    Appointment appointment;
    appointment.id = m_context.ids.next();
    appointment.patientId = patientId;
    appointment.clinicianId = clinicianId;
    appointment.day = day;
    appointment.start = start;
    appointment.reason = reason.trimmed();
    appointment.status = AppointmentStatus::Booked;
    appointment.statusAtMs = appointment.createdAtMs = m_context.clock.nowMs();
    return insert(session, appointment, QStringLiteral("appointment.book"));
}

Result<QString> QueueService::walkIn(const Session& session, const QString& patientId, const QString& reason)
{
    if (auto allowed = require(session, Permission::ManageAppointments, m_context.clock); !allowed)
        return allowed.error();
    Appointment appointment;
    appointment.id = m_context.ids.next();
    appointment.patientId = patientId;
    appointment.day = today();
    appointment.reason = reason.trimmed();
    appointment.status = AppointmentStatus::Arrived;
    appointment.statusAtMs = appointment.createdAtMs = m_context.clock.nowMs();
    return insert(session, appointment, QStringLiteral("checkin"));
}

Result<std::vector<Appointment>> QueueService::select(const QString& where, const QVariantList& parameters)
{
    std::vector<Appointment> found;
    auto read = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto rows = reader.query(kColumns + where, parameters);
        if (!rows)
            return rows.error();
        found.reserve(rows->size());
        for (const storage::Row& row : *rows)
            found.push_back(appointmentFrom(row));
        return {};
    });
    if (!read)
        return read.error();
    return found;
}

Result<std::vector<Appointment>> QueueService::queue(const Session& session, const QDate& day)
{
    if (auto allowed = require(session, Permission::ManageAppointments, m_context.clock); !allowed)
        return allowed.error();
    return select(QStringLiteral("WHERE a.day = ? ORDER BY CASE a.status WHEN 'with_clinician' THEN 0 "
                                 "WHEN 'arrived' THEN 1 WHEN 'booked' THEN 2 WHEN 'done' THEN 3 "
                                 "WHEN 'no_show' THEN 4 ELSE 5 END, coalesce(a.start_at, a.status_at), a.id"),
                  {day.toString(Qt::ISODate)});
}

Result<std::vector<Appointment>> QueueService::patientAppointments(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, Permission::ManageAppointments, m_context.clock); !allowed)
        return allowed.error();
    return select(QStringLiteral("WHERE a.patient_id = ? ORDER BY a.day DESC, coalesce(a.start_at, a.status_at) DESC, "
                                 "a.id DESC"),
                  {patientId});
}

Result<void> QueueService::setStatus(const Session& session, const QString& appointmentId, AppointmentStatus status)
{
    if (auto allowed = require(session, Permission::ManageAppointments, m_context.clock); !allowed)
        return allowed;
    return m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        auto row = writer.queryRow(QStringLiteral("SELECT patient_id, status FROM appointments WHERE id = ?"),
                                   {appointmentId});
        if (!row)
            return row.error();
        if (!row->has_value())
            return makeError(ErrorCode::NotFound, CoreText::tr("No appointment has this id."));
        const QString patientId = (*row)->at(0).toString();
        const AppointmentStatus current =
            appointmentStatusFromName((*row)->at(1).toString()).value_or(AppointmentStatus::Booked);
        if (!canMove(current, status))
            return invalid(CoreText::tr("An appointment that is %1 can't be changed to %2.")
                               .arg(statusWords(current), statusWords(status)));
        if (auto updated =
                writer.execute(QStringLiteral("UPDATE appointments SET status = ?, status_at = ? WHERE id = ?"),
                               {appointmentStatusName(status), m_context.clock.nowMs(), appointmentId});
            !updated)
            return updated;
        return AuditLog::append(writer, m_context.clock, &session, auditAction(status), patientId,
                                QStringLiteral("appointment=%1 from=%2 to=%3")
                                    .arg(appointmentId, appointmentStatusName(current), appointmentStatusName(status)));
    });
}

} // namespace outpost::clinic
