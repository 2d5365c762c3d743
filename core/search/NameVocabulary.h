#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace outpost::search {

/// How a name word in the index matched a typed word; a higher tier ranks first.
enum class MatchTier { Fuzzy = 1, Phonetic = 2, Prefix = 3, Exact = 4 };

struct WordCandidate {
    qint64 wordId = 0;
    MatchTier tier = MatchTier::Fuzzy;
};

/// The distinct folded name words of every patient, held in memory: a clinic with a million
/// patients has tens of thousands of distinct name words, so every typed word is expanded here
/// (exact, prefix, sounds-alike, one typo) without touching the database.
class NameVocabulary
{
public:
    /// Adds a word read from the database with its id and the number of patients carrying it.
    void insert(qint64 id, const QString& word, qint64 count = 0);
    /// Changes the number of patients carrying word @p id.
    void addCount(qint64 id, qint64 delta) { m_counts[id] += delta; }
    /// How many patients carry word @p id.
    qint64 count(qint64 id) const { return m_counts.value(id, 0); }
    /// The id of @p word, or 0 when it is not in the vocabulary.
    qint64 idOf(const QString& word) const { return m_ids.value(word, 0); }
    qsizetype size() const { return m_ids.size(); }
    void clear();

    /// Every vocabulary word a typed (folded) word may mean, best tier per word id.
    /// Prefix matching needs 1 character, sounds-alike 3 and one-typo 5, so short fragments
    /// stay precise. At most @p limit candidates, exact and prefix first.
    QList<WordCandidate> candidates(const QString& typed, int limit = 400) const;

private:
    struct Entry {
        QString word;
        qint64 id;
    };
    void sortIfNeeded() const;

    QHash<QString, qint64> m_ids;
    QHash<qint64, qint64> m_counts;
    QHash<QString, QList<qint64>> m_byPhonetic;
    QHash<int, QList<Entry>> m_byLength; ///< for the one-typo scan
    mutable std::vector<Entry> m_sorted; ///< for prefix ranges
    mutable bool m_dirty = false;
};

} // namespace outpost::search
