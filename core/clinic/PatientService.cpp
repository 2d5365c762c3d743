#include "core/clinic/PatientService.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/DocumentSearch.h"
#include "core/clinic/IdentifierKinds.h"
#include "core/clinic/PatientRecords.h"
#include "core/CoreText.h"
#include "core/search/SearchQuery.h"
#include "core/search/TextFold.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace outpost::clinic {

using auth::Permission;

PatientService::PatientService(ClinicContext& context, SearchIndex& index) : m_context(context), m_index(index) {}

Result<void> PatientService::checkValid(const domain::Patient& patient) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs()).date();
    const QList<domain::FieldError> errors = domain::validate(patient, today);
    if (errors.isEmpty())
        return {};
    QStringList messages;
    for (const domain::FieldError& error : errors)
        messages << error.message;
    return makeError(ErrorCode::Invalid, messages.join(QLatin1Char(' ')));
}

Result<std::vector<DuplicateCandidate>> PatientService::findDuplicates(const Session& session,
                                                                       const domain::Patient& patient)
{
    if (auto allowed = require(session, Permission::EditDemographics, m_context.clock); !allowed)
        return allowed.error();
    std::vector<DuplicateCandidate> found;
    auto work = [&](storage::Connection& reader) -> Result<void> {
        QSet<QString> ids;
        for (const domain::Identifier& identifier : patient.identifiers) {
            auto rows = reader.query(QStringLiteral("SELECT patient_id FROM patient_identifiers WHERE normalised = ?"),
                                     {search::normaliseIdentifier(identifier.value)});
            if (!rows)
                return rows.error();
            for (const storage::Row& row : *rows)
                ids.insert(row.at(0).toString());
        }
        const QString phone = PatientRecords::phoneKey(patient.phone);
        if (phone.size() >= 7) {
            auto rows = reader.query(
                QStringLiteral("SELECT id FROM patients WHERE phone_digits = ? AND phone_digits <> '' LIMIT 50"),
                {phone});
            if (!rows)
                return rows.error();
            for (const storage::Row& row : *rows)
                ids.insert(row.at(0).toString());
        }
        // Names that sound alike, in any field order, born within a couple of years.
        search::SearchQuery byName;
        byName.nameWords = indexWords(patient);
        if (!byName.nameWords.isEmpty()) {
            auto page = m_index.search(reader, byName, 0, 200);
            if (!page)
                return page.error();
            for (const SearchHit& hit : page->hits) {
                if (!patient.dateOfBirth.isValid() || !hit.dateOfBirth.isValid() ||
                    std::abs(hit.dateOfBirth.year() - patient.dateOfBirth.year()) <= 10)
                    ids.insert(hit.id);
            }
        }
        for (const QString& id : std::as_const(ids)) {
            if (id == patient.id)
                continue;
            auto existing = PatientRecords::load(reader, id);
            if (!existing)
                return existing.error();
            if (!existing->has_value() || !(*existing)->mergedInto.isEmpty())
                continue;
            const domain::DuplicateMatch match = domain::scoreDuplicate(patient, **existing);
            if (match.score >= domain::kLikelyDuplicate)
                found.push_back({id, (*existing)->displayName(), (*existing)->dateOfBirth, match});
        }
        return {};
    };
    if (auto ok = m_context.database.read(work); !ok)
        return ok.error();
    std::sort(found.begin(), found.end(),
              [](const DuplicateCandidate& a, const DuplicateCandidate& b) { return a.match.score > b.match.score; });
    return found;
}

Result<QString> PatientService::create(const Session& session, domain::Patient patient, const QString& duplicateReason)
{
    if (auto allowed = require(session, Permission::EditDemographics, m_context.clock); !allowed)
        return allowed.error();
    if (auto valid = checkValid(patient); !valid)
        return valid.error();
    auto duplicates = findDuplicates(session, patient);
    if (!duplicates)
        return duplicates.error();
    const QString reason = duplicateReason.trimmed();
    if (!duplicates->empty() && reason.size() < 5)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("This patient may already be registered (%1 similar record(s)). Open the "
                                      "existing record, or give a reason why this is a different person.")
                             .arg(duplicates->size()));

    patient.id = m_context.ids.next();
    patient.createdAtMs = patient.updatedAtMs = m_context.clock.nowMs();
    SearchIndex::Pending pending;
    auto ok = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto kinds = IdentifierKinds::check(writer, patient); !kinds)
            return kinds;
        auto number = PatientRecords::insert(writer, patient, session.userId);
        if (!number)
            return number.error();
        if (auto indexed = m_index.add(writer, *number, patient, pending); !indexed)
            return indexed;
        if (auto flushed = m_index.flush(writer, pending); !flushed)
            return flushed;
        const QString detail =
            duplicates->empty()
                ? QString()
                : QStringLiteral("registered despite %1 likely duplicate(s): %2").arg(duplicates->size()).arg(reason);
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.create"), patient.id,
                                detail);
    });
    if (!ok)
        return ok.error();
    m_index.apply(pending);
    return patient.id;
}

Result<void> PatientService::update(const Session& session, domain::Patient patient)
{
    if (auto allowed = require(session, Permission::EditDemographics, m_context.clock); !allowed)
        return allowed;
    if (auto valid = checkValid(patient); !valid)
        return valid;
    patient.updatedAtMs = m_context.clock.nowMs();
    SearchIndex::Pending pending;
    auto ok = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto kinds = IdentifierKinds::check(writer, patient); !kinds)
            return kinds;
        auto number = PatientRecords::update(writer, patient, session.userId);
        if (!number)
            return number.error();
        if (auto removed = m_index.remove(writer, *number, pending); !removed)
            return removed;
        if (auto indexed = m_index.add(writer, *number, patient, pending); !indexed)
            return indexed;
        if (auto flushed = m_index.flush(writer, pending); !flushed)
            return flushed;
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.edit"), patient.id);
    });
    if (!ok)
        return ok;
    m_index.apply(pending);
    return {};
}

Result<domain::Patient> PatientService::view(const Session& session, const QString& patientId)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    std::optional<domain::Patient> patient;
    auto ok = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        auto loaded = PatientRecords::load(writer, patientId);
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return makeError(ErrorCode::NotFound, CoreText::tr("No patient with that id."));
        patient = std::move(**loaded);
        if (auto recent = writer.execute(QStringLiteral("INSERT INTO recent_patients (user_id, patient_id, viewed_at) "
                                                        "VALUES (?, ?, ?) ON CONFLICT (user_id, patient_id) DO UPDATE "
                                                        "SET viewed_at = excluded.viewed_at"),
                                         {session.userId, patientId, m_context.clock.nowMs()});
            !recent)
            return recent;
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.view"), patientId);
    });
    if (!ok)
        return ok.error();
    return std::move(*patient);
}

Result<SearchPage> PatientService::search(const Session& session, const QString& text, int offset, int limit)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    auto query = search::parseQuery(text);
    if (!query)
        return query.error();
    SearchPage page;
    auto ok = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto found = m_index.search(reader, *query, offset, limit);
        if (!found)
            return found.error();
        page = std::move(*found);
        // Patients whose readable documents mention the words rank after every other hit.
        return addDocumentMatches(reader, readableKinds(session, m_context.clock), text, page, offset, limit);
    });
    if (!ok)
        return ok.error();
    return page;
}

Result<std::vector<SearchHit>> PatientService::recent(const Session& session, int limit)
{
    if (auto allowed = require(session, Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    std::vector<SearchHit> hits;
    auto ok = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto rows = reader.query(
            QStringLiteral("SELECT %1 FROM recent_patients r JOIN patients p ON p.id = r.patient_id "
                           "WHERE r.user_id = ? AND p.merged_into IS NULL ORDER BY r.viewed_at DESC LIMIT ?")
                .arg(SearchIndex::hitColumns(QStringLiteral("p"))),
            {session.userId, std::clamp(limit, 1, 50)});
        if (!rows)
            return rows.error();
        for (const storage::Row& row : *rows) {
            SearchHit hit = SearchIndex::hitFromRow(row);
            hit.matchedBy = QStringLiteral("recent");
            hits.push_back(std::move(hit));
        }
        return {};
    });
    if (!ok)
        return ok.error();
    return hits;
}

Result<std::vector<QString>> PatientService::importMany(const Session& session, std::vector<domain::Patient> patients)
{
    if (auto allowed = require(session, Permission::EditDemographics, m_context.clock); !allowed)
        return allowed.error();
    std::vector<QString> ids;
    ids.reserve(patients.size());
    for (domain::Patient& patient : patients) {
        if (auto valid = checkValid(patient); !valid)
            return valid.error();
        patient.id = m_context.ids.next();
        patient.createdAtMs = patient.updatedAtMs = m_context.clock.nowMs();
        ids.push_back(patient.id);
    }
    SearchIndex::Pending pending;
    auto ok = m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        for (const domain::Patient& patient : patients) {
            auto number = PatientRecords::insert(writer, patient, session.userId);
            if (!number)
                return number.error();
            if (auto indexed = m_index.add(writer, *number, patient, pending); !indexed)
                return indexed;
        }
        if (auto flushed = m_index.flush(writer, pending); !flushed)
            return flushed;
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("patient.import"), {},
                                QStringLiteral("%1 patients").arg(patients.size()));
    });
    if (!ok)
        return ok.error();
    m_index.apply(pending);
    return ids;
}

} // namespace outpost::clinic
