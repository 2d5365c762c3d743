#include "core/demo/DemoClinic.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/UserDirectory.h"
#include "core/CoreText.h"
#include "core/demo/DemoPeople.h"

#include <QDateTime>

namespace outpost::demo {

namespace {

Result<clinic::Session> demoUserSession(clinic::Clinic& clinic, const DemoUser& user, DemoSummary& summary)
{
    const QString name = QString::fromLatin1(user.name);
    std::optional<clinic::UserRecord> existing;
    auto found = clinic.database().read([&](storage::Connection& reader) -> Result<void> {
        auto row = clinic::UserDirectory::findByName(reader, name);
        if (!row)
            return row.error();
        existing = *row;
        return {};
    });
    if (!found)
        return found.error();
    if (!existing) {
        const auto role = auth::roleFromName(QString::fromLatin1(user.role));
        auto created = clinic.users().createUser(clinic.session(), name, name.at(0).toUpper() + name.mid(1), *role,
                                                 QString::fromLatin1(user.password));
        if (!created)
            return created.error();
        existing = *created;
        ++summary.users;
    }
    return clinic::Session{existing->id, existing->name, existing->role, 0, {}};
}

} // namespace

Result<DemoSummary> fillDemoClinic(clinic::Clinic& clinic, int patients, quint64 seed,
                                   const std::function<bool(int)>& progress)
{
    if (patients < 0 || patients > 2'000'000)
        return makeError(ErrorCode::Usage, CoreText::tr("The number of demo patients must be 0 to 2,000,000."));
    DemoSummary summary;
    auto reception = demoUserSession(clinic, kDemoUsers[0], summary);
    if (!reception)
        return reception.error();
    auto clinician = demoUserSession(clinic, kDemoUsers[1], summary);
    if (!clinician)
        return clinician.error();

    const QDate today = QDateTime::fromMSecsSinceEpoch(clinic.context().clock.nowMs()).date();
    DemoPeople people(seed, today);
    std::vector<QString> ids;
    constexpr int kBatch = 5000;
    for (int done = 0; done < patients;) {
        std::vector<domain::Patient> batch;
        const int n = std::min(kBatch, patients - done);
        batch.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i)
            batch.push_back(people.next());
        auto added = clinic.patients().importMany(*reception, std::move(batch));
        if (!added)
            return added.error();
        ids.insert(ids.end(), added->begin(), added->end());
        done += n;
        summary.patients = done;
        if (progress && !progress(70 * done / std::max(1, patients)))
            return makeError(ErrorCode::Cancelled, CoreText::tr("Demo data creation was cancelled."));
    }

    // Charts for about a fifth of the patients, capped so a large demo stays quick to make.
    const int charted = std::min<int>(static_cast<int>(ids.size()) / 5, 400);
    for (int i = 0; i < charted; ++i) {
        const QString& patient = ids[static_cast<size_t>(i) * 5];
        const int visits = 1 + static_cast<int>(people.engine()() % 3);
        for (int v = 0; v < visits; ++v) {
            auto encounter = clinic.chart().openEncounter(*clinician, patient, people.visitReason());
            if (!encounter)
                return encounter.error();
            ++summary.encounters;
            const QStringList parts = people.noteText().split(QLatin1Char('\n'));
            clinic::SoapNote note{parts.value(0).mid(3), parts.value(1).mid(3), parts.value(2).mid(3),
                                  parts.value(3).mid(3)};
            if (auto added = clinic.chart().addNote(*clinician, patient, *encounter, note); !added)
                return added.error();
            ++summary.notes;
            clinic::Vitals vitals;
            vitals.temperatureC = 36.4 + static_cast<double>(people.engine()() % 20) / 10.0;
            vitals.pulsePerMin = 60 + static_cast<double>(people.engine()() % 40);
            vitals.systolicMmHg = 105 + static_cast<double>(people.engine()() % 40);
            vitals.diastolicMmHg = 65 + static_cast<double>(people.engine()() % 20);
            if (auto added = clinic.chart().addVitals(*clinician, patient, *encounter, vitals); !added)
                return added.error();
            if (auto closed = clinic.chart().closeEncounter(*clinician, *encounter); !closed)
                return closed.error();
        }
        if (i % 7 == 0) {
            const clinic::Allergy allergy{QStringLiteral("Penicillin"), QStringLiteral("Rash"),
                                          clinic::AllergySeverity::Moderate};
            if (auto added = clinic.chart().addAllergy(*clinician, patient, {}, allergy); !added)
                return added.error();
        }
        if (progress && i % 20 == 0 && !progress(70 + 25 * i / std::max(1, charted)))
            return makeError(ErrorCode::Cancelled, CoreText::tr("Demo data creation was cancelled."));
    }

    // Today's queue: a few booked, a few already arrived.
    const int queued = std::min<int>(static_cast<int>(ids.size()), 12);
    for (int i = 0; i < queued; ++i) {
        const QString& patient = ids[ids.size() - 1 - static_cast<size_t>(i)];
        const Result<QString> added =
            i % 3 == 0 ? clinic.queue().walkIn(*reception, patient, people.visitReason())
                       : clinic.queue().book(*reception, patient, today, QTime(8 + i / 2, (i % 2) * 30),
                                             clinician->userId, people.visitReason());
        if (!added)
            return added.error();
        ++summary.appointments;
    }
    if (progress)
        progress(100);
    return summary;
}

} // namespace outpost::demo
