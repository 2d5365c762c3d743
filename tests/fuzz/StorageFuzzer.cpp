// libFuzzer target: random file contents fed to the encrypted storage layer.
//   OUTPOST_FUZZ_WRITE_SEEDS=DIR ./outpost-fuzz-storage   writes the seed corpus into DIR and exits
//   ./outpost-fuzz-storage -max_len=20000 -max_total_time=120 DIR
#include "StorageFuzzEntry.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* folder = std::getenv("OUTPOST_FUZZ_WRITE_SEEDS")) {
        QDir().mkpath(QFile::decodeName(folder));
        int index = 0;
        for (const QByteArray& seed : outpost::storage::fuzz::storageSeeds()) {
            QFile file(QFile::decodeName(folder) + QStringLiteral("/seed-%1").arg(++index));
            if (file.open(QIODevice::WriteOnly))
                file.write(seed);
        }
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)outpost::storage::fuzz::runStorageInput(data, size);
    return 0;
}
