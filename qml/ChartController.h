#pragma once

#include "ClinicController.h"

#include "ChartModel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace outpost::ui {

/// One patient's chart for PatientChartPage: the header (name, age, allergies, alerts), the
/// summary lists, the encounters (chart model), an entry's history and, for admins, who accessed
/// the record. Every core call runs on the clinic thread through ClinicController::post; a refusal
/// (reception, an admin without break-glass) arrives as errorMessage.
class ChartController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString patientId READ patientId WRITE setPatientId NOTIFY patientIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY chartChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool permissionDenied READ permissionDenied NOTIFY errorMessageChanged)
    Q_PROPERTY(QString patientName READ patientName NOTIFY headerChanged)
    Q_PROPERTY(QString ageText READ ageText NOTIFY headerChanged)
    Q_PROPERTY(QString mergedInto READ mergedInto NOTIFY chartChanged)
    Q_PROPERTY(QVariantList allergies READ allergies NOTIFY chartChanged)
    Q_PROPERTY(QVariantList problems READ problems NOTIFY chartChanged)
    Q_PROPERTY(QVariantList medications READ medications NOTIFY chartChanged)
    Q_PROPERTY(QVariantList vitals READ vitals NOTIFY chartChanged)
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY chartChanged)
    Q_PROPERTY(ChartModel* encounters READ encounters CONSTANT)
    Q_PROPERTY(QString openEncounterId READ openEncounterId NOTIFY chartChanged)
    Q_PROPERTY(QVariantList accessHistory READ accessHistory NOTIFY accessHistoryChanged)

public:
    explicit ChartController(QObject* parent = nullptr);

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    QString patientId() const { return m_patientId; }
    void setPatientId(const QString& patientId);
    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    bool permissionDenied() const { return m_permissionDenied; }
    QString patientName() const { return m_patientName; }
    QString ageText() const { return m_ageText; }
    QString mergedInto() const { return m_mergedInto; }
    QVariantList allergies() const { return m_allergies; }
    QVariantList problems() const { return m_problems; }
    QVariantList medications() const { return m_medications; }
    QVariantList vitals() const { return m_vitals; }
    QVariantList alerts() const { return m_alerts; }
    ChartModel* encounters() { return &m_encounters; }
    QString openEncounterId() const { return m_encounters.openEncounterId(); }
    QVariantList accessHistory() const { return m_accessHistory; }

    /// Loads the header, the chart and (admins) the access history again.
    Q_INVOKABLE void reload();
    /// Every version of an entry, original first; answered by historyLoaded().
    Q_INVOKABLE void loadHistory(const QString& entryId);
    /// Withdraws an entry (reason required); the chart reloads.
    Q_INVOKABLE void markEnteredInError(const QString& entryId, const QString& reason);
    /// An admin's audited, time-limited access to this chart; the chart reloads.
    Q_INVOKABLE void breakGlass(const QString& reason);

    /// Fills the controller from a loaded chart (the worker's result; tests call it directly).
    void applyChart(const clinic::Chart& chart);

Q_SIGNALS:
    void clinicChanged();
    void patientIdChanged();
    void loadingChanged();
    void chartChanged();
    void headerChanged();
    void errorMessageChanged();
    void accessHistoryChanged();
    void historyLoaded(const QString& entryId, const QVariantList& versions);
    /// A change was saved (entered in error, break-glass); message is for a toast.
    void actionDone(const QString& message);

private:
    void setError(const Error& error);
    void beginLoad();
    void endLoad();

    QPointer<ClinicController> m_clinic;
    QString m_patientId;
    int m_pending = 0;
    quint64 m_generation = 0; ///< drops results for a patient that is no longer shown
    bool m_loaded = false;
    QString m_errorMessage;
    bool m_permissionDenied = false;
    QString m_patientName;
    QString m_ageText;
    QString m_mergedInto;
    QVariantList m_allergies;
    QVariantList m_problems;
    QVariantList m_medications;
    QVariantList m_vitals;
    QVariantList m_alerts;
    QVariantList m_accessHistory;
    ChartModel m_encounters;
};

} // namespace outpost::ui
