#include "RegistrationController.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/IdentifierKinds.h"

#include <QDateTime>
#include <QLocale>

namespace outpost::ui {

RegistrationController::RegistrationController(QObject* parent) : QObject(parent) {}

void RegistrationController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
    if (!m_clinic)
        return;
    m_clinic->post<QStringList>(
        this, [](clinic::Clinic& c) { return clinic::IdentifierKinds(c.context()).list(c.session()); },
        [this](const Result<QStringList>& kinds) {
            if (!kinds || *kinds == m_identifierKinds)
                return;
            m_identifierKinds = *kinds;
            Q_EMIT identifierKindsChanged();
        });
}

domain::Patient RegistrationController::patient() const
{
    domain::Patient patient;
    patient.givenName = m_givenName.trimmed();
    patient.familyName = m_familyName.trimmed();
    patient.otherNames = m_otherNames.trimmed();
    patient.sex = domain::sexFromName(m_sex);
    patient.dateOfBirth = QDate::fromString(m_dateOfBirth, Qt::ISODate);
    patient.dateOfBirthApproximate = m_dateOfBirthApproximate;
    patient.phone = m_phone.trimmed();
    patient.address = m_address.trimmed();
    if (!m_identifierValue.trimmed().isEmpty())
        patient.identifiers.append({m_identifierKind, m_identifierValue.trimmed()});
    return patient;
}

bool RegistrationController::validate()
{
    QVariantMap errors;
    for (const domain::FieldError& error : domain::validate(patient(), QDate::currentDate())) {
        if (!errors.contains(error.field))
            errors.insert(error.field, error.message);
    }
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        Q_EMIT fieldErrorsChanged();
    }
    return errors.isEmpty();
}

void RegistrationController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void RegistrationController::setErrorMessage(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void RegistrationController::checkDuplicates()
{
    findDuplicates(false);
}

void RegistrationController::submit()
{
    if (m_busy || !validate())
        return;
    findDuplicates(true);
}

void RegistrationController::findDuplicates(bool saveWhenNone)
{
    if (!m_clinic || m_busy)
        return;
    setBusy(true);
    setErrorMessage({});
    const domain::Patient candidate = patient();
    m_clinic->post<std::vector<clinic::DuplicateCandidate>>(
        this, [candidate](clinic::Clinic& c) { return c.patients().findDuplicates(c.session(), candidate); },
        [this, saveWhenNone](const Result<std::vector<clinic::DuplicateCandidate>>& found) {
            setBusy(false);
            if (!found) {
                setErrorMessage(found.error().message);
                Q_EMIT saveFailed(found.error().message);
                return;
            }
            QVariantList list;
            for (const clinic::DuplicateCandidate& c : *found) {
                list.append(QVariantMap{
                    {QStringLiteral("patientId"), c.patientId},
                    {QStringLiteral("displayName"), c.displayName},
                    {QStringLiteral("dateOfBirth"),
                     c.dateOfBirth.isValid() ? QLocale().toString(c.dateOfBirth, QLocale::ShortFormat) : QString()},
                    {QStringLiteral("score"), c.match.score},
                    {QStringLiteral("reasons"), c.match.reasons.join(QStringLiteral(", "))},
                });
            }
            Q_EMIT duplicatesChecked(list);
            if (!saveWhenNone)
                return;
            if (list.isEmpty())
                save({});
            else
                Q_EMIT duplicatesFound(list);
        });
}

void RegistrationController::save(const QString& duplicateReason)
{
    if (!m_clinic || m_busy || !validate())
        return;
    setBusy(true);
    setErrorMessage({});
    const domain::Patient candidate = patient();
    const QString reason = duplicateReason.trimmed();
    m_clinic->post<QString>(
        this, [candidate, reason](clinic::Clinic& c) { return c.patients().create(c.session(), candidate, reason); },
        [this](const Result<QString>& created) {
            setBusy(false);
            if (!created) {
                setErrorMessage(created.error().message);
                Q_EMIT saveFailed(created.error().message);
                return;
            }
            if (m_clinic)
                m_clinic->notifyDataChanged();
            Q_EMIT saved(*created);
        });
}

void RegistrationController::reset()
{
    m_givenName.clear();
    m_familyName.clear();
    m_otherNames.clear();
    m_sex = QStringLiteral("unknown");
    m_dateOfBirth.clear();
    m_dateOfBirthApproximate = false;
    m_phone.clear();
    m_address.clear();
    m_identifierValue.clear();
    Q_EMIT fieldsChanged();
    m_fieldErrors.clear();
    Q_EMIT fieldErrorsChanged();
    setErrorMessage({});
}

} // namespace outpost::ui
