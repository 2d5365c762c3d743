#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace outpost::ui {

class ClinicController;

/// One patient's demographics for the summary page (no clinical content): loads through
/// PatientService::view on the clinic thread, which audits the view and remembers it as recent.
class PatientSummaryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString patientId READ patientId WRITE setPatientId NOTIFY patientIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString dateOfBirth READ dateOfBirth NOTIFY changed)
    Q_PROPERTY(bool approximate READ approximate NOTIFY changed)
    Q_PROPERTY(QString sex READ sex NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    /// [{ kind, value }]
    Q_PROPERTY(QVariantList identifiers READ identifiers NOTIFY changed)

public:
    explicit PatientSummaryController(QObject* parent = nullptr);

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    QString patientId() const { return m_patientId; }
    void setPatientId(const QString& patientId);
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    QString displayName() const { return m_displayName; }
    QString dateOfBirth() const { return m_dateOfBirth; }
    bool approximate() const { return m_approximate; }
    QString sex() const { return m_sex; }
    QString phone() const { return m_phone; }
    QString address() const { return m_address; }
    QVariantList identifiers() const { return m_identifiers; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void clinicChanged();
    void patientIdChanged();
    void changed();

private:
    QPointer<ClinicController> m_clinic;
    QString m_patientId;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_errorMessage;
    QString m_displayName;
    QString m_dateOfBirth;
    bool m_approximate = false;
    QString m_sex;
    QString m_phone;
    QString m_address;
    QVariantList m_identifiers;
};

} // namespace outpost::ui
