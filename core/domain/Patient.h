#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace outpost::domain {

enum class Sex { Unknown, Female, Male, Other };
QString sexName(Sex sex);
Sex sexFromName(const QString& name); ///< "f", "female", "m", "male", "o", "other"; anything else Unknown

/// An identifier of a configurable kind: clinic number (MRN), national id, insurance number, passport, …
struct Identifier {
    QString kind;  ///< e.g. "clinic_number", "national_id", "insurance"
    QString value; ///< as typed; search uses the normalised form
};

/// Someone to call about the patient.
struct Contact {
    QString name;
    QString relationship;
    QString phone;
};

/// Demographics a receptionist registers. Clinical content lives elsewhere.
struct Patient {
    QString id; ///< UUIDv7
    QString givenName;
    QString familyName;
    QString otherNames;
    Sex sex = Sex::Unknown;
    QDate dateOfBirth;
    bool dateOfBirthApproximate = false; ///< "about 40 years old": common at remote sites
    QString phone;
    QString address;
    QList<Identifier> identifiers;
    QList<Contact> contacts;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString mergedInto; ///< set when this record was merged into another

    QString displayName() const;
};

/// One problem with one field, for inline validation messages.
struct FieldError {
    QString field;
    QString message;
};

/// The identifier kinds a clinic uses unless it configures others.
const QStringList& defaultIdentifierKinds();

/// Checks a patient before it is saved; @p today is injected so tests do not depend on the date.
/// Empty when valid.
QList<FieldError> validate(const Patient& patient, const QDate& today);

/// Digits of a phone number, for matching ("+44 20 7946-0958" → "442079460958").
QString phoneDigits(const QString& phone);

} // namespace outpost::domain
