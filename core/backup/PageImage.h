#pragma once

#include "core/crypto/SecretKey.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_file;

namespace outpost::storage {
class KeyRegistration;
}

namespace outpost::backup {

/// Raw page access to an encrypted database file through the outpost-enc VFS: pages are plaintext
/// only in memory and encrypted on disk. The backup's way in and out of SQLite's file format
/// without ever writing a plaintext page (Debian's SQLite has no sqlite_dbpage).
class PageImage
{
public:
    /// Creates a new, empty encrypted file at @p path under @p key with the reserved bytes and page
    /// size Outpost uses. Fails if @p path exists.
    static Result<std::unique_ptr<PageImage>> create(const QString& path, const crypto::SecretKey& key,
                                                     const storage::KeyParameters& parameters);
    ~PageImage();
    PageImage(const PageImage&) = delete;
    PageImage& operator=(const PageImage&) = delete;

    /// The connection on the file (for sqlite3_backup into it).
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    /// Writes @p count whole pages from @p data, the first at 1-based @p firstPage. The lock-byte
    /// page of files over 1 GiB is skipped, as SQLite does.
    Result<void> writePages(quint32 firstPage, const char* data, int count);
    /// Reads @p count pages into @p data (decrypted; the reserved bytes read as zeros).
    Result<void> readPages(quint32 firstPage, char* data, int count);
    /// The file's size in pages.
    Result<quint32> pageCount();
    /// fsync.
    Result<void> sync();
    /// Closes the connection; the file stays.
    void close();
    /// Closes and deletes the file and any journal beside it.
    void remove();

private:
    PageImage() = default;
    Error ioError(int rc, const char* action) const;

    QString m_path;
    std::unique_ptr<storage::KeyRegistration> m_registration;
    sqlite3* m_db = nullptr;
    sqlite3_file* m_file = nullptr;
};

} // namespace outpost::backup
