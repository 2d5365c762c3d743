#include "core/clinic/DraftStore.h"

#include "tests/support/ClinicFixture.h"

#include <QFile>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;

/// A clinician's unsaved note survives a crash in the encrypted database, one per user and patient,
/// and only people who may write clinical notes can keep one.
class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedDraftComesBack()
    {
        testing::ClinicFixture fixture;
        const Session carl = fixture.addUser(QStringLiteral("carl"), auth::Role::Clinician);
        const QString patient = fixture.addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        DraftStore drafts(*fixture.context);

        QVERIFY(drafts.save(carl, patient, QString(), {{QStringLiteral("subjective"), QStringLiteral("cough")}}));
        auto loaded = drafts.load(carl, patient);
        QVERIFY(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->body.value(QStringLiteral("subjective")).toString(), QStringLiteral("cough"));
        QCOMPARE((*loaded)->encounterId, QString());
        QCOMPARE((*loaded)->updatedAtMs, fixture.clock.nowMs());
    }

    void savingAgainReplacesTheDraft()
    {
        testing::ClinicFixture fixture;
        const Session carl = fixture.addUser(QStringLiteral("carl"), auth::Role::Clinician);
        const QString patient = fixture.addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        DraftStore drafts(*fixture.context);

        QVERIFY(drafts.save(carl, patient, QString(), {{QStringLiteral("plan"), QStringLiteral("rest")}}));
        QVERIFY(
            drafts.save(carl, patient, QStringLiteral("enc-1"), {{QStringLiteral("plan"), QStringLiteral("fluids")}}));
        QCOMPARE(fixture.value(QStringLiteral("SELECT count(*) FROM note_drafts")).toInt(), 1);
        auto loaded = drafts.load(carl, patient);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE((*loaded)->encounterId, QStringLiteral("enc-1"));
        QCOMPARE((*loaded)->body.value(QStringLiteral("plan")).toString(), QStringLiteral("fluids"));
    }

    void draftsBelongToOneUserAndOnePatient()
    {
        testing::ClinicFixture fixture;
        const Session carl = fixture.addUser(QStringLiteral("carl"), auth::Role::Clinician);
        const Session dana = fixture.addUser(QStringLiteral("dana"), auth::Role::Clinician);
        const QString amina = fixture.addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        const QString jonas = fixture.addPatient(QStringLiteral("Jonas"), QStringLiteral("Berg"));
        DraftStore drafts(*fixture.context);

        QVERIFY(drafts.save(carl, amina, QString(), {{QStringLiteral("assessment"), QStringLiteral("flu")}}));
        auto otherUser = drafts.load(dana, amina);
        QVERIFY(otherUser);
        QVERIFY(!otherUser->has_value());
        auto otherPatient = drafts.load(carl, jonas);
        QVERIFY(otherPatient);
        QVERIFY(!otherPatient->has_value());
    }

    void discardRemovesOnlyThatDraft()
    {
        testing::ClinicFixture fixture;
        const Session carl = fixture.addUser(QStringLiteral("carl"), auth::Role::Clinician);
        const QString amina = fixture.addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        const QString jonas = fixture.addPatient(QStringLiteral("Jonas"), QStringLiteral("Berg"));
        DraftStore drafts(*fixture.context);

        QVERIFY(drafts.save(carl, amina, QString(), {{QStringLiteral("plan"), QStringLiteral("a")}}));
        QVERIFY(drafts.save(carl, jonas, QString(), {{QStringLiteral("plan"), QStringLiteral("b")}}));
        QVERIFY(drafts.discard(carl, amina));
        QVERIFY(drafts.discard(carl, amina)); // nothing left: still fine
        QVERIFY(!drafts.load(carl, amina)->has_value());
        QVERIFY(drafts.load(carl, jonas)->has_value());
    }

    void onlyWritersOfClinicalNotesKeepDrafts_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("reception may not keep a draft") << int(auth::Role::Reception);
        QTest::newRow("an admin may not keep a draft") << int(auth::Role::Admin);
    }

    void onlyWritersOfClinicalNotesKeepDrafts()
    {
        QFETCH(int, role);
        testing::ClinicFixture fixture;
        const Session user = fixture.addUser(QStringLiteral("someone"), auth::Role(role));
        const QString patient = fixture.addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        DraftStore drafts(*fixture.context);

        auto saved = drafts.save(user, patient, QString(), {{QStringLiteral("plan"), QStringLiteral("x")}});
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(drafts.load(user, patient).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(drafts.discard(user, patient).error().code, ErrorCode::PermissionDenied);
    }

    void theDraftTextIsNotInTheFilesInClear()
    {
        testing::ClinicFixture fixture;
        const Session carl = fixture.addUser(QStringLiteral("carl"), auth::Role::Clinician);
        const QString patient = fixture.addPatient(QStringLiteral("Amina"), QStringLiteral("Diallo"));
        DraftStore drafts(*fixture.context);
        const QString secret = QStringLiteral("unmistakable-draft-phrase-%1").arg(42);

        QVERIFY(drafts.save(carl, patient, QString(), {{QStringLiteral("subjective"), secret}}));
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(fixture.database->path() + suffix);
            if (!file.exists())
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
