#include "core/backup/PageImage.h"

#include "core/CoreText.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/PageCodec.h"
#include "core/storage/SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace outpost::backup {

PageImage::~PageImage()
{
    close();
}

Result<std::unique_ptr<PageImage>> PageImage::create(const QString& path, const crypto::SecretKey& key,
                                                     const storage::KeyParameters& parameters)
{
    if (!storage::vfs::ensureRegistered())
        return makeError(ErrorCode::Failure, CoreText::tr("The encrypted storage could not start."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return makeError(ErrorCode::Failure,
                         CoreText::tr("There is already a file at %1.").arg(QDir::toNativeSeparators(absolute)));
    auto registration = storage::KeyRegistration::add(absolute, key, parameters.kdfProfile, parameters.keyEpoch);
    if (!registration)
        return registration.error();
    std::unique_ptr<PageImage> image(new PageImage);
    image->m_path = absolute;
    image->m_registration = std::move(*registration);
    const QByteArray name = QFile::encodeName(absolute);
    const int rc =
        sqlite3_open_v2(name.constData(), &image->m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_PRIVATECACHE, storage::vfs::kName);
    if (rc != SQLITE_OK) {
        Error error = storage::sqliteError(image->m_db, rc, "create a working copy");
        image->remove();
        return error;
    }
    sqlite3_extended_result_codes(image->m_db, 1);
    int reserve = storage::page::kReserved;
    sqlite3_file_control(image->m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    // The copy is scratch: no journal, no fsync per step; a crash leaves only ciphertext to delete.
    // Writing the header first puts page 1 (and the file's salt) on disk before any other page:
    // sqlite3_backup may spill later pages from its cache before it writes page 1.
    const char* pragmas = "PRAGMA page_size=4096; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                          "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-8192; PRAGMA mmap_size=0; "
                          "PRAGMA user_version=1;";
    if (sqlite3_exec(image->m_db, pragmas, nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error error = storage::sqliteError(image->m_db, sqlite3_errcode(image->m_db), "create a working copy");
        image->remove();
        return error;
    }
    sqlite3_file_control(image->m_db, "main", SQLITE_FCNTL_FILE_POINTER, &image->m_file);
    if (!image->m_file || !image->m_file->pMethods) {
        image->remove();
        return makeError(ErrorCode::Failure, CoreText::tr("The working copy could not be opened."));
    }
    return image;
}

Error PageImage::ioError(int rc, const char* action) const
{
    return storage::sqliteError(m_db, rc, action);
}

Result<void> PageImage::writePages(quint32 firstPage, const char* data, int count)
{
    for (int i = 0; i < count;) {
        const quint32 pageNumber = firstPage + quint32(i);
        if (pageNumber == storage::page::kLockBytePage) {
            ++i;
            continue;
        }
        // Write runs of pages up to the lock-byte page in one call.
        int run = 1;
        while (i + run < count && firstPage + quint32(i + run) != storage::page::kLockBytePage && run < 256)
            ++run;
        const int rc =
            m_file->pMethods->xWrite(m_file, data + qsizetype(i) * storage::page::kSize, run * storage::page::kSize,
                                     sqlite3_int64(pageNumber - 1) * storage::page::kSize);
        if (rc != SQLITE_OK)
            return ioError(rc, "write the database copy");
        i += run;
    }
    return {};
}

Result<void> PageImage::readPages(quint32 firstPage, char* data, int count)
{
    for (int i = 0; i < count;) {
        const quint32 pageNumber = firstPage + quint32(i);
        char* target = data + qsizetype(i) * storage::page::kSize;
        if (pageNumber == storage::page::kLockBytePage) {
            std::memset(target, 0, storage::page::kSize);
            ++i;
            continue;
        }
        int run = 1;
        while (i + run < count && firstPage + quint32(i + run) != storage::page::kLockBytePage && run < 256)
            ++run;
        const int rc = m_file->pMethods->xRead(m_file, target, run * storage::page::kSize,
                                               sqlite3_int64(pageNumber - 1) * storage::page::kSize);
        if (rc != SQLITE_OK)
            return ioError(rc, "read the database copy");
        i += run;
    }
    return {};
}

Result<quint32> PageImage::pageCount()
{
    sqlite3_int64 size = 0;
    const int rc = m_file->pMethods->xFileSize(m_file, &size);
    if (rc != SQLITE_OK)
        return ioError(rc, "read the database copy");
    return quint32(size / storage::page::kSize);
}

Result<void> PageImage::sync()
{
    const int rc = m_file->pMethods->xSync(m_file, SQLITE_SYNC_FULL);
    if (rc != SQLITE_OK)
        return ioError(rc, "write the database copy");
    return {};
}

void PageImage::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        m_file = nullptr;
    }
    m_registration.reset();
}

void PageImage::remove()
{
    close();
    if (m_path.isEmpty())
        return;
    storage::Database::removeFiles(m_path);
}

} // namespace outpost::backup
