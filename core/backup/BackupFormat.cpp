#include "core/backup/BackupFormat.h"

#include "core/CoreText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace outpost::backup {

namespace {

constexpr char kKeyCheckContext[] = "outpost backup key check v1";
constexpr char kRecoveryContext[] = "outpost backup recovery key v1";
constexpr quint8 kStoredVersion = 1;

QString sourceName(KeySource source)
{
    return source == KeySource::RecoveryKey ? QStringLiteral("recovery-key") : QStringLiteral("passphrase");
}

Error damagedHeader()
{
    return makeError(ErrorCode::Damaged, CoreText::tr("The backup's header is damaged or not an Outpost backup."));
}

QByteArray randomSalt()
{
    QByteArray salt(int(crypto::KdfParameters::kSaltSize), Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    return salt;
}

std::span<const unsigned char> bytesOf(const QByteArray& data)
{
    return {reinterpret_cast<const unsigned char*>(data.constData()), std::size_t(data.size())};
}

/// BLAKE2b-256 of @p salt keyed with the recovery key's secret.
crypto::SecretKey recoveryStreamKey(const crypto::RecoveryKey& recoveryKey, const QByteArray& salt)
{
    crypto::SecretKey key(crypto::KdfParameters::kKeySize);
    crypto_generichash_state state;
    crypto_generichash_init(&state, recoveryKey.secret().data(), recoveryKey.secret().size(), key.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kRecoveryContext),
                              sizeof kRecoveryContext - 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(salt.constData()),
                              std::size_t(salt.size()));
    crypto_generichash_final(&state, key.data(), key.size());
    return key;
}

} // namespace

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, CoreText::tr("Cancelled. Nothing was written."));
}

QString randomSuffix()
{
    unsigned char bytes[6];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

QByteArray BackupHeader::toJson() const
{
    QJsonArray counts;
    for (const auto& [table, rows] : rowCounts)
        counts.append(QJsonArray{table, rows});
    const QJsonObject object{
        {QStringLiteral("key_source"), sourceName(keySource)},
        {QStringLiteral("kdf_ops"), QString::number(kdf.opsLimit)},
        {QStringLiteral("kdf_mem"), QString::number(kdf.memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("key_check"), QString::fromLatin1(keyCheck.toBase64())},
        {QStringLiteral("created_ms"), QString::number(createdMs)},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("page_size"), format::kPageSize},
        {QStringLiteral("page_count"), QString::number(pageCount)},
        {QStringLiteral("row_counts"), counts},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<BackupHeader> BackupHeader::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damagedHeader();
    const QJsonObject object = document.object();
    BackupHeader header;
    const QString source = object.value(QStringLiteral("key_source")).toString();
    if (source == QLatin1String("passphrase"))
        header.keySource = KeySource::Passphrase;
    else if (source == QLatin1String("recovery-key"))
        header.keySource = KeySource::RecoveryKey;
    else
        return damagedHeader();
    bool opsOk = false;
    bool memOk = false;
    bool createdOk = false;
    bool pagesOk = false;
    header.kdf.opsLimit = object.value(QStringLiteral("kdf_ops")).toString().toULongLong(&opsOk);
    header.kdf.memLimit = object.value(QStringLiteral("kdf_mem")).toString().toULongLong(&memOk);
    header.createdMs = object.value(QStringLiteral("created_ms")).toString().toLongLong(&createdOk);
    const qulonglong pages = object.value(QStringLiteral("page_count")).toString().toULongLong(&pagesOk);
    header.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    header.keyCheck = QByteArray::fromBase64(object.value(QStringLiteral("key_check")).toString().toLatin1());
    header.appVersion = object.value(QStringLiteral("app_version")).toString();
    header.schemaVersion = object.value(QStringLiteral("schema_version")).toInt(-1);
    if (!opsOk || !memOk || !createdOk || !pagesOk || pages == 0 || pages > 0xFFFFFFFEull ||
        header.salt.size() != int(crypto::KdfParameters::kSaltSize) || header.keyCheck.size() != 16 ||
        header.schemaVersion < 0 || object.value(QStringLiteral("page_size")).toInt() != format::kPageSize)
        return damagedHeader();
    if (header.keySource == KeySource::Passphrase && !header.kdf.isAcceptable())
        return damagedHeader();
    header.pageCount = quint32(pages);
    const QJsonArray rows = object.value(QStringLiteral("row_counts")).toArray();
    for (const auto& entry : rows) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isDouble())
            return damagedHeader();
        header.rowCounts.append({pair.at(0).toString(), qint64(pair.at(1).toDouble())});
    }
    return header;
}

qint64 BackupHeader::rowCount(const QString& table) const
{
    for (const auto& [name, rows] : rowCounts) {
        if (name == table)
            return rows;
    }
    return -1;
}

Result<StreamKey> StreamKey::fromPassphrase(const QString& passphrase, const crypto::KdfParameters& kdf)
{
    if (passphrase.size() < 8)
        return makeError(ErrorCode::Invalid, CoreText::tr("A backup passphrase needs at least 8 characters."));
    StreamKey result;
    result.source = KeySource::Passphrase;
    result.kdf = kdf;
    result.salt = randomSalt();
    QByteArray utf8 = passphrase.toUtf8();
    auto key = kdf.deriveKey(bytesOf(utf8), bytesOf(result.salt));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    if (!key)
        return key.error();
    result.key = std::move(*key);
    return result;
}

Result<StreamKey> StreamKey::fromRecoveryKey(const crypto::RecoveryKey& recoveryKey)
{
    if (!crypto::initialiseSodium())
        return makeError(ErrorCode::Failure, CoreText::tr("The encryption library could not start."));
    StreamKey result;
    result.source = KeySource::RecoveryKey;
    result.salt = randomSalt();
    result.key = recoveryStreamKey(recoveryKey, result.salt);
    return result;
}

Result<StreamKey> StreamKey::forHeader(const BackupHeader& header, const QString& passphrase,
                                       const std::optional<crypto::RecoveryKey>& recoveryKey)
{
    if (!crypto::initialiseSodium())
        return makeError(ErrorCode::Failure, CoreText::tr("The encryption library could not start."));
    StreamKey result;
    result.source = header.keySource;
    result.kdf = header.kdf;
    result.salt = header.salt;
    if (header.keySource == KeySource::RecoveryKey) {
        if (!recoveryKey)
            return makeError(ErrorCode::WrongCredentials,
                             CoreText::tr("This backup was made with the clinic's recovery key: give the recovery "
                                          "key, not a passphrase."));
        result.key = recoveryStreamKey(*recoveryKey, header.salt);
    } else {
        QByteArray utf8 = passphrase.toUtf8();
        auto key = header.kdf.deriveKey(bytesOf(utf8), bytesOf(header.salt));
        sodium_memzero(utf8.data(), std::size_t(utf8.size()));
        if (!key)
            return key.error();
        result.key = std::move(*key);
    }
    const QByteArray check = result.keyCheck();
    if (check.size() != header.keyCheck.size() ||
        sodium_memcmp(check.constData(), header.keyCheck.constData(), std::size_t(check.size())) != 0)
        return makeError(ErrorCode::WrongCredentials,
                         header.keySource == KeySource::RecoveryKey
                             ? CoreText::tr("Wrong recovery key: it does not open this backup.")
                             : CoreText::tr("Wrong backup passphrase."));
    return result;
}

QByteArray StreamKey::keyCheck() const
{
    QByteArray check(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), std::size_t(check.size()),
                       reinterpret_cast<const unsigned char*>(kKeyCheckContext), sizeof kKeyCheckContext - 1,
                       key.data(), key.size());
    return check;
}

QByteArray StreamKey::toStored() const
{
    QByteArray stored;
    stored.append(char(kStoredVersion));
    stored.append(char(source == KeySource::RecoveryKey ? 2 : 1));
    stored.append(QByteArray::number(kdf.opsLimit)).append(':');
    stored.append(QByteArray::number(kdf.memLimit)).append(':');
    stored.append(salt);
    stored.append(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
    return stored.toBase64();
}

Result<StreamKey> StreamKey::fromStored(const QByteArray& stored)
{
    const QByteArray raw = QByteArray::fromBase64(stored);
    const auto bad = makeError(ErrorCode::Invalid, CoreText::tr("The saved automatic-backup key is not usable; set "
                                                                "the backup passphrase again."));
    if (raw.size() < 2 || raw.at(0) != char(kStoredVersion))
        return bad;
    StreamKey result;
    result.source = raw.at(1) == 2 ? KeySource::RecoveryKey : KeySource::Passphrase;
    const qsizetype opsEnd = raw.indexOf(':', 2);
    const qsizetype memEnd = opsEnd < 0 ? -1 : raw.indexOf(':', opsEnd + 1);
    const qsizetype rest = raw.size() - memEnd - 1;
    if (memEnd < 0 || rest != qsizetype(crypto::KdfParameters::kSaltSize) + qsizetype(crypto::KdfParameters::kKeySize))
        return bad;
    result.kdf.opsLimit = raw.mid(2, opsEnd - 2).toULongLong();
    result.kdf.memLimit = raw.mid(opsEnd + 1, memEnd - opsEnd - 1).toULongLong();
    result.salt = raw.mid(memEnd + 1, qsizetype(crypto::KdfParameters::kSaltSize));
    const QByteArray keyBytes = raw.right(qsizetype(crypto::KdfParameters::kKeySize));
    result.key = crypto::SecretKey::fromBytes(bytesOf(keyBytes));
    return result;
}

} // namespace outpost::backup
