// The documents view model against a real encrypted data folder and real OCR: import with progress,
// cancel, the viewer with search hits, and the ID card prefill that fills nothing unconfirmed.
#include "ClinicController.h"
#include "DocumentController.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/KdfParameters.h"
#include "core/search/TextFold.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/DataFolder.h"
#include "OcrTestSet.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::ui;

class TestDocumentController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<ClinicController> m_clinic;
    QString m_patient;

    template<class T>
    T call(std::function<Result<T>(clinic::Clinic&)> work)
    {
        std::optional<Result<T>> result;
        m_clinic->post<T>(this, std::move(work), [&result](const Result<T>& r) { result.emplace(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
            qFatal("the clinic thread did not answer");
        if (!*result)
            qFatal("clinic call failed: %s", qPrintable(result->error().message));
        return **result;
    }

    qint64 storedDocuments()
    {
        return call<qint64>([](clinic::Clinic& c) -> Result<qint64> {
            qint64 count = 0;
            auto read = c.database().read([&](storage::Connection& reader) -> Result<void> {
                auto value = reader.queryValue(QStringLiteral("SELECT count(*) FROM documents"));
                if (!value)
                    return value.error();
                count = value->toLongLong();
                return {};
            });
            if (!read)
                return read.error();
            return count;
        });
    }

    QString save(const QImage& image, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ocr::testset::encodePng(image, 300)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// A PDF of @p pages text pages without a text layer's help: each page holds a drawn image.
    QString multiPagePdf(int pages)
    {
        const QString path = m_dir.filePath(QStringLiteral("batch.pdf"));
        std::mt19937_64 random(11);
        QPdfWriter writer(path);
        writer.setResolution(150);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            const ocr::testset::Sample letter = ocr::testset::referralLetter(random, i);
            painter.drawImage(QRect(0, 0, writer.width(), writer.height()), letter.image);
        }
        painter.end();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::DataFolder folder(m_dir.filePath(QStringLiteral("clinic")), clinic::clinicMigrations(), m_clock);
        auto key = folder.init(QStringLiteral("Riverside Clinic"), QStringLiteral("ada"),
                               QStringLiteral("harbour-lantern-41"), crypto::KdfParameters::interactive());
        QVERIFY(key.ok());
        m_clinic = std::make_unique<ClinicController>(m_dir.filePath(QStringLiteral("clinic")), m_clock,
                                                      [] { return crypto::KdfParameters::interactive(); });
        m_clinic->logIn(QStringLiteral("ada"), QStringLiteral("harbour-lantern-41"));
        QTRY_VERIFY_WITH_TIMEOUT(m_clinic->state() == ClinicController::Unlocked, 20'000);
        m_patient = call<QString>([](clinic::Clinic& c) {
            domain::Patient p;
            p.givenName = QStringLiteral("Amina");
            p.familyName = QStringLiteral("Diallo");
            p.dateOfBirth = QDate(1984, 3, 12);
            return c.patients().create(c.session(), p);
        });
    }

    void anImportedCardIsReadWithProgressStoredAndShownWithSearchHits()
    {
        std::mt19937_64 random(5);
        const ocr::testset::Sample card = ocr::testset::identityDocument(random, false, 0);
        const QString path = save(card.image, QStringLiteral("card.png"));

        DocumentController documents;
        QAbstractItemModelTester tester(documents.documents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        documents.setClinic(m_clinic.get());
        documents.setPatientId(m_patient);
        QSignalSpy progress(&documents, &DocumentController::progressChanged);
        QSignalSpy imported(&documents, &DocumentController::imported);
        QSignalSpy failed(&documents, &DocumentController::importFailed);
        QVERIFY(progress.isValid() && imported.isValid() && failed.isValid());
        const qint64 before = storedDocuments();

        documents.importFile(QUrl::fromLocalFile(path), QStringLiteral("id_card"));
        QVERIFY(documents.working());
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() + failed.count() > 0, 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!documents.working());
        QVERIFY(progress.count() >= 2);
        QCOMPARE(documents.progress(), 1.0);
        QCOMPARE(storedDocuments(), before + 1);
        QTRY_COMPARE(documents.documents()->count(), 1);

        documents.openDocument(imported.at(0).at(0).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!documents.pageSource().isEmpty(), 10'000);
        QCOMPARE(documents.pageCount(), 1);
        QVERIFY(documents.pageSource().startsWith(QLatin1String("data:image/")));
        QVERIFY(documents.pageSize().width() > 0);
        documents.setSearchText(card.fields.value(QStringLiteral("family_name")));
        QVERIFY2(!documents.highlights().isEmpty(), qPrintable(documents.pageText()));
        const QVariantMap box = documents.highlights().first().toMap();
        QVERIFY(box.value(QStringLiteral("width")).toInt() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!documents.searchHits().isEmpty(), 10'000);
    }

    void cancellingAnImportStoresNothing()
    {
        const QString path = multiPagePdf(4);
        DocumentController documents;
        documents.setClinic(m_clinic.get());
        documents.setPatientId(m_patient);
        QSignalSpy cancelled(&documents, &DocumentController::importCancelled);
        QSignalSpy imported(&documents, &DocumentController::imported);
        QSignalSpy failed(&documents, &DocumentController::importFailed);
        const qint64 before = storedDocuments();
        bool reported = false;
        connect(&documents, &DocumentController::progressChanged, &documents, [&] {
            if (documents.progress() > 0 && !reported) {
                reported = true;
                documents.cancel();
            }
        });
        documents.importFile(QUrl::fromLocalFile(path), QStringLiteral("referral_letter"));
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() + imported.count() + failed.count() > 0, 120'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(reported);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(imported.count(), 0);
        QVERIFY(!documents.working());
        documents.waitForOcr();
        m_clinic->waitForIdle();
        QCOMPARE(storedDocuments(), before);
    }

    void theIdScanProposesFieldsAndFillsNothingUntilConfirmed()
    {
        std::mt19937_64 random(9);
        const ocr::testset::Sample passport = ocr::testset::identityDocument(random, true, 1);
        const QString path = save(passport.image, QStringLiteral("passport.png"));
        DocumentController scan;
        scan.setClinic(m_clinic.get());
        QSignalSpy ready(&scan, &DocumentController::scanReady);
        QSignalSpy failed(&scan, &DocumentController::scanFailed);
        const qint64 before = storedDocuments();

        scan.scanIdCard(QUrl::fromLocalFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));

        QHash<QString, QVariantMap> proposed;
        for (const QVariant& proposal : scan.proposals())
            proposed.insert(proposal.toMap().value(QStringLiteral("name")).toString(), proposal.toMap());
        for (const char* name : {"given_name", "family_name", "birth_date", "document_number"}) {
            const QString key = QString::fromLatin1(name);
            QVERIFY2(proposed.contains(key), name);
            // The MRZ spells names in Latin capitals without accents (Schröder → SCHRODER): compare folded.
            QCOMPARE(search::fold(proposed[key].value(QStringLiteral("value")).toString()),
                     search::fold(passport.fields.value(key)));
            QCOMPARE(proposed[key].value(QStringLiteral("confirmed")).toBool(), false);
            QVERIFY(proposed[key].value(QStringLiteral("confidence")).toInt() > 0);
            QVERIFY(proposed[key].value(QStringLiteral("crop")).toString().startsWith(QLatin1String("data:image/png")));
        }
        QVERIFY(proposed[QStringLiteral("birth_date")].value(QStringLiteral("validated")).toBool());

        // Nothing is filled, and nothing stored, before the user confirms.
        QVERIFY(scan.confirmedFields().isEmpty());
        QCOMPARE(storedDocuments(), before);
        scan.confirmField(QStringLiteral("family_name"), true);
        scan.confirmField(QStringLiteral("birth_date"), true);
        scan.confirmField(QStringLiteral("birth_date"), false);
        const QVariantMap confirmed = scan.confirmedFields();
        QCOMPARE(confirmed.keys(), QStringList{QStringLiteral("family_name")});
        QCOMPARE(confirmed.value(QStringLiteral("family_name")),
                 proposed[QStringLiteral("family_name")].value(QStringLiteral("value")));

        // After registration the scan is kept as the patient's ID card.
        QSignalSpy imported(&scan, &DocumentController::imported);
        scan.attachScan(m_patient);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10'000);
        QCOMPARE(storedDocuments(), before + 1);
    }
};

QTEST_MAIN(TestDocumentController)
#include "TestDocumentController.moc"
