// outpost-bench core: import, search latency and chart opening on an encrypted clinic database.
#include "Benchmarks.h"
#include "Measures.h"

#include "core/clinic/ChartService.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/PatientService.h"
#include "core/crypto/SecretKey.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

#include <sys/resource.h>

namespace outpost::bench {

namespace {

/// CPU time (user + system) this process used so far, in seconds: unlike wall time, it does not
/// grow when other work on the machine competes for the cores.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Rows of figures, each beside its target, printed as a table or as one JSON document.
class Report
{
public:
    Report(QString name, bool json) : m_name(std::move(name)), m_json(json) {}

    /// @p target: the figure must stay at or below it; a negative target means "no target, for information".
    void row(const QString& name, double value, const QString& unit, double target)
    {
        m_rows.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), unit},
                        {QStringLiteral("target"), target < 0 ? QJsonValue() : QJsonValue(target)},
                        {QStringLiteral("meets_target"), target < 0 ? QJsonValue() : QJsonValue(value <= target)}});
    }

    void print() const
    {
        if (m_json) {
            const QJsonObject document{{QStringLiteral("bench"), m_name}, {QStringLiteral("results"), m_rows}};
            std::printf("%s\n", QJsonDocument(document).toJson(QJsonDocument::Compact).constData());
            return;
        }
        std::printf("%-40s %14s %-12s %10s  %s\n", "measure", "value", "unit", "target", "verdict");
        for (const auto& value : m_rows) {
            const QJsonObject row = value.toObject();
            const bool hasTarget = !row.value(QLatin1String("target")).isNull();
            std::printf("%-40s %14.2f %-12s %10s  %s\n", qPrintable(row.value(QLatin1String("name")).toString()),
                        row.value(QLatin1String("value")).toDouble(),
                        qPrintable(row.value(QLatin1String("unit")).toString()),
                        hasTarget ? qPrintable(QString::number(row.value(QLatin1String("target")).toDouble())) : "-",
                        !hasTarget                                          ? ""
                        : row.value(QLatin1String("meets_target")).toBool() ? "meets target"
                                                                            : "MISSES target");
        }
    }

private:
    QString m_name;
    bool m_json;
    QJsonArray m_rows;
};

struct Options {
    int patients = 1'000'000;
    int queries = 1000;
    int encounters = 500;
    bool json = false;
};

/// A query as a receptionist types it, made from a real record: fragments, typos, dates, ids.
QString realisticQuery(const domain::Patient& p, int kind, std::mt19937_64& random)
{
    const QString family = p.familyName;
    const QString given = p.givenName;
    switch (kind % 8) {
    case 0:
        return family + QLatin1Char(' ') + given;
    case 1:
        return given.left(3) + QLatin1Char(' ') + family.left(4);
    case 2: { // a typo: two neighbouring letters swapped in the family name
        QString typo = family;
        if (typo.size() >= 5) {
            const int at = 1 + static_cast<int>(random() % (typo.size() - 3));
            std::swap(typo[at], typo[at + 1]);
        }
        return given + QLatin1Char(' ') + typo;
    }
    case 3:
        return family + QLatin1Char(' ') + p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
    case 4:
        return p.identifiers.isEmpty() ? family : p.identifiers.first().value;
    case 5:
        return p.phone.isEmpty() ? given : p.phone;
    case 6:
        return family.left(3) + QLatin1Char(' ') + QString::number(p.dateOfBirth.year());
    default:
        return family.toLower();
    }
}

} // namespace

int runCoreBenchmark(const QStringList& arguments)
{
    Options options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--patients") && i + 1 < arguments.size())
            options.patients = arguments.at(++i).toInt();
        else if (a == QLatin1String("--queries") && i + 1 < arguments.size())
            options.queries = arguments.at(++i).toInt();
        else if (a == QLatin1String("--json"))
            options.json = true;
        else {
            std::fprintf(stderr, "usage: outpost-bench core [--patients N] [--queries N] [--json]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    FakeClock clock;
    SystemClock wall;
    UuidV7Generator ids(wall, systemRandom());
    storage::DatabaseOptions databaseOptions;
    databaseOptions.migrations = clinic::clinicMigrations();
    auto database = storage::Database::create(dir.filePath(QStringLiteral("bench.db")), crypto::SecretKey::random(),
                                              std::move(databaseOptions));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    clinic::ClinicContext context{**database, clock, ids};
    clinic::SearchIndex index;
    clinic::PatientService patients(context, index);
    clinic::ChartService chart(context);
    const clinic::Session reception{QStringLiteral("bench-reception"), QStringLiteral("bench"), auth::Role::Reception};
    const clinic::Session clinician{QStringLiteral("bench-clinician"), QStringLiteral("doc"), auth::Role::Clinician};
    (void)(*database)->write([&](storage::Connection& writer) {
        return writer.execute(QStringLiteral("INSERT INTO users (id, name, display_name, role, created_at, updated_at) "
                                             "VALUES (?, 'doc', 'Doctor', 'clinician', 0, 0)"),
                              {clinician.userId});
    });

    // 1. Import.
    demo::DemoPeople people(20261125);
    std::mt19937_64 random(7);
    std::vector<domain::Patient> sample;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    // One transaction per 100,000 patients, as an import from another system would run.
    constexpr int kBatch = 100000;
    for (int done = 0; done < options.patients;) {
        std::vector<domain::Patient> batch;
        const int n = std::min(kBatch, options.patients - done);
        for (int i = 0; i < n; ++i) {
            domain::Patient p = people.next();
            if (random() % std::max(1, options.patients / options.queries) == 0 && int(sample.size()) < options.queries)
                sample.push_back(p);
            batch.push_back(std::move(p));
        }
        auto imported = patients.importMany(reception, std::move(batch));
        if (!imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
        done += n;
    }
    const double importSeconds = timer.elapsed() / 1000.0;
    const double importCpuSeconds = cpuSeconds() - cpuBefore;
    if (auto checkpointed = (*database)->checkpoint(); !checkpointed) {
        std::fprintf(stderr, "checkpoint failed: %s\n", qPrintable(checkpointed.error().message));
        return 1;
    }

    // 2. Search latency on a warm database.
    std::vector<QString> queries;
    for (int i = 0; i < options.queries && !sample.empty(); ++i)
        queries.push_back(realisticQuery(sample[i % sample.size()], i, random));
    for (int i = 0; i < std::min<int>(100, int(queries.size())); ++i) // warm the page cache
        (void)patients.search(reception, queries[i], 0, 20);
    static const char* const kKinds[] = {"family given", "given3 family4", "one typo",       "family + date",
                                         "national id",  "phone",          "family3 + year", "family alone"};
    std::vector<double> latencies;
    std::vector<std::vector<double>> byKind(std::size(kKinds));
    int found = 0;
    for (size_t i = 0; i < queries.size(); ++i) {
        QElapsedTimer one;
        one.start();
        auto page = patients.search(reception, queries[i], 0, 20);
        const double ms = one.nsecsElapsed() / 1e6;
        latencies.push_back(ms);
        byKind[i % std::size(kKinds)].push_back(ms);
        if (page && !page->hits.empty())
            ++found;
    }
    std::sort(latencies.begin(), latencies.end());
    for (auto& kind : byKind)
        std::sort(kind.begin(), kind.end());

    // 3. A chart with many encounters.
    auto chartPatient = patients.create(reception, people.next(), QStringLiteral("benchmark patient"));
    double chartMs = -1;
    if (chartPatient) {
        for (int i = 0; i < options.encounters; ++i) {
            clock.advance(86'400'000);
            auto encounter = chart.openEncounter(clinician, *chartPatient, people.visitReason());
            if (encounter)
                (void)chart.addNote(clinician, *chartPatient, *encounter, {people.noteText(), {}, {}, {}});
        }
        (void)chart.loadChart(clinician, *chartPatient, 50); // warm
        QElapsedTimer one;
        one.start();
        auto loaded = chart.loadChart(clinician, *chartPatient, options.encounters);
        chartMs = loaded ? one.nsecsElapsed() / 1e6 : -1;
    }

    const double rssMb = peakRssMb();
    Report report(QStringLiteral("core"), options.json);
    report.row(QStringLiteral("import %1 patients").arg(options.patients), importSeconds, QStringLiteral("s"), 60);
    report.row(QStringLiteral("import CPU time (user + system)"), importCpuSeconds, QStringLiteral("s"), -1);
    report.row(QStringLiteral("import rate"), options.patients / importSeconds, QStringLiteral("patients/s"), -1);
    report.row(QStringLiteral("search p50 (%1 queries)").arg(latencies.size()), percentile(latencies, 0.50),
               QStringLiteral("ms"), -1);
    report.row(QStringLiteral("search p95"), percentile(latencies, 0.95), QStringLiteral("ms"), 10);
    report.row(QStringLiteral("search p99"), percentile(latencies, 0.99), QStringLiteral("ms"), 30);
    for (size_t k = 0; k < std::size(kKinds); ++k)
        report.row(QStringLiteral("  p95 of \"%1\" queries").arg(QLatin1String(kKinds[k])), percentile(byKind[k], 0.95),
                   QStringLiteral("ms"), -1);
    report.row(QStringLiteral("queries with a result"), 100.0 * found / std::max<size_t>(1, queries.size()),
               QStringLiteral("%"), -1);
    report.row(QStringLiteral("open chart with %1 encounters").arg(options.encounters), chartMs, QStringLiteral("ms"),
               50);
    report.row(QStringLiteral("peak RSS"), rssMb, QStringLiteral("MB"), 300);
    report.print();
    return 0;
}

} // namespace outpost::bench
