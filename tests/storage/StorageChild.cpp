// outpost-storage-child: the storage tests' second process. It does one thing that needs a
// process of its own (being killed mid-commit, a file-size limit, a crash with a hot journal)
// and reports on stdout.
//
//   outpost-storage-child commit-loop DB KEYHEX   commit numbered transactions, print "ack N" after each
//   outpost-storage-child disk-full DB KEYHEX LIMIT  hit RLIMIT_FSIZE=LIMIT, print what happened
//   outpost-storage-child hot-journal DB KEYHEX   spill a rollback-journal transaction, then die
#include "core/storage/Database.h"

#include "StorageTesting.h"

#include <QByteArray>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace outpost;
using namespace outpost::storage;

namespace {

crypto::SecretKey keyFromHex(const char* hex)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(hex));
    return crypto::SecretKey::fromBytes(
        std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(bytes.constData()), bytes.size()));
}

int fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what, error.message.toUtf8().constData());
    return 1;
}

/// The payload of acknowledgement @p id: its size and first byte can be checked by the parent.
QByteArray payloadFor(qint64 id)
{
    const qint64 size = 16 + (id * 7919) % 500 + (id % 50 == 0 ? 5000 : 0);
    return QByteArray(static_cast<int>(size), static_cast<char>(id % 251));
}

int commitLoop(const QString& path, const crypto::SecretKey& key)
{
    auto database = Database::open(path, key);
    if (!database)
        return fail("open", database.error());
    qint64 next = 1;
    {
        auto reader = (*database)->beginRead();
        if (!reader)
            return fail("read", reader.error());
        auto last = reader->connection().queryValue(QStringLiteral("SELECT coalesce(max(id), 0) FROM acks"));
        if (!last)
            return fail("read", last.error());
        next = last->toLongLong() + 1;
    }
    for (;; ++next) {
        auto done = (*database)->write([&](Connection& connection) {
            return connection.execute(QStringLiteral("INSERT INTO acks(id, payload) VALUES (?, ?)"),
                                      {next, payloadFor(next)});
        });
        if (!done)
            return fail("commit", done.error());
        std::printf("ack %lld\n", static_cast<long long>(next));
        std::fflush(stdout);
        if (next % 37 == 0)
            (void)(*database)->checkpoint(CheckpointMode::Passive);
        if (next % 101 == 0)
            (void)(*database)->checkpoint(CheckpointMode::Truncate);
    }
}

int diskFull(const QString& path, const crypto::SecretKey& key, rlim_t limit)
{
    auto database = Database::open(path, key);
    if (!database)
        return fail("open", database.error());
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing us
    const rlimit fileSize{limit, RLIM_INFINITY};
    if (setrlimit(RLIMIT_FSIZE, &fileSize) != 0)
        return 1;
    auto big = (*database)->write([](Connection& connection) -> Result<void> {
        for (int i = 0; i < 200; ++i) {
            if (auto done =
                    connection.execute(QStringLiteral("INSERT INTO items(text) VALUES (hex(randomblob(5000)))"));
                !done)
                return done;
        }
        return {};
    });
    std::printf("big: %d %s\n", big ? -1 : int(big.error().code), big ? "" : big.error().message.toUtf8().constData());
    auto small = (*database)->write([](Connection& connection) {
        return connection.execute(QStringLiteral("INSERT INTO items(text) VALUES ('small')"));
    });
    std::printf("small: %s\n", small ? "ok" : small.error().message.toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

int hotJournal(const QString& path, const crypto::SecretKey& key)
{
    testing::RawConnection db(path, key, "DELETE");
    if (!db.ok() || !db.exec("PRAGMA cache_size=5; BEGIN; UPDATE people SET name = upper(name) || ' (changed)'"))
        return 1;
    std::printf("spilled\n");
    std::fflush(stdout);
    _exit(0); // die inside the transaction: the journal is left hot
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QByteArray command(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    const crypto::SecretKey key = keyFromHex(argv[3]);
    if (command == "commit-loop")
        return commitLoop(path, key);
    if (command == "disk-full" && argc == 5)
        return diskFull(path, key, static_cast<rlim_t>(QByteArray(argv[4]).toLongLong()));
    if (command == "hot-journal")
        return hotJournal(path, key);
    return 2;
}
