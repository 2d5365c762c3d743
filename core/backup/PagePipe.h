#pragma once

#include "core/Result.h"

#include <QtGlobal>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>

struct sqlite3;

namespace outpost::backup {

/// The destination of an export's sqlite3_backup: a database file that exists only as a stream of
/// pages. A small VFS ("outpost-pipe") passes every page SQLite writes to a consumer at once
/// instead of storing it, so the snapshot never reaches a disk, in clear or encrypted, and no page
/// is encrypted, stored and decrypted again on its way into the backup.
///
/// It relies on how SQLite fills a new database it copies into with journal_mode=OFF under an
/// exclusive lock: each page is written once, pages 2…N in ascending order as the page cache
/// spills and at commit, and page 1, which SQLite holds until the commit, last. PagePipe passes on
/// pages 2…N (with the never-written lock-byte page of files over 1 GiB as zeros) and keeps page 1
/// for the caller. Any other order (a page out of order or written twice, a read of a page already
/// passed on, a truncation) fails the copy with OutOfOrder instead of producing a wrong stream.
class PagePipe
{
public:
    /// Takes @p count whole pages in page order; an error stops the copy and is kept as failure().
    using Consumer = std::function<Result<void>(const char* pages, int count)>;

    static Result<std::unique_ptr<PagePipe>> open(Consumer consumer);
    ~PagePipe();
    PagePipe(const PagePipe&) = delete;
    PagePipe& operator=(const PagePipe&) = delete;

    /// The connection to pass to sqlite3_backup_init as the destination.
    sqlite3* handle() const { return m_db; }
    /// After sqlite3_backup_step returned SQLITE_DONE: hands on the pages still batched and checks
    /// that pages 1…@p pageCount all arrived.
    Result<void> finish(quint32 pageCount);
    /// Page 1 as SQLite last wrote it (complete after finish()).
    const char* firstPage() const { return m_firstPage.data(); }
    /// Why a write was refused: the consumer's error (a full disk…) or an unexpected write order.
    const std::optional<Error>& failure() const { return m_failure; }
    /// True when the failure is the write order SQLite used, not the consumer.
    bool failedOnOrder() const { return m_failedOnOrder; }

    /// Tests: behaves as if SQLite wrote page @p page out of order.
    void refuseAt(quint32 page) { m_refuseAt = page; }

    /// Called by the VFS (any thread the connection is used on).
    int write(const char* data, int amount, qint64 offset);
    int read(char* data, int amount, qint64 offset);
    int truncate(qint64 size);
    qint64 size() const;

private:
    explicit PagePipe(Consumer consumer);
    /// Stops the pipe for a write order it cannot stream (@p why in English, for the log) and
    /// returns @p rc for SQLite.
    int refuse(const QString& why, int rc);
    Result<void> flush();

    Consumer m_consumer;
    std::string m_name;
    sqlite3* m_db = nullptr;
    std::array<char, 4096> m_firstPage{};
    bool m_haveFirstPage = false;
    quint32 m_nextPage = 2; ///< the page the stream needs next
    std::unique_ptr<char[]> m_batch;
    int m_batched = 0;
    std::optional<Error> m_failure;
    bool m_failedOnOrder = false;
    quint32 m_refuseAt = 0;
};

} // namespace outpost::backup
