#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace outpost::storage {

/// One row of a query: the column values in order (null, qint64, double, QString or QByteArray).
using Row = QVariantList;

/// A prepared statement borrowed from a Connection's cache; reset and handed back when it goes away.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    /// Binds @p value to the 1-based parameter @p index: an invalid QVariant is NULL, integers and
    /// bools are INTEGER, doubles REAL, QString TEXT and QByteArray BLOB.
    Result<void> bind(int index, const QVariant& value);
    /// Binds @p values to parameters 1…n.
    Result<void> bindAll(const QVariantList& values);

    /// Runs one step: true when a row is ready to read, false when the statement is done.
    Result<bool> step();
    /// Steps until done, ignoring rows (INSERT, UPDATE, DELETE, DDL).
    Result<void> run();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /// The column as a QVariant of its storage class.
    QVariant value(int column) const;
    /// Every column of the current row.
    Row row() const;

    sqlite3_stmt* handle() const { return m_statement; }

private:
    friend class Connection;
    Statement(class Connection* connection, sqlite3_stmt* statement);

    class Connection* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

/// One SQLite connection through the encrypted VFS, with a cache of prepared statements.
/// Not thread-safe: Database hands each connection to one thread at a time.
class Connection
{
public:
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// A statement for @p sql from the cache (prepared on first use). One statement per call;
    /// a statement that is still borrowed is prepared afresh instead of shared.
    Result<Statement> prepare(const QString& sql);
    /// Runs one statement with @p parameters and discards any rows.
    Result<void> execute(const QString& sql, const QVariantList& parameters = {});
    /// Runs several ';'-separated statements without parameters (schema scripts, migrations).
    Result<void> executeScript(const QString& sql);
    /// Every row of @p sql.
    Result<std::vector<Row>> query(const QString& sql, const QVariantList& parameters = {});
    /// The first row of @p sql, or nothing.
    Result<std::optional<Row>> queryRow(const QString& sql, const QVariantList& parameters = {});
    /// The first column of the first row; a null QVariant when there is no row.
    Result<QVariant> queryValue(const QString& sql, const QVariantList& parameters = {});

    qint64 lastInsertRowId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    qint64 changes() const;
    /// True when a transaction is open on this connection.
    bool inTransaction() const;

    /// The SQLite handle, for the few callers (benchmarks, tests) that need the C API directly.
    sqlite3* handle() const { return m_db; }

    /// The Error for SQLite result @p rc on this connection, with a sentence a user can read.
    Error errorFor(int rc, const char* action) const;

private:
    friend class Database;
    friend class Statement;
    explicit Connection(sqlite3* db);
    void giveBack(sqlite3_stmt* statement);
    void finalizeAll();

    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_idle;     ///< cached statements not borrowed now
    std::unordered_map<sqlite3_stmt*, std::string> m_borrowed; ///< borrowed statements and their SQL
};

} // namespace outpost::storage
