// The document screens in the real app window (offscreen): "Scan ID card" in registration proposes
// fields and fills only the confirmed ones; the document viewer shows a stored page with search hits.
// With OUTPOST_SCREENSHOT_DIR set, both screens are saved there as PNGs (docs/screenshots/).
#include "AppController.h"
#include "ClinicController.h"
#include "DocumentController.h"
#include "SettingsController.h"
#include "tests/support/QuickItems.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/KdfParameters.h"
#include "core/storage/DataFolder.h"
#include "OcrTestSet.h"

#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OutpostPlugin)

using namespace outpost;
using namespace outpost::ui;

namespace {

QQuickItem* findItem(QObject* root, const QString& name)
{
    return testing::findVisibleItem(root, name);
}

} // namespace

class TestDocumentScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<ClinicController> m_clinic;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;

    QQuickItem* item(const QString& name)
    {
        QQuickItem* found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = findItem(m_window->contentItem(), name)) != nullptr; }, 10'000);
        return found;
    }

    void click(QQuickItem* target)
    {
        QVERIFY(target);
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }

    void shoot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
        QTest::qWait(300); // let images decode and animations settle
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(name)));
    }

    QString save(const QImage& image, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ocr::testset::encodePng(image, 300)) <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("clinic"));
        storage::DataFolder folder(data, clinic::clinicMigrations(), m_clock);
        QVERIFY(folder
                    .init(QStringLiteral("Riverside Clinic"), QStringLiteral("ada"),
                          QStringLiteral("harbour-lantern-41"), crypto::KdfParameters::interactive())
                    .ok());
        m_app = std::make_unique<AppController>(data, m_dir.filePath(QStringLiteral("logs")));
        AppController::setQmlInstance(m_app.get());
        m_clinic =
            std::make_unique<ClinicController>(data, m_clock, [] { return crypto::KdfParameters::interactive(); });
        ClinicController::setQmlInstance(m_clinic.get());
        m_settings = std::make_unique<SettingsController>(data);
        SettingsController::setQmlInstance(m_settings.get());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_settings->attach(m_engine.get());
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Outpost/Main.qml")));
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().value(0));
        QVERIFY(m_window);
        m_window->resize(1280, 820);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_clinic->logIn(QStringLiteral("ada"), QStringLiteral("harbour-lantern-41"));
        QTRY_VERIFY_WITH_TIMEOUT(m_clinic->state() == ClinicController::Unlocked, 30'000);
    }

    void scanningAnIdCardFillsOnlyConfirmedFields()
    {
        std::mt19937_64 random(9);
        const ocr::testset::Sample passport = ocr::testset::identityDocument(random, true, 1);
        const QString path = save(passport.image, QStringLiteral("passport.png"));
        QMetaObject::invokeMethod(m_window, "newPatient");
        QVERIFY(item(QStringLiteral("scanIdCardButton")));
        auto* scan = m_window->findChild<DocumentController*>(QStringLiteral("idScanController"));
        QVERIFY(scan);
        scan->scanIdCard(QUrl::fromLocalFile(path));
        QQuickItem* dialogAccept = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialogAccept = findItem(m_window->contentItem(), QStringLiteral("dialogAccept"))),
                                 60'000);
        QVERIFY(!scan->proposals().isEmpty());
        auto* given = item(QStringLiteral("givenNameField"));
        auto* family = item(QStringLiteral("familyNameField"));
        QVERIFY(given && family);
        QCOMPARE(given->property("text").toString(), QString());
        QCOMPARE(family->property("text").toString(), QString());
        QVERIFY(!dialogAccept->isEnabled());
        shoot(QStringLiteral("registration-id-scan.png"));

        click(item(QStringLiteral("confirm_family_name")));
        QTRY_VERIFY(dialogAccept->isEnabled());
        click(dialogAccept);
        QTRY_COMPARE(family->property("text").toString(),
                     scan->confirmedFields().value(QStringLiteral("family_name")).toString());
        QVERIFY(!family->property("text").toString().isEmpty());
        QCOMPARE(given->property("text").toString(), QString()); // not confirmed: not filled
    }

    void theViewerShowsAStoredPageWithSearchHits()
    {
        std::mt19937_64 random(5);
        const ocr::testset::Sample card = ocr::testset::identityDocument(random, false, 0);
        const QString path = save(card.image, QStringLiteral("card.png"));
        std::optional<Result<QString>> patient;
        m_clinic->post<QString>(
            this,
            [](clinic::Clinic& c) {
                domain::Patient p;
                p.givenName = QStringLiteral("Amina");
                p.familyName = QStringLiteral("Diallo");
                p.dateOfBirth = QDate(1984, 3, 12);
                return c.patients().create(c.session(), p);
            },
            [&patient](const Result<QString>& id) { patient.emplace(id); });
        QTRY_VERIFY_WITH_TIMEOUT(patient.has_value(), 10'000);
        QVERIFY(*patient);
        QMetaObject::invokeMethod(m_window, "openPatient", Q_ARG(QVariant, QVariant(**patient)));
        QQuickItem* tab = item(QStringLiteral("documentsTab"));
        QTest::qWait(600); // the page slides in: click where the tab comes to rest
        click(tab);
        QQuickItem* panel = item(QStringLiteral("documentsPanel"));
        QVERIFY(panel);
        auto* documents = panel->property("controller").value<DocumentController*>();
        QVERIFY(documents);
        documents->importFile(QUrl::fromLocalFile(path), QStringLiteral("id_card"));
        QTRY_COMPARE_WITH_TIMEOUT(documents->documents()->count(), 1, 60'000);
        QTRY_VERIFY(!documents->working());
        shoot(QStringLiteral("patient-documents.png"));

        const QString documentId = documents->documents()->documents().front().id;
        documents->setSearchText(card.fields.value(QStringLiteral("family_name")));
        QObject* viewer = m_window->findChild<QObject*>(QStringLiteral("documentViewer"));
        QVERIFY(viewer);
        documents->openDocument(documentId, 0);
        QMetaObject::invokeMethod(viewer, "open");
        QTRY_VERIFY_WITH_TIMEOUT(!documents->pageSource().isEmpty(), 10'000);
        QTRY_VERIFY(!documents->highlights().isEmpty());
        QQuickItem* image = item(QStringLiteral("pageImage"));
        QVERIFY(image);
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        shoot(QStringLiteral("document-viewer.png"));
        QMetaObject::invokeMethod(viewer, "close");
    }
};

QTEST_MAIN(TestDocumentScreens)
#include "TestDocumentScreens.moc"
