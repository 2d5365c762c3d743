#pragma once

#include "core/domain/Patient.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace outpost::ui {

class ClinicController;

/// The registration form's fields and rules: inline per-field errors from domain::validate, the
/// duplicate check, and the save with the reason a user gives to register despite likely duplicates.
class RegistrationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString givenName MEMBER m_givenName NOTIFY fieldsChanged)
    Q_PROPERTY(QString familyName MEMBER m_familyName NOTIFY fieldsChanged)
    Q_PROPERTY(QString otherNames MEMBER m_otherNames NOTIFY fieldsChanged)
    /// "female", "male", "other" or "unknown".
    Q_PROPERTY(QString sex MEMBER m_sex NOTIFY fieldsChanged)
    /// ISO date (DateField.isoDate); empty when not given or not a date.
    Q_PROPERTY(QString dateOfBirth MEMBER m_dateOfBirth NOTIFY fieldsChanged)
    Q_PROPERTY(bool dateOfBirthApproximate MEMBER m_dateOfBirthApproximate NOTIFY fieldsChanged)
    Q_PROPERTY(QString phone MEMBER m_phone NOTIFY fieldsChanged)
    Q_PROPERTY(QString address MEMBER m_address NOTIFY fieldsChanged)
    /// An optional identifier of kind identifierKind (one of identifierKinds).
    Q_PROPERTY(QString identifierKind MEMBER m_identifierKind NOTIFY fieldsChanged)
    Q_PROPERTY(QString identifierValue MEMBER m_identifierValue NOTIFY fieldsChanged)
    /// The kinds this clinic records (clinic::IdentifierKinds), read when the clinic is set.
    Q_PROPERTY(QStringList identifierKinds READ identifierKinds NOTIFY identifierKindsChanged)
    /// Field name ("familyName", "dateOfBirth", "phone", …) → the sentence to show under it.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit RegistrationController(QObject* parent = nullptr);

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    QStringList identifierKinds() const { return m_identifierKinds; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }

    /// The form as a patient (no id yet).
    domain::Patient patient() const;

    /// Checks the fields now; true when they are valid. Fills fieldErrors.
    Q_INVOKABLE bool validate();
    /// Looks for likely duplicates; duplicatesChecked() carries them as
    /// [{ patientId, displayName, dateOfBirth, score }], most likely first.
    Q_INVOKABLE void checkDuplicates();
    /// Registers the patient; saved(id) or saveFailed(message). @p duplicateReason is needed when
    /// likely duplicates exist.
    Q_INVOKABLE void save(const QString& duplicateReason);
    /// validate(), then checkDuplicates(); saves at once when there are none, and otherwise emits
    /// duplicatesFound() for the warning dialog, which calls save(reason).
    Q_INVOKABLE void submit();
    /// Empties the form for the next patient.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void clinicChanged();
    void identifierKindsChanged();
    void fieldsChanged();
    void fieldErrorsChanged();
    void busyChanged();
    void errorMessageChanged();
    void duplicatesChecked(const QVariantList& candidates);
    void duplicatesFound(const QVariantList& candidates);
    void saved(const QString& patientId);
    void saveFailed(const QString& message);

private:
    void setBusy(bool busy);
    void setErrorMessage(const QString& message);
    void findDuplicates(bool saveWhenNone);

    QPointer<ClinicController> m_clinic;
    QString m_givenName;
    QString m_familyName;
    QString m_otherNames;
    QString m_sex = QStringLiteral("unknown");
    QString m_dateOfBirth;
    bool m_dateOfBirthApproximate = false;
    QString m_phone;
    QString m_address;
    QStringList m_identifierKinds = domain::defaultIdentifierKinds();
    QString m_identifierKind = QStringLiteral("national_id");
    QString m_identifierValue;
    QVariantMap m_fieldErrors;
    bool m_busy = false;
    QString m_errorMessage;
};

} // namespace outpost::ui
