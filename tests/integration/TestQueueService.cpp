#include "core/clinic/QueueService.h"

#include "tests/support/ClinicFixture.h"

#include <QDateTime>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;
using outpost::auth::Role;

namespace {

constexpr qint64 kMinute = 60 * 1000;
using Status = AppointmentStatus;

/// The allowed steps that take a new booking to @p status.
QList<Status> pathTo(Status status)
{
    switch (status) {
    case Status::Booked:
        return {};
    case Status::Arrived:
        return {Status::Arrived};
    case Status::WithClinician:
        return {Status::Arrived, Status::WithClinician};
    case Status::Done:
        return {Status::Arrived, Status::WithClinician, Status::Done};
    case Status::NoShow:
        return {Status::NoShow};
    case Status::Cancelled:
        return {Status::Cancelled};
    }
    return {};
}

} // namespace

/// Check-in: booking, walk-ins, the day's queue and the statuses an appointment moves through.
class TestQueueService : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ClinicFixture> m_clinic;
    std::unique_ptr<QueueService> m_queue;
    Session m_reception;
    Session m_clinician;
    QString m_patient;

    QDate today() const { return QDateTime::fromMSecsSinceEpoch(m_clinic->clock.nowMs()).date(); }

private Q_SLOTS:
    void init()
    {
        m_clinic = std::make_unique<testing::ClinicFixture>();
        // 07:30 local time, so the day's bookings are all ahead.
        m_clinic->clock.set(QDateTime(QDate(2026, 3, 9), QTime(7, 30)).toMSecsSinceEpoch());
        m_queue = std::make_unique<QueueService>(*m_clinic->context);
        m_reception = m_clinic->addUser(QStringLiteral("front.desk"), Role::Reception);
        m_clinician = m_clinic->addUser(QStringLiteral("dr.okafor"), Role::Clinician);
        m_patient = m_clinic->addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
    }

    void cleanup()
    {
        m_queue.reset();
        m_clinic.reset();
    }

    void transitions_data()
    {
        QTest::addColumn<Status>("from");
        QTest::addColumn<Status>("to");
        QTest::addColumn<bool>("allowed");
        const struct {
            Status status;
            const char* words;
        } statuses[] = {
            {Status::Booked, "booked"}, {Status::Arrived, "arrived"},  {Status::WithClinician, "with the clinician"},
            {Status::Done, "done"},     {Status::NoShow, "a no-show"}, {Status::Cancelled, "cancelled"}};
        const QList<QPair<Status, Status>> allowed = {
            {Status::Booked, Status::Arrived},    {Status::Booked, Status::NoShow},
            {Status::Booked, Status::Cancelled},  {Status::Arrived, Status::WithClinician},
            {Status::Arrived, Status::Cancelled}, {Status::WithClinician, Status::Done}};
        for (const auto& from : statuses) {
            for (const auto& to : statuses) {
                const bool ok = allowed.contains(qMakePair(from.status, to.status));
                const QByteArray name = QByteArray("an appointment that is ") + from.words +
                                        (ok ? " may become " : " may not become ") + to.words;
                QTest::newRow(name.constData()) << from.status << to.status << ok;
            }
        }
    }

    void transitions()
    {
        QFETCH(Status, from);
        QFETCH(Status, to);
        QFETCH(bool, allowed);
        QCOMPARE(QueueService::canMove(from, to), allowed);

        auto booked =
            m_queue->book(m_reception, m_patient, today(), QTime(9, 0), m_clinician.userId, QStringLiteral("Review"));
        QVERIFY(booked.ok());
        for (const Status step : pathTo(from))
            QVERIFY(m_queue->setStatus(m_reception, *booked, step).ok());
        auto moved = m_queue->setStatus(m_reception, *booked, to);
        QCOMPARE(moved.ok(), allowed);
        auto appointments = m_queue->patientAppointments(m_reception, m_patient);
        QVERIFY(appointments.ok());
        QCOMPARE(appointments->front().status, allowed ? to : from);
        if (!allowed) {
            QCOMPARE(moved.error().code, ErrorCode::Invalid);
            QVERIFY2(moved.error().message.startsWith(QStringLiteral("An appointment that is ")) &&
                         moved.error().message.endsWith(QLatin1Char('.')),
                     qPrintable(moved.error().message));
        }
    }

    void refusalsReadAsSentences()
    {
        auto booked = m_queue->book(m_reception, m_patient, today(), std::nullopt, {}, {});
        QVERIFY(booked.ok());
        QVERIFY(m_queue->setStatus(m_reception, *booked, Status::NoShow).ok());
        auto refused = m_queue->setStatus(m_reception, *booked, Status::Arrived);
        QCOMPARE(refused.error().message,
                 QStringLiteral("An appointment that is a no-show can't be changed to arrived."));
    }

    void theQueueIsOrderedByStatusThenTime()
    {
        const auto patient = [&](const char* given) {
            return m_clinic->addPatient(QString::fromLatin1(given), QStringLiteral("Test"));
        };
        auto late = m_queue->book(m_reception, patient("Late"), today(), QTime(11, 0), {}, {});
        auto early = m_queue->book(m_reception, patient("Early"), today(), QTime(9, 0), {}, {});
        auto seen = m_queue->book(m_reception, patient("Seen"), today(), QTime(8, 0), {}, {});
        auto cancelled = m_queue->book(m_reception, patient("Cancelled"), today(), QTime(8, 30), {}, {});
        auto tomorrow = m_queue->book(m_reception, patient("Tomorrow"), today().addDays(1), QTime(8, 0), {}, {});
        QVERIFY(late.ok() && early.ok() && seen.ok() && cancelled.ok() && tomorrow.ok());
        m_clinic->clock.advance(30 * kMinute);
        auto walkIn = m_queue->walkIn(m_reception, patient("Walkin"), QStringLiteral("Cut finger"));
        QVERIFY(walkIn.ok());
        m_clinic->clock.advance(5 * kMinute);
        QVERIFY(m_queue->setStatus(m_reception, *seen, Status::Arrived).ok());
        QVERIFY(m_queue->setStatus(m_clinician, *seen, Status::WithClinician).ok());
        QVERIFY(m_queue->setStatus(m_reception, *late, Status::Arrived).ok());
        QVERIFY(m_queue->setStatus(m_reception, *cancelled, Status::Cancelled).ok());

        auto queue = m_queue->queue(m_reception, today());
        QVERIFY(queue.ok());
        QStringList order;
        for (const Appointment& appointment : *queue)
            order << appointment.patientName + QLatin1Char(' ') + appointmentStatusName(appointment.status);
        // The walk-in came at 08:00, before the 11:00 booking that has also arrived.
        QCOMPARE(order, (QStringList{QStringLiteral("Seen Test with_clinician"), QStringLiteral("Walkin Test arrived"),
                                     QStringLiteral("Late Test arrived"), QStringLiteral("Early Test booked"),
                                     QStringLiteral("Cancelled Test cancelled")}));
        QCOMPARE(queue->at(3).start, std::optional<QTime>(QTime(9, 0)));
        QVERIFY(!queue->at(1).start.has_value());
    }

    void bookingChecks_data()
    {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<QString>("clinician"); // "clinician", "reception", "" or an unknown id
        QTest::addColumn<bool>("mergedPatient");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("a booking for tomorrow with a clinician is accepted") << 1 << "clinician" << false << QString();
        QTest::newRow("a booking without a clinician is accepted") << 0 << "" << false << QString();
        QTest::newRow("a booking for yesterday is refused")
            << -1 << "clinician" << false << QStringLiteral("Appointments can't be booked on a day that has passed.");
        QTest::newRow("a booking with a receptionist as clinician is refused")
            << 1 << "reception" << false
            << QStringLiteral("Appointments are booked with a clinician; this user is not one.");
        QTest::newRow("a booking with an unknown clinician is refused")
            << 1 << "ghost" << false << QStringLiteral("No user has this id.");
        QTest::newRow("a booking for a merged record is refused")
            << 1 << "clinician" << true
            << QStringLiteral("This record was merged into another record; use the surviving record.");
    }

    void bookingChecks()
    {
        QFETCH(int, daysFromToday);
        QFETCH(QString, clinician);
        QFETCH(bool, mergedPatient);
        QFETCH(QString, refusal);
        const QString clinicianId = clinician == QLatin1String("clinician")   ? m_clinician.userId
                                    : clinician == QLatin1String("reception") ? m_reception.userId
                                                                              : clinician;
        if (mergedPatient) {
            const QString survivor = m_clinic->addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
            m_clinic->exec(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"), {survivor, m_patient});
        }
        auto booked = m_queue->book(m_reception, m_patient, today().addDays(daysFromToday), QTime(10, 15), clinicianId,
                                    QStringLiteral("Check-up"));
        if (refusal.isEmpty()) {
            QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
            auto appointments = m_queue->patientAppointments(m_reception, m_patient);
            QVERIFY(appointments.ok());
            QCOMPARE(appointments->front().day, today().addDays(daysFromToday));
            QCOMPARE(appointments->front().clinicianName,
                     clinician.isEmpty() ? QString() : QStringLiteral("dr.okafor"));
            QCOMPARE(appointments->front().createdBy, m_reception.userId);
        } else {
            QVERIFY(!booked.ok());
            QCOMPARE(booked.error().message, refusal);
            QCOMPARE(m_clinic->value(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 0);
        }
    }

    void aPatientAlreadyInTheQueueIsNotAddedTwice()
    {
        QVERIFY(m_queue->walkIn(m_reception, m_patient, {}).ok());
        auto twice = m_queue->walkIn(m_reception, m_patient, {});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().message,
                 QStringLiteral("This patient is already on today's list; check in that appointment."));
    }

    void everyRoleMayRunTheQueue_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("reception may run the queue") << Role::Reception;
        QTest::newRow("a clinician may run the queue") << Role::Clinician;
        QTest::newRow("an admin may run the queue") << Role::Admin;
    }

    void everyRoleMayRunTheQueue()
    {
        QFETCH(Role, role);
        const Session session = m_clinic->addUser(QStringLiteral("someone"), role);
        auto booked = m_queue->book(session, m_patient, today(), QTime(14, 0), {}, {});
        QVERIFY(booked.ok());
        QVERIFY(m_queue->setStatus(session, *booked, Status::Arrived).ok());
        QVERIFY(m_queue->queue(session, today()).ok());
        QVERIFY(m_queue->patientAppointments(session, m_patient).ok());
        const QString other = m_clinic->addPatient(QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        QVERIFY(m_queue->walkIn(session, other, {}).ok());
    }

    void everyChangeIsAudited()
    {
        auto booked =
            m_queue->book(m_reception, m_patient, today(), QTime(9, 0), m_clinician.userId, QStringLiteral("Knee"));
        QVERIFY(booked.ok());
        QVERIFY(m_queue->setStatus(m_reception, *booked, Status::Arrived).ok());
        QVERIFY(m_queue->setStatus(m_clinician, *booked, Status::WithClinician).ok());
        QVERIFY(m_queue->setStatus(m_clinician, *booked, Status::Done).ok());
        const QString other = m_clinic->addPatient(QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        auto walkIn = m_queue->walkIn(m_reception, other, QStringLiteral("Burn"));
        QVERIFY(walkIn.ok());
        QVERIFY(m_queue->setStatus(m_reception, *walkIn, Status::Cancelled).ok());
        auto noShow = m_queue->book(m_reception, m_patient, today().addDays(1), std::nullopt, {}, {});
        QVERIFY(noShow.ok());
        QVERIFY(m_queue->setStatus(m_reception, *noShow, Status::NoShow).ok());

        QCOMPARE(m_clinic->auditActions(),
                 (QStringList{QStringLiteral("appointment.book"), QStringLiteral("checkin"),
                              QStringLiteral("appointment.with_clinician"), QStringLiteral("appointment.done"),
                              QStringLiteral("checkin"), QStringLiteral("appointment.cancel"),
                              QStringLiteral("appointment.book"), QStringLiteral("appointment.no_show")}));
        const auto events = m_clinic->audit();
        QCOMPARE(events.at(1).detail, QStringLiteral("appointment=%1 from=booked to=arrived").arg(*booked));
        QCOMPARE(events.at(1).patientId, m_patient);
        QVERIFY(events.at(4).detail.endsWith(QStringLiteral(" walk_in")));
        for (const auto& event : events)
            QVERIFY2(!event.detail.contains(QStringLiteral("Knee")) && !event.detail.contains(QStringLiteral("Burn")),
                     qPrintable(event.detail));
    }
};

QTEST_GUILESS_MAIN(TestQueueService)
#include "TestQueueService.moc"
