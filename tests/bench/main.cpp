// outpost-bench: performance measurements, one sub-command per subsystem.
//   outpost-bench storage [--rows N] [--json]
//   outpost-bench all
// Add a subsystem by writing its run function and listing it in kBenchmarks.
#include "Benchmarks.h"

#include "ocr/ThreadLimit.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>

namespace {

using outpost::bench::Benchmark;

constexpr Benchmark kBenchmarks[] = {
    {"storage", "encrypted VFS against plain SQLite: inserts, lookups, FTS5, scans, small commits",
     outpost::bench::runStorageBenchmark},
    {"core", "clinic core: import, search p50/p95/p99, chart with 500 encounters, peak RSS",
     outpost::bench::runCoreBenchmark},
    {"backup", "backup export, verify and restore MB/s beside a plain cp of the database file",
     outpost::bench::runBackupBenchmark},
    {"ocr", "OCR: ms per ID card, s per A4 page, pages/s in process vs the tesseract command, peak RSS",
     outpost::bench::runOcrBenchmark},
};

void usage()
{
    std::fprintf(stderr, "Usage: outpost-bench NAME [options]   or   outpost-bench all\n\n");
    for (const Benchmark& benchmark : kBenchmarks)
        std::fprintf(stderr, "  %-10s %s\n", benchmark.name, benchmark.summary);
    std::fprintf(stderr, "\n  storage [--rows N] [--json]   N rows (default 1000000); --json prints JSON only\n");
    std::fprintf(stderr, "  core [--patients N] [--queries N] [--json]   N patients (default 1000000)\n");
    std::fprintf(stderr, "  backup [--patients N] [--json]   N patients (default 1000000)\n");
    std::fprintf(stderr, "  ocr [--cards N] [--pages N] [--json]   N ID cards (default 10), N A4 pages (default 20)\n");
}

} // namespace

int main(int argc, char** argv)
{
    outpost::ocr::ensureOpenMpThreadLimit(argv); // Tesseract's OpenMP reads it at start-up
    // The OCR benchmark renders its images with fonts, which needs a QGuiApplication (offscreen is enough).
    const bool needsGui = argc > 1 && (std::strcmp(argv[1], "ocr") == 0 || std::strcmp(argv[1], "all") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")) {
        usage();
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString name = arguments.takeFirst();
    int status = 0;
    bool found = false;
    for (const Benchmark& benchmark : kBenchmarks) {
        if (name == QLatin1String("all") || name == QLatin1String(benchmark.name)) {
            found = true;
            status |= benchmark.run(arguments);
        }
    }
    if (!found) {
        std::fprintf(stderr, "outpost-bench: no benchmark called %s\n", qPrintable(name));
        usage();
        return 2;
    }
    return status;
}
