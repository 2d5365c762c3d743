#include "core/domain/Patient.h"

#include <QTest>

using namespace outpost::domain;

/// Registration checks give one clear message per field.
class TestPatientValidation : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 25};

    Patient valid() const
    {
        Patient patient;
        patient.givenName = QStringLiteral("Amina");
        patient.familyName = QStringLiteral("Diallo");
        patient.dateOfBirth = QDate(1984, 3, 12);
        patient.phone = QStringLiteral("+221 77 123 45 67");
        patient.identifiers = {{QStringLiteral("national_id"), QStringLiteral("1 84 03 12345")}};
        return patient;
    }

    QStringList fieldsWithErrors(const Patient& patient) const
    {
        QStringList fields;
        for (const FieldError& error : validate(patient, m_today))
            fields << error.field;
        return fields;
    }

private Q_SLOTS:
    void aCompleteRecordIsValid() { QVERIFY(validate(valid(), m_today).isEmpty()); }

    void oneNameIsEnough()
    {
        Patient patient = valid();
        patient.givenName.clear();
        QVERIFY(validate(patient, m_today).isEmpty());
        patient.familyName = QStringLiteral("  ");
        QCOMPARE(fieldsWithErrors(patient), QStringList{QStringLiteral("familyName")});
    }

    void datesOfBirth_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("valid");
        QTest::newRow("no date") << QDate() << false;
        QTest::newRow("tomorrow") << QDate(2026, 11, 26) << false;
        QTest::newRow("today, a newborn") << QDate(2026, 11, 25) << true;
        QTest::newRow("131 years ago") << QDate(1895, 1, 1) << false;
        QTest::newRow("a centenarian") << QDate(1920, 6, 1) << true;
    }

    void datesOfBirth()
    {
        QFETCH(QDate, date);
        QFETCH(bool, valid);
        Patient patient = this->valid();
        patient.dateOfBirth = date;
        QCOMPARE(validate(patient, m_today).isEmpty(), valid);
    }

    void phoneNumbersNeedSixToFifteenDigits()
    {
        Patient patient = valid();
        patient.phone = QStringLiteral("12-34");
        QCOMPARE(fieldsWithErrors(patient), QStringList{QStringLiteral("phone")});
        patient.phone = QStringLiteral("1234567890123456");
        QCOMPARE(fieldsWithErrors(patient), QStringList{QStringLiteral("phone")});
        QCOMPARE(phoneDigits(QStringLiteral("+44 (20) 7946-0958")), QStringLiteral("442079460958"));
    }

    void hostileAndOversizedTextIsRefused()
    {
        Patient patient = valid();
        patient.givenName = QString(101, QLatin1Char('a'));
        patient.address = QStringLiteral("line\u0007bell");
        QCOMPARE(fieldsWithErrors(patient), QStringList({QStringLiteral("givenName"), QStringLiteral("address")}));
    }

    void identifiersAndContactsNeedTheirParts()
    {
        Patient patient = valid();
        patient.identifiers.append({QStringLiteral("insurance"), QString()});
        patient.contacts.append({QString(), QStringLiteral("mother"), QStringLiteral("0612345678")});
        QCOMPARE(fieldsWithErrors(patient), QStringList({QStringLiteral("identifiers"), QStringLiteral("contacts")}));
    }

    void namesDisplayFamilyFirst()
    {
        QCOMPARE(valid().displayName(), QStringLiteral("Diallo, Amina"));
        Patient onlyGiven;
        onlyGiven.givenName = QStringLiteral("Amina");
        QCOMPARE(onlyGiven.displayName(), QStringLiteral("Amina"));
    }

    void sexNames()
    {
        QCOMPARE(sexFromName(QStringLiteral("F")), Sex::Female);
        QCOMPARE(sexFromName(QStringLiteral("male")), Sex::Male);
        QCOMPARE(sexFromName(QStringLiteral("other")), Sex::Other);
        QCOMPARE(sexFromName(QStringLiteral("?")), Sex::Unknown);
        QCOMPARE(sexName(Sex::Female), QStringLiteral("female"));
    }
};

QTEST_GUILESS_MAIN(TestPatientValidation)
#include "TestPatientValidation.moc"
