// libFuzzer target: random bytes fed to the backup reader (header parsing, secretstream, zstd).
//   OUTPOST_FUZZ_WRITE_SEEDS=DIR ./outpost-fuzz-backup   writes the seed corpus into DIR and exits
//   ./outpost-fuzz-backup -max_len=200000 -max_total_time=120 DIR
#include "BackupFuzzEntry.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* folder = std::getenv("OUTPOST_FUZZ_WRITE_SEEDS")) {
        QDir().mkpath(QFile::decodeName(folder));
        int index = 0;
        for (const QByteArray& seed : outpost::backup::fuzz::backupSeeds()) {
            QFile file(QFile::decodeName(folder) + QStringLiteral("/backup-seed-%1").arg(++index));
            if (file.open(QIODevice::WriteOnly))
                file.write(seed);
        }
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)outpost::backup::fuzz::runBackupInput(data, size);
    return 0;
}
