#pragma once

#include "core/clinic/AuditLog.h"
#include "core/clinic/ClinicSchema.h"
#include "core/clinic/Session.h"
#include "core/Clock.h"
#include "core/crypto/SecretKey.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/Uuid.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <random>

namespace outpost::testing {

/// A real encrypted clinic database in a temporary folder, a FakeClock and seeded ids, plus plain-SQL
/// helpers to put users and patients in it (the services under test never see these shortcuts).
/// Setup failures stop the test run with qFatal: a fixture that half worked would only mislead.
class ClinicFixture
{
    QTemporaryDir m_dir; // first: removed only after the database below is closed

public:
    ClinicFixture() : ids(clock, seeded(7))
    {
        if (!m_dir.isValid())
            qFatal("cannot make a temporary folder");
        auto created =
            storage::Database::create(m_dir.filePath(QStringLiteral("clinic.db")), crypto::SecretKey::random(),
                                      {.migrations = clinic::clinicMigrations()});
        if (!created)
            qFatal("cannot create the clinic database: %s", qPrintable(created.error().message));
        database = std::move(*created);
        context = std::make_unique<clinic::ClinicContext>(clinic::ClinicContext{*database, clock, ids});
    }

    static RandomSource seeded(unsigned seed)
    {
        auto engine = std::make_shared<std::mt19937>(seed);
        return [engine](unsigned char* buffer, size_t size) {
            for (size_t i = 0; i < size; ++i)
                buffer[i] = static_cast<unsigned char>((*engine)() & 0xFF);
        };
    }

    /// Runs one statement in its own write transaction; a failure stops the run.
    void exec(const QString& sql, const QVariantList& parameters = {})
    {
        auto done = database->write([&](storage::Connection& writer) { return writer.execute(sql, parameters); });
        if (!done)
            qFatal("fixture SQL failed: %s", qPrintable(done.error().message));
    }

    /// Runs @p sql in a write transaction and hands back the error, for statements a test expects to fail.
    Result<void> tryExec(const QString& sql, const QVariantList& parameters = {})
    {
        return database->write([&](storage::Connection& writer) { return writer.execute(sql, parameters); });
    }

    std::vector<storage::Row> rows(const QString& sql, const QVariantList& parameters = {})
    {
        std::vector<storage::Row> found;
        auto read = database->read([&](storage::Connection& reader) -> Result<void> {
            auto result = reader.query(sql, parameters);
            if (!result)
                return result.error();
            found = std::move(*result);
            return {};
        });
        if (!read)
            qFatal("fixture query failed: %s", qPrintable(read.error().message));
        return found;
    }

    QVariant value(const QString& sql, const QVariantList& parameters = {})
    {
        const auto found = rows(sql, parameters);
        return found.empty() ? QVariant() : found.front().value(0);
    }

    /// Every row of @p sql, each as its columns joined by '|': compare two dumps with QCOMPARE.
    QStringList dump(const QString& sql, const QVariantList& parameters = {})
    {
        QStringList lines;
        for (const storage::Row& row : rows(sql, parameters)) {
            QStringList cells;
            for (const QVariant& cell : row)
                cells << (cell.isNull() ? QStringLiteral("NULL") : cell.toString());
            lines << cells.join(QLatin1Char('|'));
        }
        return lines;
    }

    /// A users row and a session for it.
    clinic::Session addUser(const QString& name, auth::Role role)
    {
        const QString id = ids.next();
        exec(QStringLiteral("INSERT INTO users (id, name, display_name, role, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {id, name, name, auth::roleName(role), clock.nowMs(), clock.nowMs()});
        return clinic::Session{id, name, role};
    }

    /// @p admin with break-glass access for @p durationMs from now.
    clinic::Session withBreakGlass(clinic::Session admin, qint64 durationMs = 15 * 60 * 1000)
    {
        admin.breakGlassUntilMs = clock.nowMs() + durationMs;
        admin.breakGlassReason = QStringLiteral("patient collapsed in the waiting room");
        return admin;
    }

    /// A patients row; returns its id.
    QString addPatient(const QString& given, const QString& family,
                       const QString& birthDate = QStringLiteral("1984-03-12"))
    {
        const QString id = ids.next();
        exec(QStringLiteral("INSERT INTO patients (id, given_name, family_name, birth_date, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {id, given, family, birthDate, clock.nowMs(), clock.nowMs()});
        return id;
    }

    void addIdentifier(const QString& patientId, const QString& kind, const QString& value)
    {
        exec(
            QStringLiteral("INSERT INTO patient_identifiers (patient_id, kind, value, normalised) VALUES (?, ?, ?, ?)"),
            {patientId, kind, value, value.toUpper()});
    }

    void addContact(const QString& patientId, const QString& name, const QString& relationship, const QString& phone)
    {
        exec(QStringLiteral("INSERT INTO patient_contacts (patient_id, name, relationship, phone) VALUES (?, ?, ?, ?)"),
             {patientId, name, relationship, phone});
    }

    /// The audit trail, oldest first; only actions matching @p actionPrefix ("chart.view", or "patient.") when given.
    std::vector<clinic::AuditEvent> audit(const QString& actionPrefix = {})
    {
        std::vector<clinic::AuditEvent> events;
        auto read = database->read([&](storage::Connection& reader) -> Result<void> {
            clinic::AuditFilter filter;
            filter.action = actionPrefix;
            filter.limit = 10000;
            auto found = clinic::AuditLog::query(reader, filter);
            if (!found)
                return found.error();
            events.assign(found->rbegin(), found->rend());
            return {};
        });
        if (!read)
            qFatal("cannot read the audit log: %s", qPrintable(read.error().message));
        return events;
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const clinic::AuditEvent& event : audit())
            actions << event.action;
        return actions;
    }

    FakeClock clock;
    UuidV7Generator ids;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<clinic::ClinicContext> context;
};

} // namespace outpost::testing
