#include "core/storage/FileVerifier.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/SqliteError.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

namespace outpost::storage {

namespace {

constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;
constexpr int kFrameBytes = kFrameHeaderBytes + page::kSize;
// SQLite's wal-index header (the first 48 bytes of the -shm file): mxFrame at 16, the salts at 32.
constexpr int kIndexMaxFrameOffset = 16;
constexpr int kIndexSaltOffset = 32;
constexpr int kIndexHeaderBytes = 48;
constexpr int kIndexRegionBytes = 32768;

sqlite3_file* fileOf(sqlite3* db, int op)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", op, &file) != SQLITE_OK)
        return nullptr;
    return vfs::underlyingFile(file);
}

sqlite3_int64 sizeOf(sqlite3_file* file)
{
    sqlite3_int64 size = 0;
    return file->pMethods->xFileSize(file, &size) == SQLITE_OK ? size : 0;
}

} // namespace

std::uint32_t FileVerifier::committedWalFrames(sqlite3_file* mainFile, const unsigned char* walSalts) const
{
    // The frames SQLite counts as committed are the ones up to mxFrame in the wal-index; frames
    // past it are leftovers of rolled-back or torn transactions and are never read.
    void volatile* region = nullptr;
    if (mainFile->pMethods->iVersion < 2 ||
        mainFile->pMethods->xShmMap(mainFile, 0, kIndexRegionBytes, 0, &region) != SQLITE_OK || !region)
        return 0;
    unsigned char header[kIndexHeaderBytes];
    std::memcpy(header, const_cast<const void*>(region), sizeof header);
    if (std::memcmp(header + kIndexSaltOffset, walSalts, 8) != 0)
        return 0;
    std::uint32_t maxFrame = 0;
    std::memcpy(&maxFrame, header + kIndexMaxFrameOffset, sizeof maxFrame);
    return maxFrame;
}

Result<void> FileVerifier::run()
{
    // Damage found here also stops every later write, as damage found by a read does.
    const auto damaged = [this](std::uint32_t pageNumber) {
        m_keys.markDamaged(pageNumber);
        return damagedPageError(pageNumber);
    };
    sqlite3_file* mainFile = fileOf(m_db, SQLITE_FCNTL_FILE_POINTER);
    if (!mainFile)
        return makeError(ErrorCode::Failure, CoreText::tr("The database is not open through the encrypted VFS."));
    const sqlite3_int64 mainSize = sizeOf(mainFile);
    Salt salt{};
    if (mainSize < page::kSize ||
        mainFile->pMethods->xRead(mainFile, salt.data(), static_cast<int>(salt.size()), 0) != SQLITE_OK)
        return damaged(1);

    std::array<unsigned char, page::kSize> disk{};
    std::array<unsigned char, page::kSize> plain{};
    std::set<std::uint32_t> pagesInWal;
    std::uint32_t firstBadWalPage = 0;

    sqlite3_file* walFile = fileOf(m_db, SQLITE_FCNTL_JOURNAL_POINTER);
    unsigned char walHeader[kWalHeaderBytes];
    if (walFile && sizeOf(walFile) >= kWalHeaderBytes &&
        walFile->pMethods->xRead(walFile, walHeader, kWalHeaderBytes, 0) == SQLITE_OK) {
        const std::uint32_t frames = committedWalFrames(mainFile, walHeader + 16);
        for (std::uint32_t frame = 0; frame < frames && firstBadWalPage == 0; ++frame) {
            const sqlite3_int64 start = kWalHeaderBytes + sqlite3_int64(frame) * kFrameBytes;
            unsigned char header[kFrameHeaderBytes];
            if (walFile->pMethods->xRead(walFile, header, kFrameHeaderBytes, start) != SQLITE_OK ||
                walFile->pMethods->xRead(walFile, disk.data(), page::kSize, start + kFrameHeaderBytes) != SQLITE_OK) {
                firstBadWalPage = readBigEndian32(header);
                break;
            }
            const PageAddress address{FileKind::Wal, readBigEndian32(header), &salt, header};
            // A committed frame carries the log's salts (pages do not bind them: SQLite fills them
            // in at commit), so a changed salt is damage, not a torn tail.
            const bool saltsMatch = std::memcmp(header + 8, walHeader + 16, 8) == 0;
            if (!saltsMatch || m_keys.codec().decrypt(address, disk.data(), plain.data()) != PageCodec::Status::Ok)
                firstBadWalPage = std::max<std::uint32_t>(readBigEndian32(header), 1);
            else
                pagesInWal.insert(address.pageNumber);
        }
    }

    const auto pages = static_cast<std::uint32_t>(mainSize / page::kSize);
    if (mainSize % page::kSize != 0)
        return damaged(pages + 1);
    for (std::uint32_t pageNumber = 1; pageNumber <= pages; ++pageNumber) {
        if (pageNumber == page::kLockBytePage)
            continue;
        const sqlite3_int64 offset = sqlite3_int64(pageNumber - 1) * page::kSize;
        const bool read = mainFile->pMethods->xRead(mainFile, disk.data(), page::kSize, offset) == SQLITE_OK;
        const PageAddress address{FileKind::Database, pageNumber, &salt, nullptr};
        const bool authentic =
            read && m_keys.codec().decrypt(address, disk.data(), plain.data()) == PageCodec::Status::Ok;
        // A page with a newer committed copy in the WAL may be mid-checkpoint after a power cut;
        // the next checkpoint rewrites it.
        if (!authentic && !pagesInWal.count(pageNumber))
            return damaged(pageNumber);
    }
    if (firstBadWalPage != 0)
        return damaged(firstBadWalPage);
    logging::get("storage")->debug("verified {} database pages and {} pages in the WAL", pages, pagesInWal.size());
    return {};
}

} // namespace outpost::storage
