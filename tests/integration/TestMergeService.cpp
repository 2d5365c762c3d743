#include "core/clinic/ChartService.h"
#include "core/clinic/MergeService.h"
#include "core/clinic/PatientService.h"
#include "core/clinic/QueueService.h"

#include "tests/support/ClinicFixture.h"

#include <QDateTime>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;
using outpost::auth::Role;

namespace {

constexpr qint64 kMinute = 60 * 1000;

} // namespace

/// Admin merge of duplicate records and its undo: everything moves in one transaction, and undo puts back exactly what
/// moved.
class TestMergeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ClinicFixture> m_clinic;
    std::unique_ptr<MergeService> m_merge;
    std::unique_ptr<ChartService> m_chart;
    std::unique_ptr<QueueService> m_queue;
    Session m_admin;
    Session m_clinician;
    Session m_reception;
    QString m_survivor;
    QString m_duplicate;
    QString m_duplicateNote;
    QString m_duplicateEncounter;
    QString m_duplicateDocument;

    /// Every row that belongs to either patient, in a stable order, every column.
    QStringList dumpBoth()
    {
        const QVariantList both = {m_survivor, m_duplicate};
        QStringList lines;
        for (const char* sql :
             {"SELECT * FROM patients WHERE id IN (?, ?) ORDER BY id",
              "SELECT * FROM patient_identifiers WHERE patient_id IN (?, ?) ORDER BY patient_id, kind, normalised",
              "SELECT * FROM patient_contacts WHERE patient_id IN (?, ?) ORDER BY id",
              "SELECT * FROM appointments WHERE patient_id IN (?, ?) ORDER BY id",
              "SELECT * FROM encounters WHERE patient_id IN (?, ?) ORDER BY id",
              "SELECT * FROM clinical_entries WHERE patient_id IN (?, ?) ORDER BY id",
              "SELECT * FROM documents WHERE patient_id IN (?, ?) ORDER BY id"})
            lines << QString::fromLatin1(sql) << m_clinic->dump(QString::fromLatin1(sql), both);
        return lines;
    }

    int count(const char* table, const QString& patientId)
    {
        return m_clinic
            ->value(QStringLiteral("SELECT count(*) FROM %1 WHERE patient_id = ?").arg(QLatin1String(table)),
                    {patientId})
            .toInt();
    }

    /// A chart with an encounter, a note that was amended, and an allergy outside the encounter.
    QString fillChart(const QString& patientId, const QString& complaint)
    {
        auto encounter = m_chart->openEncounter(m_clinician, patientId, complaint);
        if (!encounter)
            qFatal("cannot open an encounter: %s", qPrintable(encounter.error().message));
        auto note = m_chart->addNote(m_clinician, patientId, *encounter, {complaint, {}, {}, {}});
        auto amended =
            m_chart->amend(m_clinician, *note, SoapNote{complaint + QStringLiteral(", worse at night")}.toJson(),
                           QStringLiteral("Addendum"));
        auto allergy = m_chart->addAllergy(m_clinician, patientId, {},
                                           {QStringLiteral("Penicillin"), {}, AllergySeverity::Severe});
        if (!note || !amended || !allergy)
            qFatal("cannot fill the chart");
        m_duplicateEncounter = *encounter;
        return *amended;
    }

private Q_SLOTS:
    void init()
    {
        m_clinic = std::make_unique<testing::ClinicFixture>();
        m_merge = std::make_unique<MergeService>(*m_clinic->context);
        m_chart = std::make_unique<ChartService>(*m_clinic->context);
        m_queue = std::make_unique<QueueService>(*m_clinic->context);
        m_admin = m_clinic->addUser(QStringLiteral("admin"), Role::Admin);
        m_clinician = m_clinic->addUser(QStringLiteral("dr.okafor"), Role::Clinician);
        m_reception = m_clinic->addUser(QStringLiteral("front.desk"), Role::Reception);

        m_survivor = m_clinic->addPatient(QStringLiteral("Mohamed"), QStringLiteral("Benali"));
        m_clinic->addIdentifier(m_survivor, QStringLiteral("national_id"), QStringLiteral("AB123456"));
        m_clinic->addContact(m_survivor, QStringLiteral("Fatima Benali"), QStringLiteral("wife"),
                             QStringLiteral("0612345678"));
        fillChart(m_survivor, QStringLiteral("Back pain"));

        m_clinic->clock.advance(60 * kMinute);
        m_duplicate = m_clinic->addPatient(QStringLiteral("Mohammed"), QStringLiteral("Benali"));
        m_clinic->addIdentifier(m_duplicate, QStringLiteral("national_id"),
                                QStringLiteral("AB123456")); // the same person
        m_clinic->addIdentifier(m_duplicate, QStringLiteral("clinic_number"), QStringLiteral("C-0042"));
        m_clinic->addContact(m_duplicate, QStringLiteral("Youssef Benali"), QStringLiteral("brother"),
                             QStringLiteral("0698765432"));
        m_clinic->addContact(m_duplicate, QStringLiteral("Fatima Benali"), QStringLiteral("wife"),
                             QStringLiteral("0612345678"));
        m_duplicateNote = fillChart(m_duplicate, QStringLiteral("Cough"));
        auto booked = m_queue->book(m_reception, m_duplicate,
                                    QDateTime::fromMSecsSinceEpoch(m_clinic->clock.nowMs()).date().addDays(7),
                                    QTime(10, 0), m_clinician.userId, QStringLiteral("Review"));
        QVERIFY(booked.ok());
        m_duplicateDocument = m_clinic->ids.next();
        m_clinic->exec(
            QStringLiteral("INSERT INTO documents (id, patient_id, kind, title, page_count, added_by, added_at) "
                           "VALUES (?, ?, 'referral_letter', 'Referral', 1, ?, ?)"),
            {m_duplicateDocument, m_duplicate, m_reception.userId, m_clinic->clock.nowMs()});
    }

    void cleanup()
    {
        m_queue.reset();
        m_chart.reset();
        m_merge.reset();
        m_clinic.reset();
    }

    void mergeMovesEverythingAndUndoRestoresExactly()
    {
        const QStringList before = dumpBoth();
        const int duplicateEntries = count("clinical_entries", m_duplicate);
        QCOMPARE(duplicateEntries, 3); // the note, its amendment and the allergy

        m_clinic->clock.advance(kMinute);
        auto merged = m_merge->merge(m_admin, m_survivor, m_duplicate, QStringLiteral("Same national id"));
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));

        QCOMPARE(
            m_clinic->value(QStringLiteral("SELECT merged_into FROM patients WHERE id = ?"), {m_duplicate}).toString(),
            m_survivor);
        for (const char* table : {"patient_contacts", "appointments", "encounters", "clinical_entries", "documents"})
            QVERIFY2(count(table, m_duplicate) == 0, table);
        QCOMPARE(count("documents", m_survivor), 1);
        QCOMPARE(count("clinical_entries", m_survivor), 6);
        QCOMPARE(count("patient_contacts", m_survivor), 3);
        // The shared national id stays behind: the survivor already carries it.
        QCOMPARE(
            m_clinic->dump(QStringLiteral("SELECT kind FROM patient_identifiers WHERE patient_id = ? ORDER BY kind"),
                           {m_duplicate}),
            QStringList{QStringLiteral("national_id")});
        QCOMPARE(
            m_clinic->dump(QStringLiteral("SELECT kind FROM patient_identifiers WHERE patient_id = ? ORDER BY kind"),
                           {m_survivor}),
            (QStringList{QStringLiteral("clinic_number"), QStringLiteral("national_id")}));

        auto chart = m_chart->loadChart(m_clinician, m_survivor);
        QVERIFY(chart.ok());
        QCOMPARE(chart->encounterCount, 2);
        QCOMPARE(chart->summary.allergies.size(), size_t(2));
        auto history = m_chart->history(m_clinician, m_duplicateNote);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), size_t(2)); // the amendment chain moved whole

        auto records = m_merge->mergesOf(m_reception, m_duplicate);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), size_t(1));
        const MovedRows& moved = records->front().moved;
        QCOMPARE(moved.identifiers.size(), size_t(1));
        QCOMPARE(moved.identifiers.front().kind, QStringLiteral("clinic_number"));
        QCOMPARE(moved.contacts.size(), size_t(2));
        QCOMPARE(moved.appointments.size(), size_t(1));
        QCOMPARE(moved.encounters, QStringList{m_duplicateEncounter});
        QCOMPARE(moved.entries.size(), size_t(3));
        QCOMPARE(moved.documents, QStringList{m_duplicateDocument});
        QCOMPARE(records->front().reason, QStringLiteral("Same national id"));
        QCOMPARE(records->front().mergedBy, m_admin.userId);

        m_clinic->clock.advance(kMinute);
        auto undone = m_merge->undo(m_admin, *merged, QStringLiteral("They are twins"));
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
        QCOMPARE(dumpBoth(), before);
        auto after = m_merge->mergesOf(m_admin, m_survivor);
        QVERIFY(after.ok());
        QCOMPARE(after->front().undoneBy, m_admin.userId);
        QCOMPARE(after->front().undoReason, QStringLiteral("They are twins"));
        QCOMPARE(after->front().undoneAtMs, m_clinic->clock.nowMs());

        auto twice = m_merge->undo(m_admin, *merged, QStringLiteral("Again"));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().message, QStringLiteral("This merge has already been undone."));
    }

    void mergeRefusals_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>(
            "survivor"); // "survivor", "duplicate", "merged" (already merged away) or an unknown id
        QTest::addColumn<QString>("merged");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const QString why = QStringLiteral("Same person");
        const QString denied = QStringLiteral("Permission denied: the %1 role may not merge patients.");
        QTest::newRow("a clinician may not merge")
            << "clinician"
            << "survivor"
            << "duplicate" << why << ErrorCode::PermissionDenied << denied.arg(QStringLiteral("clinician"));
        QTest::newRow("reception may not merge")
            << "reception"
            << "survivor"
            << "duplicate" << why << ErrorCode::PermissionDenied << denied.arg(QStringLiteral("reception"));
        QTest::newRow("a merge without a reason is refused")
            << "admin"
            << "survivor"
            << "duplicate"
            << "  " << ErrorCode::Invalid << QStringLiteral("A merge needs a reason.");
        QTest::newRow("a record is not merged into itself")
            << "admin"
            << "survivor"
            << "survivor" << why << ErrorCode::Invalid << QStringLiteral("A record can't be merged into itself.");
        QTest::newRow("an already merged duplicate is refused")
            << "admin"
            << "survivor"
            << "merged" << why << ErrorCode::Invalid
            << QStringLiteral("This duplicate has already been merged into another record.");
        QTest::newRow("a record merged away cannot be the survivor")
            << "admin"
            << "merged"
            << "duplicate" << why << ErrorCode::Invalid
            << QStringLiteral("The record to keep was itself merged into another record.");
        QTest::newRow("an unknown duplicate is not found")
            << "admin"
            << "survivor"
            << "nobody" << why << ErrorCode::NotFound << QStringLiteral("The duplicate record does not exist.");
    }

    void mergeRefusals()
    {
        QFETCH(QString, who);
        QFETCH(QString, survivor);
        QFETCH(QString, merged);
        QFETCH(QString, reason);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const QString third = m_clinic->addPatient(QStringLiteral("Mohamed"), QStringLiteral("Ben Ali"));
        QVERIFY(m_merge->merge(m_admin, m_survivor, third, QStringLiteral("Same phone")).ok());
        const auto idOf = [&](const QString& name) {
            return name == QLatin1String("survivor")    ? m_survivor
                   : name == QLatin1String("duplicate") ? m_duplicate
                   : name == QLatin1String("merged")    ? third
                                                        : name;
        };
        const Session session = who == QLatin1String("admin")       ? m_admin
                                : who == QLatin1String("clinician") ? m_clinician
                                                                    : m_reception;
        const QStringList before = dumpBoth();
        const qsizetype auditBefore = qsizetype(m_clinic->audit().size());
        auto refused = m_merge->merge(session, idOf(survivor), idOf(merged), reason);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(refused.error().message, message);
        QCOMPARE(dumpBoth(), before);
        QCOMPARE(qsizetype(m_clinic->audit().size()), auditBefore);
    }

    void undoIsAdminOnlyAndNeedsAReason()
    {
        auto merged = m_merge->merge(m_admin, m_survivor, m_duplicate, QStringLiteral("Same national id"));
        QVERIFY(merged.ok());
        auto byClinician = m_merge->undo(m_clinician, *merged, QStringLiteral("Twins"));
        QCOMPARE(byClinician.error().code, ErrorCode::PermissionDenied);
        auto reasonless = m_merge->undo(m_admin, *merged, {});
        QCOMPARE(reasonless.error().message, QStringLiteral("Undoing a merge needs a reason."));
        auto unknown = m_merge->undo(m_admin, QStringLiteral("no-such-merge"), QStringLiteral("Twins"));
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(
            m_clinic->value(QStringLiteral("SELECT merged_into FROM patients WHERE id = ?"), {m_duplicate}).toString(),
            m_survivor);
    }

    void aChainOfMergesIsUndoneNewestFirst()
    {
        const QString third = m_clinic->addPatient(QStringLiteral("Mohamed"), QStringLiteral("Benali"));
        auto first = m_merge->merge(m_admin, m_survivor, m_duplicate, QStringLiteral("Same national id"));
        QVERIFY(first.ok());
        auto second = m_merge->merge(m_admin, third, m_survivor, QStringLiteral("Registered again"));
        QVERIFY(second.ok());
        QCOMPARE(count("clinical_entries", third), 6);
        auto early = m_merge->undo(m_admin, *first, QStringLiteral("Wrong"));
        QVERIFY(!early.ok());
        QCOMPARE(
            early.error().message,
            QStringLiteral("The surviving record has since been merged into another record; undo that merge first."));
        QVERIFY(m_merge->undo(m_admin, *second, QStringLiteral("Wrong")).ok());
        QVERIFY(m_merge->undo(m_admin, *first, QStringLiteral("Wrong")).ok());
        QCOMPARE(count("clinical_entries", m_duplicate), 3);
        QCOMPARE(count("clinical_entries", third), 0);
    }

    void undoIsRefusedWhenNewEntriesHangOffMovedOnes()
    {
        auto merged = m_merge->merge(m_admin, m_survivor, m_duplicate, QStringLiteral("Same national id"));
        QVERIFY(merged.ok());
        QVERIFY(m_chart
                    ->amend(m_clinician, m_duplicateNote, SoapNote{QStringLiteral("Cough, resolved")}.toJson(),
                            QStringLiteral("Follow-up"))
                    .ok());
        const QStringList before = dumpBoth();
        auto refused = m_merge->undo(m_admin, *merged, QStringLiteral("Twins"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 QStringLiteral("Entries written since the merge (1) belong with records that came from the merged "
                                "patient; the merge can't be undone."));
        QCOMPARE(dumpBoth(), before);
    }

    void undoFindsContactsAfterTheSurvivorWasEdited()
    {
        auto merged = m_merge->merge(m_admin, m_survivor, m_duplicate, QStringLiteral("Same national id"));
        QVERIFY(merged.ok());
        // Editing demographics rewrites the contact rows under new ids (PatientRecords::update).
        m_clinic->exec(QStringLiteral("CREATE TEMP TABLE saved AS SELECT patient_id, name, relationship, phone FROM "
                                      "patient_contacts WHERE patient_id = ?"),
                       {m_survivor});
        m_clinic->exec(QStringLiteral("DELETE FROM patient_contacts WHERE patient_id = ?"), {m_survivor});
        m_clinic->exec(QStringLiteral("INSERT INTO patient_contacts (patient_id, name, relationship, phone) "
                                      "SELECT patient_id, name, relationship, phone FROM saved"));
        QVERIFY(m_merge->undo(m_admin, *merged, QStringLiteral("Twins")).ok());
        QCOMPARE(m_clinic->dump(QStringLiteral("SELECT name, relationship FROM patient_contacts WHERE patient_id = ? "
                                               "ORDER BY name"),
                                {m_duplicate}),
                 (QStringList{QStringLiteral("Fatima Benali|wife"), QStringLiteral("Youssef Benali|brother")}));
        QCOMPARE(count("patient_contacts", m_survivor), 1);
    }

    void mergeAndUndoAreAuditedForBothPatients()
    {
        auto merged = m_merge->merge(m_admin, m_survivor, m_duplicate, QStringLiteral("Same national id"));
        QVERIFY(merged.ok());
        QVERIFY(m_merge->undo(m_admin, *merged, QStringLiteral("Twins")).ok());
        const auto merges = m_clinic->audit(QStringLiteral("patient."));
        QCOMPARE(merges.size(), size_t(4));
        QCOMPARE(merges.at(0).action, QStringLiteral("patient.merge"));
        QCOMPARE(merges.at(0).patientId, m_survivor);
        QCOMPARE(merges.at(0).detail,
                 QStringLiteral("merge=%1 merged=%2 identifiers=1 contacts=2 appointments=1 encounters=1 entries=3 "
                                "documents=1")
                     .arg(*merged, m_duplicate));
        QCOMPARE(merges.at(1).patientId, m_duplicate);
        QCOMPARE(merges.at(2).action, QStringLiteral("patient.merge_undo"));
        QCOMPARE(merges.at(2).patientId, m_survivor);
        QVERIFY(merges.at(2).detail.endsWith(QStringLiteral("gone_since=0")));
        QCOMPARE(merges.at(3).patientId, m_duplicate);
        for (const AuditEvent& event : merges)
            QCOMPARE(event.userName, QStringLiteral("admin"));
    }

    void aMergedRecordLeavesSearchAndComesBackOnUndo()
    {
        SearchIndex index;
        PatientService patients(*m_clinic->context, index);
        domain::Patient first;
        first.givenName = QStringLiteral("Xiaoming");
        first.familyName = QStringLiteral("Zhangwei");
        first.dateOfBirth = QDate(1990, 5, 1);
        auto kept = patients.create(m_reception, first);
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        first.dateOfBirth = QDate(1990, 5, 2);
        auto again = patients.create(m_reception, first, QStringLiteral("Registered at the branch clinic"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        const auto found = [&] {
            QStringList ids;
            auto page = patients.search(m_reception, QStringLiteral("xiaoming zhangwei"));
            if (page)
                for (const SearchHit& hit : page->hits)
                    ids << hit.id;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QStringList both{*kept, *again};
        std::sort(both.begin(), both.end());
        QCOMPARE(found(), both);
        auto merged = m_merge->merge(m_admin, *kept, *again, QStringLiteral("Same person, mistyped birth date"));
        QVERIFY(merged.ok());
        QCOMPARE(found(), QStringList{*kept});
        QVERIFY(m_merge->undo(m_admin, *merged, QStringLiteral("Different people")).ok());
        QCOMPARE(found(), both);
    }
};

QTEST_GUILESS_MAIN(TestMergeService)
#include "TestMergeService.moc"
