#include "core/clinic/AuditLog.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/PatientService.h"
#include "core/crypto/SecretKey.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;

/// Registration and the one search box, on a real encrypted database holding named patients among
/// a few thousand generated ones.
class TestPatientSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    UuidV7Generator m_ids{m_clock, systemRandom()};
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ClinicContext> m_context;
    SearchIndex m_index;
    std::unique_ptr<PatientService> m_patients;
    Session m_reception{QStringLiteral("u-reception"), QStringLiteral("rita"), auth::Role::Reception};
    Session m_clinician{QStringLiteral("u-clinician"), QStringLiteral("carl"), auth::Role::Clinician};
    QHash<QString, QString> m_named; // label → patient id

    static domain::Patient person(const char* given, const char* family, QDate dob, const char* phone = "",
                                  const char* nationalId = "")
    {
        domain::Patient p;
        p.givenName = QString::fromUtf8(given);
        p.familyName = QString::fromUtf8(family);
        p.dateOfBirth = dob;
        p.phone = QString::fromUtf8(phone);
        if (*nationalId)
            p.identifiers = {{QStringLiteral("national_id"), QString::fromUtf8(nationalId)}};
        return p;
    }

    QString add(const QString& label, const domain::Patient& patient)
    {
        auto id = m_patients->create(m_reception, patient, QStringLiteral("test fixture: a different person"));
        if (!id)
            qFatal("could not register %s: %s", qPrintable(label), qPrintable(id.error().message));
        m_named.insert(label, *id);
        return *id;
    }

    QStringList topIds(const QString& query, int limit = 5)
    {
        auto page = m_patients->search(m_reception, query, 0, limit);
        if (!page)
            return {QStringLiteral("error: ") + page.error().message};
        QStringList ids;
        for (const SearchHit& hit : page->hits)
            ids << hit.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        storage::DatabaseOptions options;
        options.migrations = clinicMigrations();
        auto database = storage::Database::create(m_dir.filePath(QStringLiteral("clinic.db")),
                                                  crypto::SecretKey::random(), std::move(options));
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
        m_database = std::move(*database);
        m_context.reset(new ClinicContext{*m_database, m_clock, m_ids});
        m_patients = std::make_unique<PatientService>(*m_context, m_index);

        demo::DemoPeople people(42);
        std::vector<domain::Patient> crowd;
        for (int i = 0; i < 3000; ++i)
            crowd.push_back(people.next());
        auto imported = m_patients->importMany(m_reception, std::move(crowd));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));

        add(QStringLiteral("mueller"), person("Hannelore", "Müller", QDate(1951, 2, 17)));
        add(QStringLiteral("jose"), person("José", "Quintanilla", QDate(1977, 8, 30)));
        add(QStringLiteral("mohammed"), person("Mohammed", "Zahiri", QDate(1990, 5, 5)));
        add(QStringLiteral("johnson"), person("Evangeline", "Johnson", QDate(1962, 11, 1)));
        add(QStringLiteral("strasse"), person("Jörg", "Großmann", QDate(1970, 1, 9)));
        add(QStringLiteral("wang"), person("秀英", "王", QDate(1988, 4, 2)));
        add(QStringLiteral("diallo"),
            person("Aminata", "Diallo", QDate(1984, 3, 12), "+221 77 123 45 67", "SN-1984-0312"));
        add(QStringLiteral("diallo2"), person("Aminata", "Diallo", QDate(1999, 9, 9)));
    }

    void queriesFindTheRightPatientFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("family then given name") << "muller hannelore"
                                                << "mueller";
        QTest::newRow("given then family name") << "hannelore müller"
                                                << "mueller";
        QTest::newRow("Mueller finds Müller") << "Mueller Hannelore"
                                              << "mueller";
        QTest::newRow("capitals and accents folded") << "JOSE QUINTANILLA"
                                                     << "jose";
        QTest::newRow("a prefix of each name") << "quint jo"
                                               << "jose";
        QTest::newRow("Mohamed finds Mohammed") << "Mohamed Zahiri"
                                                << "mohammed";
        QTest::newRow("a typo in a long name") << "Evangeline Jonhson"
                                               << "johnson";
        QTest::newRow("Jonson sounds like Johnson") << "evangeline jonson"
                                                    << "johnson";
        QTest::newRow("ss finds ß") << "grossmann jorg"
                                    << "strasse";
        QTest::newRow("Chinese characters") << QStringLiteral("王 秀英") << "wang";
        QTest::newRow("name and day-first date") << "diallo 12/03/1984"
                                                 << "diallo";
        QTest::newRow("name and ISO date") << "aminata diallo 1984-03-12"
                                           << "diallo";
        QTest::newRow("name and dotted date") << "diallo 12.03.1984"
                                              << "diallo";
        QTest::newRow("name and a year") << "diallo aminata 1999"
                                         << "diallo2";
        QTest::newRow("the national id as typed on the card") << "sn 1984 0312"
                                                              << "diallo";
        QTest::newRow("the national id without spaces") << "SN19840312"
                                                        << "diallo";
        QTest::newRow("phone digits with punctuation") << "+221 (77) 123-45-67"
                                                       << "diallo";
        QTest::newRow("the local phone number") << "77 123 45 67"
                                                << "diallo";
    }

    void queriesFindTheRightPatientFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList ids = topIds(query);
        QVERIFY2(!ids.isEmpty() && ids.first() == m_named.value(expected),
                 qPrintable(query + QStringLiteral(" → ") + ids.join(QLatin1Char(' '))));
    }

    void anExactNameAndBirthDateOutranksAPrefix()
    {
        auto page = m_patients->search(m_reception, QStringLiteral("aminata diallo 12/03/1984"), 0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->hits.front().id, m_named.value(QStringLiteral("diallo")));
        for (const SearchHit& hit : page->hits)
            QVERIFY(hit.dateOfBirth == QDate(1984, 3, 12) || hit.dateOfBirth == QDate(1984, 12, 3));
    }

    void aDateAloneListsEveryoneBornThatDay()
    {
        auto page = m_patients->search(m_reception, QStringLiteral("1951-02-17"), 0, 50);
        QVERIFY(page.ok());
        QVERIFY(!page->hits.empty());
        for (const SearchHit& hit : page->hits)
            QCOMPARE(hit.dateOfBirth, QDate(1951, 2, 17));
    }

    void pagesDoNotOverlap()
    {
        auto first = m_patients->search(m_reception, QStringLiteral("a"), 0, 20);
        auto second = m_patients->search(m_reception, QStringLiteral("a"), 20, 20);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->hits.size(), size_t(20));
        QVERIFY(first->total > 40);
        QSet<QString> seen;
        for (const auto* page : {&*first, &*second}) {
            for (const SearchHit& hit : page->hits) {
                QVERIFY2(!seen.contains(hit.id), "a patient appears on two pages");
                seen.insert(hit.id);
            }
        }
    }

    void hostileInputIsSearchedAsText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("a double quote") << "\"";
        QTest::newRow("an FTS star") << "mul*";
        QTest::newRow("an FTS NEAR") << "NEAR(muller hannelore)";
        QTest::newRow("a bare OR") << "OR";
        QTest::newRow("SQL injection") << "') OR 1=1 --";
        QTest::newRow("a quote inside a name") << "O'Brien";
        QTest::newRow("control characters") << QStringLiteral("mul\u0001ler\u0000");
        QTest::newRow("invalid UTF-8") << QString::fromUtf8("m\xc3\x28ller \xff");
        QTest::newRow("percent and underscore") << "%_%";
    }

    void hostileInputIsSearchedAsText()
    {
        QFETCH(QString, query);
        auto page = m_patients->search(m_reception, query, 0, 20);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
    }

    void tenThousandCharactersAreRefusedWithASentence()
    {
        auto page = m_patients->search(m_reception, QString(10000, QLatin1Char('x')), 0, 20);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Invalid);
        QVERIFY(page.error().message.contains(QLatin1String("too long")));
    }

    void aLikelyDuplicateNeedsAReason()
    {
        const domain::Patient again = person("Hannelore", "Mueller", QDate(1951, 2, 17));
        auto duplicates = m_patients->findDuplicates(m_reception, again);
        QVERIFY(duplicates.ok());
        QVERIFY(!duplicates->empty());
        QCOMPARE(duplicates->front().patientId, m_named.value(QStringLiteral("mueller")));

        auto refused = m_patients->create(m_reception, again);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("may already be registered")));

        auto accepted = m_patients->create(m_reception, again, QStringLiteral("twin sister, same name"));
        QVERIFY(accepted.ok());
        auto audit = m_database->beginRead();
        QVERIFY(audit.ok());
        auto events = AuditLog::forPatient(audit->connection(), *accepted);
        QVERIFY(events.ok());
        QCOMPARE(events->front().action, QStringLiteral("patient.create"));
        QVERIFY(events->front().detail.contains(QLatin1String("twin sister")));
    }

    void aSharedIdentifierIsADuplicateWhateverTheName()
    {
        const domain::Patient other = person("Someone", "Else", QDate(2001, 1, 1), "", "sn-1984-0312");
        auto duplicates = m_patients->findDuplicates(m_reception, other);
        QVERIFY(duplicates.ok());
        QCOMPARE(duplicates->size(), size_t(1));
        QCOMPARE(duplicates->front().match.score, 1.0);
    }

    void invalidRecordsAreRefused()
    {
        domain::Patient nobody;
        nobody.dateOfBirth = QDate(1990, 1, 1);
        auto id = m_patients->create(m_reception, nobody);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::Invalid);
    }

    void editsAreSearchableUnderTheNewName()
    {
        const QString id = m_named.value(QStringLiteral("jose"));
        auto patient = m_patients->view(m_reception, id);
        QVERIFY(patient.ok());
        patient->familyName = QStringLiteral("Quintanilla-Olvera");
        QVERIFY(m_patients->update(m_reception, *patient).ok());
        QCOMPARE(topIds(QStringLiteral("olvera jose")).value(0), id);
        QCOMPARE(topIds(QStringLiteral("quintanilla jose")).value(0), id);
    }

    void viewsAreAuditedAndRemembered()
    {
        const QString id = m_named.value(QStringLiteral("mohammed"));
        QVERIFY(m_patients->view(m_clinician, id).ok());
        auto recent = m_patients->recent(m_clinician);
        QVERIFY(recent.ok());
        QCOMPARE(recent->front().id, id);
        auto read = m_database->beginRead();
        QVERIFY(read.ok());
        auto events = AuditLog::forPatient(read->connection(), id);
        QVERIFY(events.ok());
        QCOMPARE(events->front().action, QStringLiteral("patient.view"));
        QCOMPARE(events->front().userName, QStringLiteral("carl"));
    }

    void theDatabasePassesEveryCheckAfterAllOfThat()
    {
        auto verified = m_database->verify();
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
    }

    void theAuditChainIsIntactAfterAllOfThat()
    {
        auto read = m_database->beginRead();
        QVERIFY(read.ok());
        auto verdict = AuditLog::verify(read->connection());
        QVERIFY(verdict.ok());
        QVERIFY2(!verdict->has_value(), verdict->has_value() ? qPrintable((*verdict)->what) : "");
    }
};

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "TestPatientSearch.moc"
