#include "core/clinic/PatientRecords.h"

#include "core/CoreText.h"
#include "core/search/SearchQuery.h"
#include "core/storage/Connection.h"

namespace outpost::clinic {

namespace {

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Result<void> writeDetails(storage::Connection& writer, const domain::Patient& patient)
{
    for (const domain::Identifier& identifier : patient.identifiers) {
        if (auto ok =
                writer.execute(QStringLiteral("INSERT OR REPLACE INTO patient_identifiers (patient_id, kind, value, "
                                              "normalised) VALUES (?, ?, ?, ?)"),
                               {patient.id, identifier.kind.trimmed(), identifier.value.trimmed(),
                                search::normaliseIdentifier(identifier.value)});
            !ok)
            return ok;
    }
    for (const domain::Contact& contact : patient.contacts) {
        if (auto ok = writer.execute(
                QStringLiteral("INSERT INTO patient_contacts (patient_id, name, relationship, phone) "
                               "VALUES (?, ?, ?, ?)"),
                {patient.id, contact.name.trimmed(), contact.relationship.trimmed(), contact.phone.trimmed()});
            !ok)
            return ok;
    }
    return {};
}

} // namespace

QString PatientRecords::phoneKey(const QString& phone)
{
    return domain::phoneDigits(phone).right(9);
}

Result<qint64> PatientRecords::insert(storage::Connection& writer, const domain::Patient& patient,
                                      const QString& byUserId)
{
    if (auto ok = writer.execute(
            QStringLiteral("INSERT INTO patients (id, given_name, family_name, other_names, sex, birth_date, "
                           "birth_date_approx, phone, phone_digits, address, created_at, created_by, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {patient.id, patient.givenName.trimmed(), patient.familyName.trimmed(), patient.otherNames.trimmed(),
             domain::sexName(patient.sex), dateValue(patient.dateOfBirth), patient.dateOfBirthApproximate ? 1 : 0,
             patient.phone.trimmed(), phoneKey(patient.phone), patient.address.trimmed(), patient.createdAtMs, byUserId,
             patient.updatedAtMs, byUserId});
        !ok)
        return ok.error();
    const qint64 number = writer.lastInsertRowId();
    if (auto ok = writeDetails(writer, patient); !ok)
        return ok.error();
    return number;
}

Result<qint64> PatientRecords::update(storage::Connection& writer, const domain::Patient& patient,
                                      const QString& byUserId)
{
    auto number = numberOf(writer, patient.id);
    if (!number)
        return number;
    if (*number == 0)
        return makeError(ErrorCode::NotFound, CoreText::tr("No patient with that id."));
    if (auto ok = writer.execute(
            QStringLiteral("UPDATE patients SET given_name = ?, family_name = ?, other_names = ?, sex = ?, "
                           "birth_date = ?, birth_date_approx = ?, phone = ?, phone_digits = ?, address = ?, "
                           "updated_at = ?, updated_by = ? WHERE id = ?"),
            {patient.givenName.trimmed(), patient.familyName.trimmed(), patient.otherNames.trimmed(),
             domain::sexName(patient.sex), dateValue(patient.dateOfBirth), patient.dateOfBirthApproximate ? 1 : 0,
             patient.phone.trimmed(), phoneKey(patient.phone), patient.address.trimmed(), patient.updatedAtMs, byUserId,
             patient.id});
        !ok)
        return ok.error();
    for (const char* table : {"patient_identifiers", "patient_contacts"}) {
        if (auto ok = writer.execute(QStringLiteral("DELETE FROM %1 WHERE patient_id = ?").arg(QLatin1String(table)),
                                     {patient.id});
            !ok)
            return ok.error();
    }
    if (auto ok = writeDetails(writer, patient); !ok)
        return ok.error();
    return number;
}

Result<std::optional<domain::Patient>> PatientRecords::load(storage::Connection& reader, const QString& id)
{
    auto row = reader.queryRow(
        QStringLiteral("SELECT id, given_name, family_name, other_names, sex, coalesce(birth_date, ''), "
                       "birth_date_approx, phone, address, created_at, updated_at, coalesce(merged_into, '') "
                       "FROM patients WHERE id = ?"),
        {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<domain::Patient>();
    const storage::Row& r = **row;
    domain::Patient patient;
    patient.id = r.at(0).toString();
    patient.givenName = r.at(1).toString();
    patient.familyName = r.at(2).toString();
    patient.otherNames = r.at(3).toString();
    patient.sex = domain::sexFromName(r.at(4).toString());
    patient.dateOfBirth = QDate::fromString(r.at(5).toString(), Qt::ISODate);
    patient.dateOfBirthApproximate = r.at(6).toInt() != 0;
    patient.phone = r.at(7).toString();
    patient.address = r.at(8).toString();
    patient.createdAtMs = r.at(9).toLongLong();
    patient.updatedAtMs = r.at(10).toLongLong();
    patient.mergedInto = r.at(11).toString();

    auto identifiers = reader.query(
        QStringLiteral("SELECT kind, value FROM patient_identifiers WHERE patient_id = ? ORDER BY kind, value"), {id});
    if (!identifiers)
        return identifiers.error();
    for (const storage::Row& identifier : *identifiers)
        patient.identifiers.append({identifier.at(0).toString(), identifier.at(1).toString()});
    auto contacts = reader.query(
        QStringLiteral("SELECT name, relationship, phone FROM patient_contacts WHERE patient_id = ? ORDER BY id"),
        {id});
    if (!contacts)
        return contacts.error();
    for (const storage::Row& contact : *contacts)
        patient.contacts.append({contact.at(0).toString(), contact.at(1).toString(), contact.at(2).toString()});
    return std::optional<domain::Patient>(std::move(patient));
}

Result<qint64> PatientRecords::numberOf(storage::Connection& connection, const QString& id)
{
    auto value = connection.queryValue(QStringLiteral("SELECT num FROM patients WHERE id = ?"), {id});
    if (!value)
        return value.error();
    return value->isNull() ? qint64(0) : value->toLongLong();
}

} // namespace outpost::clinic
