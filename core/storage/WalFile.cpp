#include "core/logging/Log.h"
#include "core/storage/VfsFiles.h"

#include <algorithm>
#include <cstring>

namespace outpost::storage::vfs {

// WAL layout: a 32-byte header, then frames of a 24-byte header (page number, commit size, salts,
// SQLite's cumulative checksum) and a page. SQLite computes the checksum over the plaintext page,
// so on disk it is XORed with a keyed mask and a frame whose page fails authentication reads back
// with a broken checksum: recovery then treats it as the torn end of the log.

void WalFile::applyMask(unsigned char* frameHeader, std::uint32_t frameIndex) const
{
    const auto mask = keys()->codec().walMask(m_main->salt(), frameHeader + 8, frameIndex);
    for (std::size_t i = 0; i < mask.size(); ++i)
        frameHeader[16 + i] ^= mask[i];
}

int WalFile::readFrame(std::int64_t frame, unsigned char* header, unsigned char* plain, bool withPage, bool& authentic)
{
    const sqlite3_int64 start = kHeaderBytes + frame * kFrameBytes;
    int rc = readRaw(header, kFrameHeaderBytes, start);
    if (rc != SQLITE_OK)
        return rc;
    authentic = true;
    if (withPage) {
        rc = readRaw(m_disk.data(), page::kSize, start + kFrameHeaderBytes);
        if (rc != SQLITE_OK)
            return rc;
        const Salt salt = m_main->salt();
        const PageAddress address{FileKind::Wal, readBigEndian32(header), &salt, header};
        authentic = keys()->codec().decrypt(address, m_disk.data(), plain) == PageCodec::Status::Ok;
    }
    applyMask(header, static_cast<std::uint32_t>(frame + 1));
    return SQLITE_OK;
}

int WalFile::read(void* buffer, int amount, sqlite3_int64 offset)
{
    auto* out = static_cast<unsigned char*>(buffer);
    bool shortRead = false;
    sqlite3_int64 position = offset;
    const sqlite3_int64 end = offset + amount;
    while (position < end) {
        if (position < kHeaderBytes) {
            const int count = static_cast<int>(std::min<sqlite3_int64>(end, kHeaderBytes) - position);
            const int rc = readRaw(out + (position - offset), count, position);
            if (rc == SQLITE_IOERR_SHORT_READ)
                shortRead = true;
            else if (rc != SQLITE_OK)
                return rc;
            position += count;
            continue;
        }
        const std::int64_t frame = (position - kHeaderBytes) / kFrameBytes;
        const sqlite3_int64 frameStart = kHeaderBytes + frame * kFrameBytes;
        const sqlite3_int64 segmentEnd = std::min<sqlite3_int64>(end, frameStart + kFrameBytes);
        const bool touchesHeader = position < frameStart + kFrameHeaderBytes;
        const bool touchesPage = segmentEnd > frameStart + kFrameHeaderBytes;

        unsigned char header[kFrameHeaderBytes];
        bool authentic = true;
        const int rc = readFrame(frame, header, m_plain.data(), touchesPage, authentic);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            std::memset(out + (position - offset), 0, segmentEnd - position);
            shortRead = true;
            position = segmentEnd;
            continue;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!authentic) {
            if (!touchesHeader) {
                fail(FileKind::Wal, readBigEndian32(header), false);
                return SQLITE_IOERR_DATA;
            }
            // Recovery reads whole frames: a torn or forged frame must end the log, not the database.
            logging::get("storage")->info("WAL frame {} failed authentication; it ends the log", frame + 1);
            for (int i = 16; i < kFrameHeaderBytes; ++i)
                header[i] ^= 0xff;
            std::memset(m_plain.data(), 0, page::kSize);
        }
        for (sqlite3_int64 at = position; at < segmentEnd; ++at) {
            const sqlite3_int64 within = at - frameStart;
            out[at - offset] = within < kFrameHeaderBytes ? header[within] : m_plain[within - kFrameHeaderBytes];
        }
        position = segmentEnd;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int WalFile::writeHeader(const unsigned char* header, std::int64_t frame, sqlite3_int64 offset)
{
    std::memcpy(m_lastHeader.data(), header, kFrameHeaderBytes);
    m_lastHeaderFrame = frame;
    unsigned char masked[kFrameHeaderBytes];
    std::memcpy(masked, header, kFrameHeaderBytes);
    applyMask(masked, static_cast<std::uint32_t>(frame + 1));
    return writeRaw(masked, kFrameHeaderBytes, offset);
}

int WalFile::writePage(const unsigned char* plain, std::int64_t frame, sqlite3_int64 offset)
{
    // The page is bound to its frame header (written just before, or earlier when SQLite
    // rewrites a page already in the log).
    unsigned char header[kFrameHeaderBytes];
    if (m_lastHeaderFrame == frame) {
        std::memcpy(header, m_lastHeader.data(), kFrameHeaderBytes);
    } else if (readRaw(header, kFrameHeaderBytes, offset - kFrameHeaderBytes) != SQLITE_OK) {
        return SQLITE_IOERR_WRITE;
    }
    // SQLite's checksum covers the reserved bytes, which read back as zeros: anything else there
    // would silently break the log, so it is refused loudly.
    if (std::any_of(plain + page::kUsable, plain + page::kSize, [](unsigned char c) { return c != 0; })) {
        logging::get("storage")->error("refused a WAL page with data in its reserved bytes");
        return SQLITE_IOERR_WRITE;
    }
    const Salt salt = m_main->salt();
    const PageAddress address{FileKind::Wal, readBigEndian32(header), &salt, header};
    keys()->codec().encrypt(address, plain, m_disk.data());
    return writeRaw(m_disk.data(), page::kSize, offset);
}

int WalFile::write(const void* buffer, int amount, sqlite3_int64 offset)
{
    const auto* in = static_cast<const unsigned char*>(buffer);
    if (offset + amount <= kHeaderBytes)
        return writeRaw(buffer, amount, offset); // the WAL header holds no page content
    if (offset >= kHeaderBytes) {
        const std::int64_t frame = (offset - kHeaderBytes) / kFrameBytes;
        const sqlite3_int64 within = offset - (kHeaderBytes + frame * kFrameBytes);
        if (within == 0 && amount == kFrameHeaderBytes)
            return writeHeader(in, frame, offset);
        if (within == kFrameHeaderBytes && amount == page::kSize)
            return writePage(in, frame, offset);
        if (within == 0 && amount == kFrameBytes) {
            const int rc = writeHeader(in, frame, offset);
            return rc != SQLITE_OK ? rc : writePage(in + kFrameHeaderBytes, frame, offset + kFrameHeaderBytes);
        }
    }
    logging::get("storage")->error("refused a WAL write of {} bytes at offset {}", amount, offset);
    return SQLITE_IOERR_WRITE;
}

} // namespace outpost::storage::vfs
