#pragma once

#include <QStringList>

namespace outpost::bench {

/// One benchmark of outpost-bench: `outpost-bench NAME [ARGS…]` calls run(ARGS); 0 on success.
struct Benchmark {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

/// Encrypted VFS against plain SQLite on the same workloads (StorageBench.cpp).
int runStorageBenchmark(const QStringList& arguments);
/// Clinic core at scale: import, search latency, chart opening, peak memory (CoreBench.cpp).
int runCoreBenchmark(const QStringList& arguments);
/// Backup export, verify and restore throughput beside a plain cp (BackupBench.cpp).
int runBackupBenchmark(const QStringList& arguments);
/// OCR: ms per ID card, s per A4 page, pages/s in process beside the tesseract command, peak RSS (OcrBench.cpp).
int runOcrBenchmark(const QStringList& arguments);

} // namespace outpost::bench
