#include "core/search/NameVocabulary.h"

#include "core/search/TextFold.h"

#include <algorithm>

namespace outpost::search {

void NameVocabulary::insert(qint64 id, const QString& word, qint64 count)
{
    if (m_ids.contains(word))
        return;
    m_counts.insert(id, count);
    m_ids.insert(word, id);
    m_byPhonetic[phoneticKey(word)].append(id);
    m_byLength[static_cast<int>(word.size())].append({word, id});
    m_sorted.push_back({word, id});
    m_dirty = true;
}

void NameVocabulary::clear()
{
    m_ids.clear();
    m_counts.clear();
    m_byPhonetic.clear();
    m_byLength.clear();
    m_sorted.clear();
    m_dirty = false;
}

void NameVocabulary::sortIfNeeded() const
{
    if (!m_dirty)
        return;
    std::sort(m_sorted.begin(), m_sorted.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
    m_dirty = false;
}

QList<WordCandidate> NameVocabulary::candidates(const QString& typed, int limit) const
{
    QHash<qint64, MatchTier> best;
    QList<qint64> order;
    auto offer = [&](qint64 id, MatchTier tier) {
        auto it = best.find(id);
        if (it == best.end()) {
            if (order.size() >= limit)
                return;
            best.insert(id, tier);
            order.append(id);
        } else if (static_cast<int>(tier) > static_cast<int>(*it)) {
            *it = tier;
        }
    };
    if (typed.isEmpty())
        return {};

    if (const qint64 exact = idOf(typed))
        offer(exact, MatchTier::Exact);

    sortIfNeeded();
    auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), typed,
                               [](const Entry& e, const QString& value) { return e.word < value; });
    for (; it != m_sorted.end() && it->word.startsWith(typed) && order.size() < limit; ++it)
        offer(it->id, MatchTier::Prefix);

    if (typed.size() >= 3) {
        for (const qint64 id : m_byPhonetic.value(phoneticKey(typed)))
            offer(id, MatchTier::Phonetic);
    }
    if (typed.size() >= 5) {
        const int length = static_cast<int>(typed.size());
        for (int l = length - 1; l <= length + 1; ++l) {
            for (const Entry& entry : m_byLength.value(l)) {
                if (withinOneEdit(entry.word, typed))
                    offer(entry.id, MatchTier::Fuzzy);
            }
        }
    }

    QList<WordCandidate> result;
    result.reserve(order.size());
    for (const qint64 id : order)
        result.append({id, best.value(id)});
    return result;
}

} // namespace outpost::search
