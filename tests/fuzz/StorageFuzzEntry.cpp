#include "StorageFuzzEntry.h"

#include "core/storage/Database.h"
#include "core/storage/PageCodec.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <array>
#include <cstring>

namespace outpost::storage::fuzz {

namespace {

enum Mode : std::uint8_t { RawFile, PagesValidHeader, PagesAsGiven, BaseRawWal, BaseFlipped, BaseEncryptedWal, kModes };
constexpr std::uint32_t kWalMagic = 0x377f0683; // big-endian checksums
constexpr unsigned char kPageOneHeader[24] = {
    'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0, 0x10, 0x00, 1, 1, page::kReserved,
    64,  32,  32};

const crypto::SecretKey& fuzzKey()
{
    static const crypto::SecretKey key = [] {
        std::array<unsigned char, 32> bytes{};
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<unsigned char>(0xA0 + i);
        return crypto::SecretKey::fromBytes(bytes);
    }();
    return key;
}

const QString& workFolder()
{
    static const QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/outpost-fuzz-XXXXXX"));
    static const QString path = folder.path();
    return path;
}

QString databasePath()
{
    return workFolder() + QStringLiteral("/fuzz.db");
}

void removeFiles()
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(databasePath() + QLatin1String(suffix));
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(contents);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Salt fixedSalt()
{
    Salt salt{};
    for (std::size_t i = 0; i < salt.size(); ++i)
        salt[i] = static_cast<unsigned char>(i * 11 + 5);
    return salt;
}

/// @p plain split into pages and encrypted as a database file would hold them.
QByteArray encryptPages(QByteArray plain, bool validHeader)
{
    const PageKeys keys(fuzzKey(), 0, 0);
    const PageCodec codec(keys);
    const Salt salt = fixedSalt();
    plain.append(QByteArray((page::kSize - plain.size() % page::kSize) % page::kSize, '\0'));
    if (plain.isEmpty())
        plain = QByteArray(page::kSize, '\0');
    if (validHeader) {
        const unsigned char header[8] = {0x10, 0x00, 1, 1, page::kReserved, 64, 32, 32};
        std::memcpy(plain.data() + 16, header, sizeof header);
    }
    QByteArray out(plain.size(), '\0');
    for (int at = 0; at < plain.size(); at += page::kSize) {
        std::memset(plain.data() + at + page::kUsable, 0, page::kReserved);
        const PageAddress address{FileKind::Database, std::uint32_t(at / page::kSize + 1), &salt, nullptr};
        codec.encrypt(address, reinterpret_cast<const unsigned char*>(plain.constData() + at),
                      reinterpret_cast<unsigned char*>(out.data() + at));
    }
    return out;
}

/// SQLite's WAL checksum over @p bytes (big-endian words), continuing from @p sums.
void walChecksum(const unsigned char* bytes, int size, std::uint32_t sums[2])
{
    for (int i = 0; i + 8 <= size; i += 8) {
        sums[0] += readBigEndian32(bytes + i) + sums[1];
        sums[1] += readBigEndian32(bytes + i + 4) + sums[0];
    }
}

/// A WAL whose frames carry @p body's bytes as plaintext pages, with valid checksums and encryption,
/// so recovery accepts them and SQLite reads whatever they say.
QByteArray encryptedWal(const QByteArray& body, const Salt& databaseSalt)
{
    const PageKeys keys(fuzzKey(), 0, 0);
    const PageCodec codec(keys);
    unsigned char header[32] = {};
    writeBigEndian32(header, kWalMagic);
    writeBigEndian32(header + 4, 3007000);
    writeBigEndian32(header + 8, page::kSize);
    writeBigEndian32(header + 16, 0x1234567);
    writeBigEndian32(header + 20, 0x7654321);
    std::uint32_t sums[2] = {0, 0};
    walChecksum(header, 24, sums);
    writeBigEndian32(header + 24, sums[0]);
    writeBigEndian32(header + 28, sums[1]);
    QByteArray wal(reinterpret_cast<const char*>(header), sizeof header);

    constexpr int kChunk = 2 + 512; // page number, commit flag, then the start of the page
    for (int at = 0, frame = 1; at + 2 <= body.size(); at += kChunk, ++frame) {
        unsigned char plain[page::kSize] = {};
        const QByteArray content = body.mid(at + 2, kChunk - 2);
        std::memcpy(plain, content.constData(), std::size_t(content.size()));
        if (frame == 1 || static_cast<unsigned char>(body.at(at)) % 8 == 1) // page 1 must stay a header
            std::memcpy(plain, kPageOneHeader, sizeof kPageOneHeader);
        unsigned char frameHeader[24] = {};
        writeBigEndian32(frameHeader, 1 + static_cast<unsigned char>(body.at(at)) % 8);
        writeBigEndian32(frameHeader + 4, static_cast<unsigned char>(body.at(at + 1)) % 4 == 0 ? 8 : 0);
        std::memcpy(frameHeader + 8, header + 16, 8);
        walChecksum(frameHeader, 8, sums);
        walChecksum(plain, page::kSize, sums);
        writeBigEndian32(frameHeader + 16, sums[0]);
        writeBigEndian32(frameHeader + 20, sums[1]);
        const auto mask = codec.walMask(databaseSalt, frameHeader + 8, std::uint32_t(frame));
        unsigned char disk[page::kSize];
        const PageAddress address{FileKind::Wal, readBigEndian32(frameHeader), &databaseSalt, frameHeader};
        codec.encrypt(address, plain, disk);
        for (int i = 0; i < 8; ++i)
            frameHeader[16 + i] ^= mask[std::size_t(i)];
        wal.append(reinterpret_cast<const char*>(frameHeader), 24);
        wal.append(reinterpret_cast<const char*>(disk), page::kSize);
    }
    return wal;
}

DatabaseOptions fuzzOptions()
{
    DatabaseOptions options;
    options.readerCount = 1;
    options.busyTimeoutMs = 0;
    return options;
}

/// A small real database under the fuzz key, made once: the base the WAL modes build on.
const QByteArray& baseDatabase()
{
    static const QByteArray base = [] {
        removeFiles();
        DatabaseOptions options = fuzzOptions();
        options.migrations.push_back(Migration::sql(
            1, QStringLiteral("fuzz"),
            QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, born TEXT);"
                           "CREATE INDEX people_name ON people(name);"
                           "INSERT INTO people(name, born) VALUES ('Ama Owusu', '1988-02-11'), ('Juma Said', NULL);")));
        if (auto database = Database::create(databasePath(), fuzzKey(), std::move(options)))
            (*database)->close();
        const QByteArray bytes = readFile(databasePath());
        removeFiles();
        return bytes;
    }();
    return base;
}

int stopRunaway(void* steps)
{
    return ++*static_cast<int*>(steps) > 20000 ? 1 : 0; // about 20 million VM steps
}

void readEverything(Database& database)
{
    (void)database.verify();
    (void)database.read([](Connection& connection) -> Result<void> {
        int steps = 0;
        sqlite3_progress_handler(connection.handle(), 1000, stopRunaway, &steps);
        auto tables = connection.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        if (tables) {
            for (const Row& table : *tables) {
                QString name = table.value(0).toString();
                name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                (void)connection.query(QStringLiteral("SELECT * FROM \"%1\" LIMIT 100").arg(name));
            }
        }
        sqlite3_progress_handler(connection.handle(), 0, nullptr, nullptr);
        return {};
    });
    (void)database.write([](Connection& connection) {
        return connection.executeScript(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS fuzz_probe(x); INSERT INTO fuzz_probe VALUES (randomblob(5000))"));
    });
}

} // namespace

Outcome runStorageInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 1 << 20)
        return Outcome::Refused;
    const auto mode = static_cast<Mode>(data[0] % kModes);
    const QByteArray body(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QByteArray& base = baseDatabase();
    removeFiles();
    switch (mode) {
    case RawFile:
        writeFile(databasePath(), body);
        break;
    case PagesValidHeader:
    case PagesAsGiven:
        writeFile(databasePath(), encryptPages(body, mode == PagesValidHeader));
        break;
    case BaseRawWal:
        writeFile(databasePath(), base);
        writeFile(databasePath() + QStringLiteral("-wal"), body);
        break;
    case BaseFlipped: {
        QByteArray changed = base;
        for (int at = 0; at + 3 <= body.size() && !changed.isEmpty(); at += 3) {
            const int offset =
                ((static_cast<unsigned char>(body.at(at)) << 8) | static_cast<unsigned char>(body.at(at + 1))) %
                changed.size();
            changed[offset] = static_cast<char>(changed.at(offset) ^ body.at(at + 2));
        }
        writeFile(databasePath(), changed);
        break;
    }
    case BaseEncryptedWal: {
        Salt salt{};
        std::memcpy(salt.data(), base.constData(), std::min<std::size_t>(salt.size(), std::size_t(base.size())));
        writeFile(databasePath(), base);
        writeFile(databasePath() + QStringLiteral("-wal"), encryptedWal(body, salt));
        break;
    }
    case kModes:
        break;
    }
    auto database = Database::open(databasePath(), fuzzKey(), fuzzOptions());
    if (!database) {
        removeFiles();
        return Outcome::Refused;
    }
    readEverything(**database);
    (*database)->close();
    removeFiles();
    return Outcome::Opened;
}

std::vector<QByteArray> storageSeeds()
{
    std::vector<QByteArray> seeds;
    const auto seed = [&seeds](Mode mode, const QByteArray& body) { seeds.push_back(char(mode) + body); };
    seed(RawFile, baseDatabase());
    seed(BaseRawWal, QByteArray());
    seed(BaseFlipped, QByteArray("\x00\x10\x01\x10\x00\x80", 6));
    seed(BaseEncryptedWal, QByteArray("\x01\x00", 2) + QByteArray(512, 'x'));

    // Real SQLite pages (with the reserved bytes Outpost uses) to encrypt as they are.
    const QString plainPath = workFolder() + QStringLiteral("/plain.db");
    QFile::remove(plainPath);
    sqlite3* plain = nullptr;
    if (sqlite3_open(QFile::encodeName(plainPath).constData(), &plain) == SQLITE_OK) {
        int reserve = page::kReserved;
        sqlite3_file_control(plain, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        sqlite3_exec(plain,
                     "PRAGMA page_size=4096; CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c BLOB);"
                     "CREATE INDEX t_b ON t(b); CREATE VIRTUAL TABLE s USING fts5(x);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30) "
                     "INSERT INTO t(b, c) SELECT 'name ' || i, zeroblob(i * 20) FROM n;"
                     "INSERT INTO s(x) SELECT b FROM t;",
                     nullptr, nullptr, nullptr);
        sqlite3_close(plain);
        const QByteArray pages = readFile(plainPath);
        seed(PagesValidHeader, pages);
        seed(PagesAsGiven, pages);
    }
    QFile::remove(plainPath);
    return seeds;
}

} // namespace outpost::storage::fuzz
