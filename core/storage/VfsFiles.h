#pragma once

#include "core/storage/KeyRegistry.h"
#include "core/storage/PageCodec.h"

#include <sqlite3.h>

#include <array>
#include <memory>
#include <vector>

namespace outpost::storage::vfs {

/// What every open file of the VFS does: reads and writes through the underlying file.
class FileState
{
public:
    FileState(sqlite3_file* real, std::shared_ptr<DatabaseKeys> keys) : m_real(real), m_keys(std::move(keys)) {}
    virtual ~FileState() = default;
    FileState(const FileState&) = delete;
    FileState& operator=(const FileState&) = delete;

    virtual int read(void* buffer, int amount, sqlite3_int64 offset) = 0;
    virtual int write(const void* buffer, int amount, sqlite3_int64 offset) = 0;

    sqlite3_file* real() const { return m_real; }
    DatabaseKeys* keys() const { return m_keys.get(); }
    const std::shared_ptr<DatabaseKeys>& sharedKeys() const { return m_keys; }

protected:
    int readRaw(void* buffer, int amount, sqlite3_int64 offset) const
    {
        return m_real->pMethods->xRead(m_real, buffer, amount, offset);
    }
    /// Writes through; a full disk or a file-size limit becomes SQLITE_FULL.
    int writeRaw(const void* buffer, int amount, sqlite3_int64 offset) const;
    sqlite3_int64 fileSize() const;
    /// Records an authentication failure on this thread and stops writes to the database.
    void fail(FileKind kind, std::uint32_t pageNumber, bool wrongKey) const;

private:
    sqlite3_file* m_real;
    std::shared_ptr<DatabaseKeys> m_keys;
};

/// The main database file: whole encrypted pages, page 1 with the salt and a clear header.
class MainFile : public FileState
{
public:
    using FileState::FileState;
    int read(void* buffer, int amount, sqlite3_int64 offset) override;
    int write(const void* buffer, int amount, sqlite3_int64 offset) override;
    Salt salt() const;

private:
    int readPage(std::uint32_t pageNumber, unsigned char* plain, bool& beyondEnd);

    std::array<unsigned char, page::kSize> m_disk{};
    std::array<unsigned char, page::kSize> m_plain{};
};

/// The WAL: a clear 32-byte header, then frames of a 24-byte header (checksum masked) and an encrypted page.
class WalFile : public FileState
{
public:
    WalFile(sqlite3_file* real, std::shared_ptr<DatabaseKeys> keys, MainFile* main)
        : FileState(real, std::move(keys)), m_main(main)
    {}
    ~WalFile() override;
    int read(void* buffer, int amount, sqlite3_int64 offset) override;
    int write(const void* buffer, int amount, sqlite3_int64 offset) override;

private:
    static constexpr int kHeaderBytes = 32;
    static constexpr int kFrameHeaderBytes = 24;
    static constexpr int kFrameBytes = kFrameHeaderBytes + page::kSize;
    /// Frames whose plaintext is remembered: twice SQLite's default auto-checkpoint (8 MiB).
    static constexpr std::size_t kRememberedFrames = 2048;

    /// A frame this connection wrote, identified by its header and its nonce and tag: a checkpoint
    /// copying it into the database need not decrypt it again.
    struct WrittenFrame {
        std::int64_t frame = -1;
        std::array<unsigned char, 16> header{};
        std::array<unsigned char, page::kNonceBytes + page::kTagBytes> seal{};
        std::vector<unsigned char> plain;
    };

    void applyMask(unsigned char* frameHeader, std::uint32_t frameIndex) const;
    int readFrame(std::int64_t frame, unsigned char* header, unsigned char* plain, bool withPage, bool unmask,
                  bool& authentic);
    bool recall(std::int64_t frame, const unsigned char* header, const unsigned char* disk, unsigned char* plain) const;
    void remember(std::int64_t frame, const unsigned char* header, const unsigned char* disk,
                  const unsigned char* plain);
    int writeHeader(const unsigned char* header, std::int64_t frame, sqlite3_int64 offset);
    int writePage(const unsigned char* plain, std::int64_t frame, sqlite3_int64 offset);

    MainFile* m_main;
    std::int64_t m_lastHeaderFrame = -1;
    std::array<unsigned char, kFrameHeaderBytes> m_lastHeader{};
    std::array<unsigned char, kFrameBytes> m_raw{};
    std::array<unsigned char, page::kSize> m_disk{};
    std::array<unsigned char, page::kSize> m_plain{};
    std::vector<WrittenFrame> m_written;
};

/// The rollback journal: clear headers and page numbers, encrypted pages, masked record checksums.
class JournalFile : public FileState
{
public:
    JournalFile(sqlite3_file* real, std::shared_ptr<DatabaseKeys> keys, MainFile* main)
        : FileState(real, std::move(keys)), m_main(main)
    {}
    int read(void* buffer, int amount, sqlite3_int64 offset) override;
    int write(const void* buffer, int amount, sqlite3_int64 offset) override;

private:
    static bool isPageRecord(int amount, sqlite3_int64 offset);

    struct RecordMemory {
        sqlite3_int64 end = -1; ///< offset just after the page, where its checksum goes
        std::array<unsigned char, page::kNonceBytes> nonce{};
        bool authentic = false;
    };

    MainFile* m_main;
    sqlite3_int64 m_lastSmallWriteOffset = -1;
    std::array<unsigned char, 4> m_lastSmallWrite{};
    RecordMemory m_written;
    RecordMemory m_read;
    std::array<unsigned char, page::kSize> m_disk{};
};

/// A file that holds no page content (a super-journal of file names): passed through as it is.
class PlainFile : public FileState
{
public:
    using FileState::FileState;
    int read(void* buffer, int amount, sqlite3_int64 offset) override { return readRaw(buffer, amount, offset); }
    int write(const void* buffer, int amount, sqlite3_int64 offset) override
    {
        return writeRaw(buffer, amount, offset);
    }
};

} // namespace outpost::storage::vfs
