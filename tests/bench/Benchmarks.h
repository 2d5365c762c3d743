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

} // namespace outpost::bench
