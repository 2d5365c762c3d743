#include "../support/ClinicFixture.h"
#include "tests/support/Why.h"

#include "core/clinic/DocumentService.h"
#include "core/clinic/PatientService.h"
#include "core/storage/Migrations.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace outpost;
using namespace outpost::auth;
using namespace outpost::clinic;
using namespace outpost::testing;

namespace {

/// A real encoded page image with a few dark bars (what a scan compresses like).
QByteArray pageImage(const char* format, int width = 320, int height = 200)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 20; y < height - 20; y += 30)
        painter.fillRect(20, y, width - 60, 8, Qt::black);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

DocumentPage textPage(const QString& text, ImageFormat format = ImageFormat::Png)
{
    DocumentPage page;
    page.imageFormat = format;
    page.image = pageImage(format == ImageFormat::Png ? "PNG" : "JPEG");
    page.size = QSize(320, 200);
    page.text = text;
    int x = 10;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        page.words.append({word, QRect(x, 20, 12 * static_cast<int>(word.size()), 18), 91.5F});
        x += 12 * static_cast<int>(word.size()) + 8;
    }
    page.meanConfidence = 91.5F;
    return page;
}

NewDocument letter(const QString& patientId, DocumentKind kind, const QStringList& pages)
{
    NewDocument document{patientId, kind, QStringLiteral("scan.pdf"), {}};
    for (const QString& text : pages)
        document.pages.push_back(textPage(text));
    return document;
}

QStringList ids(const std::vector<DocumentHit>& hits)
{
    QStringList all;
    for (const DocumentHit& hit : hits)
        all << hit.documentId;
    return all;
}

} // namespace

Q_DECLARE_METATYPE(outpost::clinic::DocumentKind)
Q_DECLARE_METATYPE(outpost::auth::Role)

/// Documents in the encrypted database: storage round trip, who may read which kind, auditing, and
/// full-text search inside a patient's documents and from the main search box.
class TestDocumentService : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClinicFixture> m_fixture;
    std::unique_ptr<DocumentService> m_documents;
    Session m_reception, m_clinician, m_admin;
    QString m_patient;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ClinicFixture>();
        m_documents = std::make_unique<DocumentService>(*m_fixture->context);
        m_reception = m_fixture->addUser(QStringLiteral("rita"), Role::Reception);
        m_clinician = m_fixture->addUser(QStringLiteral("carl"), Role::Clinician);
        m_admin = m_fixture->addUser(QStringLiteral("ada"), Role::Admin);
        m_patient = m_fixture->addPatient(QStringLiteral("Hannelore"), QStringLiteral("Müller"));
    }

    void pagesTextAndBoxesSurviveReopeningTheEncryptedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.db"));
        const crypto::SecretKey key = crypto::SecretKey::random();
        FakeClock clock;
        UuidV7Generator idSource(clock, ClinicFixture::seeded(3));
        NewDocument document{QStringLiteral("p1"), DocumentKind::ReferralLetter, QStringLiteral("referral.pdf"), {}};
        document.pages.push_back(textPage(QStringLiteral("Dear colleague, suspected cardiomyopathy")));
        document.pages.push_back(textPage(QStringLiteral("Kind regards Dr Ölund"), ImageFormat::Jpeg));
        document.pages[1].fromTextLayer = true;
        document.pages[1].dpi = 150;
        QString documentId;
        {
            auto database = storage::Database::create(path, key, {.migrations = clinicMigrations()});
            QVERIFY(database.ok());
            ClinicContext context{**database, clock, idSource};
            QVERIFY((*database)
                        ->write([](storage::Connection& writer) {
                            return writer.executeScript(QStringLiteral(
                                "INSERT INTO users (id, name, display_name, role, created_at, updated_at) "
                                "VALUES ('u1', 'carl', 'Carl', 'clinician', 0, 0);"
                                "INSERT INTO patients (id, given_name, family_name, created_at, updated_at) "
                                "VALUES ('p1', 'Hannelore', 'Müller', 0, 0);"));
                        })
                        .ok());
            DocumentService service(context);
            auto added = service.add(Session{QStringLiteral("u1"), QStringLiteral("carl"), Role::Clinician}, document);
            QVERIFY2(added.ok(), testing::why(added).constData());
            documentId = *added;
            (*database)->close();
        }
        auto reopened = storage::Database::open(path, key, {.migrations = clinicMigrations()});
        QVERIFY(reopened.ok());
        ClinicContext context{**reopened, clock, idSource};
        DocumentService service(context);
        const Session carl{QStringLiteral("u1"), QStringLiteral("carl"), Role::Clinician};

        auto opened = service.open(carl, documentId);
        QVERIFY(opened.ok());
        QCOMPARE(opened->info.kind, DocumentKind::ReferralLetter);
        QCOMPARE(opened->info.title, QStringLiteral("referral.pdf"));
        QCOMPARE(opened->info.pageCount, 2);
        QCOMPARE(opened->info.addedByName, QStringLiteral("carl"));
        QCOMPARE(opened->info.addedAtMs, clock.nowMs());
        QCOMPARE(opened->pages.size(), size_t(2));
        QVERIFY(opened->pages[0].image.isEmpty()); // open() leaves images to page()
        for (size_t i = 0; i < 2; ++i) {
            const DocumentPage& stored = opened->pages[i];
            const DocumentPage& original = document.pages[i];
            QCOMPARE(stored.index, static_cast<int>(i));
            QCOMPARE(stored.text, original.text);
            QCOMPARE(stored.words.size(), original.words.size());
            for (qsizetype w = 0; w < stored.words.size(); ++w) {
                QCOMPARE(stored.words[w].text, original.words[w].text);
                QCOMPARE(stored.words[w].box, original.words[w].box);
                QCOMPARE(stored.words[w].confidence, original.words[w].confidence);
            }
            QCOMPARE(stored.meanConfidence, original.meanConfidence);
            QCOMPARE(stored.fromTextLayer, original.fromTextLayer);
            QCOMPARE(stored.dpi, original.dpi);
        }
        auto second = service.page(carl, documentId, 1);
        QVERIFY(second.ok());
        QCOMPARE(second->imageFormat, ImageFormat::Jpeg);
        QCOMPARE(second->image, document.pages[1].image);
        const QImage decoded = QImage::fromData(second->image);
        QCOMPARE(decoded.size(), QSize(320, 200));
        QCOMPARE(second->size, QSize(320, 200));
        QCOMPARE(service.page(carl, documentId, 2).error().code, ErrorCode::NotFound);

        auto hits = service.search(carl, QStringLiteral("p1"), QStringLiteral("olund"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), size_t(1));
        QCOMPARE(hits->front().page, 1);
        (*reopened)->close();
    }

    void readingNeedsThePermissionOfTheKind_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<DocumentKind>("kind");
        QTest::addColumn<bool>("mayRead");
        const struct {
            const char* row;
            Role role;
            DocumentKind kind;
            bool mayRead;
        } rows[] = {
            {"reception reads an ID card", Role::Reception, DocumentKind::IdCard, true},
            {"reception reads an insurance card", Role::Reception, DocumentKind::InsuranceCard, true},
            {"reception may not read a referral letter", Role::Reception, DocumentKind::ReferralLetter, false},
            {"reception may not read a lab report", Role::Reception, DocumentKind::LabReport, false},
            {"reception may not read an other document", Role::Reception, DocumentKind::Other, false},
            {"a clinician reads an ID card", Role::Clinician, DocumentKind::IdCard, true},
            {"a clinician reads a referral letter", Role::Clinician, DocumentKind::ReferralLetter, true},
            {"a clinician reads a lab report", Role::Clinician, DocumentKind::LabReport, true},
            {"an admin reads an insurance card", Role::Admin, DocumentKind::InsuranceCard, true},
            {"an admin without break-glass may not read a lab report", Role::Admin, DocumentKind::LabReport, false},
        };
        for (const auto& row : rows)
            QTest::newRow(row.row) << row.role << row.kind << row.mayRead;
    }

    void readingNeedsThePermissionOfTheKind()
    {
        QFETCH(Role, role);
        QFETCH(DocumentKind, kind);
        QFETCH(bool, mayRead);
        const Session& session =
            role == Role::Reception ? m_reception : (role == Role::Clinician ? m_clinician : m_admin);

        // Every role may attach any kind (reception scans what arrives at the desk).
        auto added = m_documents->add(session, letter(m_patient, kind, {QStringLiteral("confidential ferritin")}));
        QVERIFY2(added.ok(), testing::why(added).constData());
        const auto adds = m_fixture->audit(QStringLiteral("document.add"));
        QCOMPARE(adds.size(), size_t(1));
        QCOMPARE(adds.front().userName, session.userName);
        QCOMPARE(adds.front().patientId, m_patient);
        QVERIFY(!adds.front().detail.contains(QLatin1String("ferritin")));

        auto opened = m_documents->open(session, *added);
        auto page = m_documents->page(session, *added, 0);
        auto listed = m_documents->list(session, m_patient);
        auto found = m_documents->search(session, m_patient, QStringLiteral("ferritin"));
        QVERIFY(listed.ok() && found.ok());
        QCOMPARE(opened.ok(), mayRead);
        QCOMPARE(page.ok(), mayRead);
        QCOMPARE(listed->size(), size_t(mayRead ? 1 : 0));
        QCOMPARE(found->size(), size_t(mayRead ? 1 : 0));
        const auto views = m_fixture->audit(QStringLiteral("document.view"));
        if (mayRead) {
            QCOMPARE(views.size(), size_t(2)); // the document, then its first page
            QVERIFY(views[1].detail.contains(QLatin1String("page=1")));
            QCOMPARE(page->image.isEmpty(), false);
        } else {
            QCOMPARE(opened.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(page.error().code, ErrorCode::PermissionDenied);
            QVERIFY(opened.error().message.contains(QLatin1String("read clinical")));
            QVERIFY(views.empty());
        }
    }

    void anAdminReadsClinicalDocumentsOnlyThroughBreakGlassAndItIsAudited()
    {
        auto added =
            m_documents->add(m_clinician, letter(m_patient, DocumentKind::LabReport, {QStringLiteral("HbA1c")}));
        QVERIFY(added.ok());
        QCOMPARE(m_documents->open(m_admin, *added).error().code, ErrorCode::PermissionDenied);
        const Session glass = m_fixture->withBreakGlass(m_admin);
        QVERIFY(m_documents->open(glass, *added).ok());
        const auto views = m_fixture->audit(QStringLiteral("document.view"));
        QCOMPARE(views.size(), size_t(1));
        QVERIFY(views.front().detail.endsWith(QLatin1String("break_glass")));
        m_fixture->clock.advance(16 * 60 * 1000);
        QCOMPARE(m_documents->open(glass, *added).error().code, ErrorCode::PermissionDenied);
    }

    void searchInsideAPatientFoldsAccentsCaseAndPrefixes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("the word as written") << "cardiomyopathy" << true;
        QTest::newRow("upper case") << "CARDIOMYOPATHY" << true;
        QTest::newRow("a prefix") << "cardio" << true;
        QTest::newRow("accents folded") << "Ölund" << true;
        QTest::newRow("accents typed without") << "olund" << true;
        QTest::newRow("two words of a page in any order") << "review cardio" << true;
        QTest::newRow("ß typed as ss") << "hauptstrasse" << true;
        QTest::newRow("a word on no page") << "pneumonia" << false;
        QTest::newRow("one word present, one not") << "cardio pneumonia" << false;
    }

    void searchInsideAPatientFoldsAccentsCaseAndPrefixes()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        auto added = m_documents->add(m_clinician, letter(m_patient, DocumentKind::ReferralLetter,
                                                          {QStringLiteral("Referral from Dr Ölund, Hauptstraße 4"),
                                                           QStringLiteral("Suspected cardiomyopathy, please review")}));
        QVERIFY(added.ok());
        auto hits = m_documents->search(m_clinician, m_patient, query);
        QVERIFY(hits.ok());
        QCOMPARE(!hits->empty(), found);
        if (found) {
            QCOMPARE(hits->front().documentId, *added);
            QVERIFY(!hits->front().snippet.isEmpty());
        }
        const auto searches = m_fixture->audit(QStringLiteral("document.search"));
        QCOMPARE(searches.size(), size_t(1));
        QVERIFY(!searches.front().detail.contains(query, Qt::CaseInsensitive)); // no search words in the audit
    }

    void searchStaysInsideThePatientAndFindsTheHitBoxes()
    {
        const QString other = m_fixture->addPatient(QStringLiteral("Omar"), QStringLiteral("Haddad"));
        auto mine =
            m_documents->add(m_clinician, letter(m_patient, DocumentKind::LabReport,
                                                 {QStringLiteral("Ferritin low"), QStringLiteral("Ferritin 9")}));
        auto theirs =
            m_documents->add(m_clinician, letter(other, DocumentKind::LabReport, {QStringLiteral("Ferritin")}));
        QVERIFY(mine.ok() && theirs.ok());
        auto hits = m_documents->search(m_clinician, m_patient, QStringLiteral("ferr"));
        QVERIFY(hits.ok());
        QCOMPARE(ids(*hits), (QStringList{*mine, *mine}));

        auto page = m_documents->open(m_clinician, *mine);
        QVERIFY(page.ok());
        const QList<QRect> boxes = matchingBoxes(page->pages[1].words, documentQueryWords(QStringLiteral("FERR")));
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.front(), page->pages[1].words.front().box);
    }

    void hostileQueriesAreSearchedAsText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("a double quote") << "\"";
        QTest::newRow("an unbalanced quote in a word") << "ferr\"itin";
        QTest::newRow("an FTS star") << "fer*";
        QTest::newRow("an FTS NEAR") << "NEAR(ferritin low)";
        QTest::newRow("a bare OR") << "OR";
        QTest::newRow("a bare NOT") << "NOT ferritin";
        QTest::newRow("a column filter") << "words:ferritin";
        QTest::newRow("an FTS caret and minus") << "^ferritin -low";
        QTest::newRow("SQL injection") << "') OR 1=1 --";
        QTest::newRow("dropping the table") << "'; DROP TABLE documents; --";
        QTest::newRow("control characters") << QStringLiteral("fer\u0001ritin\u0000");
        QTest::newRow("invalid UTF-8") << QString::fromUtf8("f\xc3\x28rritin \xff");
        QTest::newRow("only punctuation") << "%_%(){}[]";
        QTest::newRow("many words") << QString(QStringLiteral("ferritin ")).repeated(20);
    }

    void hostileQueriesAreSearchedAsText()
    {
        QFETCH(QString, query);
        QVERIFY(
            m_documents->add(m_clinician, letter(m_patient, DocumentKind::LabReport, {QStringLiteral("Ferritin low")}))
                .ok());
        SearchIndex index;
        PatientService patients(*m_fixture->context, index);
        auto inside = m_documents->search(m_clinician, m_patient, query);
        QVERIFY2(inside.ok(), testing::why(inside).constData());
        auto main = patients.search(m_clinician, query);
        QVERIFY2(main.ok(), testing::why(main).constData());
        QCOMPARE(m_fixture->value(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 1);
    }

    void anOverlongSearchIsRefusedWithASentence()
    {
        auto hits = m_documents->search(m_clinician, m_patient, QString(10000, QLatin1Char('x')));
        QCOMPARE(hits.error().code, ErrorCode::Invalid);
        QVERIFY(hits.error().message.contains(QLatin1String("too long")));
    }

    void theMainSearchFindsPatientsByTheirDocumentsBelowNameHits()
    {
        SearchIndex index;
        PatientService patients(*m_fixture->context, index);
        domain::Patient named;
        named.givenName = QStringLiteral("Ada");
        named.familyName = QStringLiteral("Cardioni");
        named.dateOfBirth = QDate(1970, 1, 2);
        auto cardioni = patients.create(m_reception, named);
        QVERIFY(cardioni.ok());
        QVERIFY(m_documents
                    ->add(m_reception,
                          letter(m_patient, DocumentKind::ReferralLetter, {QStringLiteral("Suspected cardiomyopathy")}))
                    .ok());
        const QString carded = m_fixture->addPatient(QStringLiteral("Ines"), QStringLiteral("Ortiz"));
        QVERIFY(
            m_documents
                ->add(m_reception, letter(carded, DocumentKind::InsuranceCard, {QStringLiteral("CardioPlus Mutual")}))
                .ok());

        auto clinicianPage = patients.search(m_clinician, QStringLiteral("cardio"));
        QVERIFY(clinicianPage.ok());
        QCOMPARE(clinicianPage->total, 3);
        QCOMPARE(clinicianPage->hits.size(), size_t(3));
        QCOMPARE(clinicianPage->hits[0].id, *cardioni);
        QCOMPARE(clinicianPage->hits[0].matchedBy, QStringLiteral("name"));
        QCOMPARE(clinicianPage->hits[1].matchedBy, QStringLiteral("document"));
        QCOMPARE(clinicianPage->hits[2].matchedBy, QStringLiteral("document"));
        QVERIFY(clinicianPage->hits[1].score < clinicianPage->hits[0].score);

        // Reception finds the insurance card but never learns what a referral letter says.
        auto receptionPage = patients.search(m_reception, QStringLiteral("cardio"));
        QVERIFY(receptionPage.ok());
        QStringList found;
        for (const SearchHit& hit : receptionPage->hits)
            found << hit.id + QLatin1Char(':') + hit.matchedBy;
        QCOMPARE(found, (QStringList{*cardioni + QStringLiteral(":name"), carded + QStringLiteral(":document")}));
        auto nothing = patients.search(m_reception, QStringLiteral("cardiomyopathy"));
        QVERIFY(nothing.ok());
        QVERIFY(nothing->hits.empty());

        // Paging: the document hits follow the name hits across pages.
        auto second = patients.search(m_clinician, QStringLiteral("cardio"), 1, 1);
        QVERIFY(second.ok());
        QCOMPARE(second->hits.size(), size_t(1));
        QCOMPARE(second->hits[0].matchedBy, QStringLiteral("document"));

        // A patient merged away is found through the survivor only.
        m_fixture->exec(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"), {*cardioni, carded});
        auto afterMerge = patients.search(m_reception, QStringLiteral("cardioplus"));
        QVERIFY(afterMerge.ok());
        QVERIFY(afterMerge->hits.empty());
    }

    void badDocumentsAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no pages") << 0 << ErrorCode::Invalid;
        QTest::newRow("an image that is not the format it claims") << 1 << ErrorCode::Invalid;
        QTest::newRow("a page without a size") << 2 << ErrorCode::Invalid;
        QTest::newRow("an unknown patient") << 3 << ErrorCode::NotFound;
        QTest::newRow("a patient merged away") << 4 << ErrorCode::Invalid;
        QTest::newRow("too many pages") << 5 << ErrorCode::Invalid;
    }

    void badDocumentsAreRefusedAndNothingIsStored()
    {
        QFETCH(int, fault);
        QFETCH(ErrorCode, code);
        NewDocument document = letter(m_patient, DocumentKind::IdCard, {QStringLiteral("ID")});
        switch (fault) {
        case 0:
            document.pages.clear();
            break;
        case 1:
            document.pages[0].imageFormat = ImageFormat::Jpeg;
            break;
        case 2:
            document.pages[0].size = QSize();
            break;
        case 3:
            document.patientId = QStringLiteral("nobody");
            break;
        case 4: {
            const QString survivor = m_fixture->addPatient(QStringLiteral("Hanne"), QStringLiteral("Müller"));
            m_fixture->exec(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"), {survivor, m_patient});
            break;
        }
        default:
            document.pages.resize(DocumentService::kMaxPages + 1, document.pages[0]);
        }
        auto added = m_documents->add(m_reception, document);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, code);
        QCOMPARE(m_fixture->value(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 0);
        QCOMPARE(m_fixture->value(QStringLiteral("SELECT count(*) FROM document_pages")).toInt(), 0);
        QVERIFY(m_fixture->audit(QStringLiteral("document.add")).empty());
    }

    void aVersionOneDatabaseMigratesToDocumentsKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.db"));
        const crypto::SecretKey key = crypto::SecretKey::random();
        std::vector<storage::Migration> stepOne = clinicMigrations();
        stepOne.resize(1);
        {
            auto old = storage::Database::create(path, key, {.migrations = stepOne});
            QVERIFY(old.ok());
            QVERIFY(
                (*old)
                    ->write([](storage::Connection& writer) {
                        return writer.executeScript(QStringLiteral(
                            "INSERT INTO users (id, name, display_name, role, created_at, updated_at) "
                            "VALUES ('u1', 'rita', 'Rita', 'reception', 0, 0);"
                            "INSERT INTO patients (id, given_name, family_name, birth_date, created_at, updated_at) "
                            "VALUES ('p1', 'Hannelore', 'Müller', '1984-03-12', 0, 0);"
                            "INSERT INTO patient_identifiers (patient_id, kind, normalised, value) "
                            "VALUES ('p1', 'national_id', 'AB123', 'ab-123');"));
                    })
                    .ok());
            (*old)->close();
        }
        auto database = storage::Database::open(path, key, {.migrations = clinicMigrations()});
        QVERIFY2(database.ok(), testing::why(database).constData());
        QStringList kept;
        QVERIFY((*database)
                    ->read([&](storage::Connection& reader) -> Result<void> {
                        auto version = storage::Migrations::currentVersion(reader);
                        if (!version)
                            return version.error();
                        kept << QString::number(*version);
                        auto rows = reader.query(QStringLiteral(
                            "SELECT p.given_name || ' ' || p.family_name || ' ' || p.birth_date || ' ' || i.value "
                            "FROM patients p JOIN patient_identifiers i ON i.patient_id = p.id"));
                        if (!rows)
                            return rows.error();
                        for (const storage::Row& row : *rows)
                            kept << row.at(0).toString();
                        return {};
                    })
                    .ok());
        QCOMPARE(kept, (QStringList{QStringLiteral("2"), QStringLiteral("Hannelore Müller 1984-03-12 ab-123")}));
        FakeClock clock;
        UuidV7Generator idSource(clock, ClinicFixture::seeded(5));
        ClinicContext context{**database, clock, idSource};
        DocumentService service(context);
        const Session rita{QStringLiteral("u1"), QStringLiteral("rita"), Role::Reception};
        auto added = service.add(rita, letter(QStringLiteral("p1"), DocumentKind::IdCard, {QStringLiteral("MÜLLER")}));
        QVERIFY(added.ok());
        auto hits = service.search(rita, QStringLiteral("p1"), QStringLiteral("muller"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), size_t(1));
        QVERIFY((*database)->verify().ok());
        (*database)->close();
    }
};

QTEST_GUILESS_MAIN(TestDocumentService)
#include "TestDocumentService.moc"
