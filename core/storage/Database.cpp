#include "core/storage/Database.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/DurableFile.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/FileVerifier.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace outpost::storage {

namespace {

// temp_store=MEMORY keeps sorts, temporary tables and statement journals off the disk: the VFS
// refuses temporary files because they would hold plaintext.
constexpr auto kConnectionPragmas = "PRAGMA temp_store=MEMORY; PRAGMA secure_delete=ON; PRAGMA foreign_keys=ON; "
                                    "PRAGMA synchronous=FULL; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;";

Error closedError()
{
    return makeError(ErrorCode::Usage, CoreText::tr("The database is closed."));
}

bool existsWithContent(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

/// SQLite needs to create its -wal and -shm files beside the database: a folder that refuses a
/// new file is reported now rather than at the first write.
Result<void> checkFolderWritable(const QString& folder)
{
    QByteArray probe = QFile::encodeName(folder + QStringLiteral("/.outpost-probe-XXXXXX"));
    const int fd = ::mkstemp(probe.data());
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM || error == EROFS)
            return makeError(ErrorCode::PermissionDenied,
                             CoreText::tr("Outpost may not write in the folder %1 (permission denied). Choose a "
                                          "folder you can write to, or ask an administrator.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return DurableFile::errorFor(error, QStringLiteral("write in"), folder);
    }
    ::close(fd);
    ::unlink(probe.constData());
    return {};
}

} // namespace

// ---- transactions -------------------------------------------------------------------------------

WriteTransaction::WriteTransaction(std::unique_lock<std::mutex> lock, Connection* connection)
    : m_lock(std::move(lock)), m_connection(connection), m_open(true)
{}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : m_lock(std::move(other.m_lock))
    , m_connection(std::exchange(other.m_connection, nullptr))
    , m_open(std::exchange(other.m_open, false))
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::Usage, CoreText::tr("The transaction has already ended."));
    Result<void> committed = m_connection->execute(QStringLiteral("COMMIT"));
    if (!committed && m_connection->inTransaction())
        (void)m_connection->execute(QStringLiteral("ROLLBACK"));
    m_open = false;
    m_lock.unlock();
    return committed;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    if (m_connection->inTransaction())
        (void)m_connection->execute(QStringLiteral("ROLLBACK"));
    m_open = false;
    m_lock.unlock();
}

ReadTransaction::ReadTransaction(Database* database, Connection* connection)
    : m_database(database), m_connection(connection)
{}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr)), m_connection(std::exchange(other.m_connection, nullptr))
{}

ReadTransaction::~ReadTransaction()
{
    if (!m_connection)
        return;
    if (m_connection->inTransaction() && !m_connection->execute(QStringLiteral("COMMIT")))
        (void)m_connection->execute(QStringLiteral("ROLLBACK"));
    m_database->giveBack(m_connection);
}

// ---- opening and closing --------------------------------------------------------------------------

Result<std::unique_ptr<Database>> Database::create(const QString& path, const crypto::SecretKey& dataKey,
                                                   DatabaseOptions options)
{
    return start(path, dataKey, std::move(options), true);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const crypto::SecretKey& dataKey,
                                                 DatabaseOptions options)
{
    return start(path, dataKey, std::move(options), false);
}

Result<std::unique_ptr<Database>> Database::start(const QString& path, const crypto::SecretKey& dataKey,
                                                  DatabaseOptions options, bool creating)
{
    if (!vfs::ensureRegistered())
        return makeError(ErrorCode::Failure, CoreText::tr("The encrypted storage could not start."));
    if (options.readerCount < 1)
        return makeError(ErrorCode::Usage, CoreText::tr("A database needs at least one reader connection."));
    if (auto valid = Migrations::validate(options.migrations); !valid)
        return valid.error();

    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    struct stat status {
    };
    const bool exists = ::stat(QFile::encodeName(absolute).constData(), &status) == 0;
    const int statError = exists ? 0 : errno;
    if (statError == EACCES || statError == EPERM)
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("Outpost may not open %1 (permission denied).").arg(shown));
    if (creating) {
        if (exists || existsWithContent(absolute + QStringLiteral("-wal")) ||
            QFileInfo::exists(absolute + QStringLiteral("-journal")))
            return makeError(ErrorCode::Failure, CoreText::tr("There is already a file at %1.").arg(shown));
        if (!QFileInfo(info.absolutePath()).isDir())
            return makeError(
                ErrorCode::NotFound,
                CoreText::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    } else {
        if (!exists)
            return makeError(ErrorCode::NotFound, CoreText::tr("There is no database at %1.").arg(shown));
        if (status.st_size == 0)
            return makeError(ErrorCode::Damaged,
                             CoreText::tr("The database %1 is empty. Restore from a backup.").arg(shown));
    }
    if (auto writable = checkFolderWritable(info.absolutePath()); !writable)
        return writable.error();

    if (!creating) {
        // Later writes keep the file's own trailer values; only a new file takes them from the options.
        if (auto header = readHeader(absolute))
            options.keyParameters = header->keyParameters;
    }
    auto registration =
        KeyRegistration::add(absolute, dataKey, options.keyParameters.kdfProfile, options.keyParameters.keyEpoch);
    if (!registration)
        return registration.error();

    std::unique_ptr<Database> database(new Database);
    database->m_path = absolute;
    database->m_options = std::move(options);
    database->m_key = std::move(*registration);
    (void)takeAuthenticationFailure();
    if (auto opened = database->openConnections(creating); !opened) {
        database->close();
        if (creating) {
            removeFiles(absolute);
        }
        logging::get("storage")->warn("could not {} the database: {}", creating ? "create" : "open",
                                      opened.error().message.toStdString());
        return opened.error();
    }
    logging::get("storage")->info("{} the encrypted database ({} readers)", creating ? "created" : "opened",
                                  database->m_options.readerCount);
    return database;
}

Result<std::unique_ptr<Connection>> Database::openConnection(bool create, bool reader) const
{
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(m_path);
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_PRIVATECACHE | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, vfs::kName);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, "open the database");
        sqlite3_close_v2(db);
        return error;
    }
    std::unique_ptr<Connection> connection(new Connection(db));
    if (sqlite3_db_readonly(db, "main") == 1)
        return makeError(
            ErrorCode::PermissionDenied,
            CoreText::tr("Outpost may not write to %1 (permission denied).").arg(QDir::toNativeSeparators(m_path)));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, m_options.busyTimeoutMs);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // Checkpoints happen when Outpost asks (close() does one), never implicitly while closing a
    // connection to a database that may have been found damaged.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (auto configured = connection->executeScript(QString::fromLatin1(kConnectionPragmas)); !configured)
        return configured.error();
    const int cacheKiB = reader ? m_options.readerCacheKiB : m_options.writerCacheKiB;
    if (auto cache = connection->execute(QStringLiteral("PRAGMA cache_size=-%1").arg(std::max(cacheKiB, 512))); !cache)
        return cache.error();
    if (reader) {
        if (auto readOnly = connection->execute(QStringLiteral("PRAGMA query_only=ON")); !readOnly)
            return readOnly.error();
    }
    return connection;
}

Result<void> Database::openConnections(bool creating)
{
    auto writer = openConnection(creating, false);
    if (!writer)
        return writer.error();
    m_writer = std::move(*writer);
    Connection& connection = *m_writer;
    if (creating) {
        // The reserved bytes (nonce, tag, trailer) must be set before the first page is written.
        int reserve = page::kReserved;
        sqlite3_file_control(connection.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        if (auto sized = connection.execute(QStringLiteral("PRAGMA page_size=%1").arg(page::kSize)); !sized)
            return sized;
    } else if (auto schema = connection.queryValue(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !schema) {
        return schema.error();
    }
    auto mode = connection.queryValue(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString() != QLatin1String("wal"))
        return makeError(ErrorCode::Failure, CoreText::tr("The database could not switch to write-ahead logging."));
    auto pageSize = connection.queryValue(QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize.error();
    int reserve = -1;
    sqlite3_file_control(connection.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    if (pageSize->toInt() != page::kSize || reserve != page::kReserved)
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The file is not an Outpost database. Restore from a backup."));
    if (!m_options.migrations.empty()) {
        if (auto migrated = Migrations::apply(connection, m_options.migrations); !migrated)
            return migrated.error();
    }

    for (int i = 0; i < m_options.readerCount; ++i) {
        auto reader = openConnection(false, true);
        if (!reader)
            return reader.error();
        m_idleReaders.push_back(reader->get());
        m_readers.push_back(std::move(*reader));
    }
    return {};
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_writer)
        return;
    {
        std::lock_guard pool(m_poolMutex);
        if (m_idleReaders.size() != m_readers.size())
            logging::get("storage")->error("the database is closing while read transactions are still open");
    }
    std::lock_guard writer(m_writerMutex);
    const bool healthy = !m_key->keys()->isDamaged();
    if (healthy) {
        const int rc =
            sqlite3_wal_checkpoint_v2(m_writer->handle(), "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        if (rc != SQLITE_OK)
            logging::get("storage")->debug("the closing checkpoint did not complete ({})", sqlite3_errstr(rc));
    }
    {
        std::lock_guard pool(m_poolMutex);
        m_idleReaders.clear();
        m_readers.clear();
    }
    // The log is empty now: letting the last connection checkpoint on close makes SQLite delete the
    // -wal and -shm files (the -shm would otherwise keep showing which pages were written last).
    // A damaged database is left exactly as it is.
    if (healthy)
        sqlite3_db_config(m_writer->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    m_writer.reset();
    m_key.reset(); // the last registration of the path wipes the keys
    m_readerFree.notify_all();
    logging::get("storage")->info("closed the encrypted database");
}

// ---- access -------------------------------------------------------------------------------------

Result<WriteTransaction> Database::beginWrite()
{
    if (!m_writer)
        return closedError();
    std::unique_lock lock(m_writerMutex);
    if (!m_writer)
        return closedError();
    (void)takeAuthenticationFailure();
    if (auto begun = m_writer->execute(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    return WriteTransaction(std::move(lock), m_writer.get());
}

Result<void> Database::write(const std::function<Result<void>(Connection&)>& work)
{
    auto transaction = beginWrite();
    if (!transaction)
        return transaction.error();
    if (auto done = work(transaction->connection()); !done)
        return done;
    return transaction->commit();
}

Result<ReadTransaction> Database::beginRead()
{
    Connection* reader = nullptr;
    {
        std::unique_lock pool(m_poolMutex);
        m_readerFree.wait(pool, [this] { return !m_idleReaders.empty() || !m_writer; });
        if (!m_writer)
            return closedError();
        reader = m_idleReaders.back();
        m_idleReaders.pop_back();
    }
    (void)takeAuthenticationFailure();
    if (auto begun = reader->execute(QStringLiteral("BEGIN")); !begun) {
        giveBack(reader);
        return begun.error();
    }
    return ReadTransaction(this, reader);
}

Result<void> Database::read(const std::function<Result<void>(Connection&)>& work)
{
    auto transaction = beginRead();
    if (!transaction)
        return transaction.error();
    return work(transaction->connection());
}

void Database::giveBack(Connection* reader)
{
    {
        std::lock_guard pool(m_poolMutex);
        m_idleReaders.push_back(reader);
    }
    m_readerFree.notify_one();
}

Result<int> Database::schemaVersion()
{
    int version = 0;
    auto done = read([&version](Connection& connection) -> Result<void> {
        auto current = Migrations::currentVersion(connection);
        if (!current)
            return current.error();
        version = *current;
        return {};
    });
    if (!done)
        return done.error();
    return version;
}

} // namespace outpost::storage
