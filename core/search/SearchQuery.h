#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace outpost::search {

/// One search box string, taken apart: name words, dates of birth, a birth year, identifiers and phone digits.
/// Everything is plain data: nothing here ever reaches SQL as text.
struct SearchQuery {
    QStringList nameWords;   ///< folded (see fold()), in the order typed
    QList<QDate> dates;      ///< every reading of a typed date (12/03/1984 is 12 March or 3 December)
    int birthYear = 0;       ///< a lone four-digit year, 0 when none
    QStringList identifiers; ///< upper-cased, without spaces or dashes (clinic numbers, national ids, …)
    QString phoneDigits;     ///< digits only, when the query looks like a phone number

    bool isEmpty() const
    {
        return nameWords.isEmpty() && dates.isEmpty() && birthYear == 0 && identifiers.isEmpty() &&
               phoneDigits.isEmpty();
    }
};

inline constexpr int kMaxQueryLength = 200;

/// Parses what a user typed. Control characters and invalid text are dropped; a query longer than
/// kMaxQueryLength characters is refused with a sentence (ErrorCode::Invalid).
Result<SearchQuery> parseQuery(const QString& text);

/// Reads a date typed as 12/03/1984, 12.03.1984, 12-03-1984 (day first) or 1984-03-12.
/// Returns every valid reading: day-first first, then month-first when that is a different valid date.
QList<QDate> parseDate(QStringView text);

/// Normalises an identifier as stored and searched: upper case, letters and digits only.
QString normaliseIdentifier(QStringView text);

} // namespace outpost::search
