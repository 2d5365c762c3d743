#include "core/clinic/LoginThrottle.h"

#include "core/clinic/UserName.h"
#include "core/CoreText.h"
#include "core/crypto/SecretKey.h"
#include "core/logging/Log.h"
#include "core/storage/DurableFile.h"

#include <sodium.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace outpost::clinic {

namespace {

constexpr int kFormatVersion = 1;
constexpr std::size_t kKeySize = crypto_generichash_KEYBYTES;
constexpr std::size_t kHashSize = crypto_generichash_BYTES;
const QLatin1String kFormat("outpost-login-throttle");

QByteArray randomKey()
{
    QByteArray key(qsizetype(kKeySize), Qt::Uninitialized);
    randombytes_buf(key.data(), kKeySize);
    return key;
}

} // namespace

LoginThrottle::LoginThrottle(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock)
{
    crypto::initialiseSodium();
    load();
}

qint64 LoginThrottle::delayAfter(int failures)
{
    if (failures <= kFreeFailures)
        return 0;
    const int doublings = failures - kFreeFailures - 1;
    // 2^9 s already exceeds the cap; stop shifting before it could overflow.
    if (doublings >= 9)
        return kMaximumDelayMs;
    return std::min(kFirstDelayMs << doublings, kMaximumDelayMs);
}

QByteArray LoginThrottle::keyFor(const QString& userName) const
{
    const QByteArray folded = UserName::fold(userName).toUtf8();
    QByteArray hash(qsizetype(kHashSize), Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), kHashSize,
                       reinterpret_cast<const unsigned char*>(folded.constData()), std::size_t(folded.size()),
                       reinterpret_cast<const unsigned char*>(m_key.constData()), std::size_t(m_key.size()));
    return hash;
}

qint64 LoginThrottle::remainingMs(const QString& userName) const
{
    std::lock_guard lock(m_mutex);
    const auto entry = m_entries.find(keyFor(userName));
    if (entry == m_entries.end())
        return 0;
    const qint64 delay = delayAfter(entry->second.failures);
    const qint64 remaining = entry->second.lastFailureMs + delay - m_clock.nowMs();
    // A clock set back must not turn a one-second wait into a long one.
    return std::clamp<qint64>(remaining, 0, delay);
}

Result<void> LoginThrottle::check(const QString& userName) const
{
    const qint64 remaining = remainingMs(userName);
    if (remaining <= 0)
        return {};
    const qint64 seconds = (remaining + 999) / 1000;
    return makeError(ErrorCode::PermissionDenied,
                     seconds == 1 ? CoreText::tr("Too many failed attempts. Try again in 1 second.")
                                  : CoreText::tr("Too many failed attempts. Try again in %1 seconds.").arg(seconds));
}

int LoginThrottle::failures(const QString& userName) const
{
    std::lock_guard lock(m_mutex);
    const auto entry = m_entries.find(keyFor(userName));
    if (entry == m_entries.end() || m_clock.nowMs() - entry->second.lastFailureMs > kForgetAfterMs)
        return 0;
    return entry->second.failures;
}

Result<void> LoginThrottle::recordFailure(const QString& userName)
{
    std::lock_guard lock(m_mutex);
    forgetStale();
    Entry& entry = m_entries[keyFor(userName)];
    entry.failures = std::min(entry.failures + 1, 1'000'000);
    entry.lastFailureMs = m_clock.nowMs();
    if (m_entries.size() > std::size_t(kMaximumEntries)) {
        auto oldest = std::min_element(m_entries.begin(), m_entries.end(), [](const auto& a, const auto& b) {
            return a.second.lastFailureMs < b.second.lastFailureMs;
        });
        m_entries.erase(oldest);
    }
    return save();
}

Result<void> LoginThrottle::recordSuccess(const QString& userName)
{
    std::lock_guard lock(m_mutex);
    forgetStale();
    if (m_entries.erase(keyFor(userName)) == 0)
        return {};
    return save();
}

void LoginThrottle::forgetStale()
{
    const qint64 now = m_clock.nowMs();
    std::erase_if(m_entries, [now](const auto& item) { return now - item.second.lastFailureMs > kForgetAfterMs; });
}

void LoginThrottle::load()
{
    m_key = randomKey();
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return;
    const auto warn = [this](const char* why) {
        logging::get("app")->warn("login delays start afresh: the throttle file {} {}", m_path.toStdString(), why);
    };
    if (!file.open(QIODevice::ReadOnly))
        return warn("cannot be read");
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    const auto key = QByteArray::fromBase64Encoding(root.value(QLatin1String("key")).toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (root.value(QLatin1String("format")).toString() != kFormat ||
        root.value(QLatin1String("version")).toInt() != kFormatVersion || !key || (*key).size() != qsizetype(kKeySize))
        return warn("is damaged");
    m_key = *key;
    for (const auto& value : root.value(QLatin1String("entries")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto name = QByteArray::fromBase64Encoding(object.value(QLatin1String("name")).toString().toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        const int failures = object.value(QLatin1String("failures")).toInt();
        if (!name || (*name).size() != qsizetype(kHashSize) || failures <= 0)
            continue;
        m_entries[*name] = Entry{failures, qint64(object.value(QLatin1String("lastFailureMs")).toDouble())};
    }
    forgetStale();
}

Result<void> LoginThrottle::save() const
{
    QJsonArray entries;
    for (const auto& [name, entry] : m_entries) {
        entries.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name.toBase64())},
                                   {QStringLiteral("failures"), entry.failures},
                                   {QStringLiteral("lastFailureMs"), double(entry.lastFailureMs)}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("key"), QString::fromLatin1(m_key.toBase64())},
                           {QStringLiteral("entries"), entries}};
    return storage::DurableFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace outpost::clinic
