#include "core/clinic/ChartService.h"

#include "tests/support/ClinicFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>
#include <map>

using namespace outpost;
using namespace outpost::clinic;
using outpost::auth::Role;

namespace {

constexpr qint64 kMinute = 60 * 1000;

SoapNote noteAbout(const QString& complaint)
{
    return {complaint, QStringLiteral("Chest clear, abdomen soft"), QStringLiteral("Viral illness"),
            QStringLiteral("Fluids, paracetamol, review in 3 days")};
}

Vitals ordinaryVitals()
{
    Vitals vitals;
    vitals.temperatureC = 38.1;
    vitals.pulsePerMin = 96;
    vitals.systolicMmHg = 118;
    vitals.diastolicMmHg = 76;
    return vitals;
}

QStringList bodiesOf(const std::vector<ClinicalEntry>& entries, const QString& field)
{
    QStringList values;
    for (const ClinicalEntry& entry : entries)
        values << entry.body.value(field).toString();
    return values;
}

/// One chart call for the role matrix: runs as @p session and returns its error, or an empty optional.
using ChartCall = std::function<std::optional<ErrorCode>(ChartService&, const Session&)>;

template<typename T>
std::optional<ErrorCode> outcome(const Result<T>& result)
{
    return result.ok() ? std::nullopt : std::optional<ErrorCode>(result.error().code);
}

} // namespace

/// The chart: encounters and append-only clinical entries, who may read and write them, and the audit they leave.
class TestChartService : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ClinicFixture> m_clinic;
    std::unique_ptr<ChartService> m_chart;
    Session m_clinician;
    Session m_reception;
    Session m_admin;
    QString m_patient;
    QString m_encounter;

    /// A clinician's encounter on m_patient with a note in it; returns the note's id.
    QString addNote(const QString& complaint)
    {
        auto note = m_chart->addNote(m_clinician, m_patient, m_encounter, noteAbout(complaint));
        if (!note)
            qFatal("cannot add a note: %s", qPrintable(note.error().message));
        return *note;
    }

    /// @p count weekly visits over the past years, each with a note, vitals and an allergy (every tenth)
    /// or a medication, and every fifth note amended; written straight into the tables in the caller's
    /// transaction, because through the service each entry would be its own fsync'd transaction.
    Result<void> writeOldVisits(storage::Connection& writer, int count)
    {
        const qint64 start = m_clinic->clock.nowMs() - qint64(10) * 365 * 24 * 60 * kMinute;
        const QString entrySql =
            QStringLiteral("INSERT INTO clinical_entries (id, patient_id, encounter_id, kind, body, "
                           "status, supersedes, reason, author_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, 'current', nullif(?, ''), ?, ?, ?)");
        const auto json = [](const QJsonObject& body) {
            return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        for (int visit = 0; visit < count; ++visit) {
            const qint64 at = start + qint64(visit) * 7 * 24 * 60 * kMinute;
            const QString encounter = m_clinic->ids.next();
            if (auto ok = writer.execute(QStringLiteral("INSERT INTO encounters (id, patient_id, clinician_id, "
                                                        "started_at, reason, status, created_at) "
                                                        "VALUES (?, ?, ?, ?, 'Review', 'closed', ?)"),
                                         {encounter, m_patient, m_clinician.userId, at, at});
                !ok)
                return ok;
            const bool allergy = visit % 10 == 0;
            const QJsonObject bodies[] = {
                noteAbout(QStringLiteral("Visit %1: tired, poor sleep, knee pain on stairs").arg(visit)).toJson(),
                ordinaryVitals().toJson(),
                allergy
                    ? Allergy{QStringLiteral("Sulfa %1").arg(visit), QStringLiteral("Rash"), AllergySeverity::Moderate}
                          .toJson()
                    : Medication{QStringLiteral("Drug %1").arg(visit), QStringLiteral("10 mg"), QStringLiteral("oral"),
                                 QStringLiteral("daily"), visit % 3 != 0}
                          .toJson()};
            const char* const kinds[] = {"note", "vitals", allergy ? "allergy" : "medication"};
            QString note;
            for (int i = 0; i < 3; ++i) {
                const QString id = m_clinic->ids.next();
                if (i == 0)
                    note = id;
                if (auto ok =
                        writer.execute(entrySql, {id, m_patient, encounter, QString::fromLatin1(kinds[i]),
                                                  json(bodies[i]), QString(), QString(), m_clinician.userId, at + i});
                    !ok)
                    return ok;
            }
            if (visit % 5 == 0) {
                const QJsonObject amended = noteAbout(QStringLiteral("Visit %1: tired, knee pain").arg(visit)).toJson();
                if (auto ok = writer.execute(entrySql, {m_clinic->ids.next(), m_patient, encounter,
                                                        QStringLiteral("note"), json(amended), note,
                                                        QStringLiteral("Addendum"), m_clinician.userId, at + kMinute});
                    !ok)
                    return ok;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_clinic = std::make_unique<testing::ClinicFixture>();
        m_chart = std::make_unique<ChartService>(*m_clinic->context);
        m_clinician = m_clinic->addUser(QStringLiteral("dr.okafor"), Role::Clinician);
        m_reception = m_clinic->addUser(QStringLiteral("front.desk"), Role::Reception);
        m_admin = m_clinic->addUser(QStringLiteral("admin"), Role::Admin);
        m_patient = m_clinic->addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        auto encounter = m_chart->openEncounter(m_clinician, m_patient, QStringLiteral("Fever"));
        QVERIFY(encounter.ok());
        m_encounter = *encounter;
    }

    void cleanup()
    {
        m_chart.reset();
        m_clinic.reset();
    }

    void chartRoundTrip()
    {
        m_clinic->clock.advance(kMinute);
        const QString note = addNote(QStringLiteral("Fever for two days"));
        QVERIFY(m_chart->addVitals(m_clinician, m_patient, m_encounter, ordinaryVitals()).ok());
        QVERIFY(m_chart
                    ->addAllergy(m_clinician, m_patient, {},
                                 {QStringLiteral("Penicillin"), QStringLiteral("Hives"), AllergySeverity::Severe})
                    .ok());
        QVERIFY(m_chart->addProblem(m_clinician, m_patient, {}, {QStringLiteral("Asthma"), QStringLiteral("childhood")})
                    .ok());
        QVERIFY(
            m_chart->addProblem(m_clinician, m_patient, {}, {QStringLiteral("Malaria"), QStringLiteral("2021"), false})
                .ok());
        QVERIFY(m_chart
                    ->addMedication(m_clinician, m_patient, m_encounter,
                                    {QStringLiteral("Salbutamol"), QStringLiteral("100 µg"), QStringLiteral("inhaled"),
                                     QStringLiteral("as needed")})
                    .ok());
        QVERIFY(m_chart->addMedication(m_clinician, m_patient, {}, {QStringLiteral("Chloroquine"), {}, {}, {}, false})
                    .ok());

        auto chart = m_chart->loadChart(m_clinician, m_patient, 10);
        QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().message));
        QCOMPARE(chart->encounterCount, 1);
        QCOMPARE(chart->encounters.size(), size_t(1));
        const ChartEncounter& visit = chart->encounters.front();
        QCOMPARE(visit.encounter.reason, QStringLiteral("Fever"));
        QCOMPARE(visit.encounter.clinicianName, QStringLiteral("dr.okafor"));
        QCOMPARE(visit.encounter.status, EncounterStatus::Open);
        QCOMPARE(visit.entries.size(), size_t(3)); // note, vitals and the medication started in this visit
        const auto written = std::find_if(visit.entries.begin(), visit.entries.end(),
                                          [&](const ClinicalEntry& entry) { return entry.id == note; });
        QVERIFY(written != visit.entries.end());
        QCOMPARE(written->kind, EntryKind::Note);
        QCOMPARE(written->body, noteAbout(QStringLiteral("Fever for two days")).toJson());
        QCOMPARE(written->authorId, m_clinician.userId);
        QCOMPARE(written->authorName, QStringLiteral("dr.okafor"));
        QCOMPARE(written->createdAtMs, m_clinic->clock.nowMs());

        const ChartSummary& header = chart->summary;
        QCOMPARE(bodiesOf(header.allergies, QStringLiteral("substance")), QStringList{QStringLiteral("Penicillin")});
        QCOMPARE(header.allergies.front().body.value(QStringLiteral("severity")).toString(), QStringLiteral("severe"));
        QCOMPARE(bodiesOf(header.activeProblems, QStringLiteral("name")), QStringList{QStringLiteral("Asthma")});
        QCOMPARE(bodiesOf(header.activeMedications, QStringLiteral("name")), QStringList{QStringLiteral("Salbutamol")});
        QVERIFY(header.latestVitals.has_value());
        QCOMPARE(header.latestVitals->body.value(QStringLiteral("pulse"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 96.0);
    }

    void encountersAreListedNewestFirst()
    {
        m_clinic->clock.advance(24 * 60 * kMinute);
        auto second = m_chart->openEncounter(m_clinician, m_patient, QStringLiteral("Follow-up"));
        QVERIFY(second.ok());
        m_clinic->clock.advance(24 * 60 * kMinute);
        auto third = m_chart->openEncounter(m_clinician, m_patient, QStringLiteral("Cough"));
        QVERIFY(third.ok());
        auto list = m_chart->encounters(m_clinician, m_patient);
        QVERIFY(list.ok());
        QStringList reasons;
        for (const Encounter& encounter : *list)
            reasons << encounter.reason;
        QCOMPARE(reasons, (QStringList{QStringLiteral("Cough"), QStringLiteral("Follow-up"), QStringLiteral("Fever")}));
    }

    void latestVitalsFollowTheVisitNotTheAmendment()
    {
        auto older = m_chart->addVitals(m_clinician, m_patient, m_encounter, ordinaryVitals());
        QVERIFY(older.ok());
        m_clinic->clock.advance(24 * 60 * kMinute);
        auto visit = m_chart->openEncounter(m_clinician, m_patient, QStringLiteral("Review"));
        QVERIFY(visit.ok());
        Vitals today;
        today.pulsePerMin = 72;
        QVERIFY(m_chart->addVitals(m_clinician, m_patient, *visit, today).ok());
        m_clinic->clock.advance(kMinute);
        Vitals corrected = ordinaryVitals();
        corrected.pulsePerMin = 69;
        QVERIFY(m_chart->amend(m_clinician, *older, corrected.toJson(), QStringLiteral("Pulse misread")).ok());
        auto header = m_chart->summary(m_clinician, m_patient);
        QVERIFY(header.ok());
        QCOMPARE(header->latestVitals->body.value(QStringLiteral("pulse"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 72.0);
    }

    void implausibleVitalsAreRefusedAndNothingIsWritten()
    {
        Vitals vitals;
        vitals.temperatureC = 52;
        auto refused = m_chart->addVitals(m_clinician, m_patient, m_encounter, vitals);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Temperature must be between 30 and 45 °C; 52 is not plausible."));
        QCOMPARE(m_clinic->value(QStringLiteral("SELECT count(*) FROM clinical_entries")).toInt(), 0);
    }

    void entriesNeedTheirPlace_data()
    {
        QTest::addColumn<QString>("encounter");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("a note outside an encounter is refused")
            << QString() << QStringLiteral("A note is written in an encounter; open one first.");
        QTest::newRow("a note in an unknown encounter is refused")
            << QStringLiteral("nope") << QStringLiteral("No encounter has this id.");
    }

    void entriesNeedTheirPlace()
    {
        QFETCH(QString, encounter);
        QFETCH(QString, refusal);
        auto refused = m_chart->addNote(m_clinician, m_patient, encounter, noteAbout(QStringLiteral("Headache")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, refusal);
    }

    void aClosedEncounterTakesNoNewEntriesButItsEntriesCanBeAmended()
    {
        const QString note = addNote(QStringLiteral("Sore throat"));
        QVERIFY(m_chart->closeEncounter(m_clinician, m_encounter).ok());
        auto late = m_chart->addNote(m_clinician, m_patient, m_encounter, noteAbout(QStringLiteral("Also a cough")));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().message,
                 QStringLiteral("This encounter is closed; amend its entries or open a new encounter."));
        QVERIFY(m_chart
                    ->amend(m_clinician, note, noteAbout(QStringLiteral("Sore throat and cough")).toJson(),
                            QStringLiteral("Addendum"))
                    .ok());
        auto again = m_chart->closeEncounter(m_clinician, m_encounter);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("This encounter is already closed."));
    }

    void amendmentsNeverLoseTheOriginal()
    {
        const QString original = addNote(QStringLiteral("Pain in the left knee"));
        m_clinic->clock.advance(5 * kMinute);
        const QJsonObject corrected = noteAbout(QStringLiteral("Pain in the right knee")).toJson();
        auto amended = m_chart->amend(m_clinician, original, corrected, QStringLiteral("Wrong side recorded"));
        QVERIFY(amended.ok());

        auto history = m_chart->history(m_clinician, *amended);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), size_t(2));
        QCOMPARE(history->at(0).id, original);
        QCOMPARE(history->at(0).body, noteAbout(QStringLiteral("Pain in the left knee")).toJson());
        QCOMPARE(history->at(1).id, *amended);
        QCOMPARE(history->at(1).supersedes, original);
        QCOMPARE(history->at(1).reason, QStringLiteral("Wrong side recorded"));
        QCOMPARE(history->at(1).createdAtMs, history->at(0).createdAtMs + 5 * kMinute);
        auto fromOriginal = m_chart->history(m_clinician, original);
        QVERIFY(fromOriginal.ok());
        QCOMPARE(fromOriginal->size(), size_t(2));

        auto current = m_chart->currentEntries(m_clinician, m_patient, EntryKind::Note);
        QVERIFY(current.ok());
        QCOMPARE(current->size(), size_t(1));
        QCOMPARE(current->front().id, *amended);
        QCOMPARE(current->front().body, corrected);

        auto stale = m_chart->amend(m_clinician, original, corrected, QStringLiteral("Again"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().message,
                 QStringLiteral("This entry has been amended since; change its newest version."));
        auto unchanged = m_chart->amend(m_clinician, *amended, corrected, QStringLiteral("Again"));
        QVERIFY(!unchanged.ok());
        QCOMPARE(unchanged.error().message,
                 QStringLiteral("The amendment is the same as the entry; change something first."));
        auto reasonless =
            m_chart->amend(m_clinician, *amended, noteAbout(QStringLiteral("x")).toJson(), QStringLiteral(" "));
        QVERIFY(!reasonless.ok());
        QCOMPARE(reasonless.error().message, QStringLiteral("An amendment needs a reason."));
        auto invalid = m_chart->amend(m_clinician, *amended, QJsonObject{}, QStringLiteral("Cleared"));
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().code, ErrorCode::Invalid);
        QCOMPARE(m_clinic->value(QStringLiteral("SELECT count(*) FROM clinical_entries")).toInt(), 2);
    }

    void enteredInErrorHidesButKeeps()
    {
        const QString kept = addNote(QStringLiteral("Routine check"));
        const QString wrong = addNote(QStringLiteral("Note meant for another patient"));
        auto withdrawn = m_chart->markEnteredInError(m_clinician, wrong, QStringLiteral("Wrong patient"));
        QVERIFY(withdrawn.ok());

        auto current = m_chart->currentEntries(m_clinician, m_patient);
        QVERIFY(current.ok());
        QCOMPARE(current->size(), size_t(1));
        QCOMPARE(current->front().id, kept);
        auto chart = m_chart->loadChart(m_clinician, m_patient);
        QVERIFY(chart.ok());
        QCOMPARE(chart->encounters.front().entries.size(), size_t(1));

        auto history = m_chart->history(m_clinician, wrong);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), size_t(2));
        QCOMPARE(history->at(0).body, noteAbout(QStringLiteral("Note meant for another patient")).toJson());
        QCOMPARE(history->at(1).status, EntryStatus::EnteredInError);
        QCOMPARE(history->at(1).reason, QStringLiteral("Wrong patient"));

        auto again =
            m_chart->amend(m_clinician, *withdrawn, noteAbout(QStringLiteral("x")).toJson(), QStringLiteral("Undo"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("This entry was entered in error; it can't be changed."));
        auto reasonless = m_chart->markEnteredInError(m_clinician, kept, {});
        QVERIFY(!reasonless.ok());
        QCOMPARE(reasonless.error().message, QStringLiteral("Marking an entry as entered in error needs a reason."));
    }

    void anEncounterEnteredInErrorTakesItsEntriesWithIt()
    {
        const QString note = addNote(QStringLiteral("Opened on the wrong record"));
        QVERIFY(m_chart->addVitals(m_clinician, m_patient, m_encounter, ordinaryVitals()).ok());
        QVERIFY(m_chart->markEncounterEnteredInError(m_clinician, m_encounter, QStringLiteral("Wrong patient")).ok());

        auto chart = m_chart->loadChart(m_clinician, m_patient);
        QVERIFY(chart.ok());
        QCOMPARE(chart->encounterCount, 0);
        QVERIFY(chart->encounters.empty());
        QVERIFY(!chart->summary.latestVitals.has_value());
        auto all = m_chart->encounters(m_clinician, m_patient, true);
        QVERIFY(all.ok());
        QCOMPARE(all->front().status, EncounterStatus::EnteredInError);
        QCOMPARE(all->front().statusReason, QStringLiteral("Wrong patient"));
        QCOMPARE(all->front().statusBy, m_clinician.userId);
        auto history = m_chart->history(m_clinician, note);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), size_t(2));
        QCOMPARE(m_clinic->value(QStringLiteral("SELECT count(*) FROM clinical_entries")).toInt(), 4);
    }

    void theDatabaseRefusesChangesToClinicalEntries_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("rewriting a note's body is refused")
            << QStringLiteral("UPDATE clinical_entries SET body = '{\"subjective\":\"edited\"}'");
        QTest::newRow("flipping an entry's status is refused")
            << QStringLiteral("UPDATE clinical_entries SET status = 'entered_in_error'");
        QTest::newRow("changing an entry's author is refused")
            << QStringLiteral("UPDATE clinical_entries SET author_id = (SELECT id FROM users WHERE name = 'admin')");
        QTest::newRow("back-dating an entry is refused")
            << QStringLiteral("UPDATE clinical_entries SET created_at = 0");
        QTest::newRow("detaching an entry from its encounter is refused")
            << QStringLiteral("UPDATE clinical_entries SET encounter_id = NULL");
        QTest::newRow("deleting an entry is refused") << QStringLiteral("DELETE FROM clinical_entries");
    }

    void theDatabaseRefusesChangesToClinicalEntries()
    {
        QFETCH(QString, sql);
        addNote(QStringLiteral("Original words"));
        const QStringList before = m_clinic->dump(QStringLiteral("SELECT * FROM clinical_entries"));
        auto refused = m_clinic->tryExec(sql);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("append-only")), qPrintable(refused.error().message));
        QCOMPARE(m_clinic->dump(QStringLiteral("SELECT * FROM clinical_entries")), before);
    }

    void theDatabaseLetsOnlyAMergeReHomeAnEntry()
    {
        addNote(QStringLiteral("Original words"));
        const QString other = m_clinic->addPatient(QStringLiteral("Amina"), QStringLiteral("Dialo"));
        QVERIFY(m_clinic->tryExec(QStringLiteral("UPDATE clinical_entries SET patient_id = ?"), {other}).ok());
        QCOMPARE(m_clinic->value(QStringLiteral("SELECT patient_id FROM clinical_entries")).toString(), other);
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("who"); // 0 reception, 1 clinician, 2 admin, 3 admin in break-glass
        QTest::addColumn<bool>("allowed");
        const char* const people[] = {"reception", "a clinician", "an admin", "an admin in break-glass"};
        const struct {
            const char* call;
            bool write;
        } calls[] = {{"openEncounter", true},
                     {"closeEncounter", true},
                     {"markEncounterEnteredInError", true},
                     {"addNote", true},
                     {"addVitals", true},
                     {"addAllergy", true},
                     {"addProblem", true},
                     {"addMedication", true},
                     {"amend", true},
                     {"markEnteredInError", true},
                     {"encounters", false},
                     {"currentEntries", false},
                     {"encounterEntries", false},
                     {"history", false},
                     {"summary", false},
                     {"loadChart", false}};
        for (int who = 0; who < 4; ++who) {
            for (const auto& call : calls) {
                const bool allowed = who == 1 || (who == 3 && !call.write);
                const QByteArray name = QByteArray(people[who]) + (allowed ? " may call " : " is refused ") + call.call;
                QTest::newRow(name.constData()) << QString::fromLatin1(call.call) << who << allowed;
            }
        }
    }

    void roleMatrix()
    {
        QFETCH(QString, call);
        QFETCH(int, who);
        QFETCH(bool, allowed);
        const QString note = addNote(QStringLiteral("Seen for a rash"));
        const QString noteToWithdraw = addNote(QStringLiteral("Another note"));
        const Session sessions[] = {m_reception, m_clinician, m_admin, m_clinic->withBreakGlass(m_admin)};
        const Session& session = sessions[who];
        const QJsonObject body = noteAbout(QStringLiteral("Seen for a rash, spreading")).toJson();
        const std::map<QString, ChartCall> calls = {
            {QStringLiteral("openEncounter"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.openEncounter(s, m_patient, QStringLiteral("Rash")));
             }},
            {QStringLiteral("closeEncounter"),
             [&](ChartService& c, const Session& s) { return outcome(c.closeEncounter(s, m_encounter)); }},
            {QStringLiteral("markEncounterEnteredInError"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.markEncounterEnteredInError(s, m_encounter, QStringLiteral("Duplicate")));
             }},
            {QStringLiteral("addNote"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.addNote(s, m_patient, m_encounter, noteAbout(QStringLiteral("Itch"))));
             }},
            {QStringLiteral("addVitals"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.addVitals(s, m_patient, m_encounter, ordinaryVitals()));
             }},
            {QStringLiteral("addAllergy"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.addAllergy(s, m_patient, {}, {QStringLiteral("Latex"), {}, AllergySeverity::Mild}));
             }},
            {QStringLiteral("addProblem"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.addProblem(s, m_patient, {}, {QStringLiteral("Eczema")}));
             }},
            {QStringLiteral("addMedication"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.addMedication(s, m_patient, {}, {QStringLiteral("Hydrocortisone 1% cream")}));
             }},
            {QStringLiteral("amend"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.amend(s, note, body, QStringLiteral("Progressed")));
             }},
            {QStringLiteral("markEnteredInError"),
             [&](ChartService& c, const Session& s) {
                 return outcome(c.markEnteredInError(s, noteToWithdraw, QStringLiteral("Duplicate")));
             }},
            {QStringLiteral("encounters"),
             [&](ChartService& c, const Session& s) { return outcome(c.encounters(s, m_patient)); }},
            {QStringLiteral("currentEntries"),
             [&](ChartService& c, const Session& s) { return outcome(c.currentEntries(s, m_patient)); }},
            {QStringLiteral("encounterEntries"),
             [&](ChartService& c, const Session& s) { return outcome(c.encounterEntries(s, m_encounter)); }},
            {QStringLiteral("history"), [&](ChartService& c, const Session& s) { return outcome(c.history(s, note)); }},
            {QStringLiteral("summary"),
             [&](ChartService& c, const Session& s) { return outcome(c.summary(s, m_patient)); }},
            {QStringLiteral("loadChart"),
             [&](ChartService& c, const Session& s) { return outcome(c.loadChart(s, m_patient)); }},
        };
        const int auditBefore = int(m_clinic->audit().size());
        const std::optional<ErrorCode> error = calls.at(call)(*m_chart, session);
        if (allowed) {
            QVERIFY2(
                !error,
                qPrintable(QStringLiteral("refused with error code %1").arg(int(error.value_or(ErrorCode::Failure)))));
            QVERIFY2(int(m_clinic->audit().size()) > auditBefore || session.role == Role::Clinician,
                     "a break-glass read leaves an audit row");
        } else {
            QVERIFY(error.has_value());
            QCOMPARE(*error, ErrorCode::PermissionDenied);
            QCOMPARE(int(m_clinic->audit().size()), auditBefore);
        }
    }

    void breakGlassEndsAndItsReadsAreMarked()
    {
        addNote(QStringLiteral("Confidential history"));
        const Session admin = m_clinic->withBreakGlass(m_admin, 10 * kMinute);
        QVERIFY(m_chart->loadChart(admin, m_patient).ok());
        const auto views = m_clinic->audit(QStringLiteral("chart.view"));
        QCOMPARE(views.size(), size_t(1));
        QCOMPARE(views.front().userName, QStringLiteral("admin"));
        QCOMPARE(views.front().patientId, m_patient);
        QVERIFY2(views.front().detail.contains(QStringLiteral("break_glass")), qPrintable(views.front().detail));

        m_clinic->clock.advance(11 * kMinute);
        auto expired = m_chart->loadChart(admin, m_patient);
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, ErrorCode::PermissionDenied);

        QVERIFY(m_chart->loadChart(m_clinician, m_patient).ok());
        const auto all = m_clinic->audit(QStringLiteral("chart.view"));
        QCOMPARE(all.size(), size_t(2));
        QVERIFY(!all.back().detail.contains(QStringLiteral("break_glass")));
    }

    void everyActionIsAuditedWithoutClinicalText()
    {
        const QString note = addNote(QStringLiteral("Secret symptom xyzzy"));
        QVERIFY(m_chart->addVitals(m_clinician, m_patient, m_encounter, ordinaryVitals()).ok());
        QVERIFY(
            m_chart->addAllergy(m_clinician, m_patient, {}, {QStringLiteral("Peanut xyzzy"), {}, AllergySeverity::Mild})
                .ok());
        QVERIFY(m_chart->addProblem(m_clinician, m_patient, {}, {QStringLiteral("Problem xyzzy")}).ok());
        QVERIFY(m_chart->addMedication(m_clinician, m_patient, {}, {QStringLiteral("Drug xyzzy")}).ok());
        auto amended = m_chart->amend(m_clinician, note, noteAbout(QStringLiteral("Amended xyzzy")).toJson(),
                                      QStringLiteral("Reason xyzzy"));
        QVERIFY(amended.ok());
        QVERIFY(m_chart->markEnteredInError(m_clinician, *amended, QStringLiteral("Error xyzzy")).ok());
        QVERIFY(m_chart->closeEncounter(m_clinician, m_encounter).ok());
        QVERIFY(m_chart->loadChart(m_clinician, m_patient).ok());

        const QStringList expected = {QStringLiteral("encounter.open"),  QStringLiteral("note.add"),
                                      QStringLiteral("vitals.add"),      QStringLiteral("allergy.add"),
                                      QStringLiteral("problem.add"),     QStringLiteral("medication.add"),
                                      QStringLiteral("entry.amend"),     QStringLiteral("entry.entered_in_error"),
                                      QStringLiteral("encounter.close"), QStringLiteral("chart.view")};
        QCOMPARE(m_clinic->auditActions(), expected);
        for (const AuditEvent& event : m_clinic->audit()) {
            QCOMPARE(event.patientId, m_patient);
            QCOMPARE(event.userId, m_clinician.userId);
            QVERIFY2(!event.detail.contains(QStringLiteral("xyzzy")), qPrintable(event.detail));
        }
        const auto amend = m_clinic->audit(QStringLiteral("entry.amend"));
        QCOMPARE(amend.front().detail, QStringLiteral("entry=%1 supersedes=%2 kind=note").arg(*amended, note));
    }

    void aMergedRecordTakesNoNewEntries()
    {
        const QString survivor = m_clinic->addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        m_clinic->exec(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"), {survivor, m_patient});
        auto refused =
            m_chart->addAllergy(m_clinician, m_patient, {}, {QStringLiteral("Latex"), {}, AllergySeverity::Mild});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 QStringLiteral("This record was merged into another record; use the surviving record."));
        auto chart = m_chart->loadChart(m_clinician, m_patient);
        QVERIFY(chart.ok());
        QCOMPARE(chart->mergedInto, survivor);
    }

    void unknownPatientsAndEntriesAreNotFound()
    {
        auto chart = m_chart->loadChart(m_clinician, QStringLiteral("no-such-patient"));
        QVERIFY(!chart.ok());
        QCOMPARE(chart.error().code, ErrorCode::NotFound);
        auto history = m_chart->history(m_clinician, QStringLiteral("no-such-entry"));
        QVERIFY(!history.ok());
        QCOMPARE(history.error().code, ErrorCode::NotFound);
        QVERIFY(m_clinic->audit(QStringLiteral("chart.view")).empty());
    }

    void aLargeChartOpensQuickly()
    {
        const int visits = 500; // init()'s encounter, with three entries added below, and 499 older ones
        addNote(QStringLiteral("Today's visit"));
        QVERIFY(m_chart->addVitals(m_clinician, m_patient, m_encounter, ordinaryVitals()).ok());
        QVERIFY(m_chart->addProblem(m_clinician, m_patient, m_encounter, {QStringLiteral("Osteoarthritis")}).ok());
        auto written =
            m_clinic->database->write([&](storage::Connection& writer) { return writeOldVisits(writer, visits - 1); });
        QVERIFY(written.ok());
        // Years of visits live in the main file, not in the write-ahead log.
        QVERIFY(m_clinic->database->checkpoint().ok());
        // A second patient's chart in the same tables, so the queries have to pick.
        const QString other = m_clinic->addPatient(QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        auto otherVisit = m_chart->openEncounter(m_clinician, other, QStringLiteral("Cough"));
        QVERIFY(otherVisit.ok());
        QVERIFY(m_chart->addNote(m_clinician, other, *otherVisit, noteAbout(QStringLiteral("Cough"))).ok());

        // Wall time includes the fsync of the "chart.view" audit row; CPU time shows the work when
        // the machine is busy with other things.
        QList<qint64> wallUs;
        QList<qint64> cpuUs;
        for (int run = 0; run < 9; ++run) {
            const std::clock_t cpuStart = std::clock();
            QElapsedTimer timer;
            timer.start();
            auto chart = m_chart->loadChart(m_clinician, m_patient, visits);
            wallUs << timer.nsecsElapsed() / 1000;
            cpuUs << qint64(std::clock() - cpuStart) * 1'000'000 / CLOCKS_PER_SEC;
            QVERIFY(chart.ok());
            QCOMPARE(chart->encounterCount, visits);
            QCOMPARE(chart->encounters.size(), size_t(visits));
            qsizetype entries = 0;
            for (const ChartEncounter& encounter : chart->encounters)
                entries += qsizetype(encounter.entries.size());
            QCOMPARE(entries, qsizetype(3 * visits));
            QCOMPARE(chart->summary.allergies.size(), size_t(visits / 10)); // visits 0, 10, … 490
        }
        QElapsedTimer timer;
        timer.start();
        auto recent = m_chart->loadChart(m_clinician, m_patient, 20);
        const qint64 recentUs = timer.nsecsElapsed() / 1000;
        QVERIFY(recent.ok());
        QCOMPARE(recent->encounters.size(), size_t(20));
        const qint64 firstUs = wallUs.first();
        std::sort(wallUs.begin(), wallUs.end());
        std::sort(cpuUs.begin(), cpuUs.end());
        qInfo("chart open, 500 encounters and 1,500 current entries of 1,600 rows, audited: wall first %.1f ms, "
              "best %.1f ms, median %.1f ms; CPU median %.1f ms; newest 20 encounters only: %.1f ms wall",
              firstUs / 1000.0, wallUs.first() / 1000.0, wallUs.at(wallUs.size() / 2) / 1000.0,
              cpuUs.at(cpuUs.size() / 2) / 1000.0, recentUs / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestChartService)
#include "TestChartService.moc"
