#include "core/crypto/Keyring.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/DurableFile.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <limits>

namespace outpost::crypto {

namespace {

constexpr int kFormatVersion = 1;
constexpr std::size_t kKeyringIdSize = 16;
constexpr std::size_t kLabelKeySize = crypto_generichash_KEYBYTES;
constexpr char kCheckContext[crypto_kdf_CONTEXTBYTES] = {'O', 'P', 'k', 'y', 'c', 'h', 'c', 'k'};

QString wrongCredentials()
{
    return CoreText::tr("Wrong user name or password.");
}

QString restoreAdvice()
{
    return CoreText::tr("Restore it from a backup, or use the recovery key to make a new one "
                        "(outpostctl unlock-with-recovery-key).");
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray result(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(result.data(), size);
    return result;
}

/// The UTF-8 bytes of @p text (NFC) in protected memory; the temporary copies are wiped.
SecretKey secretBytes(const QString& text)
{
    QString normalised = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    SecretKey secret = SecretKey::fromBytes(
        std::span(reinterpret_cast<const unsigned char*>(utf8.constData()), std::size_t(utf8.size())));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    sodium_memzero(normalised.data(), std::size_t(normalised.size()) * sizeof(QChar));
    return secret;
}

QByteArray keyCheck(const QByteArray& keyringId, const SecretKey& dataKey)
{
    SecretKey checkKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(checkKey.data(), checkKey.size(), 1, kCheckContext, dataKey.data());
    const QByteArray message = QByteArrayLiteral("outpost-keyring-check/1") + keyringId;
    QByteArray check(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), std::size_t(check.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()),
                       checkKey.data(), checkKey.size());
    return check;
}

Result<void> checkNames(const QString& user, const QString& password)
{
    if (Keyring::foldUserName(user).isEmpty())
        return makeError(ErrorCode::Invalid, CoreText::tr("A user name cannot be empty."));
    if (password.isEmpty())
        return makeError(ErrorCode::Invalid, CoreText::tr("A password cannot be empty."));
    return {};
}

Error damaged(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Damaged, QStringLiteral("The keyring file %1 is damaged (%2). %3")
                                             .arg(QDir::toNativeSeparators(path), why, restoreAdvice()));
}

std::optional<QByteArray> decodeField(const QJsonObject& object, QLatin1String key, qsizetype size)
{
    auto decoded = QByteArray::fromBase64Encoding(object.value(key).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).size() != size)
        return std::nullopt;
    return *decoded;
}

} // namespace

QString Keyring::fileName()
{
    return QStringLiteral("outpost.keyring");
}

QString Keyring::foldUserName(const QString& user)
{
    return user.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QByteArray Keyring::labelFor(const QString& user) const
{
    const QByteArray folded = foldUserName(user).toUtf8();
    QByteArray label(KeySlot::kLabelSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(label.data()), std::size_t(label.size()),
                       reinterpret_cast<const unsigned char*>(folded.constData()), std::size_t(folded.size()),
                       reinterpret_cast<const unsigned char*>(m_labelKey.constData()), std::size_t(m_labelKey.size()));
    return label;
}

const KeySlot* Keyring::slotFor(const QString& user) const
{
    const QByteArray label = labelFor(user);
    const auto slot = std::find_if(m_slots.begin(), m_slots.end(),
                                   [&](const KeySlot& s) { return s.kind == KeySlot::Kind::User && s.label == label; });
    return slot == m_slots.end() ? nullptr : &*slot;
}

Result<Keyring> Keyring::create(const QString& path, const RecoveryKey& recoveryKey, const QString& admin,
                                const QString& password, const KdfParameters& kdf)
{
    if (!initialiseSodium())
        return makeError(ErrorCode::Failure, CoreText::tr("The cryptography library could not start."));
    if (auto valid = checkNames(admin, password); !valid)
        return valid.error();
    if (!kdf.isAcceptable())
        return makeError(ErrorCode::Invalid, CoreText::tr("The Argon2id parameters are below libsodium's "
                                                          "interactive minimum or absurdly high."));
    Keyring keyring;
    keyring.m_path = path;
    keyring.m_id = randomBytes(kKeyringIdSize);
    keyring.m_labelKey = randomBytes(kLabelKeySize);
    const SecretKey dataKey = recoveryKey.dataKey();
    keyring.m_keyCheck = keyCheck(keyring.m_id, dataKey);
    auto recovery =
        KeySlot::wrap(KeySlot::Kind::Recovery, {}, keyring.m_id, recoveryKey.secret().bytes(), dataKey, kdf);
    if (!recovery)
        return recovery.error();
    keyring.m_slots.push_back(std::move(*recovery));
    if (auto added = keyring.putUser(dataKey, admin, password, false); !added)
        return added.error();
    return keyring;
}

Result<Keyring> Keyring::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("The keyring file %1 is missing. %2").arg(QDir::toNativeSeparators(path), restoreAdvice()));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const int error = errno; // what open(2) said, which QFile leaves in place
        return storage::DurableFile::errorFor(error != 0 ? error : EACCES, QStringLiteral("read"), path);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(path, QStringLiteral("it is not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("outpost-keyring"))
        return damaged(path, QStringLiteral("it is not an Outpost keyring"));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != kFormatVersion)
        return damaged(path, QStringLiteral("format version %1 is not %2").arg(version).arg(kFormatVersion));
    Keyring keyring;
    keyring.m_path = path;
    const auto id = decodeField(root, QLatin1String("id"), kKeyringIdSize);
    const auto labelKey = decodeField(root, QLatin1String("labelKey"), kLabelKeySize);
    const auto check = decodeField(root, QLatin1String("keyCheck"), crypto_generichash_BYTES);
    if (!id || !labelKey || !check)
        return damaged(path, QStringLiteral("its header is incomplete"));
    keyring.m_id = *id;
    keyring.m_labelKey = *labelKey;
    keyring.m_keyCheck = *check;
    const double epoch = root.value(QLatin1String("keyEpoch")).toDouble(-1);
    if (epoch < 0 || epoch > double(std::numeric_limits<quint32>::max()) || epoch != std::floor(epoch))
        return damaged(path, QStringLiteral("its key epoch is not a number"));
    keyring.m_keyEpoch = quint32(epoch);
    int recoverySlots = 0;
    const QJsonArray slots = root.value(QLatin1String("slots")).toArray();
    for (const auto& value : slots) {
        auto slot = KeySlot::fromJson(value.toObject());
        if (!slot)
            return damaged(path, QStringLiteral("slot %1 is malformed").arg(keyring.m_slots.size() + 1));
        const bool duplicate = std::any_of(keyring.m_slots.begin(), keyring.m_slots.end(), [&](const KeySlot& s) {
            return s.id == slot->id || (slot->kind == KeySlot::Kind::User && s.label == slot->label);
        });
        if (duplicate)
            return damaged(path, QStringLiteral("two slots have the same id or user"));
        recoverySlots += slot->kind == KeySlot::Kind::Recovery ? 1 : 0;
        keyring.m_slots.push_back(std::move(*slot));
    }
    if (keyring.m_slots.empty() || recoverySlots > 1)
        return damaged(path, QStringLiteral("it has no slots or more than one recovery slot"));
    return keyring;
}

Result<void> Keyring::save() const
{
    return saveAs(m_path);
}

Result<void> Keyring::saveAs(const QString& path) const
{
    // Slots in id order: the order of the file says nothing about who was added first.
    std::vector<const KeySlot*> ordered;
    for (const KeySlot& slot : m_slots)
        ordered.push_back(&slot);
    std::sort(ordered.begin(), ordered.end(), [](const KeySlot* a, const KeySlot* b) { return a->id < b->id; });
    QJsonArray slots;
    for (const KeySlot* slot : ordered)
        slots.append(slot->toJson());
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("outpost-keyring")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("id"), QString::fromLatin1(m_id.toBase64())},
        {QStringLiteral("labelKey"), QString::fromLatin1(m_labelKey.toBase64())},
        {QStringLiteral("keyCheck"), QString::fromLatin1(m_keyCheck.toBase64())},
        {QStringLiteral("keyEpoch"), double(m_keyEpoch)},
        {QStringLiteral("slots"), slots},
    };
    return storage::DurableFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<SecretKey> Keyring::unlock(const QString& user, const QString& password) const
{
    const SecretKey secret = secretBytes(password);
    const KeySlot* slot = slotFor(user);
    if (!slot) {
        // Spend the same effort as for a known user, so timing does not tell who has an account.
        const QByteArray salt = randomBytes(KdfParameters::kSaltSize);
        (void)kdfParameters().deriveKey(
            secret.bytes(), std::span(reinterpret_cast<const unsigned char*>(salt.data()), std::size_t(salt.size())));
        logging::get("crypto")->info("unlock refused: wrong user name or password");
        return makeError(ErrorCode::WrongCredentials, wrongCredentials());
    }
    auto dataKey = slot->unwrap(m_id, secret.bytes());
    if (!dataKey) {
        logging::get("crypto")->info("unlock refused: wrong user name or password");
        return makeError(ErrorCode::WrongCredentials, wrongCredentials());
    }
    return std::move(*dataKey);
}

Result<SecretKey> Keyring::unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const
{
    const auto slot = std::find_if(m_slots.begin(), m_slots.end(),
                                   [](const KeySlot& s) { return s.kind == KeySlot::Kind::Recovery; });
    std::optional<SecretKey> dataKey;
    if (slot != m_slots.end())
        dataKey = slot->unwrap(m_id, recoveryKey.secret().bytes());
    else if (SecretKey derived = recoveryKey.dataKey(); holds(derived))
        dataKey = std::move(derived); // the recovery slot was removed, but the key still derives the data key
    if (!dataKey)
        return makeError(ErrorCode::WrongCredentials,
                         CoreText::tr("Wrong recovery key: it does not unlock this keyring."));
    return std::move(*dataKey);
}

Result<void> Keyring::putUser(const SecretKey& dataKey, const QString& user, const QString& password, bool replace)
{
    if (auto valid = checkNames(user, password); !valid)
        return valid.error();
    if (!holds(dataKey))
        return makeError(ErrorCode::WrongCredentials, CoreText::tr("That data key does not belong to this keyring."));
    const QByteArray label = labelFor(user);
    const auto existing =
        std::find_if(m_slots.begin(), m_slots.end(), [&](const KeySlot& s) { return s.label == label; });
    if (existing != m_slots.end() && !replace) {
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("The user \"%1\" already has a key slot.").arg(user.trimmed()));
    }
    const SecretKey secret = secretBytes(password);
    auto slot = KeySlot::wrap(KeySlot::Kind::User, label, m_id, secret.bytes(), dataKey, kdfParameters());
    if (!slot)
        return slot.error();
    slot->sealName(user.trimmed(), m_id, dataKey);
    if (existing != m_slots.end())
        *existing = std::move(*slot);
    else
        m_slots.push_back(std::move(*slot));
    return {};
}

Result<void> Keyring::changePassword(const QString& user, const QString& oldPassword, const QString& newPassword)
{
    auto dataKey = unlock(user, oldPassword);
    if (!dataKey)
        return dataKey.error();
    return putUser(*dataKey, user, newPassword, true);
}

Result<void> Keyring::addUser(const SecretKey& dataKey, const QString& user, const QString& password)
{
    return putUser(dataKey, user, password, false);
}

Result<void> Keyring::setUser(const SecretKey& dataKey, const QString& user, const QString& password)
{
    return putUser(dataKey, user, password, true);
}

Result<void> Keyring::removeUser(const QString& user)
{
    const KeySlot* slot = slotFor(user);
    if (!slot)
        return makeError(ErrorCode::NotFound, CoreText::tr("The user \"%1\" has no key slot.").arg(user.trimmed()));
    m_slots.erase(m_slots.begin() + (slot - m_slots.data()));
    return {};
}

bool Keyring::hasUser(const QString& user) const
{
    return slotFor(user) != nullptr;
}

int Keyring::userCount() const
{
    return int(
        std::count_if(m_slots.begin(), m_slots.end(), [](const KeySlot& s) { return s.kind == KeySlot::Kind::User; }));
}

bool Keyring::holds(const SecretKey& dataKey) const
{
    const QByteArray check = keyCheck(m_id, dataKey);
    return check.size() == m_keyCheck.size() &&
           sodium_memcmp(check.constData(), m_keyCheck.constData(), std::size_t(check.size())) == 0;
}

Result<QStringList> Keyring::userNames(const SecretKey& dataKey) const
{
    if (!holds(dataKey))
        return makeError(ErrorCode::WrongCredentials, CoreText::tr("That data key does not belong to this keyring."));
    QStringList names;
    for (const KeySlot& slot : m_slots) {
        if (slot.kind != KeySlot::Kind::User)
            continue;
        if (auto name = slot.openName(m_id, dataKey))
            names.append(*name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

KdfParameters Keyring::kdfParameters() const
{
    KdfParameters strongest = KdfParameters::interactive();
    for (const KeySlot& slot : m_slots)
        strongest = KdfParameters::stronger(strongest, slot.kdf);
    return strongest;
}

Result<Keyring::Rotation> Keyring::rotated(const QString& user, const QString& password,
                                           const RecoveryKey& newRecoveryKey) const
{
    auto oldKey = unlock(user, password);
    if (!oldKey)
        return oldKey.error();
    auto names = userNames(*oldKey);
    if (!names)
        return names.error();
    QString ownName = user.trimmed();
    QStringList dropped;
    for (const QString& name : *names) {
        if (foldUserName(name) == foldUserName(user))
            ownName = name;
        else
            dropped.append(name);
    }
    auto keyring = create(m_path, newRecoveryKey, ownName, password, kdfParameters());
    if (!keyring)
        return keyring.error();
    keyring->m_keyEpoch = m_keyEpoch + 1;
    return Rotation{std::move(*keyring), dropped};
}

} // namespace outpost::crypto
