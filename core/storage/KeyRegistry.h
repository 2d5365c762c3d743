#pragma once

#include "core/crypto/SecretKey.h"
#include "core/Result.h"
#include "core/storage/PageCodec.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace outpost::storage {

/// Everything the VFS keeps about one encrypted database path while it is registered: the keys,
/// the file's salt and whether damage was found (after which nothing more is written to it).
class DatabaseKeys
{
public:
    DatabaseKeys(const crypto::SecretKey& dataKey, std::uint8_t kdfProfile, std::uint32_t keyEpoch);

    const PageKeys& keys() const { return m_keys; }
    const PageCodec& codec() const { return m_codec; }

    /// The salt: the one on disk once the first page is written; before that a fresh random one
    /// that the first write of page 1 stores. @p readSaltFromDisk reads bytes 0–15, false if the file is shorter.
    template<typename ReadFunction>
    Salt salt(ReadFunction&& readSaltFromDisk)
    {
        std::lock_guard lock(m_saltMutex);
        if (!m_saltOnDisk) {
            Salt fromDisk{};
            if (readSaltFromDisk(fromDisk)) {
                m_salt = fromDisk;
                m_saltOnDisk = m_saltKnown = true;
            } else if (!m_saltKnown) {
                m_salt = randomSalt();
                m_saltKnown = true;
            }
        }
        return m_salt;
    }
    /// Page 1 with the salt has reached the file.
    void saltWritten();

    bool isDamaged() const { return m_damagedPage.load() != 0; }
    /// The first damaged page found (0: none).
    std::uint32_t damagedPage() const { return m_damagedPage.load(); }
    /// Records damage at @p pageNumber; from now on the VFS refuses every write to this database.
    void markDamaged(std::uint32_t pageNumber);

private:
    static Salt randomSalt();

    PageKeys m_keys;
    PageCodec m_codec;
    std::mutex m_saltMutex;
    Salt m_salt{};
    bool m_saltKnown = false;
    bool m_saltOnDisk = false;
    std::atomic<std::uint32_t> m_damagedPage{0};
};

/// While it lives, the VFS can open the database at one path with one key. Removing the last
/// registration of a path forgets its keys (open files keep theirs until they close).
class KeyRegistration
{
public:
    ~KeyRegistration();
    KeyRegistration(const KeyRegistration&) = delete;
    KeyRegistration& operator=(const KeyRegistration&) = delete;

    /// Registers @p dataKey (32 bytes) for @p path. The same path with another key is refused
    /// while the first registration lives.
    static Result<std::unique_ptr<KeyRegistration>> add(const QString& path, const crypto::SecretKey& dataKey,
                                                        std::uint8_t kdfProfile = 0, std::uint32_t keyEpoch = 0);
    /// The keys registered for @p canonicalPath (as canonicalPath() makes it), or null.
    static std::shared_ptr<DatabaseKeys> find(const std::string& canonicalPath);
    /// The absolute path with every symbolic link in its existing part resolved: the registry's key.
    static std::string canonicalPath(const std::string& path);

    const std::shared_ptr<DatabaseKeys>& keys() const { return m_keys; }
    const std::string& canonical() const { return m_canonical; }

private:
    KeyRegistration(std::string canonical, std::shared_ptr<DatabaseKeys> keys);

    std::string m_canonical;
    std::shared_ptr<DatabaseKeys> m_keys;
};

/// The last page that failed authentication on this thread, for turning SQLITE_IOERR_DATA into a sentence.
struct AuthenticationFailure {
    FileKind kind = FileKind::Database;
    std::uint32_t pageNumber = 0;
    bool wrongKey = false;
};

void noteAuthenticationFailure(const AuthenticationFailure& failure);
/// Returns and forgets this thread's last failure.
std::optional<AuthenticationFailure> takeAuthenticationFailure();

} // namespace outpost::storage
