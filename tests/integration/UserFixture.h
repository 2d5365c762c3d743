#pragma once

#include "tests/support/Why.h"

#include "core/clinic/AuthService.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/KeyringCredentialStore.h"
#include "core/clinic/LoginThrottle.h"
#include "core/clinic/Session.h"
#include "core/clinic/UserService.h"
#include "core/Clock.h"
#include "core/crypto/KdfParameters.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/RecoveryKey.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/Uuid.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace outpost::testing {

/// A CredentialStore that forwards to the real one and counts password checks, so a test can
/// prove a refusal happened without looking at the password.
class CountingCredentialStore final : public clinic::CredentialStore
{
public:
    explicit CountingCredentialStore(clinic::CredentialStore& inner) : m_inner(inner) {}

    Result<void> addUser(const QString& user, const QString& password) override
    {
        return m_inner.addUser(user, password);
    }
    Result<void> replacePassword(const QString& user, const QString& newPassword) override
    {
        return m_inner.replacePassword(user, newPassword);
    }
    Result<void> removeUser(const QString& user) override { return m_inner.removeUser(user); }
    Result<void> verify(const QString& user, const QString& password) const override
    {
        ++verifications;
        return m_inner.verify(user, password);
    }
    bool hasUser(const QString& user) const override { return m_inner.hasUser(user); }

    mutable int verifications = 0;

private:
    clinic::CredentialStore& m_inner;
};

/// One row of audit_log, every column as text.
struct AuditRow {
    QString userName;
    QString action;
    QString patientId;
    QString detail;
};

/// A clinic in a temporary folder: a real encrypted database with the clinic schema, a real
/// keyring at libsodium's INTERACTIVE Argon2id limits (fast enough for tests), a login throttle
/// file, the two services, and the first admin "amina" logged in.
class UserFixture
{
public:
    static QString adminName() { return QStringLiteral("amina"); }
    static QString adminPassword() { return QStringLiteral("river kettle amber 42"); }
    static QString userPassword() { return QStringLiteral("harbour lantern 7 fig"); }

    FakeClock clock;
    UuidV7Generator ids{clock, systemRandom()};
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<clinic::ClinicContext> context;
    std::unique_ptr<clinic::KeyringCredentialStore> keyringStore;
    std::unique_ptr<CountingCredentialStore> credentials;
    std::unique_ptr<clinic::LoginThrottle> throttle;
    std::unique_ptr<clinic::UserService> users;
    std::unique_ptr<clinic::AuthService> auth;
    clinic::Session admin;

    QString keyringPath() const { return dir.filePath(crypto::Keyring::fileName()); }
    QString throttlePath() const { return dir.filePath(clinic::LoginThrottle::fileName()); }

    /// Builds everything; false (with a test failure recorded) when any step fails.
    bool setUp()
    {
        if (!setUpWithoutUsers(adminName()))
            return false;
        auto first = users->createFirstAdmin(adminName(), QStringLiteral("Amina Diallo"), adminPassword());
        if (!first)
            return fail(first.error().message);
        auto session = auth->login(adminName(), adminPassword());
        if (!session)
            return fail(session.error().message);
        admin = *session;
        return true;
    }

    /// The data folder as setup leaves it before the first admin is added: a keyring holding
    /// @p keyringUser's slot (with adminPassword()) and an empty users table.
    bool setUpWithoutUsers(const QString& keyringUser)
    {
        if (!dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const crypto::RecoveryKey recoveryKey = crypto::RecoveryKey::generate();
        auto keyring = crypto::Keyring::create(keyringPath(), recoveryKey, keyringUser, adminPassword(),
                                               crypto::KdfParameters::interactive());
        if (!keyring || !keyring->save())
            return fail(QStringLiteral("cannot create the keyring"));
        auto created = storage::Database::create(dir.filePath(QStringLiteral("outpost.db")), recoveryKey.dataKey(),
                                                 {.migrations = clinic::clinicMigrations()});
        if (!created)
            return fail(created.error().message);
        database = std::move(*created);
        context = std::make_unique<clinic::ClinicContext>(clinic::ClinicContext{*database, clock, ids});
        keyringStore = std::make_unique<clinic::KeyringCredentialStore>(keyringPath(), recoveryKey.dataKey());
        credentials = std::make_unique<CountingCredentialStore>(*keyringStore);
        throttle = std::make_unique<clinic::LoginThrottle>(throttlePath(), clock);
        users = std::make_unique<clinic::UserService>(*context, *credentials);
        auth = std::make_unique<clinic::AuthService>(*context, *credentials, *throttle);
        return true;
    }

    /// A new active user of @p role with userPassword(), and a session for it built without a
    /// login (no audit row, no Argon2 for the login).
    clinic::Session addUser(const QString& name, auth::Role role)
    {
        auto user = users->createUser(admin, name, name.toUpper(), role, userPassword());
        if (!user) {
            QTest::qFail(qPrintable(user.error().message), __FILE__, __LINE__);
            return {};
        }
        return clinic::Session{user->id, user->name, user->role, 0, {}};
    }

    std::vector<AuditRow> auditRows()
    {
        std::vector<AuditRow> rows;
        auto read = database->read([&](storage::Connection& connection) -> Result<void> {
            auto result = connection.query(QStringLiteral(
                "SELECT user_name, action, coalesce(patient_id, ''), detail FROM audit_log ORDER BY seq"));
            if (!result)
                return result.error();
            for (const storage::Row& row : *result)
                rows.push_back(
                    {row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString()});
            return {};
        });
        if (!read)
            QTest::qFail(qPrintable(read.error().message), __FILE__, __LINE__);
        return rows;
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const AuditRow& row : auditRows())
            actions << row.action;
        return actions;
    }

    /// Every text in every column of audit_log and settings that contains @p secret (case-insensitive).
    QStringList storedTextsContaining(const QString& secret)
    {
        QStringList found;
        auto read = database->read([&](storage::Connection& connection) -> Result<void> {
            for (const QString& sql :
                 {QStringLiteral("SELECT seq, at, coalesce(user_id, ''), user_name, action, coalesce(patient_id, ''), "
                                 "detail, hex(prev_hash), hex(hash) FROM audit_log"),
                  QStringLiteral("SELECT key, value FROM settings"),
                  QStringLiteral("SELECT id, name, display_name, role, disabled, created_at, updated_at FROM users")}) {
                auto rows = connection.query(sql);
                if (!rows)
                    return rows.error();
                for (const storage::Row& row : *rows) {
                    for (const QVariant& value : row) {
                        if (value.toString().contains(secret, Qt::CaseInsensitive))
                            found << value.toString();
                    }
                }
            }
            return {};
        });
        if (!read)
            QTest::qFail(qPrintable(read.error().message), __FILE__, __LINE__);
        return found;
    }

    /// Inserts a bare patient row (the patient services are not under test here).
    bool addPatient(const QString& id)
    {
        auto written = database->write([&](storage::Connection& connection) {
            return connection.execute(
                QStringLiteral("INSERT INTO patients (id, given_name, family_name, created_at, updated_at) "
                               "VALUES (?, 'Test', 'Patient', ?, ?)"),
                {id, clock.nowMs(), clock.nowMs()});
        });
        return written ? true : fail(written.error().message);
    }

private:
    bool fail(const QString& why)
    {
        QTest::qFail(qPrintable(QStringLiteral("fixture: ") + why), __FILE__, __LINE__);
        return false;
    }
};

} // namespace outpost::testing
