#pragma once

#include "ClinicController.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace outpost::ui {

/// The note editor's state: the four SOAP fields, autosaved as an encrypted draft (DraftStore) a
/// moment after each change; save() opens an encounter when none is open and adds the note, or
/// amends an existing note with a reason. The draft is discarded once the note is saved.
class NoteEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString patientId READ patientId WRITE setPatientId NOTIFY patientIdChanged)
    /// The encounter the note joins; empty opens a new one on save.
    Q_PROPERTY(QString encounterId READ encounterId WRITE setEncounterId NOTIFY encounterIdChanged)
    Q_PROPERTY(QString subjective READ subjective WRITE setSubjective NOTIFY fieldsChanged)
    Q_PROPERTY(QString objective READ objective WRITE setObjective NOTIFY fieldsChanged)
    Q_PROPERTY(QString assessment READ assessment WRITE setAssessment NOTIFY fieldsChanged)
    Q_PROPERTY(QString plan READ plan WRITE setPlan NOTIFY fieldsChanged)
    /// Set to amend that note instead of adding one; the reason is then required.
    Q_PROPERTY(QString amendEntryId READ amendEntryId WRITE setAmendEntryId NOTIFY amendEntryIdChanged)
    Q_PROPERTY(QString amendReason READ amendReason WRITE setAmendReason NOTIFY fieldsChanged)
    Q_PROPERTY(bool amending READ amending NOTIFY amendEntryIdChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY fieldsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString draftStatus READ draftStatus NOTIFY draftStatusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int autosaveDelayMs READ autosaveDelayMs WRITE setAutosaveDelayMs NOTIFY autosaveDelayMsChanged)

public:
    explicit NoteEditorController(QObject* parent = nullptr);

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    QString patientId() const { return m_patientId; }
    void setPatientId(const QString& patientId);
    QString encounterId() const { return m_encounterId; }
    void setEncounterId(const QString& encounterId);
    QString subjective() const { return m_subjective; }
    void setSubjective(const QString& text);
    QString objective() const { return m_objective; }
    void setObjective(const QString& text);
    QString assessment() const { return m_assessment; }
    void setAssessment(const QString& text);
    QString plan() const { return m_plan; }
    void setPlan(const QString& text);
    QString amendEntryId() const { return m_amendEntryId; }
    void setAmendEntryId(const QString& entryId);
    QString amendReason() const { return m_amendReason; }
    void setAmendReason(const QString& reason);
    bool amending() const { return !m_amendEntryId.isEmpty(); }
    bool canSave() const;
    bool busy() const { return m_busy > 0; }
    QString draftStatus() const { return m_draftStatus; }
    QString errorMessage() const { return m_errorMessage; }
    int autosaveDelayMs() const { return m_autosave.interval(); }
    void setAutosaveDelayMs(int ms);

    /// Reads the user's draft for the patient, if any, into the fields.
    Q_INVOKABLE void loadDraft();
    /// Writes the draft now (the timer does it a moment after each change).
    Q_INVOKABLE void saveDraft();
    /// Saves the note (or the amendment); saved() follows, or errorMessage says why not.
    Q_INVOKABLE void save();
    /// Clears the fields and removes the draft.
    Q_INVOKABLE void discard();
    /// Starts amending @p entryId with its current text.
    Q_INVOKABLE void startAmend(const QString& entryId, const QString& subjective, const QString& objective,
                                const QString& assessment, const QString& plan);

Q_SIGNALS:
    void clinicChanged();
    void patientIdChanged();
    void encounterIdChanged();
    void fieldsChanged();
    void amendEntryIdChanged();
    void busyChanged();
    void draftStatusChanged();
    void errorMessageChanged();
    void autosaveDelayMsChanged();
    void draftLoaded();
    void saved(const QString& entryId);

private:
    void changed();
    void setField(QString& member, const QString& text);
    void setDraftStatus(const QString& status);
    void setErrorMessage(const QString& message);
    void beginBusy();
    void endBusy();
    void clearFields();

    QPointer<ClinicController> m_clinic;
    QString m_patientId;
    QString m_encounterId;
    QString m_subjective;
    QString m_objective;
    QString m_assessment;
    QString m_plan;
    QString m_amendEntryId;
    QString m_amendReason;
    int m_busy = 0;
    QString m_draftStatus;
    QString m_errorMessage;
    QTimer m_autosave;
    bool m_loadingDraft = false;
};

} // namespace outpost::ui
