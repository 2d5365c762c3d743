#include "core/logging/Log.h"
#include "core/storage/VfsFiles.h"

#include <algorithm>
#include <cstring>

namespace outpost::storage::vfs {

Salt MainFile::salt() const
{
    return keys()->salt(
        [this](Salt& out) { return readRaw(out.data(), static_cast<int>(out.size()), 0) == SQLITE_OK; });
}

int MainFile::readPage(std::uint32_t pageNumber, unsigned char* plain, bool& beyondEnd)
{
    const sqlite3_int64 offset = sqlite3_int64(pageNumber - 1) * page::kSize;
    beyondEnd = false;
    const int rc = readRaw(m_disk.data(), page::kSize, offset);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        const sqlite3_int64 size = fileSize();
        if (size >= 0 && size <= offset) {
            // Past the end of the file: SQLite expects zeros and a short read.
            std::memset(plain, 0, page::kSize);
            beyondEnd = true;
            return SQLITE_OK;
        }
        // A partial page cannot be authenticated: fall through and fail below.
    } else if (rc != SQLITE_OK) {
        return rc;
    }
    const Salt fileSalt = salt();
    const PageAddress address{FileKind::Database, pageNumber, &fileSalt, nullptr};
    const PageCodec::Status status = keys()->codec().decrypt(address, m_disk.data(), plain);
    if (status != PageCodec::Status::Ok) {
        fail(FileKind::Database, pageNumber, status == PageCodec::Status::WrongKey);
        return SQLITE_IOERR_DATA;
    }
    return SQLITE_OK;
}

int MainFile::read(void* buffer, int amount, sqlite3_int64 offset)
{
    auto* out = static_cast<unsigned char*>(buffer);
    bool anyBeyondEnd = false;
    sqlite3_int64 position = offset;
    const sqlite3_int64 end = offset + amount;
    while (position < end) {
        const auto pageNumber = static_cast<std::uint32_t>(position / page::kSize + 1);
        const sqlite3_int64 pageStart = sqlite3_int64(pageNumber - 1) * page::kSize;
        const int within = static_cast<int>(position - pageStart);
        const int count = static_cast<int>(std::min<sqlite3_int64>(end - position, page::kSize - within));
        // A whole aligned page decrypts straight into SQLite's buffer; a part of one (the 100-byte
        // header, the change counter) decrypts the whole page and copies.
        const bool whole = within == 0 && count == page::kSize;
        unsigned char* target = whole ? out + (position - offset) : m_plain.data();
        bool beyondEnd = false;
        const int rc = readPage(pageNumber, target, beyondEnd);
        if (rc != SQLITE_OK) {
            std::memset(out, 0, amount);
            return rc;
        }
        if (!whole)
            std::memcpy(out + (position - offset), m_plain.data() + within, count);
        anyBeyondEnd = anyBeyondEnd || beyondEnd;
        position += count;
    }
    return anyBeyondEnd ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int MainFile::write(const void* buffer, int amount, sqlite3_int64 offset)
{
    if (offset % page::kSize != 0 || amount <= 0 || amount % page::kSize != 0) {
        logging::get("storage")->error("refused a database write of {} bytes at offset {}: only whole pages", amount,
                                       offset);
        return SQLITE_IOERR_WRITE;
    }
    const auto* in = static_cast<const unsigned char*>(buffer);
    for (int done = 0; done < amount; done += page::kSize) {
        const unsigned char* plain = in + done;
        const auto pageNumber = static_cast<std::uint32_t>((offset + done) / page::kSize + 1);
        if (pageNumber == 1) {
            const int pageSize = (plain[16] << 8) | plain[17];
            if (pageSize != page::kSize || plain[20] != page::kReserved) {
                logging::get("storage")->error("refused a database header with page size {} and {} reserved bytes",
                                               pageSize, int(plain[20]));
                return SQLITE_IOERR_WRITE;
            }
        }
        const Salt fileSalt = salt();
        const PageAddress address{FileKind::Database, pageNumber, &fileSalt, nullptr};
        keys()->codec().encrypt(address, plain, m_disk.data());
        const int rc = writeRaw(m_disk.data(), page::kSize, offset + done);
        if (rc != SQLITE_OK)
            return rc;
        if (pageNumber == 1)
            keys()->saltWritten();
    }
    return SQLITE_OK;
}

} // namespace outpost::storage::vfs
