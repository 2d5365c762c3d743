#include "core/clinic/ClinicalEntry.h"

#include "core/CoreText.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace outpost::clinic {

namespace {

// A whole printed page of dense text is ~5,000 characters; anything far beyond this is a paste accident.
constexpr qsizetype kMaximumBodyBytes = 256 * 1024;

const VitalSignRange kVitalSigns[] = {
    {&Vitals::temperatureC, "temperature", "Temperature", "°C", 30, 45},
    {&Vitals::pulsePerMin, "pulse", "Pulse", "/min", 20, 250},
    {&Vitals::systolicMmHg, "systolic", "Systolic pressure", "mmHg", 40, 300},
    {&Vitals::diastolicMmHg, "diastolic", "Diastolic pressure", "mmHg", 20, 200},
    {&Vitals::respiratoryRatePerMin, "respiratory_rate", "Respiratory rate", "/min", 4, 80},
    {&Vitals::spo2Percent, "spo2", "SpO2", "%", 50, 100},
    {&Vitals::weightKg, "weight", "Weight", "kg", 0.3, 400},
    {&Vitals::heightCm, "height", "Height", "cm", 20, 260},
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

QString text(const QJsonObject& body, const QString& key)
{
    return body.value(key).toString().trimmed();
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

/// Reads a two-valued status word ("active" or @p other); an absent status means active.
Result<bool> activeFlag(const QJsonObject& body, const QString& other, const QString& what)
{
    const QString status = text(body, QStringLiteral("status"));
    if (status.isEmpty() || status == QLatin1String("active"))
        return true;
    if (status == other)
        return false;
    return invalid(CoreText::tr("A %1's status must be active or %2.").arg(what, other));
}

} // namespace

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
        return QStringLiteral("note");
    case EntryKind::Vitals:
        return QStringLiteral("vitals");
    case EntryKind::Allergy:
        return QStringLiteral("allergy");
    case EntryKind::Problem:
        return QStringLiteral("problem");
    case EntryKind::Medication:
        return QStringLiteral("medication");
    }
    return {};
}

std::optional<EntryKind> entryKindFromName(const QString& name)
{
    for (const EntryKind kind :
         {EntryKind::Note, EntryKind::Vitals, EntryKind::Allergy, EntryKind::Problem, EntryKind::Medication}) {
        if (entryKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject SoapNote::toJson() const
{
    return {{QStringLiteral("subjective"), subjective},
            {QStringLiteral("objective"), objective},
            {QStringLiteral("assessment"), assessment},
            {QStringLiteral("plan"), plan}};
}

Result<SoapNote> SoapNote::fromJson(const QJsonObject& body)
{
    SoapNote note{text(body, QStringLiteral("subjective")), text(body, QStringLiteral("objective")),
                  text(body, QStringLiteral("assessment")), text(body, QStringLiteral("plan"))};
    if (note.subjective.isEmpty() && note.objective.isEmpty() && note.assessment.isEmpty() && note.plan.isEmpty())
        return invalid(CoreText::tr("A note needs at least one of subjective, objective, assessment or plan."));
    return note;
}

std::span<const VitalSignRange> vitalSignRanges()
{
    return kVitalSigns;
}

QJsonObject Vitals::toJson() const
{
    QJsonObject body;
    for (const VitalSignRange& sign : kVitalSigns) {
        if (const std::optional<double>& value = this->*sign.member)
            body.insert(QLatin1String(sign.key), QJsonObject{{QStringLiteral("value"), *value},
                                                             {QStringLiteral("unit"), QString::fromUtf8(sign.unit)}});
    }
    return body;
}

Result<Vitals> Vitals::fromJson(const QJsonObject& body)
{
    Vitals vitals;
    for (const VitalSignRange& sign : kVitalSigns) {
        const QJsonValue field = body.value(QLatin1String(sign.key));
        if (field.isUndefined() || field.isNull())
            continue;
        const QString label = QString::fromLatin1(sign.label);
        const QString unit = QString::fromUtf8(sign.unit);
        const QJsonValue value = field.isObject() ? field.toObject().value(QStringLiteral("value")) : field;
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return invalid(CoreText::tr("%1 must be a number in %2.").arg(label, unit));
        if (field.isObject()) {
            const QJsonValue givenUnit = field.toObject().value(QStringLiteral("unit"));
            if (!givenUnit.isUndefined() && givenUnit.toString() != unit)
                return invalid(CoreText::tr("%1 must be given in %2.").arg(label, unit));
        }
        const double measured = value.toDouble();
        if (measured < sign.minimum || measured > sign.maximum)
            return invalid(CoreText::tr("%1 must be between %2 and %3 %4; %5 is not plausible.")
                               .arg(label, number(sign.minimum), number(sign.maximum), unit, number(measured)));
        vitals.*sign.member = measured;
    }
    const bool anyMeasured = std::any_of(std::begin(kVitalSigns), std::end(kVitalSigns),
                                         [&](const VitalSignRange& sign) { return (vitals.*sign.member).has_value(); });
    if (!anyMeasured)
        return invalid(CoreText::tr("Vitals need at least one measurement."));
    if (vitals.systolicMmHg.has_value() != vitals.diastolicMmHg.has_value())
        return invalid(CoreText::tr("Blood pressure needs both the systolic and the diastolic value."));
    if (vitals.systolicMmHg && *vitals.systolicMmHg <= *vitals.diastolicMmHg)
        return invalid(CoreText::tr("Systolic pressure must be higher than diastolic pressure."));
    return vitals;
}

QString allergySeverityName(AllergySeverity severity)
{
    switch (severity) {
    case AllergySeverity::Mild:
        return QStringLiteral("mild");
    case AllergySeverity::Moderate:
        return QStringLiteral("moderate");
    case AllergySeverity::Severe:
        return QStringLiteral("severe");
    case AllergySeverity::LifeThreatening:
        return QStringLiteral("life-threatening");
    }
    return {};
}

QJsonObject Allergy::toJson() const
{
    return {{QStringLiteral("substance"), substance},
            {QStringLiteral("reaction"), reaction},
            {QStringLiteral("severity"), allergySeverityName(severity)}};
}

Result<Allergy> Allergy::fromJson(const QJsonObject& body)
{
    Allergy allergy{text(body, QStringLiteral("substance")), text(body, QStringLiteral("reaction"))};
    if (allergy.substance.isEmpty())
        return invalid(CoreText::tr("An allergy needs the substance the patient reacts to."));
    const QString severity = text(body, QStringLiteral("severity"));
    for (const AllergySeverity candidate : {AllergySeverity::Mild, AllergySeverity::Moderate, AllergySeverity::Severe,
                                            AllergySeverity::LifeThreatening}) {
        if (allergySeverityName(candidate) == severity) {
            allergy.severity = candidate;
            return allergy;
        }
    }
    return invalid(CoreText::tr("An allergy's severity must be mild, moderate, severe or life-threatening."));
}

QJsonObject Problem::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("onset"), onset},
            {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("resolved")}};
}

Result<Problem> Problem::fromJson(const QJsonObject& body)
{
    Problem problem{text(body, QStringLiteral("name")), text(body, QStringLiteral("onset"))};
    if (problem.name.isEmpty())
        return invalid(CoreText::tr("A problem needs a name."));
    auto active = activeFlag(body, QStringLiteral("resolved"), QStringLiteral("problem"));
    if (!active)
        return active.error();
    problem.active = *active;
    return problem;
}

QJsonObject Medication::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("dose"), dose},
            {QStringLiteral("route"), route},
            {QStringLiteral("frequency"), frequency},
            {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("stopped")}};
}

Result<Medication> Medication::fromJson(const QJsonObject& body)
{
    Medication medication{text(body, QStringLiteral("name")), text(body, QStringLiteral("dose")),
                          text(body, QStringLiteral("route")), text(body, QStringLiteral("frequency"))};
    if (medication.name.isEmpty())
        return invalid(CoreText::tr("A medication needs a name."));
    auto active = activeFlag(body, QStringLiteral("stopped"), QStringLiteral("medication"));
    if (!active)
        return active.error();
    medication.active = *active;
    return medication;
}

namespace {

template<typename T>
Result<QJsonObject> roundTrip(const QJsonObject& body)
{
    auto parsed = T::fromJson(body);
    if (!parsed)
        return parsed.error();
    return parsed->toJson();
}

} // namespace

Result<QJsonObject> canonicalBody(EntryKind kind, const QJsonObject& body)
{
    if (QJsonDocument(body).toJson(QJsonDocument::Compact).size() > kMaximumBodyBytes)
        return invalid(CoreText::tr("This entry is too long; split it into several entries."));
    switch (kind) {
    case EntryKind::Note:
        return roundTrip<SoapNote>(body);
    case EntryKind::Vitals:
        return roundTrip<Vitals>(body);
    case EntryKind::Allergy:
        return roundTrip<Allergy>(body);
    case EntryKind::Problem:
        return roundTrip<Problem>(body);
    case EntryKind::Medication:
        return roundTrip<Medication>(body);
    }
    return invalid(CoreText::tr("Unknown kind of clinical entry."));
}

} // namespace outpost::clinic
