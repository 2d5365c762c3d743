#pragma once

#include "core/domain/Patient.h"

#include <QStringList>

namespace outpost::domain {

/// How alike two patient records are, and why — for the duplicate warning at registration.
struct DuplicateMatch {
    double score = 0;    ///< 0 (unrelated) … 1 (certainly the same person)
    QStringList reasons; ///< plain phrases for the warning: "same national id", "same date of birth", …
};

/// Records at or above this score are shown as likely duplicates.
inline constexpr double kLikelyDuplicate = 0.7;

/// Scores @p candidate (being registered) against @p existing. Same identifier → certain; otherwise
/// names that sound alike or differ by one typo, plus the same or a close date of birth, plus the
/// same phone number.
DuplicateMatch scoreDuplicate(const Patient& candidate, const Patient& existing);

/// The phonetic keys of the name words of a patient (given, family, other names), for finding candidates.
QStringList namePhoneticKeys(const Patient& patient);

} // namespace outpost::domain
