#include "PatientSummaryController.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"

#include <QLocale>

namespace outpost::ui {

PatientSummaryController::PatientSummaryController(QObject* parent) : QObject(parent) {}

void PatientSummaryController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
    reload();
}

void PatientSummaryController::setPatientId(const QString& patientId)
{
    if (m_patientId == patientId)
        return;
    m_patientId = patientId;
    Q_EMIT patientIdChanged();
    reload();
}

void PatientSummaryController::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_clinic || m_patientId.isEmpty())
        return;
    m_loading = true;
    Q_EMIT changed();
    const QString id = m_patientId;
    m_clinic->post<domain::Patient>(
        this, [id](clinic::Clinic& c) { return c.patients().view(c.session(), id); },
        [this, generation](const Result<domain::Patient>& patient) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_loaded = patient.ok();
            m_errorMessage = patient ? QString() : patient.error().message;
            if (patient) {
                m_displayName = patient->displayName();
                if (!patient->otherNames.trimmed().isEmpty())
                    m_displayName += QStringLiteral(" (") + patient->otherNames.trimmed() + QLatin1Char(')');
                m_dateOfBirth = patient->dateOfBirth.isValid()
                                    ? QLocale().toString(patient->dateOfBirth, QLocale::LongFormat)
                                    : QString();
                m_approximate = patient->dateOfBirthApproximate;
                m_sex = domain::sexName(patient->sex);
                m_phone = patient->phone;
                m_address = patient->address;
                m_identifiers.clear();
                for (const domain::Identifier& identifier : patient->identifiers)
                    m_identifiers.append(QVariantMap{{QStringLiteral("kind"), identifier.kind},
                                                     {QStringLiteral("value"), identifier.value}});
            }
            Q_EMIT changed();
        });
}

} // namespace outpost::ui
