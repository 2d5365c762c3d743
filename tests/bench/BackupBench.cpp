// outpost-bench backup: export, verify and restore throughput on a clinic database of N patients,
// beside a plain `cp` of the same database file (the physical baseline).
#include "Benchmarks.h"

#include "core/backup/BackupService.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/PatientService.h"
#include "core/crypto/Keyring.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/DataFolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace outpost::bench {

namespace {

constexpr double kExportTargetMBps = 150;
const QString kPassword = QStringLiteral("bench-password-2026");
const QString kPassphrase = QStringLiteral("bench passphrase 2026");

int failed(const char* what, const Error& error)
{
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(error.message));
    return 1;
}

/// Fills @p database with @p count demo patients, as outpost-bench core does.
Result<void> fill(storage::Database& database, int count)
{
    SystemClock clock;
    UuidV7Generator ids(clock, systemRandom());
    clinic::ClinicContext context{database, clock, ids};
    clinic::SearchIndex index;
    clinic::PatientService patients(context, index);
    const clinic::Session reception{QStringLiteral("bench-reception"), QStringLiteral("bench"), auth::Role::Reception};
    demo::DemoPeople people(20261125);
    constexpr int kBatch = 20000;
    for (int done = 0; done < count;) {
        std::vector<domain::Patient> batch;
        const int n = std::min(kBatch, count - done);
        batch.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i)
            batch.push_back(people.next());
        if (auto imported = patients.importMany(reception, std::move(batch)); !imported)
            return imported.error();
        done += n;
    }
    return database.checkpoint();
}

} // namespace

int runBackupBenchmark(const QStringList& arguments)
{
    int patientCount = 1'000'000;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--patients") && i + 1 < arguments.size())
            patientCount = arguments.at(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--json"))
            json = true;
        else {
            std::fprintf(stderr, "usage: outpost-bench backup [--patients N] [--json]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    SystemClock clock;
    const QString data = dir.filePath(QStringLiteral("data"));
    storage::DataFolder folder(data, clinic::clinicMigrations(), clock);
    if (auto made = folder.init(QStringLiteral("Bench"), QStringLiteral("admin"), kPassword,
                                crypto::KdfParameters::interactive());
        !made)
        return failed("init", made.error());
    auto unlocked = folder.unlockKeepingKey(QStringLiteral("admin"), kPassword);
    if (!unlocked)
        return failed("unlock", unlocked.error());
    storage::Database& database = *unlocked->database;
    QElapsedTimer timer;
    timer.start();
    if (auto filled = fill(database, patientCount); !filled)
        return failed("import", filled.error());
    const double fillSeconds = double(timer.elapsed()) / 1000.0;
    const double databaseMB = double(QFileInfo(folder.databasePath()).size()) / 1e6;

    // The physical baseline: the encrypted file copied as it is (page cache warm, like the export).
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    timer.restart();
    QProcess::execute(QStringLiteral("cp"), {folder.databasePath(), copy});
    QProcess::execute(QStringLiteral("sync"), {copy});
    const double copySeconds = double(timer.elapsed()) / 1000.0;
    QFile::remove(copy);

    auto key = backup::StreamKey::fromPassphrase(kPassphrase, crypto::KdfParameters::interactive());
    if (!key)
        return failed("key", key.error());
    // Three exports through the pipe (the machine is shared and noisy); the median one counts.
    const QString file = dir.filePath(QStringLiteral("bench.outpostbackup"));
    const backup::ExportSource source{database, unlocked->dataKey, folder.keyringPath(), {}};
    std::vector<std::pair<double, backup::ExportSummary>> runs;
    for (int run = 0; run < 3; ++run) {
        QFile::remove(file);
        timer.restart();
        auto one = backup::BackupService::exportTo(file, source, *key, clock);
        if (!one)
            return failed("export", one.error());
        runs.emplace_back(double(timer.elapsed()) / 1000.0, *one);
    }
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const double exportSeconds = runs[1].first;
    const backup::ExportSummary* exported = &runs[1].second;
    if (exported->workingCopy)
        std::fprintf(stderr, "note: the exports went through the working copy, not the pipe\n");

    // The fallback, for comparison: the same export through an encrypted working copy (the pipe
    // is made to refuse page 2, so the whole copy takes the slower way).
    const QString fallbackFile = dir.filePath(QStringLiteral("fallback.outpostbackup"));
    backup::BackupWriter::breakPipeAtPageForTesting(2);
    timer.restart();
    auto fallback = backup::BackupService::exportTo(fallbackFile, source, *key, clock);
    const double fallbackSeconds = double(timer.elapsed()) / 1000.0;
    backup::BackupWriter::breakPipeAtPageForTesting(0);
    if (!fallback)
        return failed("export through the working copy", fallback.error());
    QFile::remove(fallbackFile);
    const double backupMB = double(exported->fileBytes) / 1e6;
    const double pagesMB = double(exported->databaseBytes) / 1e6;

    timer.restart();
    auto verified = backup::BackupService::verify(file, {kPassphrase, {}}, dir.path());
    const double verifySeconds = double(timer.elapsed()) / 1000.0;
    if (!verified)
        return failed("verify", verified.error());

    timer.restart();
    auto restored =
        backup::BackupService::restoreInto(file, {kPassphrase, {}}, dir.filePath(QStringLiteral("r")), clock);
    const double restoreSeconds = double(timer.elapsed()) / 1000.0;
    if (!restored)
        return failed("restore", restored.error());

    struct Row {
        const char* name;
        double value;
        const char* unit;
        double atLeast; ///< target (minimum), or -1
    };
    const Row rows[] = {
        {"patients", double(patientCount), "rows", -1},
        {"database size", databaseMB, "MB", -1},
        {"backup file size", backupMB, "MB", -1},
        {"compression ratio", pagesMB / backupMB, "x", -1},
        {"fill (import, not timed as backup)", fillSeconds, "s", -1},
        {"cp of the database file + sync", databaseMB / copySeconds, "MB/s", -1},
        {"export (median of 3)", pagesMB / exportSeconds, "MB/s", kExportTargetMBps},
        {"export time", exportSeconds, "s", -1},
        {"  of which: row counts", double(exported->countMs) / 1000.0, "s", -1},
        {"  of which: copy, zstd, encrypt, write", double(exported->copyMs) / 1000.0, "s", -1},
        {"  of which: commit (fsync, rename)", double(exported->commitMs) / 1000.0, "s", -1},
        {"export via working copy (fallback)", pagesMB / fallbackSeconds, "MB/s", -1},
        {"export time via working copy", fallbackSeconds, "s", -1},
        {"verify (incl. integrity_check)", pagesMB / verifySeconds, "MB/s", -1},
        {"verify time", verifySeconds, "s", -1},
        {"restore (incl. verification)", pagesMB / restoreSeconds, "MB/s", -1},
        {"restore time", restoreSeconds, "s", -1},
    };
    if (json) {
        QJsonArray results;
        for (const Row& row : rows)
            results.append(
                QJsonObject{{QStringLiteral("name"), QString::fromLatin1(row.name)},
                            {QStringLiteral("value"), row.value},
                            {QStringLiteral("unit"), QString::fromLatin1(row.unit)},
                            {QStringLiteral("target_min"), row.atLeast < 0 ? QJsonValue() : QJsonValue(row.atLeast)}});
        const QJsonObject document{{QStringLiteral("bench"), QStringLiteral("backup")},
                                   {QStringLiteral("results"), results}};
        std::printf("%s\n", QJsonDocument(document).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("%-40s %14s %-6s %10s  %s\n", "measure", "value", "unit", "target", "verdict");
        for (const Row& row : rows) {
            std::printf("%-40s %14.2f %-6s %10s  %s\n", row.name, row.value, row.unit,
                        row.atLeast < 0 ? "-" : qPrintable(QStringLiteral(">= %1").arg(row.atLeast)),
                        row.atLeast < 0            ? ""
                        : row.value >= row.atLeast ? "meets target"
                                                   : "MISSES target");
        }
    }
    return 0;
}

} // namespace outpost::bench
