#include "core/logging/Log.h"
#include "core/storage/VfsFiles.h"

#include <cstring>

namespace outpost::storage::vfs {

// Rollback journal records are: page number (4 bytes), page, checksum (4 bytes), each written and
// read by a separate call. Headers start at sector-size multiples, so a record's page always sits
// at an offset ≡ 4 (mod 8); that is how a page is told from a header of the same size. The page
// number stays clear and is bound to the encrypted page; the checksum (over plaintext bytes) is
// masked with a PRF of the page's nonce. A page that fails authentication reads back as zeros
// with a broken checksum, so playback stops there as it does at a torn record.

bool JournalFile::isPageRecord(int amount, sqlite3_int64 offset)
{
    return amount == page::kSize && offset % 8 == 4;
}

int JournalFile::write(const void* buffer, int amount, sqlite3_int64 offset)
{
    const auto* in = static_cast<const unsigned char*>(buffer);
    if (amount == 4 && offset == m_written.end) {
        const auto mask = keys()->codec().journalMask(m_main->salt(), m_written.nonce.data(), offset);
        unsigned char masked[4];
        for (int i = 0; i < 4; ++i)
            masked[i] = in[i] ^ mask[i];
        m_written.end = -1;
        return writeRaw(masked, 4, offset);
    }
    if (isPageRecord(amount, offset)) {
        unsigned char number[4];
        if (m_lastSmallWriteOffset == offset - 4)
            std::memcpy(number, m_lastSmallWrite.data(), 4);
        else if (readRaw(number, 4, offset - 4) != SQLITE_OK)
            return SQLITE_IOERR_WRITE;
        const Salt salt = m_main->salt();
        const PageAddress address{FileKind::Journal, readBigEndian32(number), &salt, nullptr};
        keys()->codec().encrypt(address, in, m_disk.data());
        std::memcpy(m_written.nonce.data(), m_disk.data() + page::kNonceOffset, page::kNonceBytes);
        m_written.end = offset + page::kSize;
        return writeRaw(m_disk.data(), page::kSize, offset);
    }
    if (amount == 4) {
        m_lastSmallWriteOffset = offset;
        std::memcpy(m_lastSmallWrite.data(), in, 4);
    }
    return writeRaw(buffer, amount, offset);
}

int JournalFile::read(void* buffer, int amount, sqlite3_int64 offset)
{
    auto* out = static_cast<unsigned char*>(buffer);
    if (isPageRecord(amount, offset)) {
        unsigned char number[4];
        int rc = readRaw(number, 4, offset - 4);
        if (rc != SQLITE_OK)
            return readRaw(buffer, amount, offset);
        rc = readRaw(m_disk.data(), page::kSize, offset);
        if (rc != SQLITE_OK) {
            std::memset(out, 0, amount);
            return rc;
        }
        const Salt salt = m_main->salt();
        const PageAddress address{FileKind::Journal, readBigEndian32(number), &salt, nullptr};
        m_read.authentic = keys()->codec().decrypt(address, m_disk.data(), out) == PageCodec::Status::Ok;
        std::memcpy(m_read.nonce.data(), m_disk.data() + page::kNonceOffset, page::kNonceBytes);
        m_read.end = offset + page::kSize;
        if (!m_read.authentic)
            logging::get("storage")->info("a journal record failed authentication; playback stops there");
        return SQLITE_OK;
    }
    if (amount == 4 && offset == m_read.end) {
        const int rc = readRaw(out, 4, offset);
        if (rc != SQLITE_OK)
            return rc;
        const auto mask = keys()->codec().journalMask(m_main->salt(), m_read.nonce.data(), offset);
        for (int i = 0; i < 4; ++i)
            out[i] ^= mask[i] ^ (m_read.authentic ? 0 : 0xff);
        m_read.end = -1;
        return SQLITE_OK;
    }
    return readRaw(buffer, amount, offset);
}

} // namespace outpost::storage::vfs
