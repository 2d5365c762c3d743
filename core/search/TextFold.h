#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace outpost::search {

/// Lower case, accents removed and letters without a decomposition transliterated
/// (ß → ss, æ → ae, ø → o, ł → l, …): "José Müller-Straße" → "jose muller-strasse".
/// Non-Latin scripts pass through lower-cased (Arabic, CJK, …).
QString fold(QStringView text);

/// The searchable words of a name or query: folded, split on anything that is not a letter or digit.
QStringList words(QStringView text);

/// A key under which spellings that sound alike meet: German umlaut spellings (Mueller = Müller),
/// doubled letters, silent h, c/k, ph/f, y/i, z/s and vowel changes after the first letter
/// (Mohamed ~ Mohammed ~ Muhammad, Jonson ~ Johnson). Input: one word from words().
QString phoneticKey(QStringView word);

/// True when @p a and @p b differ by at most one insertion, deletion, substitution or swap of
/// two neighbouring letters (Damerau–Levenshtein distance ≤ 1).
bool withinOneEdit(QStringView a, QStringView b);

/// Removes control characters and invalid (replacement) characters and squeezes white space.
QString sanitise(QStringView text);

} // namespace outpost::search
