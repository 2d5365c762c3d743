#include "core/clinic/SearchIndex.h"

#include "core/clinic/PatientRecords.h"
#include "core/search/TextFold.h"
#include "core/storage/Connection.h"

#include <algorithm>

namespace outpost::clinic {

namespace {

/// Postings read for one typed word before it is only used as a filter.
constexpr qint64 kPostingBudget = 60000;
/// Candidates whose rows are read to apply filters (dates, big words).
constexpr int kRowBudget = 3000;

double tierScore(search::MatchTier tier)
{
    return static_cast<double>(static_cast<int>(tier));
}

/// The best tier at which @p typed matches one of @p words, or 0.
int bestTier(const QString& typed, const QStringList& words)
{
    int best = 0;
    for (const QString& word : words) {
        if (word == typed)
            return static_cast<int>(search::MatchTier::Exact);
        if (word.startsWith(typed))
            best = std::max(best, static_cast<int>(search::MatchTier::Prefix));
        else if (typed.size() >= 3 && search::phoneticKey(word) == search::phoneticKey(typed))
            best = std::max(best, static_cast<int>(search::MatchTier::Phonetic));
        else if (typed.size() >= 5 && search::withinOneEdit(word, typed))
            best = std::max(best, static_cast<int>(search::MatchTier::Fuzzy));
    }
    return best;
}

} // namespace

QStringList indexWords(const domain::Patient& patient)
{
    QStringList all =
        search::words(patient.givenName) + search::words(patient.familyName) + search::words(patient.otherNames);
    all.removeDuplicates();
    return all;
}

Result<void> SearchIndex::load(storage::Connection& reader)
{
    auto statement = reader.prepare(QStringLiteral("SELECT id, word, count FROM name_words"));
    if (!statement)
        return statement.error();
    QWriteLocker lock(&m_lock);
    m_vocabulary.clear();
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        m_vocabulary.insert(statement->int64(0), statement->text(1), statement->int64(2));
    }
    return {};
}

qsizetype SearchIndex::vocabularySize() const
{
    QReadLocker lock(&m_lock);
    return m_vocabulary.size();
}

Result<qint64> SearchIndex::wordId(storage::Connection& writer, const QString& word, Pending& pending)
{
    if (const qint64 id = pending.newWords.value(word, 0))
        return id;
    {
        QReadLocker lock(&m_lock);
        if (const qint64 id = m_vocabulary.idOf(word))
            return id;
    }
    auto id = writer.queryValue(QStringLiteral("INSERT INTO name_words (word, count) VALUES (?, 0) "
                                               "ON CONFLICT (word) DO UPDATE SET word = excluded.word RETURNING id"),
                                {word});
    if (!id)
        return id.error();
    pending.newWords.insert(word, id->toLongLong());
    return id->toLongLong();
}

Result<void> SearchIndex::add(storage::Connection& writer, qint64 number, const domain::Patient& patient,
                              Pending& pending)
{
    for (const QString& word : indexWords(patient)) {
        auto id = wordId(writer, word, pending);
        if (!id)
            return id.error();
        pending.postings.emplace_back(*id, number);
    }
    return {};
}

Result<void> SearchIndex::remove(storage::Connection& writer, qint64 number, Pending& pending)
{
    auto rows = writer.query(QStringLiteral("SELECT word_id FROM patient_words WHERE patient_num = ?"), {number});
    if (!rows)
        return rows.error();
    for (const storage::Row& row : *rows)
        pending.countDeltas[row.at(0).toLongLong()] -= 1;
    return writer.execute(QStringLiteral("DELETE FROM patient_words WHERE patient_num = ?"), {number});
}

Result<void> SearchIndex::flush(storage::Connection& writer, Pending& pending)
{
    std::sort(pending.postings.begin(), pending.postings.end());
    for (const auto& [wordId, number] : pending.postings) {
        if (auto ok = writer.execute(QStringLiteral("INSERT OR IGNORE INTO patient_words (word_id, patient_num) "
                                                    "VALUES (?, ?)"),
                                     {wordId, number});
            !ok)
            return ok;
        pending.countDeltas[wordId] += writer.changes();
    }
    pending.postings.clear();
    for (auto it = pending.countDeltas.cbegin(); it != pending.countDeltas.cend(); ++it) {
        if (it.value() == 0)
            continue;
        if (auto ok = writer.execute(QStringLiteral("UPDATE name_words SET count = count + ? WHERE id = ?"),
                                     {it.value(), it.key()});
            !ok)
            return ok;
    }
    return {};
}

void SearchIndex::apply(const Pending& pending)
{
    QWriteLocker lock(&m_lock);
    for (auto it = pending.newWords.cbegin(); it != pending.newWords.cend(); ++it)
        m_vocabulary.insert(it.value(), it.key());
    for (auto it = pending.countDeltas.cbegin(); it != pending.countDeltas.cend(); ++it)
        m_vocabulary.addCount(it.key(), it.value());
}

Result<void> SearchIndex::matchNames(storage::Connection& reader, const QStringList& words,
                                     QHash<qint64, Candidate>& found, bool& truncated) const
{
    struct WordPlan {
        QString typed;
        QList<search::WordCandidate> candidates;
        qint64 postings = 0;
    };
    std::vector<WordPlan> plans;
    {
        QReadLocker lock(&m_lock);
        for (const QString& typed : words) {
            WordPlan plan{typed, m_vocabulary.candidates(typed), 0};
            for (const auto& candidate : plan.candidates)
                plan.postings += m_vocabulary.count(candidate.wordId);
            plans.push_back(std::move(plan));
        }
    }
    std::sort(plans.begin(), plans.end(), [](const WordPlan& a, const WordPlan& b) { return a.postings < b.postings; });

    QStringList filters; // words too common to read in full: checked against the candidates' names
    bool first = true;
    for (const WordPlan& plan : plans) {
        if (!first && plan.postings > kPostingBudget) {
            filters << plan.typed;
            continue;
        }
        QHash<qint64, double> tiers;
        tiers.reserve(first ? std::min(plan.postings, kPostingBudget) : found.size());
        qint64 read = 0;
        for (const auto& candidate : plan.candidates) {
            if (read >= kPostingBudget) {
                truncated = true;
                break;
            }
            auto postings = reader.prepare(QStringLiteral("SELECT patient_num FROM patient_words WHERE word_id = ?"));
            if (!postings)
                return postings.error();
            if (auto ok = postings->bind(1, candidate.wordId); !ok)
                return ok;
            while (read < kPostingBudget) {
                auto row = postings->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                ++read;
                const qint64 number = postings->int64(0);
                if (!first && !found.contains(number))
                    continue;
                double& tier = tiers[number];
                tier = std::max(tier, tierScore(candidate.tier));
            }
        }
        if (first) {
            found.reserve(tiers.size());
            for (auto it = tiers.cbegin(); it != tiers.cend(); ++it)
                found.insert(it.key(), Candidate{it.value(), 1, QStringLiteral("name")});
            first = false;
        } else {
            for (auto it = found.begin(); it != found.end();) {
                const auto tier = tiers.constFind(it.key());
                if (tier == tiers.cend()) {
                    it = found.erase(it);
                } else {
                    it->score += *tier;
                    ++it->words;
                    ++it;
                }
            }
        }
        if (found.isEmpty())
            return {};
    }
    if (filters.isEmpty())
        return {};

    // Check the common words against the names of the best candidates.
    QList<qint64> numbers = found.keys();
    if (numbers.size() > kRowBudget) {
        std::partial_sort(numbers.begin(), numbers.begin() + kRowBudget, numbers.end(),
                          [&](qint64 a, qint64 b) { return found.value(a).score > found.value(b).score; });
        numbers.resize(kRowBudget);
        truncated = true;
    }
    QHash<qint64, Candidate> kept;
    for (const qint64 number : numbers) {
        auto names = reader.queryRow(
            QStringLiteral("SELECT given_name || ' ' || family_name || ' ' || other_names FROM patients WHERE num = ?"),
            {number});
        if (!names)
            return names.error();
        if (!names->has_value())
            continue;
        const QStringList patientWords = search::words((**names).at(0).toString());
        Candidate candidate = found.value(number);
        bool all = true;
        for (const QString& typed : filters) {
            const int tier = bestTier(typed, patientWords);
            if (tier == 0) {
                all = false;
                break;
            }
            candidate.score += tier;
            ++candidate.words;
        }
        if (all)
            kept.insert(number, candidate);
    }
    found = std::move(kept);
    return {};
}

} // namespace outpost::clinic
