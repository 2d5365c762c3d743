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
class TestCtlClinic : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

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
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OUTPOSTCTL_PATH), QStringList{QStringLiteral("--data-dir"), m_data} + arguments);
        if (!process.waitForFinished(120000))
            qFatal("outpostctl did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
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
