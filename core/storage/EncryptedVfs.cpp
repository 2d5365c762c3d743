#include "core/storage/EncryptedVfs.h"

#include "core/crypto/SecretKey.h"
#include "core/logging/Log.h"
#include "core/storage/VfsFiles.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

namespace outpost::storage::vfs {

namespace {

/// The sqlite3_file SQLite allocates for us: our state, then the underlying file.
struct Handle {
    sqlite3_file base;
    FileState* state;
};

constexpr std::size_t kRealOffset = (sizeof(Handle) + 7) & ~std::size_t(7);

std::atomic<std::uint64_t> g_refusedOpens{0};
sqlite3_vfs g_vfs{};

sqlite3_vfs* lower()
{
    return static_cast<sqlite3_vfs*>(g_vfs.pAppData);
}

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kRealOffset);
}

FileState* stateOf(sqlite3_file* file)
{
    return reinterpret_cast<Handle*>(file)->state;
}

int xClose(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    delete stateOf(file);
    reinterpret_cast<Handle*>(file)->state = nullptr;
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return stateOf(file)->read(buffer, amount, offset);
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    FileState* state = stateOf(file);
    if (state->keys() && state->keys()->isDamaged()) {
        // A damaged or tampered database is left exactly as it was found.
        noteAuthenticationFailure({FileKind::Database, state->keys()->damagedPage(), false});
        return SQLITE_IOERR_WRITE;
    }
    return state->write(buffer, amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    FileState* state = stateOf(file);
    if (state->keys() && state->keys()->isDamaged())
        return SQLITE_IOERR_TRUNCATE;
    return state->real()->pMethods->xTruncate(state->real(), size);
}

int xSync(sqlite3_file* file, int flags)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int xLock(sqlite3_file* file, int level)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int xUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int xCheckReservedLock(sqlite3_file* file, int* result)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int xFileControl(sqlite3_file* file, int op, void* argument)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        // Memory-mapped pages would bypass decryption: mmap stays off whatever is asked.
        *static_cast<sqlite3_int64*>(argument) = 0;
        return SQLITE_OK;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileControl(real, op, argument);
}

int xSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    int characteristics = real->pMethods->xDeviceCharacteristics(real);
    // Pages change size on disk (nonce and tag), so nothing may rely on atomic sector writes;
    // powersafe overwrite keeps SQLite from padding WAL frames up to sector boundaries.
    characteristics &= ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K | SQLITE_IOCAP_ATOMIC2K |
                         SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K | SQLITE_IOCAP_ATOMIC16K |
                         SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K | SQLITE_IOCAP_BATCH_ATOMIC);
#ifdef SQLITE_IOCAP_SUBPAGE_READ
    characteristics &= ~SQLITE_IOCAP_SUBPAGE_READ;
#endif
    return characteristics | SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** memory)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmMap(real, region, size, extend, memory);
}

int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

// Version 2: no xFetch/xUnfetch, so SQLite never maps the file into memory.
const sqlite3_io_methods g_methods = {2,
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
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      nullptr,
                                      nullptr};

int refuse(const char* what)
{
    ++g_refusedOpens;
    logging::get("storage")->warn("refused to open {}: it would hold plaintext", what);
    return SQLITE_CANTOPEN;
}

MainFile* mainFileOf(const char* name)
{
    sqlite3_file* main = sqlite3_database_file_object(name);
    if (!main || main->pMethods != &g_methods)
        return nullptr;
    return dynamic_cast<MainFile*>(stateOf(main));
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* handle = reinterpret_cast<Handle*>(file);
    handle->base.pMethods = nullptr;
    handle->state = nullptr;
    constexpr int kTemporary =
        SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_TRANSIENT_DB;
    if (!name || (flags & (kTemporary | SQLITE_OPEN_DELETEONCLOSE)))
        return refuse("an unnamed or temporary file");

    std::shared_ptr<DatabaseKeys> keys;
    MainFile* main = nullptr;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        keys = KeyRegistration::find(KeyRegistration::canonicalPath(name));
        if (!keys) {
            logging::get("storage")->warn("refused to open a database that has no key registered");
            return SQLITE_CANTOPEN;
        }
    } else if (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) {
        main = mainFileOf(name);
        if (!main)
            return refuse("a journal whose database is not encrypted");
        keys = main->sharedKeys();
    } else if (!(flags & SQLITE_OPEN_SUPER_JOURNAL)) {
        return refuse("a file of an unknown kind");
    }

    sqlite3_file* real = realOf(file);
    std::memset(real, 0, lower()->szOsFile);
    const int rc = lower()->xOpen(lower(), name, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (real->pMethods)
            real->pMethods->xClose(real);
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB)
        handle->state = new MainFile(real, std::move(keys));
    else if (flags & SQLITE_OPEN_WAL)
        handle->state = new WalFile(real, std::move(keys), main);
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        handle->state = new JournalFile(real, std::move(keys), main);
    else
        handle->state = new PlainFile(real, nullptr);
    handle->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDirectory)
{
    return lower()->xDelete(lower(), name, syncDirectory);
}

int xAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return lower()->xAccess(lower(), name, flags, result);
}

int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return lower()->xFullPathname(lower(), name, size, out);
}

void* xDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // no extensions through this VFS
}

void xDlError(sqlite3_vfs*, int size, char* message)
{
    sqlite3_snprintf(size, message, "extensions are not loaded through the encrypted VFS");
}

void (*xDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}

void xDlClose(sqlite3_vfs*, void*) {}

int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return lower()->xRandomness(lower(), size, out);
}

int xSleep(sqlite3_vfs*, int microseconds)
{
    return lower()->xSleep(lower(), microseconds);
}

int xCurrentTime(sqlite3_vfs*, double* now)
{
    return lower()->xCurrentTime(lower(), now);
}

int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return lower()->xGetLastError ? lower()->xGetLastError(lower(), size, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return lower()->xCurrentTimeInt64(lower(), now);
}

} // namespace

int FileState::writeRaw(const void* buffer, int amount, sqlite3_int64 offset) const
{
    errno = 0;
    const int rc = m_real->pMethods->xWrite(m_real, buffer, amount, offset);
    const int error = errno;
    if (rc == SQLITE_IOERR_WRITE && (error == ENOSPC || error == EFBIG || error == EDQUOT))
        return SQLITE_FULL;
    return rc;
}

sqlite3_int64 FileState::fileSize() const
{
    sqlite3_int64 size = 0;
    return m_real->pMethods->xFileSize(m_real, &size) == SQLITE_OK ? size : -1;
}

void FileState::fail(FileKind kind, std::uint32_t pageNumber, bool wrongKey) const
{
    noteAuthenticationFailure({kind, pageNumber, wrongKey});
    m_keys->markDamaged(pageNumber);
}

bool ensureRegistered()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        if (!crypto::initialiseSodium() || sqlite3_initialize() != SQLITE_OK)
            return;
        sqlite3_vfs* unix = sqlite3_vfs_find("unix");
        if (!unix)
            return;
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = static_cast<int>(kRealOffset) + unix->szOsFile;
        g_vfs.mxPathname = unix->mxPathname;
        g_vfs.zName = kName;
        g_vfs.pAppData = unix;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        registered = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return registered;
}

std::uint64_t refusedOpenCount()
{
    return g_refusedOpens.load();
}

sqlite3_file* underlyingFile(sqlite3_file* file)
{
    return file && file->pMethods == &g_methods ? realOf(file) : nullptr;
}

} // namespace outpost::storage::vfs
