#pragma once

#include "core/domain/Patient.h"
#include "core/Result.h"
#include "core/search/NameVocabulary.h"
#include "core/search/SearchQuery.h"

#include <QHash>
#include <QReadWriteLock>

#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// One search result, with what a receptionist needs to tell patients apart.
struct SearchHit {
    QString id;
    QString givenName;
    QString familyName;
    QString otherNames;
    QDate dateOfBirth;
    bool dateOfBirthApproximate = false;
    QString sex;
    QString phone;
    double score = 0;
    QString matchedBy; ///< "identifier", "phone", "name", "date of birth"
};

struct SearchPage {
    std::vector<SearchHit> hits;
    int total = 0;          ///< results found (at most kMaxResults)
    bool truncated = false; ///< more exist than were ranked: type more to narrow down
};

/// The patient search index: distinct folded name words (held in memory as a NameVocabulary) and
/// postings (word → patients) in the database. Search expands each typed word to exact, prefix,
/// sounds-alike and one-typo matches, intersects the words (any order), applies dates, years,
/// identifiers and phone digits, and ranks: exact id > exact name + date of birth > prefix > fuzzy.
/// Thread-safe: searches share a read lock; vocabulary changes take the write lock after commit.
class SearchIndex
{
public:
    static constexpr int kMaxResults = 1000;

    /// Changes made inside one write transaction, applied to memory after it commits.
    struct Pending {
        QHash<QString, qint64> newWords;
        QHash<qint64, qint64> countDeltas;
        /// (word id, patient row) pairs add() collected; flush() writes them in key order, so a
        /// batch touches each page of the postings tree once rather than at random.
        std::vector<std::pair<qint64, qint64>> postings;
    };

    /// Reads the vocabulary from the database (at start-up).
    Result<void> load(storage::Connection& reader);

    /// Queues patient row @p number under the words of its names (new words are added to the
    /// vocabulary in the caller's transaction at once; the postings are written by flush()).
    Result<void> add(storage::Connection& writer, qint64 number, const domain::Patient& patient, Pending& pending);
    /// Removes every posting of patient row @p number.
    Result<void> remove(storage::Connection& writer, qint64 number, Pending& pending);
    /// Writes the queued postings in key order and the word counts; call before committing.
    Result<void> flush(storage::Connection& writer, Pending& pending);
    /// Makes @p pending's new words searchable; call after the transaction committed.
    void apply(const Pending& pending);

    Result<SearchPage> search(storage::Connection& reader, const search::SearchQuery& query, int offset,
                              int limit) const;

    qsizetype vocabularySize() const;

    /// The patients columns a SearchHit is read from (prefixed with "@p table." when given), and
    /// the hit made from a row of them.
    static QString hitColumns(const QString& table = {});
    static SearchHit hitFromRow(const QVariantList& row);

private:
    struct Candidate {
        double score = 0;
        int words = 0; ///< query words matched
        QString matchedBy;
    };
    Result<void> matchNames(storage::Connection& reader, const QStringList& words, QHash<qint64, Candidate>& found,
                            bool& truncated) const;
    Result<qint64> wordId(storage::Connection& writer, const QString& word, Pending& pending);

    mutable QReadWriteLock m_lock;
    search::NameVocabulary m_vocabulary;
};

/// The words a patient is found under: folded given, family and other names.
QStringList indexWords(const domain::Patient& patient);

} // namespace outpost::clinic
