#include "core/demo/DemoPeople.h"
#include "core/domain/DuplicateScore.h"

#include <QHash>
#include <QTest>

#include <cstdio>

using namespace outpost::domain;

/// The duplicate warning: certain on a shared id, likely on alike names with the same or a close
/// birth date or phone, quiet for people who merely share a common name.
class TestDuplicates : public QObject
{
    Q_OBJECT

    static Patient person(const char* given, const char* family, QDate dob)
    {
        Patient p;
        p.givenName = QString::fromUtf8(given);
        p.familyName = QString::fromUtf8(family);
        p.dateOfBirth = dob;
        return p;
    }

    /// A copy of @p original as a second receptionist might type it (kind picks the mistake).
    static Patient mistype(const Patient& original, int kind)
    {
        Patient copy = original;
        copy.identifiers.clear();
        copy.phone.clear();
        switch (kind % 6) {
        case 0: // two letters swapped in the family name
            if (copy.familyName.size() > 3)
                std::swap(copy.familyName[1], copy.familyName[2]);
            break;
        case 1: // day and month swapped
            if (original.dateOfBirth.day() <= 12 && !original.dateOfBirthApproximate)
                copy.dateOfBirth =
                    QDate(original.dateOfBirth.year(), original.dateOfBirth.day(), original.dateOfBirth.month());
            break;
        case 2: // names in the wrong fields
            std::swap(copy.givenName, copy.familyName);
            break;
        case 3: // same national id, name typed differently
            copy.identifiers = original.identifiers;
            copy.givenName = copy.givenName.left(copy.givenName.size() - 1);
            break;
        case 4: // same phone, one digit of the birth year mistyped
            copy.phone = original.phone;
            copy.dateOfBirth = original.dateOfBirth.addYears(original.dateOfBirth.year() % 10 == 9 ? -1 : 1);
            break;
        case 5: // a letter dropped from the given name
            if (copy.givenName.size() > 4)
                copy.givenName.remove(2, 1);
            break;
        }
        return copy;
    }

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<Patient>("a");
        QTest::addColumn<Patient>("b");
        QTest::addColumn<bool>("likely");
        const QDate dob(1984, 3, 12);
        QTest::newRow("the same name and birth date")
            << person("Amina", "Diallo", dob) << person("amina", "DIALLO", dob) << true;
        QTest::newRow("Müller and Mueller born the same day")
            << person("Anna", "Müller", dob) << person("Anna", "Mueller", dob) << true;
        QTest::newRow("Mohamed and Mohammed born the same day")
            << person("Mohamed", "Haddad", dob) << person("Mohammed", "Haddad", dob) << true;
        QTest::newRow("a typo and the day and month swapped")
            << person("Ngozi", "Okafor", dob) << person("Ngozi", "Okafro", QDate(1984, 12, 3)) << true;
        QTest::newRow("given and family name swapped")
            << person("Wei", "Zhang", dob) << person("Zhang", "Wei", dob) << true;
        QTest::newRow("the same common name, born years apart")
            << person("John", "Smith", dob) << person("John", "Smith", QDate(1991, 7, 2)) << false;
        QTest::newRow("different people born the same day")
            << person("Priya", "Sharma", dob) << person("Kwame", "Mensah", dob) << false;
        Patient withId = person("Fatima", "Nasser", dob);
        withId.identifiers = {{QStringLiteral("national_id"), QStringLiteral("N-1234 5678")}};
        Patient sameId = person("Fatma", "Naser", QDate(1985, 1, 1));
        sameId.identifiers = {{QStringLiteral("national_id"), QStringLiteral("n12345678")}};
        QTest::newRow("the same national id written differently") << withId << sameId << true;
        Patient phoneA = person("Thabo", "Dlamini", dob);
        phoneA.phone = QStringLiteral("+27 82 555 1234");
        Patient phoneB = person("Lindiwe", "Dlamini", QDate(2015, 5, 5));
        phoneB.phone = QStringLiteral("082 555 1234");
        QTest::newRow("a mother and child sharing a phone") << phoneA << phoneB << false;
    }

    void cases()
    {
        QFETCH(Patient, a);
        QFETCH(Patient, b);
        QFETCH(bool, likely);
        const DuplicateMatch match = scoreDuplicate(a, b);
        QVERIFY2(
            (match.score >= kLikelyDuplicate) == likely,
            qPrintable(QStringLiteral("score %1: %2").arg(match.score).arg(match.reasons.join(QStringLiteral(", ")))));
        if (likely)
            QVERIFY(!match.reasons.isEmpty());
    }

    void precisionAndRecallOnGeneratedData()
    {
        outpost::demo::DemoPeople people(20261125);
        QList<Patient> records;
        for (int i = 0; i < 4000; ++i) {
            Patient p = people.next();
            p.id = QString::number(i);
            records << p;
        }
        QHash<QString, QString> plantedOf; // duplicate id → original id
        for (int i = 0; i < 400; ++i) {
            const Patient& original = records.at(i * 7);
            Patient copy = mistype(original, i);
            copy.id = QStringLiteral("dup%1").arg(i);
            plantedOf.insert(copy.id, original.id);
            records << copy;
        }
        // Block on shared phonetic keys, as the registration service does, then score each pair once.
        QHash<QString, QList<int>> blocks;
        for (int i = 0; i < records.size(); ++i) {
            for (const QString& key : namePhoneticKeys(records.at(i)))
                blocks[key] << i;
            for (const Identifier& id : records.at(i).identifiers)
                blocks[QStringLiteral("id:") + id.value] << i;
        }
        QSet<QPair<int, int>> flagged;
        for (const QList<int>& block : blocks) {
            if (block.size() > 600)
                continue; // a name word shared by that many is not evidence on its own
            for (int x = 0; x < block.size(); ++x) {
                for (int y = x + 1; y < block.size(); ++y) {
                    const QPair<int, int> pair(std::min(block[x], block[y]), std::max(block[x], block[y]));
                    if (!flagged.contains(pair) &&
                        scoreDuplicate(records.at(pair.second), records.at(pair.first)).score >= kLikelyDuplicate)
                        flagged.insert(pair);
                }
            }
        }
        int truePositives = 0;
        for (const auto& pair : flagged) {
            const QString dup = records.at(pair.second).id;
            if (plantedOf.value(dup) == records.at(pair.first).id)
                ++truePositives;
        }
        const double precision = flagged.isEmpty() ? 0 : double(truePositives) / flagged.size();
        const double recall = double(truePositives) / plantedOf.size();
        std::printf("duplicates: %d records, %lld planted, %lld flagged, precision %.3f, recall %.3f\n",
                    int(records.size()), qint64(plantedOf.size()), qint64(flagged.size()), precision, recall);
        QVERIFY2(recall >= 0.9, qPrintable(QString::number(recall)));
        QVERIFY2(precision >= 0.9, qPrintable(QString::number(precision)));
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "TestDuplicates.moc"
