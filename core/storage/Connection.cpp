#include "core/storage/Connection.h"

#include "core/CoreText.h"
#include "core/storage/SqliteError.h"

#include <sqlite3.h>

#include <utility>

namespace outpost::storage {

namespace {
constexpr std::size_t kMaxCachedStatements = 256;
}

Statement::Statement(Connection* connection, sqlite3_stmt* statement) : m_connection(connection), m_statement(statement)
{}

Statement::Statement(Statement&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)), m_statement(std::exchange(other.m_statement, nullptr))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_statement)
            m_connection->giveBack(m_statement);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_statement)
        m_connection->giveBack(m_statement);
}

Result<void> Statement::bind(int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (!value.isValid() || value.isNull()) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Long:
        case QMetaType::ULong:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_TRANSIENT);
            break;
        }
        default: {
            if (!value.canConvert<QString>())
                return makeError(
                    ErrorCode::Usage,
                    CoreText::tr("A value of type %1 cannot be stored.").arg(QString::fromLatin1(value.typeName())));
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_statement, index, text.constData(), sqlite3_uint64(text.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }
    if (rc != SQLITE_OK)
        return m_connection->errorFor(rc, "bind a value");
    return {};
}

Result<void> Statement::bindAll(const QVariantList& values)
{
    if (values.size() != sqlite3_bind_parameter_count(m_statement))
        return makeError(ErrorCode::Usage, CoreText::tr("The statement takes %1 values, not %2.")
                                               .arg(sqlite3_bind_parameter_count(m_statement))
                                               .arg(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        if (auto bound = bind(i + 1, values.at(i)); !bound)
            return bound;
    }
    return {};
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_connection->errorFor(rc, "run a statement");
}

Result<void> Statement::run()
{
    for (;;) {
        auto stepped = step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            return {};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

Row Statement::row() const
{
    Row values;
    const int count = columnCount();
    values.reserve(count);
    for (int i = 0; i < count; ++i)
        values.append(value(i));
    return values;
}

Connection::Connection(sqlite3* db) : m_db(db) {}

Connection::~Connection()
{
    finalizeAll();
    sqlite3_close_v2(m_db);
}

void Connection::finalizeAll()
{
    for (auto& [sql, statement] : m_idle)
        sqlite3_finalize(statement);
    m_idle.clear();
    for (auto& [statement, sql] : m_borrowed)
        sqlite3_finalize(statement);
    m_borrowed.clear();
}

Result<Statement> Connection::prepare(const QString& sql)
{
    std::string key = sql.toStdString();
    if (auto it = m_idle.find(key); it != m_idle.end()) {
        sqlite3_stmt* statement = it->second;
        m_idle.erase(it);
        m_borrowed.emplace(statement, std::move(key));
        return Statement(this, statement);
    }
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, key.c_str(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, &tail);
    if (rc != SQLITE_OK)
        return errorFor(rc, "prepare a statement");
    const bool trailing = tail && QByteArray(tail).trimmed().size() > 0 && QByteArray(tail).trimmed() != ";";
    if (!statement || trailing) {
        sqlite3_finalize(statement);
        return makeError(ErrorCode::Usage, CoreText::tr("Exactly one SQL statement is expected here."));
    }
    m_borrowed.emplace(statement, std::move(key));
    return Statement(this, statement);
}

void Connection::giveBack(sqlite3_stmt* statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    auto it = m_borrowed.find(statement);
    if (it == m_borrowed.end()) {
        sqlite3_finalize(statement);
        return;
    }
    std::string sql = std::move(it->second);
    m_borrowed.erase(it);
    if (m_idle.size() >= kMaxCachedStatements || m_idle.count(sql))
        sqlite3_finalize(statement);
    else
        m_idle.emplace(std::move(sql), statement);
}

Result<void> Connection::execute(const QString& sql, const QVariantList& parameters)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (auto bound = statement->bindAll(parameters); !bound)
        return bound;
    return statement->run();
}

Result<void> Connection::executeScript(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, "run an SQL script");
    return {};
}

Result<std::vector<Row>> Connection::query(const QString& sql, const QVariantList& parameters)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (auto bound = statement->bindAll(parameters); !bound)
        return bound.error();
    std::vector<Row> rows;
    for (;;) {
        auto stepped = statement->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            return rows;
        rows.push_back(statement->row());
    }
}

Result<std::optional<Row>> Connection::queryRow(const QString& sql, const QVariantList& parameters)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (auto bound = statement->bindAll(parameters); !bound)
        return bound.error();
    auto stepped = statement->step();
    if (!stepped)
        return stepped.error();
    return *stepped ? std::optional<Row>(statement->row()) : std::nullopt;
}

Result<QVariant> Connection::queryValue(const QString& sql, const QVariantList& parameters)
{
    auto row = queryRow(sql, parameters);
    if (!row)
        return row.error();
    return *row && !(*row)->isEmpty() ? (*row)->first() : QVariant();
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Error Connection::errorFor(int rc, const char* action) const
{
    return sqliteError(m_db, rc, action);
}

} // namespace outpost::storage
