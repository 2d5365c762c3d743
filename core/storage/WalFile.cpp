#include "core/logging/Log.h"
#include "core/storage/VfsFiles.h"

#include <sodium.h>

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

WalFile::~WalFile()
{
    for (WrittenFrame& written : m_written) {
        if (!written.plain.empty())
            sodium_memzero(written.plain.data(), written.plain.size());
    }
}

bool WalFile::recall(std::int64_t frame, const unsigned char* header, const unsigned char* disk,
                     unsigned char* plain) const
{
    if (m_written.empty())
        return false;
    const WrittenFrame& written = m_written[static_cast<std::size_t>(frame) % kRememberedFrames];
    // A fresh random nonce per write: the same nonce and tag mean these are the bytes we wrote.
    if (written.frame != frame || std::memcmp(written.header.data(), header, written.header.size()) != 0 ||
        std::memcmp(written.seal.data(), disk + page::kNonceOffset, written.seal.size()) != 0)
        return false;
    std::memcpy(plain, written.plain.data(), page::kUsable);
    std::memset(plain + page::kUsable, 0, page::kReserved);
    return true;
}

void WalFile::remember(std::int64_t frame, const unsigned char* header, const unsigned char* disk,
                       const unsigned char* plain)
{
    if (m_written.empty())
        m_written.resize(kRememberedFrames);
    WrittenFrame& written = m_written[static_cast<std::size_t>(frame) % kRememberedFrames];
    written.frame = frame;
    std::memcpy(written.header.data(), header, written.header.size());
    std::memcpy(written.seal.data(), disk + page::kNonceOffset, written.seal.size());
    written.plain.assign(plain, plain + page::kUsable);
}

int WalFile::readFrame(std::int64_t frame, unsigned char* header, unsigned char* plain, bool withPage, bool unmask,
                       bool& authentic)
{
    const sqlite3_int64 start = kHeaderBytes + frame * kFrameBytes;
    authentic = true;
    if (withPage) {
        const int rc = readRaw(m_raw.data(), kFrameBytes, start);
        if (rc != SQLITE_OK)
            return rc;
        std::memcpy(header, m_raw.data(), kFrameHeaderBytes);
        const unsigned char* disk = m_raw.data() + kFrameHeaderBytes;
        if (!recall(frame, header, disk, plain)) {
            const Salt salt = m_main->salt();
            const PageAddress address{FileKind::Wal, readBigEndian32(header), &salt, header};
            authentic = keys()->codec().decrypt(address, disk, plain) == PageCodec::Status::Ok;
        }
    } else if (const int rc = readRaw(header, kFrameHeaderBytes, start); rc != SQLITE_OK) {
        return rc;
    }
    if (unmask)
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
        const int rc = readFrame(frame, header, m_plain.data(), touchesPage, touchesHeader, authentic);
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
        const sqlite3_int64 pageStart = frameStart + kFrameHeaderBytes;
        if (position < pageStart) {
            const sqlite3_int64 end = std::min(segmentEnd, pageStart);
            std::memcpy(out + (position - offset), header + (position - frameStart), std::size_t(end - position));
        }
        if (segmentEnd > pageStart) {
            const sqlite3_int64 begin = std::max(position, pageStart);
            std::memcpy(out + (begin - offset), m_plain.data() + (begin - pageStart), std::size_t(segmentEnd - begin));
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
    const int rc = writeRaw(m_disk.data(), page::kSize, offset);
    if (rc == SQLITE_OK)
        remember(frame, header, m_disk.data(), plain);
    return rc;
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
