#include "core/domain/DuplicateScore.h"

#include "core/search/SearchQuery.h"
#include "core/search/TextFold.h"

#include <algorithm>

namespace outpost::domain {

namespace {

/// 1 when the two names share a word exactly (folded), 0.85 when a word sounds alike or is one typo
/// away, 0 otherwise.
double nameSimilarity(const QString& a, const QString& b)
{
    const QStringList wa = search::words(a);
    const QStringList wb = search::words(b);
    double best = 0;
    for (const QString& x : wa) {
        for (const QString& y : wb) {
            if (x == y)
                return 1.0;
            if (search::phoneticKey(x) == search::phoneticKey(y) ||
                (x.size() >= 4 && y.size() >= 4 && search::withinOneEdit(x, y)))
                best = 0.85;
        }
    }
    return best;
}

/// True when two numbers as typed differ by one keystroke: one digit changed or two digits swapped.
bool oneDigitTypo(int a, int b, int width)
{
    const QString x = QString::number(a).rightJustified(width, QLatin1Char('0'));
    const QString y = QString::number(b).rightJustified(width, QLatin1Char('0'));
    return search::withinOneEdit(x, y) && x.size() == y.size();
}

double dateSimilarity(const Patient& a, const Patient& b, QStringList& reasons)
{
    if (!a.dateOfBirth.isValid() || !b.dateOfBirth.isValid())
        return 0;
    const QDate& x = a.dateOfBirth;
    const QDate& y = b.dateOfBirth;
    if (x == y) {
        reasons << QStringLiteral("same date of birth");
        return 1.0;
    }
    if (a.dateOfBirthApproximate || b.dateOfBirthApproximate) {
        // An estimate only says "about that year".
        if (x.year() == y.year()) {
            reasons << QStringLiteral("same year of birth (estimated)");
            return 0.6;
        }
        return 0;
    }
    if (x.year() == y.year() && x.month() == y.day() && x.day() == y.month()) {
        reasons << QStringLiteral("date of birth with day and month swapped");
        return 0.8;
    }
    // One keystroke wrong in one of day, month or year (15 ↔ 13, 1983 ↔ 1988, 1983 ↔ 1938).
    const bool sameDay = x.day() == y.day();
    const bool sameMonth = x.month() == y.month();
    const bool sameYear = x.year() == y.year();
    if ((sameMonth && sameYear && oneDigitTypo(x.day(), y.day(), 2)) ||
        (sameDay && sameYear && oneDigitTypo(x.month(), y.month(), 2)) ||
        (sameDay && sameMonth && oneDigitTypo(x.year(), y.year(), 4))) {
        reasons << QStringLiteral("date of birth one digit apart");
        return 0.6;
    }
    return 0;
}

} // namespace

QStringList namePhoneticKeys(const Patient& patient)
{
    QStringList keys;
    for (const QString& part : {patient.givenName, patient.familyName, patient.otherNames}) {
        for (const QString& word : search::words(part))
            keys << search::phoneticKey(word);
    }
    keys.removeDuplicates();
    return keys;
}

DuplicateMatch scoreDuplicate(const Patient& candidate, const Patient& existing)
{
    DuplicateMatch match;
    for (const Identifier& a : candidate.identifiers) {
        for (const Identifier& b : existing.identifiers) {
            if (a.kind == b.kind && !a.value.trimmed().isEmpty() &&
                search::normaliseIdentifier(a.value) == search::normaliseIdentifier(b.value)) {
                match.score = 1.0;
                match.reasons << QStringLiteral("same %1").arg(
                    QString(a.kind).replace(QLatin1Char('_'), QLatin1Char(' ')));
                return match;
            }
        }
    }

    // Names may be entered in the wrong fields: compare both ways round and keep the better.
    const double straight = (nameSimilarity(candidate.familyName, existing.familyName) +
                             nameSimilarity(candidate.givenName + QLatin1Char(' ') + candidate.otherNames,
                                            existing.givenName + QLatin1Char(' ') + existing.otherNames)) /
                            2;
    const double crossed = (nameSimilarity(candidate.familyName, existing.givenName) +
                            nameSimilarity(candidate.givenName, existing.familyName)) /
                           2;
    const double names = std::max(straight, crossed);
    if (names >= 1.0)
        match.reasons << QStringLiteral("same name");
    else if (names >= 0.85)
        match.reasons << QStringLiteral("similar name");

    const double dates = dateSimilarity(candidate, existing, match.reasons);

    const QString phoneA = phoneDigits(candidate.phone);
    const QString phoneB = phoneDigits(existing.phone);
    const bool samePhone = phoneA.size() >= 7 && phoneB.size() >= 7 && phoneA.right(9) == phoneB.right(9);
    if (samePhone)
        match.reasons << QStringLiteral("same phone number");

    // Names count most; a date only counts together with a name; a shared phone adds evidence
    // (families share phones, so it is not enough alone).
    double score = 0.45 * names;
    if (names >= 0.85)
        score += 0.45 * dates;
    if (samePhone)
        score += names >= 0.85 ? 0.25 : 0.3;
    match.score = std::min(score, 0.99);
    if (match.score < 0.3)
        match.reasons.clear();
    return match;
}

} // namespace outpost::domain
