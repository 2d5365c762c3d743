// `outpostctl ocr` as a user runs it: a real subprocess on real images, without a data folder.
#include "tests/support/CtlProcess.h"

#include "OcrTestSet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCtlOcr : public QObject
{
    Q_OBJECT

    using Run = outpost::testing::CtlRun;

    QTemporaryDir m_dir;
    QString m_passport;
    outpost::ocr::testset::Sample m_sample;

    Run run(const QStringList& arguments, bool withThreadLimit = true)
    {
        QProcessEnvironment environment = outpost::testing::ctlEnvironment(m_dir.path());
        environment.insert(QStringLiteral("OUTPOST_DATA_DIR"), m_dir.filePath(QStringLiteral("no-data-here")));
        if (withThreadLimit)
            environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        else
            environment.remove(QStringLiteral("OMP_THREAD_LIMIT"));
        return outpost::testing::runCtl(QStringLiteral(OUTPOSTCTL_PATH), arguments, environment);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::mt19937_64 random(77);
        m_sample = outpost::ocr::testset::identityDocument(random, true, 0);
        m_passport = write(QStringLiteral("passport.png"), outpost::ocr::testset::encodePng(m_sample.image, 300));
    }

    void aPassportGivesItsFieldsAsJson()
    {
        const Run result = run({QStringLiteral("ocr"), m_passport, QStringLiteral("--kind"), QStringLiteral("id_card"),
                                QStringLiteral("--json")},
                               false);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(document.value(QLatin1String("kind")).toString(), QStringLiteral("id_card"));
        // Started without OMP_THREAD_LIMIT: the launcher re-executed itself with it.
        QCOMPARE(document.value(QLatin1String("omp_thread_limit")).toString(), QStringLiteral("1"));
        QHash<QString, QJsonObject> fields;
        const QJsonArray fieldArray = document.value(QLatin1String("fields")).toArray();
        for (const QJsonValue value : fieldArray)
            fields.insert(value.toObject().value(QLatin1String("name")).toString(), value.toObject());
        for (const QString& name : {QStringLiteral("document_number"), QStringLiteral("birth_date"),
                                    QStringLiteral("family_name"), QStringLiteral("given_name")}) {
            QVERIFY2(fields.contains(name), qPrintable(name));
            QCOMPARE(fields[name].value(QLatin1String("value")).toString(), m_sample.fields.value(name));
            QVERIFY(fields[name].value(QLatin1String("confidence")).toDouble() > 50);
        }
        QVERIFY(fields[QStringLiteral("document_number")].value(QLatin1String("validated")).toBool());
        QCOMPARE(fields[QStringLiteral("document_number")].value(QLatin1String("box")).toArray().size(), 4);
        const QJsonArray pages = document.value(QLatin1String("pages")).toArray();
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0]
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(m_sample.fields.value(QStringLiteral("document_number"))));
        QVERIFY(document.value(QLatin1String("timings_ms")).toObject().value(QLatin1String("total")).toInt() > 0);
        QVERIFY2(!QDir(m_dir.filePath(QStringLiteral("no-data-here"))).exists(), "ocr must not create a data folder");
    }

    void plainOutputShowsTextFieldsAndTimings()
    {
        const Run result =
            run({QStringLiteral("ocr"), m_passport, QStringLiteral("--kind"), QStringLiteral("id_card")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("== Page 1 of 1")));
        QVERIFY(result.out.contains(
            QStringLiteral("document_number = %1").arg(m_sample.fields.value(QStringLiteral("document_number")))));
        QVERIFY(result.out.contains(QLatin1String("== Timings")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList{QStringLiteral("ocr")};
        QTest::newRow("an unknown kind") << QStringList{QStringLiteral("ocr"), QStringLiteral("x.png"),
                                                        QStringLiteral("--kind"), QStringLiteral("passport")};
        QTest::newRow("--kind without a value")
            << QStringList{QStringLiteral("ocr"), QStringLiteral("x.png"), QStringLiteral("--kind")};
        QTest::newRow("an unknown option")
            << QStringList{QStringLiteral("ocr"), QStringLiteral("x.png"), QStringLiteral("--fast")};
        QTest::newRow("two files") << QStringList{QStringLiteral("ocr"), QStringLiteral("a.png"),
                                                  QStringLiteral("b.png")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("Usage: outpostctl")));
    }

    void aDamagedFileExitsFour()
    {
        QFile png(m_passport);
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray bytes = png.readAll();
        const QString truncated = write(QStringLiteral("truncated.png"), bytes.left(bytes.size() / 3));
        const Run result = run({QStringLiteral("ocr"), truncated});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("truncated or damaged")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void anUnsupportedFileIsRefusedInASentence()
    {
        const Run result = run({QStringLiteral("ocr"), write(QStringLiteral("notes.txt"), "Seen today.\n")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("neither a supported image")), qPrintable(result.err));
    }
};

QTEST_MAIN(TestCtlOcr)
#include "TestCtlOcr.moc"
