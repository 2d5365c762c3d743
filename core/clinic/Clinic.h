#pragma once

#include "core/clinic/AuthService.h"
#include "core/clinic/ChartService.h"
#include "core/clinic/DocumentService.h"
#include "core/clinic/KeyringCredentialStore.h"
#include "core/clinic/LoginThrottle.h"
#include "core/clinic/MergeService.h"
#include "core/clinic/PatientService.h"
#include "core/clinic/QueueService.h"
#include "core/clinic/SearchIndex.h"
#include "core/clinic/Session.h"
#include "core/clinic/UserService.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <memory>

namespace outpost::clinic {

/// An unlocked clinic: the encrypted database of one data folder and every service over it,
/// with the session of the user who unlocked it. The one place the core is put together, for the
/// desktop app and for outpostctl alike.
class Clinic
{
public:
    /// Unlocks @p dataDir as @p user: the keyring slot gives the data key (Argon2id), the database
    /// opens and migrates, the search index loads. The first login after set-up creates the admin's
    /// account. Refused while the login throttle holds (too many failures), for a wrong password
    /// (WrongCredentials, "Wrong user name or password"), or for a disabled account. Audited as "login".
    static Result<std::unique_ptr<Clinic>> open(const QString& dataDir, const QString& user, const QString& password,
                                                const Clock& clock);

    Session& session() { return m_session; }
    storage::Database& database() { return *m_database; }
    /// The database for work that may outlive this clinic (a backup on its own thread): it stays
    /// open until the last holder lets go, even when the clinic closes meanwhile.
    std::shared_ptr<storage::Database> sharedDatabase() const { return m_database; }
    ClinicContext& context() { return m_context; }
    SearchIndex& searchIndex() { return m_index; }
    PatientService& patients() { return m_patients; }
    ChartService& chart() { return m_chart; }
    QueueService& queue() { return m_queue; }
    MergeService& merges() { return m_merges; }
    DocumentService& documents() { return m_documents; }
    UserService& users() { return m_users; }
    AuthService& auth() { return m_auth; }
    const QString& dataDir() const { return m_dataDir; }
    /// The unlocked data key (backups carry it inside their own encryption; see core/backup).
    const crypto::SecretKey& dataKey() const { return m_credentials.dataKey(); }
    /// The clinic's name, as given at set-up.
    QString clinicName();

private:
    Clinic(QString dataDir, std::unique_ptr<storage::Database> database, crypto::SecretKey dataKey, const Clock& clock);

    QString m_dataDir;
    std::shared_ptr<storage::Database> m_database; ///< closes when the clinic and every sharedDatabase() let go
    UuidV7Generator m_ids;
    ClinicContext m_context;
    KeyringCredentialStore m_credentials;
    LoginThrottle m_throttle;
    SearchIndex m_index;
    PatientService m_patients;
    ChartService m_chart;
    QueueService m_queue;
    MergeService m_merges;
    DocumentService m_documents;
    UserService m_users;
    AuthService m_auth;
    Session m_session;
};

} // namespace outpost::clinic
