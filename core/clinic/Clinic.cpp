#include "core/clinic/Clinic.h"

#include "core/backup/DeviceIdentity.h"
#include "core/clinic/AuditLog.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/UserDirectory.h"
#include "core/CoreText.h"
#include "core/logging/Log.h"
#include "core/storage/DataFolder.h"

#include <QDir>

namespace outpost::clinic {

Clinic::Clinic(QString dataDir, std::unique_ptr<storage::Database> database, crypto::SecretKey dataKey,
               const Clock& clock)
    : m_dataDir(std::move(dataDir))
    , m_database(std::move(database))
    , m_ids(clock, systemRandom())
    , m_context{*m_database, clock, m_ids}
    , m_credentials(QDir(m_dataDir).filePath(crypto::Keyring::fileName()), std::move(dataKey))
    , m_throttle(QDir(m_dataDir).filePath(LoginThrottle::fileName()), clock)
    , m_patients(m_context, m_index)
    , m_chart(m_context)
    , m_queue(m_context)
    , m_merges(m_context)
    , m_documents(m_context)
    , m_users(m_context, m_credentials)
    , m_auth(m_context, m_credentials, m_throttle)
{}

Result<std::unique_ptr<Clinic>> Clinic::open(const QString& dataDir, const QString& user, const QString& password,
                                             const Clock& clock)
{
    auto log = logging::get("audit");
    LoginThrottle throttle(QDir(dataDir).filePath(LoginThrottle::fileName()), clock);
    if (auto allowed = throttle.check(user); !allowed)
        return allowed.error();

    storage::DataFolder folder(dataDir, clinicMigrations(), clock);
    auto unlocked = folder.unlockKeepingKey(user, password);
    if (!unlocked) {
        if (unlocked.error().code == ErrorCode::WrongCredentials)
            (void)throttle.recordFailure(user);
        log->info("unlock refused ({})", static_cast<int>(unlocked.error().code));
        return unlocked.error();
    }
    (void)throttle.recordSuccess(user);

    std::unique_ptr<Clinic> clinic(
        new Clinic(dataDir, std::move(unlocked->database), std::move(unlocked->dataKey), clock));
    auto loaded = clinic->m_database->read([&](storage::Connection& reader) { return clinic->m_index.load(reader); });
    if (!loaded)
        return loaded.error();

    std::optional<UserRecord> record;
    auto found = clinic->m_database->read([&](storage::Connection& reader) -> Result<void> {
        auto row = UserDirectory::findByName(reader, user);
        if (!row)
            return row.error();
        record = *row;
        return {};
    });
    if (!found)
        return found.error();
    if (!record) {
        // The first login after set-up: the keyring holds the admin's slot, the users table is empty.
        auto admin = clinic->m_users.createFirstAdmin(user, user, password);
        if (!admin)
            return admin.error();
        record = *admin;
    }
    if (record->disabled)
        return makeError(ErrorCode::PermissionDenied,
                         CoreText::tr("This account is disabled. Ask an admin to enable it."));

    clinic->m_session = Session{record->id, record->name, record->role, 0, {}};
    auto audited = clinic->m_database->write([&](storage::Connection& writer) -> Result<void> {
        // A data folder made before device identities existed gets one at its first login.
        if (auto device = backup::DeviceIdentity::ensure(writer, clinic->m_ids); !device)
            return device.error();
        return AuditLog::append(writer, clock, &clinic->m_session, QStringLiteral("login"));
    });
    if (!audited)
        return audited.error();
    log->info("clinic unlocked, {} name words indexed", clinic->m_index.vocabularySize());
    return clinic;
}

QString Clinic::clinicName()
{
    auto name = storage::DataFolder::clinicName(*m_database);
    return name ? *name : QString();
}

} // namespace outpost::clinic
