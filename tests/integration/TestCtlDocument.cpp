#include "tests/support/CtlProcess.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// outpostctl document add and document text as a script uses them: real OCR on a generated scan,
/// the text read back, and each refusal with its exit code.
class TestCtlDocument : public QObject
{
    Q_OBJECT

    using Run = outpost::testing::CtlRun;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_patient;
    QString m_letter;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        out.write(bytes);
        return path;
    }

    Run run(const QStringList& arguments)
    {
        QProcessEnvironment environment = outpost::testing::ctlEnvironment(m_dir.path());
        environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        return outpost::testing::runCtl(QStringLiteral(OUTPOSTCTL_PATH),
                                        QStringList{QStringLiteral("--data-dir"), m_data} + arguments, environment,
                                        false, 180000);
    }

    QStringList as(const char* user, const char* passwordFile)
    {
        return {QStringLiteral("--user"), QString::fromLatin1(user), QStringLiteral("--password-file"),
                m_dir.filePath(QString::fromLatin1(passwordFile))};
    }

    /// A letter-like page at 300 dpi with known words, rendered here.
    QString renderLetter()
    {
        QImage page(1700, 900, QImage::Format_Grayscale8);
        page.fill(Qt::white);
        QPainter painter(&page);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(44);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QStringList lines{QStringLiteral("Referral to the cardiology clinic"),
                                QStringLiteral("Suspected cardiomyopathy in a patient"),
                                QStringLiteral("with breathlessness on exertion.")};
        for (qsizetype i = 0; i < lines.size(); ++i)
            painter.drawText(100, 150 + static_cast<int>(i) * 90, lines[i]);
        painter.end();
        const QString path = m_dir.filePath(QStringLiteral("letter.png"));
        if (!page.save(path))
            qFatal("cannot save the letter");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("clinic"));
        file(QStringLiteral("admin.pw"), "harbour-lantern-41\n");
        file(QStringLiteral("rita.pw"), "front-desk-orchid-8\n");
        file(QStringLiteral("carl.pw"), "stethoscope-blue-7\n");
        file(QStringLiteral("wrong.pw"), "not-the-password-1\n");
        QVERIFY(
            run({QStringLiteral("init"), QStringLiteral("--clinic"), QStringLiteral("Test Clinic"),
                 QStringLiteral("--admin"), QStringLiteral("ada"), QStringLiteral("--password-file"),
                 m_dir.filePath(QStringLiteral("admin.pw")), QStringLiteral("--kdf"), QStringLiteral("interactive")})
                .exitCode == 0);
        for (const auto& [name, role] : {std::pair{"rita", "reception"}, std::pair{"carl", "clinician"}}) {
            const Run added =
                run(as("ada", "admin.pw") +
                    QStringList{QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(name),
                                QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--password-file"),
                                m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".pw"))});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        const Run patient =
            run(as("rita", "rita.pw") + QStringList{QStringLiteral("patient"), QStringLiteral("add"),
                                                    QStringLiteral("--given"), QStringLiteral("Amina"),
                                                    QStringLiteral("--family"), QStringLiteral("Diallo"),
                                                    QStringLiteral("--dob"), QStringLiteral("1984-03-12")});
        QVERIFY2(patient.exitCode == 0, qPrintable(patient.err));
        m_patient = patient.out.trimmed();
        m_letter = renderLetter();
    }

    void aScannedLetterIsStoredAndItsTextReadBack()
    {
        const Run added = run(as("rita", "rita.pw") + QStringList{QStringLiteral("document"), QStringLiteral("add"),
                                                                  m_patient, m_letter, QStringLiteral("--kind"),
                                                                  QStringLiteral("referral_letter")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QCOMPARE(id.size(), 36);

        const Run text =
            run(as("carl", "carl.pw") + QStringList{QStringLiteral("document"), QStringLiteral("text"), id});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("cardiomyopathy")), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("breathlessness")));

        // Reception attached it but may not read a referral letter.
        const Run refused =
            run(as("rita", "rita.pw") + QStringList{QStringLiteral("document"), QStringLiteral("text"), id});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY(refused.err.contains(QLatin1String("Permission denied")));
        QVERIFY(refused.out.isEmpty());

        // The clinician finds the patient from the main search by a word of the letter.
        const Run found = run(as("carl", "carl.pw") + QStringList{QStringLiteral("patient"), QStringLiteral("find"),
                                                                  QStringLiteral("cardiomyopathy")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.startsWith(m_patient), qPrintable(found.out));
    }

    void refusalsHaveTheirExitCodes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("add without a file")
            << "rita" << QStringList{QStringLiteral("add"), QStringLiteral("P")} << 2 << "PATIENT_ID and FILE";
        QTest::newRow("an unknown kind") << "rita"
                                         << QStringList{QStringLiteral("add"), QStringLiteral("P"),
                                                        QStringLiteral("f.png"), QStringLiteral("--kind"),
                                                        QStringLiteral("selfie")}
                                         << 2 << "--kind must be";
        QTest::newRow("an unknown verb") << "rita" << QStringList{QStringLiteral("delete")} << 2
                                         << "document add or document text";
        QTest::newRow("an unknown patient")
            << "rita"
            << QStringList{QStringLiteral("add"), QStringLiteral("no-such-patient"), QStringLiteral("letter.png")} << 1
            << "No patient";
        QTest::newRow("a file that is not an image")
            << "rita" << QStringList{QStringLiteral("add"), QStringLiteral("@patient"), QStringLiteral("@garbage")}
            << -1 << "";
        QTest::newRow("an unknown document")
            << "carl" << QStringList{QStringLiteral("text"), QStringLiteral("nope")} << 1 << "No document";
        QTest::newRow("a wrong password") << "wrong" << QStringList{QStringLiteral("text"), QStringLiteral("nope")} << 3
                                          << "Wrong user name or password";
    }

    void refusalsHaveTheirExitCodes()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString& argument : arguments) {
            if (argument == QLatin1String("@patient"))
                argument = m_patient;
            else if (argument == QLatin1String("@garbage"))
                argument = file(QStringLiteral("garbage.png"), QByteArray("\x89PNG\r\n\x1a\nnot really", 18));
            else if (argument == QLatin1String("letter.png"))
                argument = m_letter;
        }
        const QStringList login =
            user == QLatin1String("wrong")
                ? QStringList{QStringLiteral("--user"), QStringLiteral("carl"), QStringLiteral("--password-file"),
                              m_dir.filePath(QStringLiteral("wrong.pw"))}
                : as(qPrintable(user), qPrintable(user + QStringLiteral(".pw")));
        const Run result = run(login + QStringList{QStringLiteral("document")} + arguments);
        if (exitCode < 0) {
            // A damaged or truncated file: refused with a sentence (1 or 4), never a crash, nothing printed.
            QVERIFY2(result.exitCode == 1 || result.exitCode == 4, qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
            QVERIFY(!result.err.isEmpty());
        } else {
            QCOMPARE(result.exitCode, exitCode);
            QVERIFY2(result.err.contains(message), qPrintable(result.err));
        }
    }
};

QTEST_MAIN(TestCtlDocument)
#include "TestCtlDocument.moc"
