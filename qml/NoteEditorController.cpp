#include "NoteEditorController.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"
#include "core/clinic/DraftStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTime>

namespace outpost::ui {

namespace {

QJsonObject draftBody(const clinic::SoapNote& note, const QString& amendEntryId, const QString& amendReason)
{
    QJsonObject body = note.toJson();
    if (!amendEntryId.isEmpty()) {
        body.insert(QStringLiteral("amendEntryId"), amendEntryId);
        body.insert(QStringLiteral("amendReason"), amendReason);
    }
    return body;
}

} // namespace

NoteEditorController::NoteEditorController(QObject* parent) : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1500);
    connect(&m_autosave, &QTimer::timeout, this, &NoteEditorController::saveDraft);
}

void NoteEditorController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
}

void NoteEditorController::setPatientId(const QString& patientId)
{
    if (m_patientId == patientId)
        return;
    m_patientId = patientId;
    Q_EMIT patientIdChanged();
}

void NoteEditorController::setEncounterId(const QString& encounterId)
{
    if (m_encounterId == encounterId)
        return;
    m_encounterId = encounterId;
    Q_EMIT encounterIdChanged();
}

void NoteEditorController::setField(QString& member, const QString& text)
{
    if (member == text)
        return;
    member = text;
    changed();
}

void NoteEditorController::setSubjective(const QString& text)
{
    setField(m_subjective, text);
}

void NoteEditorController::setObjective(const QString& text)
{
    setField(m_objective, text);
}

void NoteEditorController::setAssessment(const QString& text)
{
    setField(m_assessment, text);
}

void NoteEditorController::setPlan(const QString& text)
{
    setField(m_plan, text);
}

void NoteEditorController::setAmendReason(const QString& text)
{
    setField(m_amendReason, text);
}

void NoteEditorController::setAmendEntryId(const QString& entryId)
{
    if (m_amendEntryId == entryId)
        return;
    m_amendEntryId = entryId;
    Q_EMIT amendEntryIdChanged();
    Q_EMIT fieldsChanged();
}

void NoteEditorController::setAutosaveDelayMs(int ms)
{
    if (ms == m_autosave.interval())
        return;
    m_autosave.setInterval(ms);
    Q_EMIT autosaveDelayMsChanged();
}

bool NoteEditorController::canSave() const
{
    const bool written = !(m_subjective.trimmed().isEmpty() && m_objective.trimmed().isEmpty() &&
                           m_assessment.trimmed().isEmpty() && m_plan.trimmed().isEmpty());
    return written && (!amending() || !m_amendReason.trimmed().isEmpty());
}

void NoteEditorController::changed()
{
    Q_EMIT fieldsChanged();
    if (!m_loadingDraft)
        m_autosave.start();
}

void NoteEditorController::setDraftStatus(const QString& status)
{
    if (m_draftStatus == status)
        return;
    m_draftStatus = status;
    Q_EMIT draftStatusChanged();
}

void NoteEditorController::setErrorMessage(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void NoteEditorController::beginBusy()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void NoteEditorController::endBusy()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

void NoteEditorController::clearFields()
{
    m_loadingDraft = true;
    setSubjective({});
    setObjective({});
    setAssessment({});
    setPlan({});
    setAmendReason({});
    setAmendEntryId({});
    m_loadingDraft = false;
    m_autosave.stop();
}

void NoteEditorController::loadDraft()
{
    if (!m_clinic || m_patientId.isEmpty())
        return;
    const QString patientId = m_patientId;
    beginBusy();
    m_clinic->post<std::optional<clinic::NoteDraft>>(
        this,
        [patientId](clinic::Clinic& clinic) {
            clinic::DraftStore drafts(clinic.context());
            return drafts.load(clinic.session(), patientId);
        },
        [this, patientId](const Result<std::optional<clinic::NoteDraft>>& result) {
            endBusy();
            if (patientId != m_patientId)
                return;
            if (!result) {
                setErrorMessage(result.error().message);
                return;
            }
            if (!result->has_value())
                return;
            const clinic::NoteDraft& draft = **result;
            auto text = [&draft](const char* key) { return draft.body.value(QLatin1String(key)).toString(); };
            m_loadingDraft = true;
            setEncounterId(draft.encounterId.isEmpty() ? m_encounterId : draft.encounterId);
            setSubjective(text("subjective"));
            setObjective(text("objective"));
            setAssessment(text("assessment"));
            setPlan(text("plan"));
            setAmendEntryId(text("amendEntryId"));
            setAmendReason(text("amendReason"));
            m_loadingDraft = false;
            setDraftStatus(tr("Draft restored from %1.")
                               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(draft.updatedAtMs).toLocalTime(),
                                                       QLocale::ShortFormat)));
            Q_EMIT draftLoaded();
        });
}

void NoteEditorController::saveDraft()
{
    m_autosave.stop();
    if (!m_clinic || m_patientId.isEmpty())
        return;
    const QString patientId = m_patientId;
    const QString encounterId = m_encounterId;
    const QJsonObject body =
        draftBody({m_subjective, m_objective, m_assessment, m_plan}, m_amendEntryId, m_amendReason);
    m_clinic->post<void>(
        this,
        [patientId, encounterId, body](clinic::Clinic& clinic) {
            clinic::DraftStore drafts(clinic.context());
            return drafts.save(clinic.session(), patientId, encounterId, body);
        },
        [this](const Result<void>& result) {
            if (!result) {
                setDraftStatus(tr("The draft could not be saved: %1").arg(result.error().message));
                return;
            }
            setDraftStatus(
                tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        });
}

void NoteEditorController::save()
{
    if (!m_clinic || m_patientId.isEmpty() || !canSave() || busy())
        return;
    m_autosave.stop();
    const QString patientId = m_patientId;
    const QString encounterId = m_encounterId;
    const QString amendEntryId = m_amendEntryId;
    const QString amendReason = m_amendReason.trimmed();
    const clinic::SoapNote note{m_subjective, m_objective, m_assessment, m_plan};
    setErrorMessage({});
    beginBusy();
    m_clinic->post<QString>(
        this,
        [=](clinic::Clinic& clinic) -> Result<QString> {
            Result<QString> saved = QString();
            if (!amendEntryId.isEmpty()) {
                saved = clinic.chart().amend(clinic.session(), amendEntryId, note.toJson(), amendReason);
            } else {
                QString encounter = encounterId;
                if (encounter.isEmpty()) {
                    auto opened = clinic.chart().openEncounter(clinic.session(), patientId, QString());
                    if (!opened)
                        return opened.error();
                    encounter = *opened;
                }
                saved = clinic.chart().addNote(clinic.session(), patientId, encounter, note);
            }
            if (saved) {
                // The note is safe; a draft left behind would only offer the same text again.
                clinic::DraftStore drafts(clinic.context());
                (void)drafts.discard(clinic.session(), patientId);
            }
            return saved;
        },
        [this](const Result<QString>& result) {
            endBusy();
            if (!result) {
                setErrorMessage(result.error().message);
                return;
            }
            clearFields();
            setDraftStatus({});
            if (m_clinic)
                m_clinic->notifyDataChanged();
            Q_EMIT saved(*result);
        });
}

void NoteEditorController::discard()
{
    clearFields();
    setDraftStatus({});
    setErrorMessage({});
    if (!m_clinic || m_patientId.isEmpty())
        return;
    const QString patientId = m_patientId;
    m_clinic->post<void>(
        this,
        [patientId](clinic::Clinic& clinic) {
            clinic::DraftStore drafts(clinic.context());
            return drafts.discard(clinic.session(), patientId);
        },
        [](const Result<void>&) {});
}

void NoteEditorController::startAmend(const QString& entryId, const QString& subjective, const QString& objective,
                                      const QString& assessment, const QString& plan)
{
    m_loadingDraft = true;
    setAmendEntryId(entryId);
    setAmendReason({});
    setSubjective(subjective);
    setObjective(objective);
    setAssessment(assessment);
    setPlan(plan);
    m_loadingDraft = false;
}

} // namespace outpost::ui
