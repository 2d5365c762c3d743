#include "core/backup/BackupWriter.h"

#include "core/backup/PageImage.h"
#include "core/backup/PagePipe.h"
#include "core/CoreText.h"
#include "core/crypto/Keyring.h"
#include "core/logging/Log.h"
#include "core/storage/Connection.h"
#include "core/storage/PageCodec.h"
#include "core/storage/SqliteError.h"
#include "core/Version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>
#include <zstd.h>

#include <atomic>
#include <memory>
#include <vector>

namespace outpost::backup {

namespace {

constexpr int kPagesPerStep = 128;   ///< pages per sqlite3_backup_step (progress and cancel) and per read
constexpr int kCompressionLevel = 1; ///< zstd: fast (level 1 measured faster overall than negative levels), ~3.5x
constexpr qsizetype kChunkTarget = 1 << 20;

void appendU32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

/// The encrypted chunk stream: the header, then length-prefixed secretstream messages.
class ChunkStream
{
public:
    ChunkStream(BackupSink& sink, const crypto::SecretKey& key) : m_sink(sink), m_key(key) {}
    ~ChunkStream() { sodium_memzero(&m_state, sizeof m_state); }
    ChunkStream(const ChunkStream&) = delete;
    ChunkStream& operator=(const ChunkStream&) = delete;

    Result<void> writeHeader(const QByteArray& json)
    {
        QByteArray header(format::kMagic, sizeof format::kMagic);
        char version[2];
        qToBigEndian(format::kVersion, version);
        header.append(version, 2);
        appendU32(header, quint32(json.size()));
        header.append(json);
        unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_init_push(&m_state, streamHeader, m_key.data());
        header.append(reinterpret_cast<const char*>(streamHeader), sizeof streamHeader);
        unsigned char hash[32];
        crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(header.constData()),
                           std::size_t(header.size()), nullptr, 0);
        header.append(reinterpret_cast<const char*>(hash), sizeof hash);
        m_additional = header;
        m_bytes += header.size();
        return m_sink.write(header.constData(), header.size());
    }

    Result<void> push(format::ChunkType type, const char* payload, qsizetype size, bool final)
    {
        m_plain.resize(size + 1);
        m_plain[0] = char(type);
        if (size > 0)
            std::memcpy(m_plain.data() + 1, payload, std::size_t(size));
        m_cipher.resize(4 + m_plain.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long cipherSize = 0;
        const auto* additional = reinterpret_cast<const unsigned char*>(m_additional.constData());
        crypto_secretstream_xchacha20poly1305_push(
            &m_state, reinterpret_cast<unsigned char*>(m_cipher.data()) + 4, &cipherSize,
            reinterpret_cast<const unsigned char*>(m_plain.constData()), std::size_t(m_plain.size()),
            m_additional.isEmpty() ? nullptr : additional, std::size_t(m_additional.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        sodium_memzero(m_plain.data(), std::size_t(m_plain.size()));
        m_additional.clear(); // only the first chunk binds the header; the stream state chains the rest
        qToBigEndian(quint32(cipherSize), m_cipher.data());
        m_bytes += qint64(4 + cipherSize);
        return m_sink.write(m_cipher.constData(), qsizetype(4 + cipherSize));
    }

    qint64 bytes() const { return m_bytes; }

private:
    BackupSink& m_sink;
    const crypto::SecretKey& m_key;
    crypto_secretstream_xchacha20poly1305_state m_state{};
    QByteArray m_additional;
    QByteArray m_plain;
    QByteArray m_cipher;
    qint64 m_bytes = 0;
};

struct CctxDeleter {
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};

/// Compresses page bytes and hands full chunks to the stream.
class Compressor
{
public:
    explicit Compressor(ChunkStream& stream) : m_stream(stream), m_context(ZSTD_createCCtx())
    {
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_compressionLevel, kCompressionLevel);
        // Compression runs on a zstd worker thread, overlapping with reading, decrypting and
        // encrypting pages here (ignored where libzstd is built without threads).
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_nbWorkers, 1);
        m_out.resize(kChunkTarget + qsizetype(ZSTD_CStreamOutSize()));
    }
    ~Compressor() { sodium_memzero(m_out.data(), std::size_t(m_out.size())); }
    Compressor(const Compressor&) = delete;
    Compressor& operator=(const Compressor&) = delete;

    Result<void> add(const char* data, qsizetype size) { return run(data, size, ZSTD_e_continue); }
    Result<void> finish() { return run(nullptr, 0, ZSTD_e_end); }

private:
    Result<void> run(const char* data, qsizetype size, ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in{data, std::size_t(size), 0};
        for (;;) {
            ZSTD_outBuffer out{m_out.data(), std::size_t(m_out.size()), m_used};
            const std::size_t left = ZSTD_compressStream2(m_context.get(), &out, &in, mode);
            if (ZSTD_isError(left))
                return makeError(ErrorCode::Failure, CoreText::tr("The backup could not be compressed."));
            m_used = out.pos;
            if (m_used >= std::size_t(kChunkTarget) || (mode == ZSTD_e_end && m_used > 0 && left == 0)) {
                if (auto pushed = m_stream.push(format::ChunkType::Data, m_out.constData(), qsizetype(m_used), false);
                    !pushed)
                    return pushed;
                m_used = 0;
            }
            const bool done = mode == ZSTD_e_end ? left == 0 : in.pos == in.size;
            if (done && (mode != ZSTD_e_end || m_used == 0))
                return {};
        }
    }

    ChunkStream& m_stream;
    std::unique_ptr<ZSTD_CCtx, CctxDeleter> m_context;
    QByteArray m_out;
    std::size_t m_used = 0;
};

Result<QByteArray> readKeyring(const QString& path, const crypto::SecretKey& dataKey)
{
    auto keyring = crypto::Keyring::load(path);
    if (!keyring)
        return keyring.error();
    if (!keyring->holds(dataKey))
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The keyring file does not belong to the open database; the backup was not "
                                      "made."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Cannot read the keyring file %1.").arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

bool keepGoing(const Progress& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

std::atomic<quint32> g_pipeFaultPage{0};

/// What goes into the file, in order: the header, the keys, the zstd stream of pages 2…N, page 1
/// and the end. One per attempt: a fresh secretstream and compressor each time.
class PageStream
{
public:
    PageStream(BackupSink& sink, const crypto::SecretKey& key) : m_stream(sink, key), m_compressor(m_stream) {}

    Result<void> begin(const QByteArray& headerJson, const crypto::SecretKey& dataKey, const QByteArray& keyring)
    {
        if (auto written = m_stream.writeHeader(headerJson); !written)
            return written;
        QByteArray keys(reinterpret_cast<const char*>(dataKey.data()), qsizetype(dataKey.size()));
        keys.append(keyring);
        auto pushed = m_stream.push(format::ChunkType::Keys, keys.constData(), keys.size(), false);
        sodium_memzero(keys.data(), std::size_t(keys.size()));
        return pushed;
    }

    /// Pages 2…N, in order.
    Result<void> add(const char* pages, int count)
    {
        return m_compressor.add(pages, qsizetype(count) * format::kPageSize);
    }

    Result<void> end(const char* firstPage, quint32 pageCount)
    {
        if (auto finished = m_compressor.finish(); !finished)
            return finished;
        if (auto pushed = m_stream.push(format::ChunkType::FirstPage, firstPage, format::kPageSize, false); !pushed)
            return pushed;
        char end[4];
        qToBigEndian(pageCount, end);
        return m_stream.push(format::ChunkType::End, end, 4, true);
    }

    qint64 bytes() const { return m_stream.bytes(); }

private:
    ChunkStream m_stream;
    Compressor m_compressor;
};

/// Copies the snapshot of @p source's read transaction into @p destination, step by step.
Result<void> copyInto(storage::Connection& source, sqlite3* destination, const Progress& progress, qint64 total)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source.handle(), "main");
    if (!backup)
        return storage::sqliteError(destination, sqlite3_errcode(destination), "copy the database");
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const qint64 copied = qint64(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup));
        if ((rc == SQLITE_OK || rc == SQLITE_DONE) && !keepGoing(progress, copied * format::kPageSize, total)) {
            sqlite3_backup_finish(backup);
            return cancelledError();
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return storage::sqliteError(destination, rc, "copy the database");
    return {};
}

/// What both ways of writing the pages share.
struct Snapshot {
    storage::Connection& reader; ///< inside the read transaction
    quint32 pageCount = 0;
    QByteArray headerJson;
    const crypto::SecretKey& dataKey;
    QByteArray keyring;
};

/// The direct way: sqlite3_backup into a PagePipe, whose pages go straight into the compressor.
/// @p orderFailed tells the caller that SQLite wrote the copy in an order the pipe cannot stream.
Result<qint64> writeThroughPipe(const Snapshot& snapshot, const crypto::SecretKey& streamKey, BackupSink& sink,
                                const Progress& progress, bool& orderFailed)
{
    PageStream out(sink, streamKey);
    if (auto begun = out.begin(snapshot.headerJson, snapshot.dataKey, snapshot.keyring); !begun)
        return begun.error();
    auto pipe = PagePipe::open([&out](const char* pages, int count) { return out.add(pages, count); });
    if (!pipe)
        return pipe.error();
    if (const quint32 fault = g_pipeFaultPage.load())
        (*pipe)->refuseAt(fault);
    const qint64 total = qint64(snapshot.pageCount) * format::kPageSize;
    auto copied = copyInto(snapshot.reader, (*pipe)->handle(), progress, total);
    if (copied)
        copied = (*pipe)->finish(snapshot.pageCount);
    if (!copied) {
        orderFailed = (*pipe)->failedOnOrder();
        return (*pipe)->failure() ? *(*pipe)->failure() : copied.error();
    }
    if (auto ended = out.end((*pipe)->firstPage(), snapshot.pageCount); !ended)
        return ended.error();
    return out.bytes();
}

/// The safe way, should SQLite ever fill a copy in another order: sqlite3_backup into an encrypted
/// working copy under a one-time key in @p scratchFolder, then its pages read back in order.
Result<qint64> writeThroughWorkingCopy(const Snapshot& snapshot, const QString& scratchFolder,
                                       const crypto::SecretKey& streamKey, BackupSink& sink, const Progress& progress)
{
    const QString scratch = QDir(scratchFolder).filePath(QStringLiteral(".outpost-snapshot-%1.db").arg(randomSuffix()));
    const crypto::SecretKey scratchKey = crypto::SecretKey::random();
    auto image = PageImage::create(scratch, scratchKey, {});
    if (!image)
        return image.error();
    struct Cleanup {
        PageImage& image;
        ~Cleanup() { image.remove(); }
    } cleanup{**image};

    const qint64 databaseBytes = qint64(snapshot.pageCount) * format::kPageSize;
    const qint64 total = databaseBytes * 2;
    if (auto copied = copyInto(snapshot.reader, (*image)->handle(), progress, total); !copied)
        return copied.error();
    PageStream out(sink, streamKey);
    if (auto begun = out.begin(snapshot.headerJson, snapshot.dataKey, snapshot.keyring); !begun)
        return begun.error();
    std::vector<char> pages(std::size_t(kPagesPerStep) * format::kPageSize);
    struct Wipe {
        std::vector<char>& pages;
        ~Wipe() { sodium_memzero(pages.data(), pages.size()); }
    } wipe{pages};
    for (quint32 first = 2; first <= snapshot.pageCount; first += kPagesPerStep) {
        const int count = int(std::min<quint32>(kPagesPerStep, snapshot.pageCount - first + 1));
        if (auto read = (*image)->readPages(first, pages.data(), count); !read)
            return read.error();
        if (auto added = out.add(pages.data(), count); !added)
            return added.error();
        if (!keepGoing(progress, databaseBytes + qint64(first - 1 + quint32(count)) * format::kPageSize, total))
            return cancelledError();
    }
    if (auto read = (*image)->readPages(1, pages.data(), 1); !read)
        return read.error();
    if (auto ended = out.end(pages.data(), snapshot.pageCount); !ended)
        return ended.error();
    return out.bytes();
}

} // namespace

Result<QList<QPair<QString, qint64>>> BackupWriter::countRows(storage::Connection& connection)
{
    auto tables = connection.query(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                                  "LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QList<QPair<QString, qint64>> counts;
    for (const storage::Row& row : *tables) {
        const QString name = row.value(0).toString();
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        auto rows = connection.queryValue(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted));
        if (!rows)
            return rows.error();
        counts.append({name, rows->toLongLong()});
    }
    return counts;
}

void BackupWriter::breakPipeAtPageForTesting(quint32 page)
{
    g_pipeFaultPage = page;
}

Result<ExportSummary> BackupWriter::write(const ExportSource& source, const StreamKey& key, BackupSink& sink,
                                          const Clock& clock, const Progress& progress)
{
    auto log = logging::get("backup");
    auto abandon = [&sink](const Error& error) -> Result<ExportSummary> {
        sink.abandon();
        return error;
    };
    auto keyring = readKeyring(source.keyringPath, source.dataKey);
    if (!keyring)
        return abandon(keyring.error());

    BackupHeader header;
    header.keySource = key.source;
    header.kdf = key.kdf;
    header.salt = key.salt;
    header.keyCheck = key.keyCheck();
    header.createdMs = clock.nowMs();
    header.appVersion = QString::fromLatin1(kVersion);

    ExportSummary summary;
    QElapsedTimer phase;
    phase.start();
    Result<qint64> written = qint64(0);
    {
        // One read transaction: the counts and every copied page come from the same snapshot while
        // writers go on in the WAL.
        auto transaction = source.database.beginRead();
        if (!transaction)
            return abandon(transaction.error());
        storage::Connection& reader = transaction->connection();
        auto pages = reader.queryValue(QStringLiteral("PRAGMA page_count"));
        auto version = pages ? reader.queryValue(QStringLiteral("PRAGMA user_version")) : pages;
        if (!version)
            return abandon(version.error());
        header.schemaVersion = version->toInt();
        header.pageCount = quint32(pages->toLongLong());
        auto counts = countRows(reader);
        if (!counts)
            return abandon(counts.error());
        header.rowCounts = *counts;
        summary.countMs = phase.restart();

        const Snapshot snapshot{reader, header.pageCount, header.toJson(), source.dataKey, *keyring};
        bool orderFailed = false;
        written = writeThroughPipe(snapshot, key.key, sink, progress, orderFailed);
        if (!written && orderFailed) {
            log->warn("streaming the copy stopped; writing it through an encrypted working copy instead");
            if (auto rewound = sink.rewind(); !rewound)
                return abandon(rewound.error());
            const QString scratchFolder = source.scratchDirectory.isEmpty()
                                              ? QFileInfo(source.database.path()).absolutePath()
                                              : source.scratchDirectory;
            written = writeThroughWorkingCopy(snapshot, scratchFolder, key.key, sink, progress);
            summary.workingCopy = true;
        }
    }
    if (!written)
        return abandon(written.error());
    summary.copyMs = phase.restart();
    if (auto committed = sink.commit(); !committed)
        return abandon(committed.error());
    summary.commitMs = phase.elapsed();
    log->info("wrote a backup: {} pages, {} bytes (count {} ms, copy and stream {} ms, commit {} ms{})",
              header.pageCount, *written, summary.countMs, summary.copyMs, summary.commitMs,
              summary.workingCopy ? ", through a working copy" : "");
    summary.header = header;
    summary.databaseBytes = qint64(header.pageCount) * format::kPageSize;
    summary.fileBytes = *written;
    return summary;
}

} // namespace outpost::backup
