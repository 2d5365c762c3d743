#include "ChartController.h"

#include "ClinicController.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/Clinic.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace outpost::ui {

namespace {

/// What the worker reads in one go for the page.
struct ChartLoad {
    domain::Patient patient;
    std::optional<clinic::Chart> chart;
    std::optional<Error> chartError;
};

QString ageFor(const domain::Patient& patient, const QDate& today)
{
    if (!patient.dateOfBirth.isValid())
        return ChartController::tr("Age unknown");
    int years = today.year() - patient.dateOfBirth.year();
    if (QDate(today.year(), patient.dateOfBirth.month(), 1).addDays(patient.dateOfBirth.day() - 1) > today)
        --years;
    if (years < 2) {
        const int months = static_cast<int>(patient.dateOfBirth.daysTo(today) / 30);
        return ChartController::tr("%n month(s)", nullptr, std::max(0, months));
    }
    return patient.dateOfBirthApproximate ? ChartController::tr("about %n year(s)", nullptr, years)
                                          : ChartController::tr("%n year(s)", nullptr, years);
}

QVariantList toList(const std::vector<clinic::ClinicalEntry>& entries)
{
    QVariantList list;
    for (const clinic::ClinicalEntry& entry : entries)
        list << entryToMap(entry);
    return list;
}

} // namespace

ChartController::ChartController(QObject* parent) : QObject(parent) {}

void ChartController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
    reload();
}

void ChartController::setPatientId(const QString& patientId)
{
    if (m_patientId == patientId)
        return;
    m_patientId = patientId;
    Q_EMIT patientIdChanged();
    reload();
}

void ChartController::beginLoad()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged();
}

void ChartController::endLoad()
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged();
}

void ChartController::setError(const Error& error)
{
    m_errorMessage = error.message;
    m_permissionDenied = error.code == ErrorCode::PermissionDenied;
    Q_EMIT errorMessageChanged();
}

void ChartController::reload()
{
    if (!m_clinic || m_patientId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const QString patientId = m_patientId;
    const bool admin = m_clinic->isAdmin();
    beginLoad();
    m_clinic->post<ChartLoad>(
        this,
        [patientId](clinic::Clinic& clinic) -> Result<ChartLoad> {
            auto patient = clinic.patients().view(clinic.session(), patientId);
            if (!patient)
                return patient.error();
            ChartLoad load{std::move(*patient), std::nullopt, std::nullopt};
            auto chart = clinic.chart().loadChart(clinic.session(), patientId);
            if (chart)
                load.chart = std::move(*chart);
            else
                load.chartError = chart.error();
            return load;
        },
        [this, generation](const Result<ChartLoad>& result) {
            endLoad();
            if (generation != m_generation)
                return;
            if (!result) {
                setError(result.error());
                return;
            }
            m_patientName = result->patient.displayName();
            m_ageText = ageFor(result->patient, QDate::currentDate());
            Q_EMIT headerChanged();
            if (result->chart) {
                setError({ErrorCode::Failure, QString()});
                applyChart(*result->chart);
            } else {
                setError(*result->chartError);
            }
        });
    if (!admin)
        return;
    beginLoad();
    m_clinic->post<std::vector<clinic::AuditEvent>>(
        this,
        [patientId](clinic::Clinic& clinic) -> Result<std::vector<clinic::AuditEvent>> {
            if (auto allowed =
                    clinic::require(clinic.session(), auth::Permission::ReadAuditLog, clinic.context().clock);
                !allowed)
                return allowed.error();
            std::vector<clinic::AuditEvent> events;
            auto read = clinic.database().read([&](storage::Connection& reader) -> Result<void> {
                auto found = clinic::AuditLog::forPatient(reader, patientId);
                if (!found)
                    return found.error();
                events = std::move(*found);
                return {};
            });
            if (!read)
                return read.error();
            return events;
        },
        [this, generation](const Result<std::vector<clinic::AuditEvent>>& result) {
            endLoad();
            if (generation != m_generation || !result)
                return;
            m_accessHistory.clear();
            const QLocale locale;
            for (const clinic::AuditEvent& event : *result) {
                m_accessHistory << QVariantMap{
                    {QStringLiteral("at"),
                     locale.toString(QDateTime::fromMSecsSinceEpoch(event.atMs).toLocalTime(), QLocale::ShortFormat)},
                    {QStringLiteral("userName"), event.userName},
                    {QStringLiteral("action"), event.action},
                    {QStringLiteral("detail"), event.detail}};
            }
            Q_EMIT accessHistoryChanged();
        });
}

void ChartController::applyChart(const clinic::Chart& chart)
{
    m_loaded = true;
    m_mergedInto = chart.mergedInto;
    m_allergies = toList(chart.summary.allergies);
    m_problems = toList(chart.summary.activeProblems);
    m_medications = toList(chart.summary.activeMedications);
    m_vitals.clear();
    if (chart.summary.latestVitals)
        m_vitals << entryToMap(*chart.summary.latestVitals);
    m_alerts.clear();
    for (const clinic::ClinicalEntry& allergy : chart.summary.allergies) {
        const QString severity = allergy.body.value(QStringLiteral("severity")).toString();
        if (severity == QStringLiteral("severe") || severity == QStringLiteral("life-threatening"))
            m_alerts << tr("Severe allergy: %1").arg(allergy.body.value(QStringLiteral("substance")).toString());
    }
    if (!chart.mergedInto.isEmpty())
        m_alerts << tr("This record was merged into another one.");
    m_encounters.setEncounters(chart.encounters);
    Q_EMIT chartChanged();
}

void ChartController::loadHistory(const QString& entryId)
{
    if (!m_clinic)
        return;
    m_clinic->post<std::vector<clinic::ClinicalEntry>>(
        this, [entryId](clinic::Clinic& clinic) { return clinic.chart().history(clinic.session(), entryId); },
        [this, entryId](const Result<std::vector<clinic::ClinicalEntry>>& result) {
            if (!result) {
                setError(result.error());
                return;
            }
            Q_EMIT historyLoaded(entryId, toList(*result));
        });
}

void ChartController::markEnteredInError(const QString& entryId, const QString& reason)
{
    if (!m_clinic)
        return;
    m_clinic->post<QString>(
        this,
        [entryId, reason](clinic::Clinic& clinic) {
            return clinic.chart().markEnteredInError(clinic.session(), entryId, reason);
        },
        [this](const Result<QString>& result) {
            if (!result) {
                setError(result.error());
                return;
            }
            Q_EMIT actionDone(tr("The entry was marked as entered in error."));
            reload();
        });
}

void ChartController::breakGlass(const QString& reason)
{
    if (!m_clinic)
        return;
    const QString patientId = m_patientId;
    m_clinic->post<void>(
        this,
        [patientId, reason](clinic::Clinic& clinic) {
            return clinic.auth().breakGlass(clinic.session(), patientId, reason);
        },
        [this](const Result<void>& result) {
            if (!result) {
                setError(result.error());
                return;
            }
            Q_EMIT actionDone(tr("Emergency access granted for 30 minutes. It is recorded in the audit log."));
            reload();
        });
}

} // namespace outpost::ui
