// SearchIndex::search: identifiers, phone digits, names, dates — merged and ranked.
#include "core/clinic/PatientRecords.h"
#include "core/clinic/SearchIndex.h"
#include "core/storage/Connection.h"

#include <algorithm>

namespace outpost::clinic {

namespace {

constexpr double kIdentifierScore = 1000;
constexpr double kPhoneScore = 900;
constexpr double kAllExactBonus = 2;
constexpr double kDateBonus = 3;

/// Row numbers of the patients born on one of the query's dates (or in its year), read from the
/// birth-date index alone, at most @p limit of them.
Result<QSet<qint64>> bornAsQueried(storage::Connection& reader, const search::SearchQuery& query, int limit)
{
    QString sql = QStringLiteral("SELECT num FROM patients WHERE ");
    QVariantList parameters;
    if (!query.dates.isEmpty()) {
        QStringList marks;
        for (const QDate& date : query.dates) {
            marks << QStringLiteral("?");
            parameters << date.toString(Qt::ISODate);
        }
        sql += QStringLiteral("birth_date IN (%1)").arg(marks.join(QLatin1Char(',')));
        if (query.birthYear != 0) {
            sql += QStringLiteral(" AND substr(birth_date, 1, 4) = ?");
            parameters << QString::number(query.birthYear);
        }
    } else {
        sql += QStringLiteral("birth_date >= ? AND birth_date <= ?");
        parameters << QStringLiteral("%1-01-01").arg(query.birthYear)
                   << QStringLiteral("%1-12-31").arg(query.birthYear);
    }
    sql += QStringLiteral(" LIMIT ?");
    parameters << limit;
    auto rows = reader.query(sql, parameters);
    if (!rows)
        return rows.error();
    QSet<qint64> numbers;
    numbers.reserve(static_cast<qsizetype>(rows->size()));
    for (const storage::Row& row : *rows)
        numbers.insert(row.at(0).toLongLong());
    return numbers;
}

} // namespace

QString SearchIndex::hitColumns(const QString& table)
{
    const QString p = table.isEmpty() ? QString() : table + QLatin1Char('.');
    return QStringLiteral("%1id, %1given_name, %1family_name, %1other_names, coalesce(%1birth_date, ''), "
                          "%1birth_date_approx, %1sex, %1phone")
        .arg(p);
}

SearchHit SearchIndex::hitFromRow(const storage::Row& row)
{
    SearchHit hit;
    hit.id = row.at(0).toString();
    hit.givenName = row.at(1).toString();
    hit.familyName = row.at(2).toString();
    hit.otherNames = row.at(3).toString();
    hit.dateOfBirth = QDate::fromString(row.at(4).toString(), Qt::ISODate);
    hit.dateOfBirthApproximate = row.at(5).toInt() != 0;
    hit.sex = row.at(6).toString();
    hit.phone = row.at(7).toString();
    return hit;
}

Result<SearchPage> SearchIndex::search(storage::Connection& reader, const search::SearchQuery& query, int offset,
                                       int limit) const
{
    SearchPage page;
    if (query.isEmpty())
        return page;
    limit = std::clamp(limit, 1, 200);
    offset = std::max(offset, 0);

    struct Scored {
        double score = 0;
        QString matchedBy;
    };
    QHash<qint64, Scored> results;
    auto offer = [&results](qint64 number, double score, const QString& by) {
        Scored& scored = results[number];
        if (score > scored.score) {
            scored.score = score;
            scored.matchedBy = by;
        }
    };

    for (const QString& identifier : query.identifiers) {
        auto rows = reader.query(QStringLiteral("SELECT p.num FROM patient_identifiers i JOIN patients p ON p.id = "
                                                "i.patient_id WHERE i.normalised = ?"),
                                 {identifier});
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows)
            offer(row.at(0).toLongLong(), kIdentifierScore, QStringLiteral("identifier"));
    }
    if (!query.phoneDigits.isEmpty()) {
        auto rows = reader.query(
            QStringLiteral("SELECT num FROM patients WHERE phone_digits = ? AND phone_digits <> '' LIMIT ?"),
            {PatientRecords::phoneKey(query.phoneDigits), kMaxResults});
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows)
            offer(row.at(0).toLongLong(), kPhoneScore, QStringLiteral("phone"));
    }

    const bool byDate = !query.dates.isEmpty() || query.birthYear != 0;
    if (!query.nameWords.isEmpty()) {
        QHash<qint64, Candidate> names;
        if (auto ok = matchNames(reader, query.nameWords, names, page.truncated); !ok)
            return ok.error();
        results.reserve(results.size() + names.size());
        const double perWordMax = static_cast<double>(static_cast<int>(search::MatchTier::Exact));
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            const double average = it->score / query.nameWords.size();
            const bool allExact = it->score >= perWordMax * query.nameWords.size();
            const double score = average + (allExact ? kAllExactBonus : 0);
            const auto existing = results.constFind(it.key());
            if (existing != results.cend())
                offer(it.key(), existing->score + score, existing->matchedBy); // id or phone, and the name too
            else
                offer(it.key(), score, QStringLiteral("name"));
        }
    } else if (byDate && query.identifiers.isEmpty() && query.phoneDigits.isEmpty()) {
        auto born = bornAsQueried(reader, query, kMaxResults + 1);
        if (!born)
            return born.error();
        for (const qint64 number : *born)
            offer(number, kDateBonus, QStringLiteral("date of birth"));
    }

    // Merged records are found through their survivor only.
    auto merged = reader.query(QStringLiteral("SELECT num FROM patients WHERE merged_into IS NOT NULL"));
    if (!merged)
        return merged.error();
    for (const storage::Row& row : *merged)
        results.remove(row.at(0).toLongLong());

    std::vector<std::pair<qint64, Scored>> ranked;
    ranked.reserve(results.size());
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        ranked.emplace_back(it.key(), it.value());
    const auto better = [](const auto& a, const auto& b) {
        return a.second.score != b.second.score ? a.second.score > b.second.score : a.first < b.first;
    };
    std::sort(ranked.begin(), ranked.end(), better);

    // Dates narrow name matches: read the birth date of the best candidates and keep those that fit.
    std::vector<std::pair<qint64, Scored>> kept;
    if (byDate && !query.nameWords.isEmpty()) {
        // Dates narrow name matches through the birth-date index: no patient row is read.
        constexpr int kBornBudget = 200000;
        auto born = bornAsQueried(reader, query, kBornBudget);
        if (!born)
            return born.error();
        if (born->size() >= kBornBudget)
            page.truncated = true;
        for (auto& entry : ranked) {
            if (!born->contains(entry.first))
                continue;
            entry.second.score += kDateBonus; // the same for every entry kept: the order holds
            kept.push_back(entry);
        }
    } else {
        kept = std::move(ranked);
    }

    if (kept.size() > static_cast<size_t>(kMaxResults)) {
        kept.resize(kMaxResults);
        page.truncated = true;
    }
    page.total = static_cast<int>(kept.size());
    for (size_t i = static_cast<size_t>(offset); i < kept.size() && page.hits.size() < static_cast<size_t>(limit);
         ++i) {
        auto r =
            reader.queryRow(QStringLiteral("SELECT %1 FROM patients WHERE num = ?").arg(hitColumns()), {kept[i].first});
        if (!r)
            return r.error();
        if (!r->has_value())
            continue;
        SearchHit hit = hitFromRow(**r);
        hit.score = kept[i].second.score;
        hit.matchedBy = kept[i].second.matchedBy;
        page.hits.push_back(std::move(hit));
    }
    return page;
}

} // namespace outpost::clinic
