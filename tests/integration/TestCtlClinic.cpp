#include "tests/support/CtlProcess.h"

#include "core/clinic/ClinicSchema.h"
#include "core/Clock.h"
#include "core/storage/Connection.h"
#include "core/storage/DataFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The clinic commands of outpostctl as an admin scripts them: register, find, show, note, users,
/// audit, statistics and demo data, each with its exit code.
using namespace outpost;

class TestCtlClinic : public QObject
{
    Q_OBJECT

    using Run = outpost::testing::CtlRun;

    QTemporaryDir m_dir;
    QString m_data;

    QString secretFile(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8() + '\n');
        return path;
    }

    Run run(const QStringList& arguments)
    {
        return outpost::testing::runCtl(QStringLiteral(OUTPOSTCTL_PATH),
                                        QStringList{QStringLiteral("--data-dir"), m_data} + arguments,
                                        outpost::testing::ctlEnvironment(m_dir.path()));
    }

    QStringList as(const char* user, const char* passwordFile)
    {
        return {QStringLiteral("--user"), QString::fromLatin1(user), QStringLiteral("--password-file"),
                m_dir.filePath(QString::fromLatin1(passwordFile))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("clinic"));
        secretFile(QStringLiteral("admin.pw"), QStringLiteral("harbour-lantern-41"));
        secretFile(QStringLiteral("carl.pw"), QStringLiteral("stethoscope-blue-7"));
        const Run init =
            run({QStringLiteral("init"), QStringLiteral("--clinic"), QStringLiteral("Test Clinic"),
                 QStringLiteral("--admin"), QStringLiteral("ada"), QStringLiteral("--password-file"),
                 m_dir.filePath(QStringLiteral("admin.pw")), QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void aRegisteredPatientIsFoundAndShown()
    {
        const Run added = run(as("ada", "admin.pw") +
                              QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                                          QStringLiteral("Amina"), QStringLiteral("--family"), QStringLiteral("Diallo"),
                                          QStringLiteral("--dob"), QStringLiteral("1984-03-12"),
                                          QStringLiteral("--national-id"), QStringLiteral("SN-77")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QCOMPARE(id.size(), 36);

        const Run found =
            run(as("ada", "admin.pw") + QStringList{QStringLiteral("patient"), QStringLiteral("find"),
                                                    QStringLiteral("diallo 12/03/1984"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonObject page = QJsonDocument::fromJson(found.out.toUtf8()).object();
        QCOMPARE(
            page.value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("id")).toString(),
            id);

        const Run shown = run(as("ada", "admin.pw") + QStringList{QStringLiteral("patient"), QStringLiteral("show"), id,
                                                                  QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject patient = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(patient.value(QLatin1String("family")).toString(), QStringLiteral("Diallo"));
        QCOMPARE(patient.value(QLatin1String("dob")).toString(), QStringLiteral("1984-03-12"));

        const Run again = run(as("ada", "admin.pw") +
                              QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--given"),
                                          QStringLiteral("Amina"), QStringLiteral("--family"), QStringLiteral("Diallo"),
                                          QStringLiteral("--dob"), QStringLiteral("1984-03-12")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("may already be registered")) && again.err.contains(id),
                 qPrintable(again.err));
    }

    void onlyAClinicianWritesNotes()
    {
        const Run added =
            run(as("ada", "admin.pw") + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                                    QStringLiteral("carl"), QStringLiteral("--role"),
                                                    QStringLiteral("clinician"), QStringLiteral("--password-file"),
                                                    m_dir.filePath(QStringLiteral("carl.pw"))});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run found = run(as("ada", "admin.pw") +
                              QStringList{QStringLiteral("patient"), QStringLiteral("find"), QStringLiteral("SN77")});
        const QString id = found.out.section(QLatin1Char(' '), 0, 0).trimmed();
        QCOMPARE(id.size(), 36);

        const Run byAdmin =
            run(as("ada", "admin.pw") + QStringList{QStringLiteral("note"), QStringLiteral("add"), id,
                                                    QStringLiteral("--text"), QStringLiteral("Cough.")});
        QCOMPARE(byAdmin.exitCode, 5);
        QVERIFY(byAdmin.err.contains(QLatin1String("Permission denied")));
        const Run byClinician =
            run(as("carl", "carl.pw") + QStringList{QStringLiteral("note"), QStringLiteral("add"), id,
                                                    QStringLiteral("--text"), QStringLiteral("Cough for three days.")});
        QVERIFY2(byClinician.exitCode == 0, qPrintable(byClinician.err));
    }

    void aWrongPasswordIsExitThree()
    {
        secretFile(QStringLiteral("wrong.pw"), QStringLiteral("not-the-password-1"));
        const Run refused = run(as("ada", "wrong.pw") + QStringList{QStringLiteral("stats")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains(QLatin1String("Wrong user name or password")));
    }

    void theAuditTrailRecordsWhoDidWhat()
    {
        const Run verified =
            run(as("ada", "admin.pw") + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.contains(QLatin1String("intact")));
        const Run found = run(as("ada", "admin.pw") +
                              QStringList{QStringLiteral("patient"), QStringLiteral("find"), QStringLiteral("SN77")});
        const QString id = found.out.section(QLatin1Char(' '), 0, 0).trimmed();
        const Run report = run(as("ada", "admin.pw") + QStringList{QStringLiteral("audit"), QStringLiteral("report"),
                                                                   id, QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        QStringList actions;
        const QJsonArray rows = QJsonDocument::fromJson(report.out.toUtf8()).array();
        for (const auto& row : rows)
            actions << row.toObject().value(QLatin1String("user")).toString() + QLatin1Char(':') +
                           row.toObject().value(QLatin1String("action")).toString();
        QVERIFY2(actions.contains(QStringLiteral("ada:patient.create")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY2(actions.contains(QStringLiteral("ada:patient.view")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY2(actions.contains(QStringLiteral("carl:note.add")), qPrintable(actions.join(QLatin1Char(' '))));
        const Run byClinician =
            run(as("carl", "carl.pw") + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(byClinician.exitCode, 5);
    }

    /// The audit rows of the keyring commands, read in process with ada's key slot.
    QStringList keyringAuditRows()
    {
        const SystemClock clock;
        storage::DataFolder folder(m_data, clinic::clinicMigrations(), clock);
        auto database = folder.unlock(QStringLiteral("ada"), QStringLiteral("harbour-lantern-41"));
        if (!database)
            qFatal("cannot unlock: %s", qPrintable(database.error().message));
        QStringList rows;
        auto read = (*database)->read([&](storage::Connection& reader) -> Result<void> {
            auto found = reader.query(QStringLiteral("SELECT user_name, action, detail FROM audit_log WHERE action IN "
                                                     "('user.key_slot_add', 'user.key_slot_remove', "
                                                     "'user.password_change') ORDER BY seq"));
            if (!found)
                return found.error();
            for (const storage::Row& row : *found)
                rows
                    << QStringLiteral("%1 %2 %3").arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString());
            return {};
        });
        if (!read)
            qFatal("cannot read the audit log: %s", qPrintable(read.error().message));
        return rows;
    }

    void keySlotsAreAnAdminsAndEveryChangeIsAudited()
    {
        const QString zoe = secretFile(QStringLiteral("zoe.pw"), QStringLiteral("meadow-copper-58"));
        const QStringList addZoe{QStringLiteral("add-user"), QStringLiteral("--name"), QStringLiteral("zoe"),
                                 QStringLiteral("--new-password-file"), zoe};
        const Run byClinician = run(as("carl", "carl.pw") + addZoe);
        QCOMPARE(byClinician.exitCode, 5);
        QVERIFY2(byClinician.err.contains(QLatin1String("only an active admin")), qPrintable(byClinician.err));
        const Run removeByClinician =
            run(as("carl", "carl.pw") +
                QStringList{QStringLiteral("remove-user"), QStringLiteral("--name"), QStringLiteral("ada")});
        QCOMPARE(removeByClinician.exitCode, 5);
        QVERIFY(keyringAuditRows().isEmpty());

        const Run added = run(as("ada", "admin.pw") + addZoe);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run removed = run(as("ada", "admin.pw") + QStringList{QStringLiteral("remove-user"),
                                                                    QStringLiteral("--name"), QStringLiteral("zoe")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        const QString interim = secretFile(QStringLiteral("interim.pw"), QStringLiteral("gravel-orchid-314"));
        const Run changed = run(as("ada", "admin.pw") +
                                QStringList{QStringLiteral("passwd"), QStringLiteral("--new-password-file"), interim});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        const Run back =
            run(as("ada", "interim.pw") + QStringList{QStringLiteral("passwd"), QStringLiteral("--new-password-file"),
                                                      m_dir.filePath(QStringLiteral("admin.pw"))});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));

        QCOMPARE(keyringAuditRows(), (QStringList{QStringLiteral("ada user.key_slot_add zoe"),
                                                  QStringLiteral("ada user.key_slot_remove zoe"),
                                                  QStringLiteral("ada user.password_change ada"),
                                                  QStringLiteral("ada user.password_change ada")}));
        const Run verified =
            run(as("ada", "admin.pw") + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }

    void theClinicChoosesItsIdentifierKinds()
    {
        const QStringList kinds{QStringLiteral("identifier-kinds")};
        const Run defaults = run(as("ada", "admin.pw") + kinds + QStringList{QStringLiteral("--json")});
        QVERIFY2(defaults.exitCode == 0, qPrintable(defaults.err));
        QCOMPARE(defaults.out.trimmed(), QStringLiteral(R"(["clinic_number","national_id","insurance","passport"])"));

        const Run byClinician =
            run(as("carl", "carl.pw") + kinds + QStringList{QStringLiteral("--set"), QStringLiteral("nhis")});
        QCOMPARE(byClinician.exitCode, 5);

        const Run malformed =
            run(as("ada", "admin.pw") + kinds + QStringList{QStringLiteral("--set"), QStringLiteral("nhis,9lives")});
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY2(malformed.err.contains(QStringLiteral("“9lives” cannot be an identifier kind")),
                 qPrintable(malformed.err));

        const Run set = run(as("ada", "admin.pw") + kinds +
                            QStringList{QStringLiteral("--set"), QStringLiteral(" Clinic_Number, NHIS ")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(set.out.trimmed(), QStringLiteral("clinic_number\nnhis"));

        // national_id is no longer one of the clinic's kinds: registering with one is refused with the list.
        const Run refused =
            run(as("ada", "admin.pw") + QStringList{QStringLiteral("patient"), QStringLiteral("add"),
                                                    QStringLiteral("--given"), QStringLiteral("Wanjiru"),
                                                    QStringLiteral("--family"), QStringLiteral("Kamau"),
                                                    QStringLiteral("--dob"), QStringLiteral("1979-02-14"),
                                                    QStringLiteral("--national-id"), QStringLiteral("KE 2290 118")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("does not record identifiers of kind “national_id”. It records: "
                                                     "clinic_number, nhis.")),
                 qPrintable(refused.err));
        const Run audit = run(as("ada", "admin.pw") + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
    }

    void demoDataAndStatisticsAgree()
    {
        const Run demo = run(as("ada", "admin.pw") + QStringList{QStringLiteral("demo"), QStringLiteral("--patients"),
                                                                 QStringLiteral("40"), QStringLiteral("--seed"),
                                                                 QStringLiteral("7")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run stats = run(as("ada", "admin.pw") + QStringList{QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(counts.value(QLatin1String("patients")).toInt(), 41);
        QCOMPARE(counts.value(QLatin1String("users")).toInt(), 3); // ada, carl (the demo reuses him) and rita
        QVERIFY(counts.value(QLatin1String("encounters")).toInt() >= 2);
        QVERIFY(counts.value(QLatin1String("audit_log")).toInt() > 10);
    }

    void disabledUsersCannotSignIn()
    {
        const Run disabled = run(as("ada", "admin.pw") + QStringList{QStringLiteral("user"), QStringLiteral("disable"),
                                                                     QStringLiteral("carl")});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        const Run refused = run(as("carl", "carl.pw") + QStringList{QStringLiteral("stats")});
        QCOMPARE(refused.exitCode, 3);
    }

    void usageMistakesAreExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("patient without a verb") << QStringList{QStringLiteral("patient")};
        QTest::newRow("find without a query") << QStringList{QStringLiteral("patient"), QStringLiteral("find")};
        QTest::newRow("a bad date of birth") << QStringList{QStringLiteral("patient"), QStringLiteral("add"),
                                                            QStringLiteral("--dob"), QStringLiteral("12/03/1984")};
        QTest::newRow("a user with an unknown role")
            << QStringList{QStringLiteral("user"),   QStringLiteral("add"),  QStringLiteral("x"),
                           QStringLiteral("--role"), QStringLiteral("root"), QStringLiteral("--password-file"),
                           QStringLiteral("f")};
        QTest::newRow("demo without a count") << QStringList{QStringLiteral("demo")};
    }

    void usageMistakesAreExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(as("ada", "admin.pw") + arguments);
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCtlClinic)
#include "TestCtlClinic.moc"
