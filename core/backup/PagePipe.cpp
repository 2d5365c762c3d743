#include "core/backup/PagePipe.h"

#include "core/backup/BackupFormat.h"
#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/PageCodec.h"
#include "core/storage/SqliteError.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>

namespace outpost::backup {

namespace {

constexpr const char* kVfsName = "outpost-pipe";
constexpr int kBatchPages = 64; ///< pages handed to the consumer at once (256 KiB)
constexpr int kPageSize = format::kPageSize;
static_assert(kPageSize == storage::page::kSize);

/// Open pipes by file name: xOpen finds its pipe here.
std::mutex g_pipesMutex;
std::map<std::string, PagePipe*> g_pipes;

struct PipeFile {
    sqlite3_file base;
    PagePipe* pipe;
};

PagePipe& pipeOf(sqlite3_file* file)
{
    return *reinterpret_cast<PipeFile*>(file)->pipe;
}

int xClose(sqlite3_file*)
{
    return SQLITE_OK;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return pipeOf(file).read(static_cast<char*>(buffer), amount, offset);
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    return pipeOf(file).write(static_cast<const char*>(buffer), amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return pipeOf(file).truncate(size);
}

int xSync(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    *size = pipeOf(file).size();
    return SQLITE_OK;
}

int xLock(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xUnlock(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xCheckReservedLock(sqlite3_file*, int* result)
{
    *result = 0;
    return SQLITE_OK;
}

int xFileControl(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}

int xSectorSize(sqlite3_file*)
{
    return kPageSize;
}

int xDeviceCharacteristics(sqlite3_file*)
{
    return 0;
}

const sqlite3_io_methods g_methods = {
    1, // no shared memory, no memory mapping: the pipe is written under journal_mode=OFF only
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr};

sqlite3_vfs* g_base = nullptr; ///< the platform VFS, for time, randomness and sleep

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    file->pMethods = nullptr;
    if (!name || (flags & SQLITE_OPEN_MAIN_DB) == 0)
        return SQLITE_CANTOPEN; // journals and temporary files are never needed (journal off, temp in memory)
    const std::lock_guard lock(g_pipesMutex);
    const auto found = g_pipes.find(name);
    if (found == g_pipes.end())
        return SQLITE_CANTOPEN;
    reinterpret_cast<PipeFile*>(file)->pipe = found->second;
    file->pMethods = &g_methods;
    if (outFlags)
        *outFlags = flags;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char*, int)
{
    return SQLITE_OK;
}

int xAccess(sqlite3_vfs*, const char*, int, int* result)
{
    *result = 0; // no journal, WAL or other file ever exists beside a pipe
    return SQLITE_OK;
}

int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    const std::size_t length = std::strlen(name);
    if (length >= std::size_t(size))
        return SQLITE_CANTOPEN;
    std::memcpy(out, name, length + 1);
    return SQLITE_OK;
}

int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_base->xRandomness(g_base, size, out);
}

int xSleep(sqlite3_vfs*, int microseconds)
{
    return g_base->xSleep(g_base, microseconds);
}

int xCurrentTime(sqlite3_vfs*, double* now)
{
    return g_base->xCurrentTime(g_base, now);
}

int xGetLastError(sqlite3_vfs*, int, char*)
{
    return 0;
}

sqlite3_vfs g_vfs{};

bool ensureRegistered()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK)
            return;
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base)
            return;
        g_vfs.iVersion = 1;
        g_vfs.szOsFile = int(sizeof(PipeFile));
        g_vfs.mxPathname = 64;
        g_vfs.zName = kVfsName;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        registered = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return registered;
}

} // namespace

PagePipe::PagePipe(Consumer consumer)
    : m_consumer(std::move(consumer)), m_batch(new char[std::size_t(kBatchPages) * kPageSize])
{}

PagePipe::~PagePipe()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    {
        const std::lock_guard lock(g_pipesMutex);
        g_pipes.erase(m_name);
    }
    sodium_memzero(m_firstPage.data(), m_firstPage.size());
    sodium_memzero(m_batch.get(), std::size_t(kBatchPages) * kPageSize);
}

Result<std::unique_ptr<PagePipe>> PagePipe::open(Consumer consumer)
{
    if (!ensureRegistered())
        return makeError(ErrorCode::Failure, CoreText::tr("The backup could not start its database copy."));
    std::unique_ptr<PagePipe> pipe(new PagePipe(std::move(consumer)));
    pipe->m_name = "/outpost-pipe-" + randomSuffix().toStdString();
    {
        const std::lock_guard lock(g_pipesMutex);
        g_pipes.emplace(pipe->m_name, pipe.get());
    }
    const int rc = sqlite3_open_v2(pipe->m_name.c_str(), &pipe->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE, kVfsName);
    if (rc != SQLITE_OK)
        return storage::sqliteError(pipe->m_db, rc, "start the database copy");
    sqlite3_extended_result_codes(pipe->m_db, 1);
    int reserve = storage::page::kReserved;
    sqlite3_file_control(pipe->m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    // A small cache: pages go on to the consumer soon after they are copied.
    const char* pragmas = "PRAGMA page_size=4096; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                          "PRAGMA locking_mode=EXCLUSIVE; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-2048; "
                          "PRAGMA mmap_size=0;";
    if (sqlite3_exec(pipe->m_db, pragmas, nullptr, nullptr, nullptr) != SQLITE_OK)
        return storage::sqliteError(pipe->m_db, sqlite3_errcode(pipe->m_db), "start the database copy");
    return pipe;
}

int PagePipe::refuse(const QString& why, int rc)
{
    if (!m_failure) {
        // The reason is English and names only page numbers: the log gets it as it is.
        logging::get("backup")->warn("the page pipe stopped: {}", why.toStdString());
        m_failure = makeError(ErrorCode::Failure,
                              CoreText::tr("The backup could not copy the database: %1. Nothing was saved.").arg(why));
        m_failedOnOrder = true;
    }
    return rc;
}

Result<void> PagePipe::flush()
{
    if (m_batched == 0)
        return {};
    auto taken = m_consumer(m_batch.get(), m_batched);
    m_batched = 0;
    return taken;
}

int PagePipe::write(const char* data, int amount, qint64 offset)
{
    if (m_failure)
        return SQLITE_IOERR_WRITE;
    if (amount % kPageSize != 0 || offset % kPageSize != 0)
        return refuse(QStringLiteral("SQLite wrote part of a page"), SQLITE_IOERR_WRITE);
    for (int i = 0; i < amount / kPageSize; ++i) {
        const auto page = quint32(offset / kPageSize) + quint32(i) + 1;
        const char* bytes = data + qsizetype(i) * kPageSize;
        if (page == 1) {
            std::memcpy(m_firstPage.data(), bytes, kPageSize);
            m_haveFirstPage = true;
            continue;
        }
        if (m_nextPage == storage::page::kLockBytePage && page == m_nextPage + 1) {
            // SQLite never writes the page holding the lock bytes; the stream carries it as zeros.
            std::memset(m_batch.get() + qsizetype(m_batched) * kPageSize, 0, kPageSize);
            ++m_batched;
            ++m_nextPage;
        }
        if (page != m_nextPage || page == m_refuseAt)
            return refuse(QStringLiteral("SQLite wrote page %1 where page %2 was expected").arg(page).arg(m_nextPage),
                          SQLITE_IOERR_WRITE);
        std::memcpy(m_batch.get() + qsizetype(m_batched) * kPageSize, bytes, kPageSize);
        ++m_batched;
        ++m_nextPage;
        if (m_batched >= kBatchPages - 1) { // keep one slot free for a lock-byte page
            if (auto taken = flush(); !taken) {
                m_failure = taken.error();
                return taken.error().code == ErrorCode::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
            }
        }
    }
    return SQLITE_OK;
}

int PagePipe::read(char* data, int amount, qint64 offset)
{
    if (offset >= size()) {
        std::memset(data, 0, std::size_t(amount));
        return SQLITE_IOERR_SHORT_READ;
    }
    if (m_haveFirstPage && offset + amount <= kPageSize) {
        std::memcpy(data, m_firstPage.data() + offset, std::size_t(amount));
        return SQLITE_OK;
    }
    // The page has gone on into the backup: SQLite is not filling the copy the way PagePipe expects.
    return refuse(
        QStringLiteral("SQLite read back page %1, which had gone on into the backup").arg(offset / kPageSize + 1),
        SQLITE_IOERR_READ);
}

int PagePipe::truncate(qint64 size)
{
    if (size >= this->size())
        return SQLITE_OK;
    return refuse(QStringLiteral("SQLite cut the copy short"), SQLITE_IOERR_WRITE);
}

qint64 PagePipe::size() const
{
    // Pages 2…m_nextPage-1 went on; the file reaches at least page 1 once SQLite wrote it.
    const qint64 streamed = m_nextPage > 2 ? qint64(m_nextPage - 1) * kPageSize : 0;
    return std::max<qint64>(streamed, m_haveFirstPage ? kPageSize : 0);
}

Result<void> PagePipe::finish(quint32 pageCount)
{
    if (m_failure)
        return *m_failure;
    if (auto taken = flush(); !taken) {
        m_failure = taken.error();
        return taken;
    }
    if (!m_haveFirstPage || m_nextPage != pageCount + 1) {
        const qint64 arrived = qint64(m_nextPage) - 2 + (m_haveFirstPage ? 1 : 0);
        refuse(QStringLiteral("%1 of its %2 pages arrived").arg(arrived).arg(pageCount), SQLITE_IOERR_WRITE);
        return *m_failure;
    }
    return {};
}

} // namespace outpost::backup
