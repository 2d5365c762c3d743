// outpost-ui-bench: the desktop app's responsiveness, measured on the real QML app.
//   outpost-ui-bench [--patients N] [--queries N]
// 1. Cold start: launches the real `outpost` binary on a data folder N times and reports the time
//    from the launch to the first frame of the login window.
// 2. Typing: the real Main.qml over the real core logs in, then types queries key by key into the
//    reception search field at a typist's pace (one key every 125 ms). For every key it records the
//    time from the key press to the first frame painted after the results for that exact text
//    arrived; a key whose results were overtaken by the next key counts as superseded. A 1 ms
//    timer on the UI thread measures the longest stall while typing.
#include "AppController.h"
#include "ClinicController.h"
#include "Measures.h"
#include "SettingsController.h"
#include "tests/support/QuickItems.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/KdfParameters.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/DataFolder.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

Q_IMPORT_QML_PLUGIN(OutpostPlugin)

using namespace outpost;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kPassword = QStringLiteral("bench-lantern-2026");

/// Waits (running the event loop) until @p done or @p timeoutMs; true when done.
template<typename Predicate>
bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// A data folder with an admin and @p patients demo patients; fills @p queries with what a
/// receptionist types: family-name prefixes with a given-name prefix, full names, names and years.
bool makeClinic(const QString& dir, int patients, int queryCount, QStringList& queries)
{
    SystemClock clock;
    storage::DataFolder folder(dir, clinic::clinicMigrations(), clock);
    if (auto made =
            folder.init(QStringLiteral("Bench Clinic"), kAdmin, kPassword, crypto::KdfParameters::interactive());
        !made) {
        std::fprintf(stderr, "init: %s\n", qPrintable(made.error().message));
        return false;
    }
    auto opened = clinic::Clinic::open(dir, kAdmin, kPassword, clock);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return false;
    }
    clinic::Clinic& clinic = **opened;
    demo::DemoPeople people(20261126);
    std::mt19937 random(11);
    constexpr int kBatch = 100000;
    for (int done = 0; done < patients;) {
        std::vector<domain::Patient> batch;
        const int n = std::min(kBatch, patients - done);
        for (int i = 0; i < n; ++i) {
            domain::Patient p = people.next();
            if (queries.size() < queryCount && random() % std::max(1, patients / (queryCount * 2)) == 0) {
                switch (queries.size() % 4) {
                case 0:
                    queries << p.familyName.left(5) + QLatin1Char(' ') + p.givenName.left(3);
                    break;
                case 1:
                    queries << p.givenName + QLatin1Char(' ') + p.familyName;
                    break;
                case 2:
                    queries << p.familyName + QLatin1Char(' ') + QString::number(p.dateOfBirth.year());
                    break;
                default:
                    queries << p.familyName.left(4);
                    break;
                }
            }
            batch.push_back(std::move(p));
        }
        if (auto imported = clinic.patients().importMany(clinic.session(), std::move(batch)); !imported) {
            std::fprintf(stderr, "import: %s\n", qPrintable(imported.error().message));
            return false;
        }
        done += n;
    }
    return true;
}

/// Launches the real app @p runs times; milliseconds from the launch to the first frame.
std::vector<double> coldStarts(const QString& dir, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OUTPOST_STARTUP_PROBE"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(environment);
        const qint64 launched = QDateTime::currentMSecsSinceEpoch();
        app.start(QStringLiteral(OUTPOST_APP_PATH), {QStringLiteral("--data-dir"), dir});
        if (!app.waitForFinished(30000))
            continue;
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const qsizetype at = out.indexOf(QLatin1String("first-frame-at-ms "));
        if (at < 0)
            continue;
        const qint64 frame = out.mid(at + 18).section(QLatin1Char('\n'), 0, 0).trimmed().toLongLong();
        times.push_back(static_cast<double>(frame - launched));
    }
    return times;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    int patients = 1000000;
    int queryCount = 20;
    const QStringList arguments = application.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments[i] == QLatin1String("--patients"))
            patients = arguments[i + 1].toInt();
        else if (arguments[i] == QLatin1String("--queries"))
            queryCount = arguments[i + 1].toInt();
    }
    QTemporaryDir dir;
    QStringList queries;
    std::printf("Making a clinic with %d patients…\n", patients);
    std::fflush(stdout);
    if (!dir.isValid() || !makeClinic(dir.path(), patients, queryCount, queries))
        return 1;

    std::vector<double> starts = coldStarts(dir.path(), 5);
    std::sort(starts.begin(), starts.end());

    SystemClock clock;
    ui::AppController app(dir.path(), dir.filePath(QStringLiteral("logs")));
    ui::AppController::setQmlInstance(&app);
    ui::ClinicController clinic(dir.path(), clock, [] { return crypto::KdfParameters::interactive(); });
    ui::ClinicController::setQmlInstance(&clinic);
    ui::SettingsController settings(dir.path());
    ui::SettingsController::setQmlInstance(&settings);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    settings.attach(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Outpost/Main.qml")));
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    window->show();
    clinic.logIn(kAdmin, kPassword);
    if (!waitFor([&] { return clinic.state() == ui::ClinicController::Unlocked; }, 60000)) {
        std::fprintf(stderr, "the login did not finish\n");
        return 1;
    }
    QQuickItem* field = nullptr;
    waitFor(
        [&] { return (field = testing::findVisibleItem(window->contentItem(), QStringLiteral("patientSearchField"))); },
        10000);
    QQuickItem* home = testing::findVisibleItem(window->contentItem(), QStringLiteral("receptionHome"));
    auto* model = home ? home->property("searchModel").value<QObject*>() : nullptr;
    auto* input = field ? field->property("input").value<QQuickItem*>() : nullptr;
    if (!model || !input) {
        std::fprintf(stderr, "the search field was not found\n");
        return 1;
    }
    QTest::qWait(500); // first frames, recent patients

    qint64 frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&frames] { ++frames; });
    QElapsedTimer clockTimer;
    clockTimer.start();
    qint64 lastTick = clockTimer.nsecsElapsed();
    double longestStallMs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clockTimer.nsecsElapsed();
        longestStallMs = std::max(longestStallMs, static_cast<double>(now - lastTick) / 1e6);
        lastTick = now;
    });

    std::vector<double> latencies;
    int superseded = 0;
    constexpr int kKeyIntervalMs = 125;
    heartbeat.start();
    for (const QString& query : std::as_const(queries)) {
        input->forceActiveFocus();
        QMetaObject::invokeMethod(input, "selectAll");
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_Backspace, QString(), Qt::NoModifier);
        waitFor([&] { return model->property("query").toString().isEmpty(); }, 2000);
        QString typed;
        for (const QChar ch : query) {
            typed += ch;
            const auto code =
                ch.isLetterOrNumber() && ch.unicode() < 0x80 ? Qt::Key(ch.toUpper().unicode()) : Qt::Key_unknown;
            QElapsedTimer key;
            key.start();
            QTest::sendKeyEvent(QTest::Press, window, code, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, window, code, QString(ch), Qt::NoModifier);
            const bool last = typed.size() == query.size();
            const bool arrived = waitFor(
                [&] { return model->property("query").toString() == typed && !model->property("loading").toBool(); },
                last ? 10000 : kKeyIntervalMs);
            if (arrived) {
                const qint64 before = frames;
                window->update();
                waitFor([&] { return frames > before; }, 1000);
                latencies.push_back(static_cast<double>(key.nsecsElapsed()) / 1e6);
            } else {
                ++superseded;
            }
            waitFor([&] { return key.elapsed() >= kKeyIntervalMs; }, kKeyIntervalMs);
        }
    }
    heartbeat.stop();
    std::sort(latencies.begin(), latencies.end());

    std::printf("\nmeasure                                         value unit    target  verdict\n");
    auto row = [](const char* name, double value, const char* unit, double target) {
        std::printf("%-42s %10.2f %-6s %7s  %s\n", name, value, unit,
                    target > 0 ? qPrintable(QString::number(target)) : "-",
                    target <= 0 ? "" : (value <= target ? "meets target" : "MISSES target"));
    };
    row("cold start to first frame, median (5 runs)", bench::percentile(starts, 0.5), "ms", 500);
    row("cold start, slowest run", starts.empty() ? -1 : starts.back(), "ms", -1);
    std::printf("%-42s %10d %-6s\n", "queries typed", static_cast<int>(queries.size()), "");
    std::printf("%-42s %10d %-6s\n", "keystrokes with their results painted", static_cast<int>(latencies.size()), "");
    std::printf("%-42s %10d %-6s\n", "keystrokes overtaken by the next key", superseded, "");
    row("keystroke to results painted, p50", bench::percentile(latencies, 0.5), "ms", -1);
    row("keystroke to results painted, p95", bench::percentile(latencies, 0.95), "ms", 50);
    row("longest UI-thread stall while typing", longestStallMs, "ms", 16);
    std::printf("(%d patients; one key every %d ms; the UI thread also paints, offscreen)\n", patients, kKeyIntervalMs);
    return 0;
}
