#pragma once

// Shared helpers for the storage tests: keys, raw file surgery and raw connections through the VFS.

#include "core/crypto/SecretKey.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptedVfs.h"
#include "core/storage/KeyRegistry.h"
#include "core/storage/PageCodec.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <array>
#include <memory>

namespace outpost::storage::testing {

/// A fixed key: tests are repeatable and a second seed gives a second, different key.
inline crypto::SecretKey testKey(unsigned char seed = 1)
{
    std::array<unsigned char, 32> bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<unsigned char>(seed * 31 + i * 7);
    return crypto::SecretKey::fromBytes(bytes);
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

/// XORs @p mask into the byte at @p offset (only while no connection has the file open).
inline bool flipByte(const QString& path, qint64 offset, unsigned char mask = 0x01)
{
    QByteArray contents = readFile(path);
    if (offset < 0 || offset >= contents.size())
        return false;
    contents[offset] = static_cast<char>(contents.at(offset) ^ mask);
    return writeFile(path, contents);
}

/// The known strings of @p needles that occur anywhere in @p path's raw bytes.
inline QStringList plaintextFound(const QString& path, const QStringList& needles)
{
    const QByteArray contents = readFile(path);
    QStringList found;
    for (const QString& needle : needles) {
        if (contents.contains(needle.toUtf8()))
            found << needle;
    }
    return found;
}

/// A sqlite3 connection straight through the VFS, for journal modes and tricks Database never uses.
class RawConnection
{
public:
    RawConnection(const QString& path, const crypto::SecretKey& key, const char* journalMode = "WAL")
    {
        vfs::ensureRegistered();
        auto registration = KeyRegistration::add(path, key);
        if (!registration)
            return;
        m_key = std::move(*registration);
        const QByteArray name = QFile::encodeName(path);
        if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs::kName) !=
            SQLITE_OK)
            return;
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        int reserve = page::kReserved;
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        m_ok = exec("PRAGMA temp_store=MEMORY; PRAGMA secure_delete=ON; PRAGMA synchronous=FULL") &&
               exec(QByteArray("PRAGMA journal_mode=") + journalMode);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool ok() const { return m_ok; }
    sqlite3* handle() const { return m_db; }
    bool exec(const QByteArray& sql)
    {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK)
            m_lastError = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return rc == SQLITE_OK;
    }
    /// The first column of the first row of @p sql as text ("" when there is none or it fails).
    QString value(const QByteArray& sql)
    {
        sqlite3_stmt* statement = nullptr;
        QString result;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return result;
    }
    const QString& lastError() const { return m_lastError; }

private:
    std::unique_ptr<KeyRegistration> m_key;
    sqlite3* m_db = nullptr;
    bool m_ok = false;
    QString m_lastError;
};

} // namespace outpost::storage::testing
