#include "core/storage/KeyRegistry.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"

#include <sodium.h>

#include <filesystem>
#include <map>

namespace outpost::storage {

namespace {

struct Entry {
    std::shared_ptr<DatabaseKeys> keys;
    int registrations = 0;
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<std::string, Entry>& registry()
{
    static std::map<std::string, Entry> entries;
    return entries;
}

thread_local std::optional<AuthenticationFailure> t_lastFailure;

} // namespace

DatabaseKeys::DatabaseKeys(const crypto::SecretKey& dataKey, std::uint8_t kdfProfile, std::uint32_t keyEpoch)
    : m_keys(dataKey, kdfProfile, keyEpoch), m_codec(m_keys)
{}

Salt DatabaseKeys::randomSalt()
{
    Salt salt{};
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

void DatabaseKeys::saltWritten()
{
    std::lock_guard lock(m_saltMutex);
    m_saltOnDisk = true;
}

void DatabaseKeys::markDamaged(std::uint32_t pageNumber)
{
    std::uint32_t none = 0;
    if (m_damagedPage.compare_exchange_strong(none, pageNumber == 0 ? 1 : pageNumber))
        logging::get("storage")->error("page {} failed authentication; writes to this database are now refused",
                                       pageNumber);
}

KeyRegistration::KeyRegistration(std::string canonical, std::shared_ptr<DatabaseKeys> keys)
    : m_canonical(std::move(canonical)), m_keys(std::move(keys))
{}

KeyRegistration::~KeyRegistration()
{
    std::lock_guard lock(registryMutex());
    auto it = registry().find(m_canonical);
    if (it != registry().end() && --it->second.registrations <= 0)
        registry().erase(it);
}

Result<std::unique_ptr<KeyRegistration>> KeyRegistration::add(const QString& path, const crypto::SecretKey& dataKey,
                                                              std::uint8_t kdfProfile, std::uint32_t keyEpoch)
{
    if (!crypto::initialiseSodium())
        return makeError(ErrorCode::Failure, CoreText::tr("The encryption library could not start."));
    if (dataKey.isNull() || dataKey.size() != crypto::SecretKey::kDefaultSize)
        return makeError(ErrorCode::Usage, CoreText::tr("A database key must be 32 bytes."));
    const std::string canonical = canonicalPath(path.toStdString());
    auto keys = std::make_shared<DatabaseKeys>(dataKey, kdfProfile, keyEpoch);

    std::lock_guard lock(registryMutex());
    Entry& entry = registry()[canonical];
    if (entry.keys && !entry.keys->keys().sameKeyAs(keys->keys()))
        return makeError(ErrorCode::Failure,
                         CoreText::tr("The database %1 is already open with another key.").arg(path));
    if (!entry.keys)
        entry.keys = std::move(keys);
    ++entry.registrations;
    return std::unique_ptr<KeyRegistration>(new KeyRegistration(canonical, entry.keys));
}

std::shared_ptr<DatabaseKeys> KeyRegistration::find(const std::string& canonicalPath)
{
    std::lock_guard lock(registryMutex());
    const auto it = registry().find(canonicalPath);
    return it == registry().end() ? nullptr : it->second.keys;
}

std::string KeyRegistration::canonicalPath(const std::string& path)
{
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(path, error);
    if (error)
        return path;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(absolute, error);
    return error ? absolute.lexically_normal().string() : canonical.string();
}

void noteAuthenticationFailure(const AuthenticationFailure& failure)
{
    if (!t_lastFailure)
        t_lastFailure = failure;
}

std::optional<AuthenticationFailure> takeAuthenticationFailure()
{
    return std::exchange(t_lastFailure, std::nullopt);
}

} // namespace outpost::storage
