#include "core/clinic/ClinicalEntry.h"

#include <QJsonArray>
#include <QTest>

using namespace outpost;
using namespace outpost::clinic;

namespace {

QJsonObject measured(const char* key, double value, const QString& unit = {})
{
    QJsonObject sign{{QStringLiteral("value"), value}};
    if (!unit.isEmpty())
        sign.insert(QStringLiteral("unit"), unit);
    return {{QLatin1String(key), sign}};
}

} // namespace

/// The clinical entry bodies: what each kind must hold, and the plausible ranges of vital signs.
class TestClinicalEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vitalRanges_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const QString none;
        QTest::newRow("a temperature of 37.2 °C is accepted") << measured("temperature", 37.2) << none;
        QTest::newRow("a temperature of 30 °C is accepted (lowest)") << measured("temperature", 30) << none;
        QTest::newRow("a temperature of 29.9 °C is refused")
            << measured("temperature", 29.9)
            << QStringLiteral("Temperature must be between 30 and 45 °C; 29.9 is not plausible.");
        QTest::newRow("a temperature of 98.6 (Fahrenheit typed) is refused")
            << measured("temperature", 98.6)
            << QStringLiteral("Temperature must be between 30 and 45 °C; 98.6 is not plausible.");
        QTest::newRow("a pulse of 250 /min is accepted (highest)") << measured("pulse", 250) << none;
        QTest::newRow("a pulse of 19 /min is refused")
            << measured("pulse", 19) << QStringLiteral("Pulse must be between 20 and 250 /min; 19 is not plausible.");
        QTest::newRow("a pulse of 251 /min is refused")
            << measured("pulse", 251) << QStringLiteral("Pulse must be between 20 and 250 /min; 251 is not plausible.");
        QTest::newRow("a respiratory rate of 3 /min is refused")
            << measured("respiratory_rate", 3)
            << QStringLiteral("Respiratory rate must be between 4 and 80 /min; 3 is not plausible.");
        QTest::newRow("a respiratory rate of 16 /min is accepted") << measured("respiratory_rate", 16) << none;
        QTest::newRow("an SpO2 of 101 % is refused")
            << measured("spo2", 101) << QStringLiteral("SpO2 must be between 50 and 100 %; 101 is not plausible.");
        QTest::newRow("an SpO2 of 49 % is refused")
            << measured("spo2", 49) << QStringLiteral("SpO2 must be between 50 and 100 %; 49 is not plausible.");
        QTest::newRow("an SpO2 of 97 % is accepted") << measured("spo2", 97) << none;
        QTest::newRow("a newborn's weight of 0.3 kg is accepted") << measured("weight", 0.3) << none;
        QTest::newRow("a weight of 0.2 kg is refused")
            << measured("weight", 0.2)
            << QStringLiteral("Weight must be between 0.3 and 400 kg; 0.2 is not plausible.");
        QTest::newRow("a weight of 401 kg is refused")
            << measured("weight", 401)
            << QStringLiteral("Weight must be between 0.3 and 400 kg; 401 is not plausible.");
        QTest::newRow("a height of 19 cm is refused")
            << measured("height", 19) << QStringLiteral("Height must be between 20 and 260 cm; 19 is not plausible.");
        QTest::newRow("a height of 1.75 (metres typed) is refused")
            << measured("height", 1.75)
            << QStringLiteral("Height must be between 20 and 260 cm; 1.75 is not plausible.");
        QTest::newRow("a height of 175 cm is accepted") << measured("height", 175) << none;

        QJsonObject pressure = measured("systolic", 120);
        pressure.insert(QStringLiteral("diastolic"), QJsonObject{{QStringLiteral("value"), 80}});
        QTest::newRow("a blood pressure of 120/80 is accepted") << pressure << none;
        QJsonObject inverted = measured("systolic", 80);
        inverted.insert(QStringLiteral("diastolic"), QJsonObject{{QStringLiteral("value"), 120}});
        QTest::newRow("a blood pressure of 80/120 (swapped) is refused")
            << inverted << QStringLiteral("Systolic pressure must be higher than diastolic pressure.");
        QJsonObject equal = measured("systolic", 90);
        equal.insert(QStringLiteral("diastolic"), QJsonObject{{QStringLiteral("value"), 90}});
        QTest::newRow("a blood pressure of 90/90 is refused")
            << equal << QStringLiteral("Systolic pressure must be higher than diastolic pressure.");
        QTest::newRow("a systolic pressure without diastolic is refused")
            << measured("systolic", 120)
            << QStringLiteral("Blood pressure needs both the systolic and the diastolic value.");
        QJsonObject highSystolic = measured("systolic", 301);
        highSystolic.insert(QStringLiteral("diastolic"), QJsonObject{{QStringLiteral("value"), 80}});
        QTest::newRow("a systolic pressure of 301 mmHg is refused")
            << highSystolic
            << QStringLiteral("Systolic pressure must be between 40 and 300 mmHg; 301 is not plausible.");
        QJsonObject lowDiastolic = measured("systolic", 120);
        lowDiastolic.insert(QStringLiteral("diastolic"), QJsonObject{{QStringLiteral("value"), 19}});
        QTest::newRow("a diastolic pressure of 19 mmHg is refused")
            << lowDiastolic
            << QStringLiteral("Diastolic pressure must be between 20 and 200 mmHg; 19 is not plausible.");

        QTest::newRow("a temperature in °F is refused by its unit")
            << measured("temperature", 37, QStringLiteral("°F")) << QStringLiteral("Temperature must be given in °C.");
        QTest::newRow("a temperature with its unit °C is accepted")
            << measured("temperature", 37, QStringLiteral("°C")) << none;
        QTest::newRow("a temperature written as text is refused")
            << QJsonObject{{QStringLiteral("temperature"), QStringLiteral("high")}}
            << QStringLiteral("Temperature must be a number in °C.");
        QTest::newRow("vitals with nothing measured are refused")
            << QJsonObject{} << QStringLiteral("Vitals need at least one measurement.");
    }

    void vitalRanges()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, refusal);
        auto checked = canonicalBody(EntryKind::Vitals, body);
        if (refusal.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().code, ErrorCode::Invalid);
            QCOMPARE(checked.error().message, refusal);
        }
    }

    void everyVitalSignHasAUnitAndARange()
    {
        QCOMPARE(vitalSignRanges().size(), size_t(8));
        for (const VitalSignRange& sign : vitalSignRanges()) {
            QVERIFY(sign.member != nullptr);
            QVERIFY(qstrlen(sign.unit) > 0);
            QVERIFY(sign.minimum < sign.maximum);
        }
    }

    void vitalsRoundTripWithUnits()
    {
        Vitals vitals;
        vitals.temperatureC = 38.4;
        vitals.systolicMmHg = 135;
        vitals.diastolicMmHg = 85;
        vitals.spo2Percent = 94;
        const QJsonObject body = vitals.toJson();
        QCOMPARE(body.value(QStringLiteral("temperature")).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("°C"));
        QCOMPARE(body.value(QStringLiteral("systolic")).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("mmHg"));
        QVERIFY(!body.contains(QStringLiteral("pulse")));
        auto back = Vitals::fromJson(body);
        QVERIFY(back.ok());
        QCOMPARE(back->temperatureC, vitals.temperatureC);
        QCOMPARE(back->diastolicMmHg, vitals.diastolicMmHg);
        QVERIFY(!back->pulsePerMin.has_value());
    }

    void otherKinds_data()
    {
        QTest::addColumn<EntryKind>("kind");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("refusal");
        const QString none;
        QTest::newRow("a note with only a plan is accepted")
            << EntryKind::Note << QJsonObject{{QStringLiteral("plan"), QStringLiteral("Review in 2 weeks")}} << none;
        QTest::newRow("a note of blank parts is refused")
            << EntryKind::Note << QJsonObject{{QStringLiteral("subjective"), QStringLiteral("   ")}}
            << QStringLiteral("A note needs at least one of subjective, objective, assessment or plan.");
        QTest::newRow("an allergy with a known severity is accepted")
            << EntryKind::Allergy
            << QJsonObject{{QStringLiteral("substance"), QStringLiteral("Penicillin")},
                           {QStringLiteral("reaction"), QStringLiteral("Rash")},
                           {QStringLiteral("severity"), QStringLiteral("life-threatening")}}
            << none;
        QTest::newRow("an allergy without a substance is refused")
            << EntryKind::Allergy << QJsonObject{{QStringLiteral("severity"), QStringLiteral("mild")}}
            << QStringLiteral("An allergy needs the substance the patient reacts to.");
        QTest::newRow("an allergy of severity 'bad' is refused")
            << EntryKind::Allergy
            << QJsonObject{{QStringLiteral("substance"), QStringLiteral("Latex")},
                           {QStringLiteral("severity"), QStringLiteral("bad")}}
            << QStringLiteral("An allergy's severity must be mild, moderate, severe or life-threatening.");
        QTest::newRow("a resolved problem is accepted")
            << EntryKind::Problem
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Malaria")},
                           {QStringLiteral("status"), QStringLiteral("resolved")}}
            << none;
        QTest::newRow("a problem without a name is refused")
            << EntryKind::Problem << QJsonObject{{QStringLiteral("onset"), QStringLiteral("2019")}}
            << QStringLiteral("A problem needs a name.");
        QTest::newRow("a problem that is 'stopped' is refused")
            << EntryKind::Problem
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Asthma")},
                           {QStringLiteral("status"), QStringLiteral("stopped")}}
            << QStringLiteral("A problem's status must be active or resolved.");
        QTest::newRow("a stopped medication is accepted")
            << EntryKind::Medication
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Metformin")},
                           {QStringLiteral("status"), QStringLiteral("stopped")}}
            << none;
        QTest::newRow("a medication without a name is refused")
            << EntryKind::Medication << QJsonObject{{QStringLiteral("dose"), QStringLiteral("500 mg")}}
            << QStringLiteral("A medication needs a name.");
        QTest::newRow("a medication that is 'resolved' is refused")
            << EntryKind::Medication
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Metformin")},
                           {QStringLiteral("status"), QStringLiteral("resolved")}}
            << QStringLiteral("A medication's status must be active or stopped.");
        QTest::newRow("a note longer than 256 KiB is refused")
            << EntryKind::Note << QJsonObject{{QStringLiteral("subjective"), QString(300 * 1024, QLatin1Char('x'))}}
            << QStringLiteral("This entry is too long; split it into several entries.");
    }

    void otherKinds()
    {
        QFETCH(EntryKind, kind);
        QFETCH(QJsonObject, body);
        QFETCH(QString, refusal);
        auto checked = canonicalBody(kind, body);
        if (refusal.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().message, refusal);
        }
    }

    void canonicalBodyTrimsTextAndDropsUnknownKeys()
    {
        auto checked =
            canonicalBody(EntryKind::Medication, QJsonObject{{QStringLiteral("name"), QStringLiteral("  Amoxicillin ")},
                                                             {QStringLiteral("dose"), QStringLiteral("500 mg")},
                                                             {QStringLiteral("colour"), QStringLiteral("pink")}});
        QVERIFY(checked.ok());
        QCOMPARE(checked->value(QStringLiteral("name")).toString(), QStringLiteral("Amoxicillin"));
        QCOMPARE(checked->value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(!checked->contains(QStringLiteral("colour")));
    }

    void kindNamesRoundTrip()
    {
        for (const EntryKind kind :
             {EntryKind::Note, EntryKind::Vitals, EntryKind::Allergy, EntryKind::Problem, EntryKind::Medication})
            QCOMPARE(entryKindFromName(entryKindName(kind)), kind);
        QVERIFY(!entryKindFromName(QStringLiteral("diagnosis")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestClinicalEntries)
#include "TestClinicalEntries.moc"
