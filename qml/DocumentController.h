#pragma once

#include "DocumentModel.h"

#include "core/clinic/Document.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace outpost::ocr {
class Engine;
}

namespace outpost::ui {

class ClinicController;

/// A patient's documents for QML: the list, import with OCR (progress and Cancel), search inside the
/// documents, the viewer (page navigation, the page image and the boxes of search hits), and the ID
/// card scan that proposes registration fields the user confirms one by one.
///
/// OCR runs on this controller's own thread with one ocr::Engine, created on first use and reused;
/// storing and reading go through ClinicController::post on the clinic thread. A cancelled import
/// stores nothing.
class DocumentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString patientId READ patientId WRITE setPatientId NOTIFY patientIdChanged)
    Q_PROPERTY(DocumentModel* documents READ documents CONSTANT)
    /// Import or scan in progress: progress 0–1 and a sentence ("Reading page 2 of 5…").
    Q_PROPERTY(bool working READ working NOTIFY workingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// Search inside the patient's documents: [{ documentId, page, title, kindLabel, snippet }].
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QVariantList searchHits READ searchHits NOTIFY searchHitsChanged)
    /// The viewer.
    Q_PROPERTY(QString documentId READ documentId NOTIFY documentChanged)
    Q_PROPERTY(QString documentTitle READ documentTitle NOTIFY documentChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY documentChanged)
    Q_PROPERTY(int currentPage READ currentPage WRITE setCurrentPage NOTIFY pageChanged)
    Q_PROPERTY(QString pageSource READ pageSource NOTIFY pageChanged)
    Q_PROPERTY(QSize pageSize READ pageSize NOTIFY pageChanged)
    Q_PROPERTY(QString pageText READ pageText NOTIFY pageChanged)
    /// Boxes (in page pixels) of the words matching searchText on the current page: [{ x, y, width, height }].
    Q_PROPERTY(QVariantList highlights READ highlights NOTIFY highlightsChanged)
    /// ID card scan: [{ name, label, value, confidence, validated, crop, confirmed }].
    Q_PROPERTY(QVariantList proposals READ proposals NOTIFY proposalsChanged)

public:
    explicit DocumentController(QObject* parent = nullptr);
    /// Cancels running OCR and waits for the OCR thread.
    ~DocumentController() override;

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    QString patientId() const { return m_patientId; }
    void setPatientId(const QString& patientId);
    DocumentModel* documents() { return &m_model; }
    bool working() const { return m_working; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString errorMessage() const { return m_errorMessage; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    QVariantList searchHits() const { return m_searchHits; }
    QString documentId() const { return m_document ? m_document->info.id : QString(); }
    QString documentTitle() const;
    int pageCount() const { return m_document ? static_cast<int>(m_document->pages.size()) : 0; }
    int currentPage() const { return m_currentPage; }
    void setCurrentPage(int page);
    QString pageSource() const { return m_pageSource; }
    QSize pageSize() const { return m_pageSize; }
    QString pageText() const;
    QVariantList highlights() const { return m_highlights; }
    QVariantList proposals() const { return m_proposals; }

    /// The kinds offered on import: [{ value, text }], registration kinds first.
    Q_INVOKABLE QVariantList kinds() const;
    Q_INVOKABLE void reload();
    /// Reads @p file (a local file URL or path) with OCR and stores it as a document of @p kind
    /// ("id_card", …) for patientId; imported(id) or importFailed(message).
    Q_INVOKABLE void importFile(const QUrl& file, const QString& kind);
    /// Stops the running import or scan; nothing is stored.
    Q_INVOKABLE void cancel();
    /// Opens a document in the viewer at @p page (0-based).
    Q_INVOKABLE void openDocument(const QString& documentId, int page = 0);
    Q_INVOKABLE void closeDocument();
    /// Runs OCR on an ID card image and fills proposals; nothing is filled or stored.
    Q_INVOKABLE void scanIdCard(const QUrl& file);
    /// The user confirms (or withdraws) the proposal called @p name.
    Q_INVOKABLE void confirmField(const QString& name, bool confirmed);
    /// name → value of the proposals the user confirmed, and only those.
    Q_INVOKABLE QVariantMap confirmedFields() const;
    Q_INVOKABLE void clearProposals();
    /// Stores the last scanned card as an ID card document of @p patientId (after registration).
    Q_INVOKABLE void attachScan(const QString& patientId);

    /// Waits until the OCR thread has finished what was handed to it (tests).
    void waitForOcr();

Q_SIGNALS:
    void clinicChanged();
    void patientIdChanged();
    void workingChanged();
    void progressChanged();
    void errorMessageChanged();
    void searchTextChanged();
    void searchHitsChanged();
    void documentChanged();
    void pageChanged();
    void highlightsChanged();
    void proposalsChanged();
    void imported(const QString& documentId);
    void importFailed(const QString& message);
    void importCancelled();
    void scanReady();
    void scanFailed(const QString& message);

private:
    struct Job;
    /// Runs @p work on the OCR thread with its engine (created on first use), then @p done here.
    void runOcr(std::function<void(ocr::Engine*, const Error*)> work, std::function<void()> done);
    std::shared_ptr<Job> startJob(const QString& title);
    void finishJob();
    void reportProgress(const std::shared_ptr<Job>& job, int page, int pageCount, int percent);
    void setError(const QString& message);
    void loadPage();
    void updateHighlights();
    void runSearch();

    QPointer<ClinicController> m_clinic;
    QString m_patientId;
    DocumentModel m_model;
    bool m_working = false;
    double m_progress = 0;
    QString m_progressText;
    QString m_errorMessage;
    QString m_searchText;
    QVariantList m_searchHits;
    std::optional<clinic::Document> m_document;
    int m_currentPage = 0;
    QString m_pageSource;
    QSize m_pageSize;
    QVariantList m_highlights;
    QVariantList m_proposals;
    std::optional<clinic::NewDocument> m_scanned;
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0;

    QThread m_ocrThread;
    QObject* m_ocrContext = nullptr;       ///< lives on m_ocrThread
    std::unique_ptr<ocr::Engine> m_engine; ///< touched on m_ocrThread only
    std::optional<Error> m_engineError;    ///< why the engine could not be made (OCR thread)
};

} // namespace outpost::ui
