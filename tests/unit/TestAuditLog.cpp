#include "core/clinic/AuditLog.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/SecretKey.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;

/// The audit trail is append-only and hash-chained: the database refuses edits, and verification
/// pinpoints a row someone changed or removed behind its back.
class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    Session m_admin{QStringLiteral("u1"), QStringLiteral("ada"), auth::Role::Admin};
    int m_count = 0;

    std::unique_ptr<storage::Database> freshDatabase(int events)
    {
        storage::DatabaseOptions options;
        options.migrations = clinicMigrations();
        auto database = storage::Database::create(m_dir.filePath(QStringLiteral("audit%1.db").arg(++m_count)),
                                                  crypto::SecretKey::random(), std::move(options));
        if (!database)
            qFatal("%s", qPrintable(database.error().message));
        for (int i = 1; i <= events; ++i) {
            m_clock.advance(1000);
            auto ok = (*database)->write([&](storage::Connection& writer) {
                return AuditLog::append(writer, m_clock, &m_admin, QStringLiteral("patient.view"),
                                        QStringLiteral("p%1").arg(i % 3));
            });
            if (!ok)
                qFatal("%s", qPrintable(ok.error().message));
        }
        return std::move(*database);
    }

    static std::optional<AuditBreak> verify(storage::Database& database)
    {
        auto read = database.beginRead();
        if (!read)
            qFatal("%s", qPrintable(read.error().message));
        auto verdict = AuditLog::verify(read->connection());
        if (!verdict)
            qFatal("%s", qPrintable(verdict.error().message));
        return *verdict;
    }

    /// What an attacker with raw SQL access does: drop the guard, then edit.
    static void tamper(storage::Database& database, const QString& sql)
    {
        auto ok = database.write([&](storage::Connection& writer) -> Result<void> {
            if (auto dropped = writer.executeScript(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                                                   "DROP TRIGGER audit_log_no_delete;"));
                !dropped)
                return dropped;
            return writer.executeScript(sql);
        });
        if (!ok)
            qFatal("%s", qPrintable(ok.error().message));
    }

private Q_SLOTS:
    void anUntouchedLogVerifies()
    {
        auto database = freshDatabase(20);
        QVERIFY(!verify(*database).has_value());
    }

    void theDatabaseRefusesUpdatesAndDeletes()
    {
        auto database = freshDatabase(3);
        for (const char* sql :
             {"UPDATE audit_log SET detail = 'x' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 3"}) {
            auto result =
                database->write([&](storage::Connection& writer) { return writer.execute(QString::fromLatin1(sql)); });
            QVERIFY2(!result.ok(), sql);
        }
        QVERIFY(!verify(*database).has_value());
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("an edited detail is found at its row")
            << "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 7" << qint64(7) << "was changed";
        QTest::newRow("an edited user is found at its row")
            << "UPDATE audit_log SET user_name = 'someone' WHERE seq = 12" << qint64(12) << "was changed";
        QTest::newRow("a back-dated row is found")
            << "UPDATE audit_log SET at = at - 86400000 WHERE seq = 3" << qint64(3) << "was changed";
        QTest::newRow("a removed row in the middle is found")
            << "DELETE FROM audit_log WHERE seq = 9" << qint64(9) << "was removed";
        QTest::newRow("removed rows at the end are found")
            << "DELETE FROM audit_log WHERE seq > 17" << qint64(18) << "removed from the end";
        QTest::newRow("a row recomputed without its predecessor is found")
            << "DELETE FROM audit_log WHERE seq = 5; UPDATE audit_log SET seq = seq - 1 WHERE seq > 5" << qint64(5)
            << "chain was rewritten";
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, seq);
        QFETCH(QString, phrase);
        auto database = freshDatabase(20);
        tamper(*database, sql);
        const auto found = verify(*database);
        QVERIFY2(found.has_value(), "tampering went unnoticed");
        QCOMPARE(found->seq, seq);
        QVERIFY2(found->what.contains(phrase), qPrintable(found->what));
    }

    void reportsFilterAndPage()
    {
        auto database = freshDatabase(30);
        auto read = database->beginRead();
        QVERIFY(read.ok());
        auto forPatient = AuditLog::forPatient(read->connection(), QStringLiteral("p1"));
        QVERIFY(forPatient.ok());
        QCOMPARE(forPatient->size(), size_t(10));
        QVERIFY(forPatient->front().seq > forPatient->back().seq);

        AuditFilter filter;
        filter.action = QStringLiteral("patient.");
        filter.limit = 5;
        auto first = AuditLog::query(read->connection(), filter);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), size_t(5));
        filter.beforeSeq = first->back().seq;
        auto second = AuditLog::query(read->connection(), filter);
        QVERIFY(second.ok());
        QCOMPARE(second->front().seq, first->back().seq - 1);

        AuditFilter nobody;
        nobody.userName = QStringLiteral("mallory");
        auto none = AuditLog::query(read->connection(), nobody);
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
