#pragma once

#include "core/crypto/SecretKey.h"
#include "core/Result.h"
#include "core/storage/Connection.h"
#include "core/storage/Migrations.h"

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace outpost::storage {

class KeyRegistration;

/// The clear, authenticated values every page of an encrypted file carries (its trailer).
struct KeyParameters {
    std::uint8_t kdfProfile = 0; ///< which key-derivation profile wrapped the data key (keyring's business)
    std::uint32_t keyEpoch = 0;  ///< which generation of data key encrypts the file; rotation increments it
};

/// What can be read from an encrypted file's first page without a key.
struct FileHeader {
    std::uint8_t formatVersion = 0;
    KeyParameters keyParameters;
};

/// How Database::create and Database::open set up the file and its connections.
struct DatabaseOptions {
    int readerCount = 2; ///< reader connections in the pool (at least 1)
    /// The app's schema steps, applied on create and open. Empty: the schema is left as it is
    /// (tools that only check or copy a file need not know the app's schema).
    std::vector<Migration> migrations;
    KeyParameters keyParameters; ///< for create; open keeps the values the file already carries
    int busyTimeoutMs = 5000;
    /// Page cache of the writer and of each reader, in KiB. SQLite's default (2 MiB) makes every
    /// insert into a large random-order index decrypt and re-encrypt pages it just evicted; the
    /// memory is only taken as pages are read.
    int writerCacheKiB = 65536;
    int readerCacheKiB = 16384;
};

/// SQLite's checkpoint modes (sqlite3_wal_checkpoint_v2).
enum class CheckpointMode { Passive, Full, Restart, Truncate };

class Database;

/// A write transaction on the writer connection (BEGIN IMMEDIATE). Holds the writer until it goes
/// away; rolls back in the destructor unless commit() succeeded.
class WriteTransaction
{
public:
    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    ~WriteTransaction();

    Connection& connection() { return *m_connection; }
    Connection* operator->() { return m_connection; }
    /// Commits; on failure the transaction is rolled back and the error says why (DiskFull, Damaged…).
    Result<void> commit();
    /// Rolls back now (the destructor does the same).
    void rollback();

private:
    friend class Database;
    WriteTransaction(std::unique_lock<std::mutex> lock, Connection* connection);

    std::unique_lock<std::mutex> m_lock;
    Connection* m_connection = nullptr;
    bool m_open = false;
};

/// A read transaction (a consistent snapshot) on a reader connection borrowed from the pool.
class ReadTransaction
{
public:
    ReadTransaction(ReadTransaction&& other) noexcept;
    ReadTransaction& operator=(ReadTransaction&&) = delete;
    ~ReadTransaction();

    Connection& connection() { return *m_connection; }
    Connection* operator->() { return m_connection; }

private:
    friend class Database;
    ReadTransaction(Database* database, Connection* connection);

    Database* m_database = nullptr;
    Connection* m_connection = nullptr;
};

/// The encrypted SQLite database: one writer connection and a pool of readers, all through the
/// "outpost-enc" VFS (XChaCha20-Poly1305 per page, see docs/security.md). WAL, synchronous=FULL,
/// foreign keys on, temp_store=MEMORY, secure_delete on. Thread-safe; every call returns a Result.
///
/// Errors: a wrong data key is WrongCredentials "Wrong user name or password"; a damaged or tampered
/// file is Damaged "The database is damaged (page N failed authentication). Restore from a backup."
/// and nothing more is written to it; a missing file is NotFound; an unreadable file or a read-only
/// folder is PermissionDenied; a full disk (or file-size limit) is DiskFull and only the failing
/// transaction is lost.
class Database
{
public:
    /// Creates a new database at @p path under @p dataKey (32 bytes) and applies the migrations.
    /// Fails if @p path (or a -wal/-journal beside it) already exists.
    static Result<std::unique_ptr<Database>> create(const QString& path, const crypto::SecretKey& dataKey,
                                                    DatabaseOptions options = {});
    /// Opens an existing database and applies any newer migrations.
    static Result<std::unique_ptr<Database>> open(const QString& path, const crypto::SecretKey& dataKey,
                                                  DatabaseOptions options = {});
    /// The clear part of an encrypted file's first page (format version, KDF profile, key epoch).
    static Result<FileHeader> readHeader(const QString& path);
    /// Deletes the database file at @p path and any -wal, -shm and -journal beside it (for a copy
    /// that failed or is no longer wanted; never call it on a database that is open).
    static void removeFiles(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }

    /// Starts a write transaction; waits while another thread holds the writer.
    Result<WriteTransaction> beginWrite();
    /// Runs @p work in a write transaction and commits when it succeeds.
    Result<void> write(const std::function<Result<void>(Connection&)>& work);
    /// Starts a read transaction on a pooled reader; waits while every reader is busy.
    Result<ReadTransaction> beginRead();
    /// Runs @p work in a read transaction.
    Result<void> read(const std::function<Result<void>(Connection&)>& work);

    /// Authenticates every page of the database file and its WAL, then runs PRAGMA integrity_check.
    /// Damaged names the first page that failed. Writes nothing.
    Result<void> verify();
    /// Copies committed changes from the WAL into the database file; Truncate (the default) also
    /// empties the WAL and waits for readers to finish.
    Result<void> checkpoint(CheckpointMode mode = CheckpointMode::Truncate);
    /// Rebuilds the file to drop free pages (VACUUM, under the same key).
    Result<void> vacuum();
    /// For key rotation: checkpoint(TRUNCATE), VACUUM INTO @p newPath under @p newKey with
    /// @p newParameters, then fsync the new file and its folder. The caller closes this database,
    /// renames @p newPath over path() and opens it with the new key. Fails if @p newPath exists.
    Result<void> vacuumInto(const QString& newPath, const crypto::SecretKey& newKey,
                            const KeyParameters& newParameters);
    /// The schema version (PRAGMA user_version).
    Result<int> schemaVersion();

    /// Closes every connection and wipes the keys; later calls fail. The destructor calls it.
    void close();
    bool isOpen() const { return m_writer != nullptr; }

private:
    friend class ReadTransaction;
    Database() = default;
    static Result<std::unique_ptr<Database>> start(const QString& path, const crypto::SecretKey& dataKey,
                                                   DatabaseOptions options, bool creating);
    Result<std::unique_ptr<Connection>> openConnection(bool create, bool reader) const;
    Result<void> openConnections(bool creating);
    void giveBack(Connection* reader);

    QString m_path;
    DatabaseOptions m_options;
    std::unique_ptr<KeyRegistration> m_key;
    std::unique_ptr<Connection> m_writer;
    std::mutex m_writerMutex;
    std::vector<std::unique_ptr<Connection>> m_readers;
    std::vector<Connection*> m_idleReaders;
    std::mutex m_poolMutex;
    std::condition_variable m_readerFree;
};

} // namespace outpost::storage
