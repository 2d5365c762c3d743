#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace outpost::clinic {

/// What a clinical entry holds; stored as clinical_entries.kind.
enum class EntryKind { Note, Vitals, Allergy, Problem, Medication };

QString entryKindName(EntryKind kind);
std::optional<EntryKind> entryKindFromName(const QString& name);

/// A row is current until a newer row supersedes it; an "entered in error" row withdraws the one it supersedes.
enum class EntryStatus { Current, EnteredInError };

/// A SOAP note; at least one part must be written.
struct SoapNote {
    QString subjective;
    QString objective;
    QString assessment;
    QString plan;

    QJsonObject toJson() const;
    static Result<SoapNote> fromJson(const QJsonObject& body);
};

/// One set of vital signs, in fixed units; unmeasured signs stay empty.
struct Vitals {
    std::optional<double> temperatureC;
    std::optional<double> pulsePerMin;
    std::optional<double> systolicMmHg;
    std::optional<double> diastolicMmHg;
    std::optional<double> respiratoryRatePerMin;
    std::optional<double> spo2Percent;
    std::optional<double> weightKg;
    std::optional<double> heightCm;

    /// JSON: {"temperature": {"value": 37.2, "unit": "°C"}, …}, measured signs only.
    QJsonObject toJson() const;
    /// Parses and checks every sign against its plausible range; a unit, when given, must be the sign's unit.
    static Result<Vitals> fromJson(const QJsonObject& body);
};

/// A vital sign's JSON key, the words a message uses for it, its unit and the range a real
/// measurement falls in (anything outside is a typing slip, not a patient).
struct VitalSignRange {
    std::optional<double> Vitals::*member;
    const char* key;
    const char* label;
    const char* unit; ///< UTF-8
    double minimum;
    double maximum;
};
std::span<const VitalSignRange> vitalSignRanges();

enum class AllergySeverity { Mild, Moderate, Severe, LifeThreatening };
QString allergySeverityName(AllergySeverity severity); ///< "mild" … "life-threatening"

struct Allergy {
    QString substance;
    QString reaction;
    AllergySeverity severity = AllergySeverity::Moderate;

    QJsonObject toJson() const;
    static Result<Allergy> fromJson(const QJsonObject& body);
};

struct Problem {
    QString name;
    QString onset; ///< as the clinician states it: "2019-03", "childhood"
    bool active = true;

    QJsonObject toJson() const;
    static Result<Problem> fromJson(const QJsonObject& body);
};

struct Medication {
    QString name;
    QString dose;
    QString route;
    QString frequency;
    bool active = true; ///< false: stopped

    QJsonObject toJson() const;
    static Result<Medication> fromJson(const QJsonObject& body);
};

/// The body checked as @p kind and written back in canonical form (unknown keys dropped, text
/// trimmed), or Invalid with a sentence saying what to fix.
Result<QJsonObject> canonicalBody(EntryKind kind, const QJsonObject& body);

/// One row of clinical_entries, with its author's display name.
struct ClinicalEntry {
    QString id;
    QString patientId;
    QString encounterId; ///< empty for allergies, problems and medications recorded outside an encounter
    EntryKind kind = EntryKind::Note;
    QJsonObject body;
    EntryStatus status = EntryStatus::Current;
    QString supersedes; ///< the row this one amends or withdraws
    QString reason;     ///< why it was amended or entered in error
    QString authorId;
    QString authorName;
    qint64 createdAtMs = 0;
};

} // namespace outpost::clinic
