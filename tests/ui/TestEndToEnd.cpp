// The real app end to end: Main.qml in an offscreen window over the real core and a real encrypted
// data folder with demo data. Drives it with mouse clicks and key presses as a user would.
#include "AppController.h"
#include "ClinicController.h"
#include "SettingsController.h"
#include "tests/support/HeldReaders.h"
#include "tests/support/QuickItems.h"

#include "core/clinic/Clinic.h"
#include "core/crypto/KdfParameters.h"
#include "core/crypto/RecoveryKey.h"
#include "core/demo/DemoClinic.h"
#include "core/logging/Log.h"

#include <QAbstractItemModel>
#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlEngineExtensionPlugin>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OutpostPlugin)

using namespace outpost;
using namespace outpost::ui;

namespace {

constexpr int kSlow = 30'000; // Argon2id and the demo data on a loaded CI machine

QQuickItem* findItem(QObject* root, const QString& name)
{
    return testing::findVisibleItem(root, name);
}

} // namespace

/// Setup → login → search → open → lock → unlock, role limits and log hygiene, through the real UI.
class TestEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<ClinicController> m_clinic;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    QStringList m_shownNames; ///< patient names the UI showed: none may reach the logs

    QQuickItem* item(const QString& name)
    {
        QQuickItem* found = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((found = findItem(m_window->contentItem(), name)) != nullptr, 5'000); }();
        if (!found)
            qWarning("no visible item named %s", qPrintable(name));
        return found;
    }
    void click(const QString& name)
    {
        QQuickItem* target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    }
    void type(const QString& field, const QString& text)
    {
        QQuickItem* target = item(field);
        QVERIFY2(target, qPrintable(field));
        auto* input = target->property("input").value<QQuickItem*>();
        QVERIFY(input);
        input->forceActiveFocus();
        typeText(text);
        QCOMPARE(target->property("text").toString(), text);
    }
    /// Key presses into the focused item (QTest::keyClicks is QWidget-only in Qt 6.4).
    void typeText(const QString& text)
    {
        for (const QChar ch : text) {
            const auto code =
                ch.isLetterOrNumber() && ch.unicode() < 0x80 ? Qt::Key(ch.toUpper().unicode()) : Qt::Key_unknown;
            QTest::sendKeyEvent(QTest::Press, m_window, code, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, m_window, code, QString(ch), Qt::NoModifier);
        }
    }
    QString currentPage()
    {
        auto* stack = findItem(m_window->contentItem(), QStringLiteral("mainStack"));
        auto* current = stack ? stack->property("currentItem").value<QObject*>() : nullptr;
        return current ? current->objectName() : QString();
    }
    /// Walks every visible item of the window (pages, menus, dialogs and the overlay) as a screen
    /// reader would and fails on an interactive one — a button, a text entry, or anything on the Tab
    /// chain — without an accessible name. @p page names the screen in the message. (Roles are not
    /// checked here: Qt Quick Controls set theirs in C++ only once a screen reader is active, which
    /// offscreen never is; the component gallery test checks them on the components themselves.)
    void everyControlIsNamed(const QString& page, int atLeast)
    {
        QQmlExpression walk(qmlContext(m_window), m_window, QStringLiteral(R"JS(
            (function () {
                let root = contentItem
                while (root.parent)
                    root = root.parent
                const found = { total: 0, unnamed: [] }
                // The parts of a named control (a combo box's text field, a spin box's input) are
                // read out as that control, so the walk does not descend into it.
                const pending = [root]
                while (pending.length > 0) {
                    const item = pending.pop()
                    if (!item.visible)
                        continue
                    const button = item.hasOwnProperty("checkable") && item.hasOwnProperty("pressed")
                        && item.hasOwnProperty("autoRepeat")
                    const entry = item.hasOwnProperty("cursorPosition") && item.hasOwnProperty("readOnly")
                    const interactive = button || entry || item.activeFocusOnTab === true
                    const named = item.Accessible.name.trim().length > 0
                    if (interactive) {
                        found.total += 1
                        if (!named)
                            found.unnamed.push(String(item) + " '" + (item.objectName || "") + "'")
                    }
                    if (interactive && named)
                        continue
                    for (let i = 0; i < item.children.length; ++i)
                        pending.push(item.children[i])
                }
                return found
            })()
        )JS"));
        bool failed = false;
        const QVariantMap found = walk.evaluate(&failed).toMap();
        QVERIFY2(!failed, qPrintable(walk.error().toString()));
        const QStringList unnamed = found.value(QStringLiteral("unnamed")).toStringList();
        const int total = found.value(QStringLiteral("total")).toInt();
        QVERIFY2(total >= atLeast,
                 qPrintable(QStringLiteral("%1: the walk saw only %2 controls").arg(page).arg(total)));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1: without an accessible name: %2").arg(page, unnamed.join(u','))));
        qInfo("%s: %d interactive items, each with an accessible name", qPrintable(page), total);
    }
    void openAdminPage(const QString& file, const QString& objectName)
    {
        QVERIFY(QMetaObject::invokeMethod(m_window, "openAdminPage", Q_ARG(QVariant, file)));
        QTRY_COMPARE(currentPage(), objectName);
    }
    void lockWithShortcut()
    {
        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(m_clinic->state(), ClinicController::Locked);
        QVERIFY(item(QStringLiteral("loginPage")));
    }
    void switchTo(const QString& name, const QString& password)
    {
        click(QStringLiteral("switchUserButton"));
        type(QStringLiteral("userNameField"), name);
        type(QStringLiteral("passwordField"), password);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_clinic->state(), ClinicController::Unlocked, kSlow);
        QCOMPARE(m_clinic->userName(), name);
    }
    /// Types part of a queued patient's family name into the focused search box and opens the first hit.
    void searchAndOpen()
    {
        QQuickItem* home = item(QStringLiteral("receptionHome"));
        QVERIFY(home);
        auto* queue = home->property("queueModel").value<QAbstractItemModel*>();
        QVERIFY(queue);
        QTRY_VERIFY(queue->rowCount() > 0);
        const int nameRole = queue->roleNames().key("patientName");
        for (int row = 0; row < queue->rowCount(); ++row)
            m_shownNames << queue->index(row, 0).data(nameRole).toString().split(QLatin1Char(' '));
        const QString familyName = queue->index(0, 0).data(nameRole).toString().section(QLatin1Char(' '), -1);

        // The search box has the focus on arrival: typing goes straight into it.
        QQuickItem* search = item(QStringLiteral("patientSearchField"));
        QVERIFY(search);
        QTRY_VERIFY(search->property("input").value<QQuickItem*>()->hasActiveFocus());
        const QString part = familyName.left(4);
        typeText(part);
        auto* results = home->property("searchModel").value<QAbstractItemModel*>();
        QTRY_VERIFY(!results->property("loading").toBool() && results->property("query").toString() == part);
        QVERIFY(results->rowCount() > 0);
        const int displayRole = results->roleNames().key("displayName");
        bool listed = false;
        for (int row = 0; row < results->rowCount(); ++row) {
            const QString shown = results->index(row, 0).data(displayRole).toString();
            listed = listed || shown.contains(familyName);
            m_shownNames << shown.split(QStringLiteral(", "));
        }
        QVERIFY2(listed, qPrintable(familyName));
        QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        logging::LogOptions log;
        log.directory = m_dir.filePath(QStringLiteral("logs"));
        log.level = QStringLiteral("debug");
        log.toStderr = false;
        QVERIFY(logging::initialise(log).ok());
        logging::installQtMessageHandler();

        m_app = std::make_unique<AppController>(m_dir.path(), log.directory);
        AppController::setQmlInstance(m_app.get());
        m_clinic = std::make_unique<ClinicController>(m_dir.path(), m_clock,
                                                      [] { return crypto::KdfParameters::interactive(); });
        ClinicController::setQmlInstance(m_clinic.get());
        m_settings = std::make_unique<SettingsController>(m_dir.path());
        SettingsController::setQmlInstance(m_settings.get());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_settings->attach(m_engine.get());
        QSignalSpy warnings(m_engine.get(), &QQmlEngine::warnings);
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Outpost/Main.qml")));
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().value(0));
        QVERIFY(m_window);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QCOMPARE(warnings.count(), 0);
    }

    void setUpTheClinic()
    {
        QCOMPARE(m_clinic->state(), ClinicController::Setup);
        everyControlIsNamed(QStringLiteral("setup: clinic"), 2);
        type(QStringLiteral("clinicNameField"), QStringLiteral("Riverside Clinic"));
        click(QStringLiteral("setupNextButton"));
        everyControlIsNamed(QStringLiteral("setup: first admin"), 4);
        type(QStringLiteral("adminNameField"), QStringLiteral("admin"));
        type(QStringLiteral("adminPasswordField"), QString::fromLatin1(demo::kDemoAdminPassword));
        type(QStringLiteral("adminConfirmField"), QString::fromLatin1(demo::kDemoAdminPassword));
        click(QStringLiteral("setupNextButton"));
        QQuickItem* key = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((key = findItem(m_window->contentItem(), QStringLiteral("recoveryKeyText"))), kSlow);
        QVERIFY(crypto::RecoveryKey::parse(key->property("text").toString()).ok());
        everyControlIsNamed(QStringLiteral("setup: recovery key"), 3);
        // Start stays disabled until the key is confirmed as written down.
        QVERIFY(!item(QStringLiteral("setupNextButton"))->isEnabled());
        QCOMPARE(m_clinic->state(), ClinicController::Setup);
        click(QStringLiteral("writtenDownCheck"));
        click(QStringLiteral("setupNextButton"));
        QTRY_COMPARE(m_clinic->state(), ClinicController::Unlocked);
        QVERIFY(m_clinic->isAdmin());
        QTRY_COMPARE(currentPage(), QStringLiteral("receptionHome"));

        bool filled = false;
        m_clinic->post<demo::DemoSummary>(
            this, [](clinic::Clinic& c) { return demo::fillDemoClinic(c, 200, 7); },
            [&filled](const Result<demo::DemoSummary>& summary) { filled = summary.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(filled, 60'000);
        m_clinic->notifyDataChanged();
        everyControlIsNamed(QStringLiteral("reception home (admin)"), 5);
    }

    void adminPagesNameEveryControl()
    {
        openAdminPage(QStringLiteral("AdminUsersPage.qml"), QStringLiteral("adminUsersPage"));
        everyControlIsNamed(QStringLiteral("users"), 4);
        openAdminPage(QStringLiteral("AuditLogPage.qml"), QStringLiteral("auditLogPage"));
        everyControlIsNamed(QStringLiteral("audit log"), 4);
        openAdminPage(QStringLiteral("SettingsPage.qml"), QStringLiteral("settingsPage"));
        everyControlIsNamed(QStringLiteral("settings"), 4);
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(currentPage(), QStringLiteral("registrationPage"));
        everyControlIsNamed(QStringLiteral("registration"), 8);
    }

    void theWindowStaysUsableWhileABackupIsExported()
    {
        // The admin is on the registration form. The export is held at its snapshot (every reader
        // busy) so the check does not depend on how fast it is.
        QTRY_COMPARE(currentPage(), QStringLiteral("registrationPage"));
        storage::Database* database = nullptr;
        m_clinic->post<storage::Database*>(
            this, [](clinic::Clinic& c) -> Result<storage::Database*> { return &c.database(); },
            [&database](const Result<storage::Database*>& got) { database = got ? *got : nullptr; });
        QTRY_VERIFY(database);
        const QString file = m_dir.filePath(QStringLiteral("while-typing.outpostbackup"));
        QVERIFY(QMetaObject::invokeMethod(item(QStringLiteral("backupDialog")), "openFor",
                                          Q_ARG(QVariant, QStringLiteral("export"))));
        auto* fileField = item(QStringLiteral("backupFileField"));
        QVERIFY(fileField);
        fileField->setProperty("text", file);
        type(QStringLiteral("backupPassphraseField"), QStringLiteral("harbour lights 2026"));
        type(QStringLiteral("backupConfirmField"), QStringLiteral("harbour lights 2026"));
        testing::HeldReaders readers(*database);
        click(QStringLiteral("dialogAccept"));
        QQuickItem* cancel = item(QStringLiteral("progressCancel"));
        QVERIFY(cancel);

        // The form under the progress card takes clicks and keys as usual.
        QQuickItem* given = item(QStringLiteral("givenNameField"));
        QVERIFY(given);
        click(QStringLiteral("givenNameField"));
        typeText(QStringLiteral("Amara"));
        QCOMPARE(given->property("text").toString(), QStringLiteral("Amara"));
        QVERIFY(cancel->isVisible()); // still exporting

        click(QStringLiteral("progressCancel"));
        readers.release();
        QTRY_VERIFY_WITH_TIMEOUT(!findItem(m_window->contentItem(), QStringLiteral("progressCancel")), kSlow);
        QVERIFY(!QFile::exists(file));
        given->setProperty("text", QString());
    }

    void receptionFindsAndOpensAPatientButNoClinicalContent()
    {
        lockWithShortcut();
        const auto& rita = demo::kDemoUsers[0];
        switchTo(QString::fromLatin1(rita.name), QString::fromLatin1(rita.password));
        QVERIFY(m_clinic->isReception());
        QTRY_COMPARE(currentPage(), QStringLiteral("receptionHome"));
        searchAndOpen();
        QTRY_COMPARE(currentPage(), QStringLiteral("patientSummaryPage"));
        QQuickItem* name = item(QStringLiteral("summaryName"));
        QTRY_VERIFY(!name->property("text").toString().isEmpty());
        everyControlIsNamed(QStringLiteral("patient summary"), 2);
        QVERIFY(!findItem(m_window->contentItem(), QStringLiteral("patientChartPage")));

        // Asking for the chart directly still lands on the summary; the core refuses clinical reads.
        m_clinic->openPatient(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QTRY_COMPARE(currentPage(), QStringLiteral("patientSummaryPage"));
        std::optional<ErrorCode> refused;
        m_clinic->post<std::vector<clinic::Encounter>>(
            this, [](clinic::Clinic& c) { return c.chart().encounters(c.session(), QStringLiteral("any")); },
            [&refused](const Result<std::vector<clinic::Encounter>>& read) {
                refused = read ? ErrorCode::Failure : read.error().code;
            });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(*refused, ErrorCode::PermissionDenied);
    }

    void wrongPasswordThenUnlockWhereLeftOff()
    {
        lockWithShortcut();
        QVERIFY(!findItem(m_window->contentItem(), QStringLiteral("patientSummaryPage")));
        everyControlIsNamed(QStringLiteral("lock screen"), 2);
        type(QStringLiteral("passwordField"), QStringLiteral("not-her-password"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QQuickItem* error = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((error = findItem(m_window->contentItem(), QStringLiteral("loginError"))), kSlow);
        QCOMPARE(error->property("text").toString(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(m_clinic->state(), ClinicController::Locked);

        type(QStringLiteral("passwordField"), QString::fromLatin1(demo::kDemoUsers[0].password));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_clinic->state(), ClinicController::Unlocked, kSlow);
        QCOMPARE(currentPage(), QStringLiteral("patientSummaryPage"));
    }

    void clinicianOpensTheChart()
    {
        lockWithShortcut();
        const auto& carl = demo::kDemoUsers[1];
        switchTo(QString::fromLatin1(carl.name), QString::fromLatin1(carl.password));
        QVERIFY(m_clinic->canReadClinical());
        QTRY_COMPARE(currentPage(), QStringLiteral("receptionHome"));
        searchAndOpen();
        const QString expected = m_clinic->hasPage(QStringLiteral("PatientChartPage.qml"))
                                     ? QStringLiteral("patientChartPage")
                                     : QStringLiteral("patientSummaryPage");
        QTRY_COMPARE(currentPage(), expected);
        QTest::qWait(500); // the chart loads on a worker thread
        everyControlIsNamed(QStringLiteral("patient chart"), 3);
    }

    void logsHoldNoPatientNames()
    {
        m_engine.reset();
        m_clinic.reset();
        logging::shutdown();
        m_shownNames.removeDuplicates();
        m_shownNames.removeIf([](const QString& word) { return word.trimmed().size() < 4; });
        QVERIFY(m_shownNames.size() >= 5);

        QString logs;
        QDirIterator files(m_dir.filePath(QStringLiteral("logs")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            logs += QString::fromUtf8(file.readAll());
        }
        QVERIFY2(logs.contains(QStringLiteral("clinic unlocked")), "the run was logged");
        for (const QString& name : std::as_const(m_shownNames))
            QVERIFY2(!logs.contains(name.trimmed(), Qt::CaseInsensitive), qPrintable(name));
    }
};

QTEST_MAIN(TestEndToEnd)
#include "TestEndToEnd.moc"
