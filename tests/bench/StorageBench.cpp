// outpost-bench storage: the same workloads on plain system SQLite and on the encrypted VFS, in one
// run, with identical pragmas (WAL, synchronous=FULL, temp_store=MEMORY, secure_delete=ON). The only
// differences are the VFS and the 48 reserved bytes per page it needs. Both sides use the C API
// directly so the figures measure the VFS, not a wrapper.
#include "Benchmarks.h"

#include "core/crypto/SecretKey.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/PageCodec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <dlfcn.h>
#include <functional>
#include <memory>
#include <thread>
#include <unistd.h>
#include <vector>

namespace outpost::bench {

namespace {

using storage::KeyRegistration;

constexpr int kBatch = 10000;
constexpr int kRounds = 3;

[[noreturn]] void die(sqlite3* db, const char* what)
{
    std::fprintf(stderr, "outpost-bench storage: %s: %s\n", what, db ? sqlite3_errmsg(db) : "cannot open");
    std::exit(1);
}

void exec(sqlite3* db, const char* sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        die(db, sql);
}

/// A prepared statement that finalizes itself.
class Query
{
public:
    Query(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            die(db, sql);
    }
    ~Query() { sqlite3_finalize(m_statement); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    sqlite3_stmt* operator*() const { return m_statement; }

    /// Steps to the end; returns the rows seen.
    int run()
    {
        int rows = 0;
        while (sqlite3_step(m_statement) == SQLITE_ROW)
            ++rows;
        sqlite3_reset(m_statement);
        return rows;
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

/// One database under test: plain or encrypted.
class Side
{
public:
    Side(const QString& path, bool encrypted) : m_path(QFile::encodeName(path)), m_encrypted(encrypted)
    {
        if (encrypted) {
            storage::vfs::ensureRegistered();
            auto registration = KeyRegistration::add(path, crypto::SecretKey::random());
            if (!registration)
                die(nullptr, "register the key");
            m_key = std::move(*registration);
        }
    }

    /// A new connection with the shared pragmas and a page cache of @p cacheKiB.
    sqlite3* connect(int cacheKiB) const
    {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            m_encrypted ? storage::vfs::kName : nullptr) != SQLITE_OK)
            die(db, "open");
        if (m_encrypted) {
            int reserve = storage::page::kReserved;
            sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        }
        exec(db, "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;"
                 "PRAGMA secure_delete=ON; PRAGMA foreign_keys=ON");
        exec(db, QByteArray("PRAGMA cache_size=-" + QByteArray::number(cacheKiB)).constData());
        return db;
    }

private:
    QByteArray m_path;
    bool m_encrypted;
    std::unique_ptr<KeyRegistration> m_key;
};

struct Connection {
    explicit Connection(sqlite3* handle) : db(handle) {}
    ~Connection() { sqlite3_close_v2(db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    sqlite3* db;
};

/// Deterministic names like "Kamau Wanjiru Adeyemi": the same rows on both sides.
QByteArray nameFor(qint64 id)
{
    static const char* const syllables[] = {"ka", "ma",  "wan", "ji",  "ru", "ade", "ye",  "mi",  "ola", "tun", "ngo",
                                            "zi", "ba",  "nda", "kwa", "be", "na",  "esi", "men", "sah", "ju",  "sa",
                                            "id", "chi", "di",  "ok",  "on", "kwo", "fe",  "rei", "ra",  "to"};
    constexpr int count = int(sizeof syllables / sizeof *syllables);
    quint64 state = quint64(id) * 6364136223846793005ULL + 1442695040888963407ULL;
    QByteArray name;
    for (int word = 0; word < 3; ++word) {
        QByteArray part;
        const int length = 2 + int((state >> 60) % 2);
        for (int s = 0; s < length; ++s) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            part += syllables[(state >> 33) % count];
        }
        part[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part.at(0))));
        name += (word ? " " : "") + part;
    }
    return name;
}

/// Times @p work after flushing the page cache's dirty data, so one side's pending writeback
/// does not land on the other side's clock.
double millisecondsOf(const std::function<void()>& work)
{
    ::sync();
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Result {
    const char* name;
    double plain;
    double encrypted;
    const char* unit;
    bool higherIsBetter;
    const char* target; ///< the ratio the design asks for, or ""

    double ratio() const { return higherIsBetter ? plain / encrypted : encrypted / plain; }
};

/// Inserts @p rows patients in transactions of kBatch rows. With @p indexed the table has an index
/// on a random-order column (every batch touches most index pages); without, rows only append.
void bulkInsert(const Side& side, qint64 rows, bool indexed)
{
    Connection c(side.connect(64 * 1024));
    const char* table = indexed ? "patients" : "events";
    exec(c.db, QByteArray(QByteArray("CREATE TABLE IF NOT EXISTS ") + table +
                          "(id INTEGER PRIMARY KEY, mrn TEXT NOT NULL, name TEXT NOT NULL, born TEXT, notes TEXT)")
                   .constData());
    if (indexed)
        exec(c.db, "CREATE INDEX patients_mrn ON patients(mrn); CREATE TABLE visits(id INTEGER PRIMARY KEY, "
                   "patient INTEGER, at TEXT)");
    Query insert(c.db,
                 QByteArray(QByteArray("INSERT INTO ") + table + "(id, mrn, name, born, notes) VALUES (?, ?, ?, ?, ?)")
                     .constData());
    for (qint64 id = 1; id <= rows; ++id) {
        if (id % kBatch == 1)
            exec(c.db, "BEGIN");
        const QByteArray mrn = "MRN-" + QByteArray::number(id * 7919 % 10000019);
        const QByteArray name = nameFor(id);
        const QByteArray born = QByteArray::number(1930 + id % 90) + "-0" + QByteArray::number(1 + id % 9) + "-1" +
                                QByteArray::number(id % 9);
        const QByteArray notes =
            "Seen at the outreach clinic; follow-up in " + QByteArray::number(id % 12 + 1) + " weeks. " + name;
        sqlite3_bind_int64(*insert, 1, id);
        sqlite3_bind_text(*insert, 2, mrn.constData(), int(mrn.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(*insert, 3, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(*insert, 4, born.constData(), int(born.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(*insert, 5, notes.constData(), int(notes.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(*insert) != SQLITE_DONE)
            die(c.db, "insert");
        sqlite3_reset(*insert);
        if (id % kBatch == 0 || id == rows)
            exec(c.db, "COMMIT");
    }
    exec(c.db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

void buildSearchIndex(const Side& side)
{
    Connection c(side.connect(64 * 1024));
    exec(c.db, "CREATE VIRTUAL TABLE patient_search USING fts5(name, content='patients', content_rowid='id');"
               "INSERT INTO patient_search(patient_search) VALUES ('rebuild');"
               "PRAGMA wal_checkpoint(TRUNCATE)");
}

double smallCommitsPerSecond(const Side& side, int commits)
{
    Connection c(side.connect(2000));
    Query insert(c.db, "INSERT INTO visits(patient, at) VALUES (?, datetime('now'))");
    const double ms = millisecondsOf([&] {
        for (int i = 0; i < commits; ++i) {
            sqlite3_bind_int(*insert, 1, i + 1);
            if (sqlite3_step(*insert) != SQLITE_DONE)
                die(c.db, "small commit");
            sqlite3_reset(*insert);
        }
    });
    return commits / (ms / 1000.0);
}

/// Microseconds per lookup of @p ids by primary key, after one untimed pass when @p warm.
double lookupMicros(sqlite3* db, const std::vector<qint64>& ids, int passes, bool warm)
{
    Query lookup(db, "SELECT name, born FROM patients WHERE id = ?");
    const auto pass = [&] {
        for (const qint64 id : ids) {
            sqlite3_bind_int64(*lookup, 1, id);
            if (lookup.run() != 1)
                die(db, "lookup");
        }
    };
    if (warm)
        pass();
    const double ms = millisecondsOf([&] {
        for (int i = 0; i < passes; ++i)
            pass();
    });
    return ms * 1000.0 / double(ids.size() * std::size_t(passes));
}

double prefixQueryMicros(sqlite3* db, const std::vector<QByteArray>& prefixes)
{
    Query search(db, "SELECT count(*) FROM patient_search WHERE patient_search MATCH ?");
    const auto pass = [&] {
        for (const QByteArray& prefix : prefixes) {
            sqlite3_bind_text(*search, 1, prefix.constData(), int(prefix.size()), SQLITE_STATIC);
            search.run();
        }
    };
    pass();
    return millisecondsOf(pass) * 1000.0 / double(prefixes.size());
}

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores, %3")
        .arg(cpu)
        .arg(std::thread::hardware_concurrency())
        .arg(QSysInfo::prettyProductName());
}

bool sqlcipherInstalled()
{
    void* library = dlopen("libsqlcipher.so.0", RTLD_LAZY);
    if (library)
        dlclose(library);
    return library != nullptr;
}

void printTable(const std::vector<Result>& results, qint64 rows)
{
    std::printf("Storage benchmark: %lld rows, SQLite %s, libsodium %s\n", static_cast<long long>(rows),
                sqlite3_libversion(), sodium_version_string());
    std::printf("Machine: %s\n", qPrintable(machine()));
    std::printf("SQLCipher: %s\n\n", sqlcipherInstalled()
                                         ? "installed (not compared by this benchmark)"
                                         : "not installed (Debian's sqlcipher package): no third column");
    std::printf("%-28s %12s %12s  %-10s %6s  %s\n", "workload", "plain", "encrypted", "unit", "ratio", "target");
    for (const Result& result : results)
        std::printf("%-28s %12.2f %12.2f  %-10s %6.2f  %s\n", result.name, result.plain, result.encrypted, result.unit,
                    result.ratio(), result.target);
    std::printf("\nratio = encrypted cost / plain cost (for rates: plain / encrypted); 1.00 = no overhead\n");
}

void printJson(const std::vector<Result>& results, qint64 rows)
{
    QJsonArray array;
    for (const Result& result : results) {
        array.append(QJsonObject{{QStringLiteral("name"), QLatin1String(result.name)},
                                 {QStringLiteral("plain"), result.plain},
                                 {QStringLiteral("encrypted"), result.encrypted},
                                 {QStringLiteral("unit"), QLatin1String(result.unit)},
                                 {QStringLiteral("ratio"), result.ratio()}});
    }
    const QJsonObject document{{QStringLiteral("bench"), QStringLiteral("storage")},
                               {QStringLiteral("rows"), rows},
                               {QStringLiteral("sqlite"), QLatin1String(sqlite3_libversion())},
                               {QStringLiteral("machine"), machine()},
                               {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("sqlcipher"),
                                sqlcipherInstalled() ? QStringLiteral("installed") : QStringLiteral("not installed")},
                               {QStringLiteral("results"), array}};
    std::printf("%s\n", QJsonDocument(document).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int runStorageBenchmark(const QStringList& arguments)
{
    qint64 rows = 1000000;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--json")) {
            json = true;
        } else if (arguments.at(i) == QLatin1String("--rows") && i + 1 < arguments.size()) {
            rows = arguments.at(++i).toLongLong();
        } else {
            std::fprintf(stderr, "outpost-bench storage: unknown option %s\n", qPrintable(arguments.at(i)));
            return 2;
        }
    }
    if (rows < 1000 || !crypto::initialiseSodium())
        return 2;
    QTemporaryDir folder;
    const auto log = [json](const char* step) {
        if (!json)
            std::fprintf(stderr, "  %s…\n", step);
    };
    std::vector<Result> results;

    // Writes: kRounds fresh databases per side, alternating which side goes first; medians.
    std::unique_ptr<Side> sides[2];
    std::vector<double> appended[2], indexed[2], searchIndex[2];
    for (int round = 0; round < kRounds; ++round) {
        log("bulk inserts and FTS5 index");
        for (int s : {round % 2, 1 - round % 2}) {
            const QString name = QStringLiteral("%1-%2.db")
                                     .arg(s == 0 ? QStringLiteral("plain") : QStringLiteral("encrypted"))
                                     .arg(round);
            sides[s] = std::make_unique<Side>(folder.filePath(name), s == 1);
            appended[s].push_back(millisecondsOf([&] { bulkInsert(*sides[s], rows, false); }));
            indexed[s].push_back(millisecondsOf([&] { bulkInsert(*sides[s], rows, true); }));
            searchIndex[s].push_back(millisecondsOf([&] { buildSearchIndex(*sides[s]); }));
            if (round > 0) {
                const QString previous =
                    folder.filePath(QStringLiteral("%1-%2.db")
                                        .arg(s == 0 ? QStringLiteral("plain") : QStringLiteral("encrypted"))
                                        .arg(round - 1));
                QFile::remove(previous);
            }
        }
    }
    results.push_back({"bulk insert, append only", median(appended[0]), median(appended[1]), "ms", false, "<= 1.25"});
    results.push_back({"bulk insert, random index", median(indexed[0]), median(indexed[1]), "ms", false, "<= 1.25"});
    results.push_back({"FTS5 index build", median(searchIndex[0]), median(searchIndex[1]), "ms", false, "<= 1.25"});
    const Side& plain = *sides[0];
    const Side& encrypted = *sides[1];

    QRandomGenerator random(1234);
    std::vector<qint64> hot(10000);
    std::vector<qint64> spread(20000);
    for (auto& id : hot)
        id = 1 + qint64(random.bounded(quint64(rows)));
    for (auto& id : spread)
        id = 1 + qint64(random.bounded(quint64(rows)));
    std::vector<QByteArray> prefixes;
    prefixes.reserve(300);
    for (int i = 0; i < 300; ++i)
        prefixes.push_back(nameFor(1 + qint64(random.bounded(quint64(rows)))).left(3).toLower() + '*');

    std::vector<double> cached[2], cold[2], search[2], scan[2];
    for (int round = 0; round < kRounds; ++round) {
        log("reads");
        for (int s = 0; s < 2; ++s) {
            const Side& side = s == 0 ? plain : encrypted;
            {
                Connection c(side.connect(256 * 1024));
                cached[s].push_back(lookupMicros(c.db, hot, 10, true));
                search[s].push_back(prefixQueryMicros(c.db, prefixes));
            }
            {
                Connection c(side.connect(64)); // 64 KiB: nearly every page comes through the VFS
                cold[s].push_back(lookupMicros(c.db, spread, 1, false));
            }
            {
                Connection c(side.connect(2000));
                Query total(c.db, "SELECT count(*), sum(length(notes)) FROM patients");
                scan[s].push_back(millisecondsOf([&] { total.run(); }));
            }
        }
    }
    results.push_back({"cached point lookup", median(cached[0]), median(cached[1]), "us/lookup", false, "<= 1.15"});
    results.push_back(
        {"FTS5 prefix query (cached)", median(search[0]), median(search[1]), "us/query", false, "<= 1.15"});
    results.push_back({"cold point lookup", median(cold[0]), median(cold[1]), "us/lookup", false, ""});
    results.push_back({"full scan", median(scan[0]), median(scan[1]), "ms", false, ""});

    log("small commits");
    std::vector<double> commits[2];
    for (int round = 0; round < 5; ++round) {
        // Alternate which side goes first: fsync latency drifts on a shared machine.
        for (int s : {round % 2, 1 - round % 2})
            commits[s].push_back(smallCommitsPerSecond(s == 0 ? plain : encrypted, 200));
    }
    results.push_back({"small commits (FULL sync)", median(commits[0]), median(commits[1]), "tx/s", true, "<= 1.25"});

    if (json)
        printJson(results, rows);
    else
        printTable(results, rows);
    return 0;
}

} // namespace outpost::bench
