#include "DocumentController.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"
#include "documents/DocumentImport.h"
#include "ocr/Ocr.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>

#include <condition_variable>
#include <mutex>

namespace outpost::ui {

/// One import or scan: its cancel flag, read by the OCR thread and the clinic thread.
struct DocumentController::Job {
    std::atomic<bool> cancel{false};
};

namespace {

QString localPath(const QUrl& file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

QString dataUrl(const QByteArray& bytes, const QString& format)
{
    return QStringLiteral("data:image/%1;base64,").arg(format) + QString::fromLatin1(bytes.toBase64());
}

QString pngDataUrl(const QImage& image)
{
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return dataUrl(bytes, QStringLiteral("png"));
}

QString fieldLabel(const QString& name)
{
    if (name == QLatin1String("given_name"))
        return DocumentController::tr("Given name");
    if (name == QLatin1String("family_name"))
        return DocumentController::tr("Family name");
    if (name == QLatin1String("birth_date"))
        return DocumentController::tr("Date of birth");
    if (name == QLatin1String("sex"))
        return DocumentController::tr("Sex");
    if (name == QLatin1String("document_number"))
        return DocumentController::tr("Document number");
    if (name == QLatin1String("nationality"))
        return DocumentController::tr("Nationality");
    if (name == QLatin1String("expiry_date"))
        return DocumentController::tr("Expiry date");
    return name;
}

QString messageFor(const Error& error)
{
    return error.message;
}

} // namespace

DocumentController::DocumentController(QObject* parent) : QObject(parent)
{
    m_ocrThread.setObjectName(QStringLiteral("ocr"));
    m_ocrContext = new QObject;
    m_ocrContext->moveToThread(&m_ocrThread);
    m_ocrThread.start();
}

DocumentController::~DocumentController()
{
    if (m_job)
        m_job->cancel = true;
    // The engine is destroyed on the thread that made it.
    QMetaObject::invokeMethod(
        m_ocrContext,
        [this] {
            m_engine.reset();
            delete m_ocrContext;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_ocrThread.wait();
}

void DocumentController::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
    reload();
}

void DocumentController::setPatientId(const QString& patientId)
{
    if (m_patientId == patientId)
        return;
    m_patientId = patientId;
    Q_EMIT patientIdChanged();
    closeDocument();
    reload();
}

void DocumentController::setError(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

QVariantList DocumentController::kinds() const
{
    QVariantList all;
    for (const clinic::DocumentKind kind :
         {clinic::DocumentKind::IdCard, clinic::DocumentKind::InsuranceCard, clinic::DocumentKind::ReferralLetter,
          clinic::DocumentKind::LabReport, clinic::DocumentKind::Other})
        all.append(QVariantMap{{QStringLiteral("value"), clinic::documentKindName(kind)},
                               {QStringLiteral("text"), DocumentModel::kindLabel(kind)}});
    return all;
}

void DocumentController::reload()
{
    if (!m_clinic || m_patientId.isEmpty())
        return;
    const QString id = m_patientId;
    m_clinic->post<std::vector<clinic::DocumentInfo>>(
        this, [id](clinic::Clinic& c) { return c.documents().list(c.session(), id); },
        [this, id](const Result<std::vector<clinic::DocumentInfo>>& found) {
            if (id != m_patientId)
                return;
            if (!found) {
                setError(messageFor(found.error()));
                return;
            }
            m_model.setDocuments(*found);
        });
}

void DocumentController::runOcr(std::function<void(ocr::Engine*, const Error*)> work, std::function<void()> done)
{
    QPointer<DocumentController> self(this);
    QMetaObject::invokeMethod(
        m_ocrContext,
        [this, self, work = std::move(work), done = std::move(done)] {
            // Tesseract initialises once per thread and is reused for every page after.
            if (!m_engine && !m_engineError) {
                auto engine = ocr::Engine::create();
                if (engine)
                    m_engine = std::move(*engine);
                else
                    m_engineError = engine.error();
            }
            work(m_engine.get(), m_engineError ? &*m_engineError : nullptr);
            QMetaObject::invokeMethod(
                self, [done] { done(); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

std::shared_ptr<DocumentController::Job> DocumentController::startJob(const QString& title)
{
    if (m_job)
        m_job->cancel = true;
    m_job = std::make_shared<Job>();
    m_working = true;
    m_progress = 0;
    m_progressText = title;
    setError({});
    Q_EMIT workingChanged();
    Q_EMIT progressChanged();
    return m_job;
}

void DocumentController::finishJob()
{
    m_job.reset();
    m_working = false;
    Q_EMIT workingChanged();
}

void DocumentController::reportProgress(const std::shared_ptr<Job>& job, int page, int pageCount, int percent)
{
    // Called on the OCR thread; the numbers reach the UI thread queued.
    QPointer<DocumentController> self(this);
    QMetaObject::invokeMethod(
        self,
        [self, job, page, pageCount, percent] {
            if (!self || self->m_job != job)
                return;
            const int pages = std::max(pageCount, 1);
            self->m_progress = std::clamp((page + percent / 100.0) / pages, 0.0, 1.0);
            self->m_progressText = tr("Reading page %1 of %2…").arg(std::min(page + 1, pages)).arg(pages);
            Q_EMIT self->progressChanged();
        },
        Qt::QueuedConnection);
}

void DocumentController::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void DocumentController::importFile(const QUrl& file, const QString& kindName)
{
    const auto kind = clinic::documentKindFromName(kindName);
    if (!m_clinic || m_patientId.isEmpty() || !kind) {
        Q_EMIT importFailed(tr("Choose a patient and a document kind first."));
        return;
    }
    const auto job = startJob(tr("Reading the document…"));
    const QString path = localPath(file);
    const QString patientId = m_patientId;
    auto recognised = std::make_shared<std::optional<Result<documents::Recognised>>>();
    ocr::Progress progress;
    progress.cancel = &job->cancel;
    progress.report = [this, job](int page, int count, int percent) { reportProgress(job, page, count, percent); };
    runOcr(
        [recognised, path, kind, progress](ocr::Engine* engine, const Error* engineError) {
            if (!engine)
                recognised->emplace(*engineError);
            else
                recognised->emplace(documents::recogniseFile(*engine, path, *kind, progress));
        },
        [this, job, recognised, patientId] {
            if (m_job != job)
                return;
            if (job->cancel || !**recognised) {
                const bool cancelled = job->cancel || (**recognised).error().code == ErrorCode::Cancelled;
                finishJob();
                if (cancelled) {
                    Q_EMIT importCancelled();
                } else {
                    setError(messageFor((**recognised).error()));
                    Q_EMIT importFailed(m_errorMessage);
                }
                return;
            }
            m_progressText = tr("Saving…");
            m_progress = 1;
            Q_EMIT progressChanged();
            clinic::NewDocument document = std::move((**recognised)->document);
            document.patientId = patientId;
            m_clinic->post<QString>(
                this,
                [job, document = std::move(document)](clinic::Clinic& c) -> Result<QString> {
                    if (job->cancel)
                        return makeError(ErrorCode::Cancelled, QStringLiteral("Cancelled."));
                    return c.documents().add(c.session(), document);
                },
                [this, job](const Result<QString>& id) {
                    if (m_job == job)
                        finishJob();
                    if (!id) {
                        if (id.error().code == ErrorCode::Cancelled) {
                            Q_EMIT importCancelled();
                            return;
                        }
                        setError(messageFor(id.error()));
                        Q_EMIT importFailed(m_errorMessage);
                        return;
                    }
                    reload();
                    Q_EMIT imported(*id);
                });
        });
}

void DocumentController::scanIdCard(const QUrl& file)
{
    const auto job = startJob(tr("Reading the ID card…"));
    const QString path = localPath(file);
    struct Scan {
        std::optional<Error> error;
        documents::Recognised recognised;
        QList<ocr::Field> fields;
    };
    auto scan = std::make_shared<Scan>();
    ocr::Progress progress;
    progress.cancel = &job->cancel;
    progress.report = [this, job](int page, int count, int percent) { reportProgress(job, page, count, percent); };
    runOcr(
        [scan, path, progress](ocr::Engine* engine, const Error* engineError) {
            if (!engine) {
                scan->error = *engineError;
                return;
            }
            auto recognised = documents::recogniseFile(*engine, path, clinic::DocumentKind::IdCard, progress);
            if (!recognised) {
                scan->error = recognised.error();
                return;
            }
            scan->fields = engine->extractFields(recognised->pages, ocr::DocumentKind::IdCard);
            scan->recognised = std::move(*recognised);
        },
        [this, job, scan] {
            if (m_job != job)
                return;
            finishJob();
            if (job->cancel || (scan->error && scan->error->code == ErrorCode::Cancelled)) {
                Q_EMIT importCancelled();
                return;
            }
            if (scan->error) {
                setError(messageFor(*scan->error));
                Q_EMIT scanFailed(m_errorMessage);
                return;
            }
            m_proposals.clear();
            for (const ocr::Field& field : std::as_const(scan->fields)) {
                const QImage page =
                    field.page < scan->recognised.pages.size() ? scan->recognised.pages.at(field.page).image : QImage();
                m_proposals.append(
                    QVariantMap{{QStringLiteral("name"), field.name},
                                {QStringLiteral("label"), fieldLabel(field.name)},
                                {QStringLiteral("value"), field.value},
                                {QStringLiteral("confidence"), qRound(field.confidence)},
                                {QStringLiteral("validated"), field.validated},
                                {QStringLiteral("crop"), pngDataUrl(documents::cropAround(page, field.box))},
                                {QStringLiteral("confirmed"), false}});
            }
            m_scanned = std::move(scan->recognised.document);
            Q_EMIT proposalsChanged();
            Q_EMIT scanReady();
        });
}

void DocumentController::confirmField(const QString& name, bool confirmed)
{
    for (QVariant& proposal : m_proposals) {
        QVariantMap map = proposal.toMap();
        if (map.value(QStringLiteral("name")).toString() != name)
            continue;
        map.insert(QStringLiteral("confirmed"), confirmed);
        proposal = map;
        Q_EMIT proposalsChanged();
        return;
    }
}

QVariantMap DocumentController::confirmedFields() const
{
    QVariantMap confirmed;
    for (const QVariant& proposal : m_proposals) {
        const QVariantMap map = proposal.toMap();
        if (map.value(QStringLiteral("confirmed")).toBool())
            confirmed.insert(map.value(QStringLiteral("name")).toString(), map.value(QStringLiteral("value")));
    }
    return confirmed;
}

void DocumentController::clearProposals()
{
    m_proposals.clear();
    m_scanned.reset();
    Q_EMIT proposalsChanged();
}

void DocumentController::attachScan(const QString& patientId)
{
    if (!m_clinic || !m_scanned || patientId.isEmpty())
        return;
    clinic::NewDocument document = std::move(*m_scanned);
    m_scanned.reset();
    document.patientId = patientId;
    m_clinic->post<QString>(
        this, [document = std::move(document)](clinic::Clinic& c) { return c.documents().add(c.session(), document); },
        [this](const Result<QString>& id) {
            if (!id) {
                setError(messageFor(id.error()));
                Q_EMIT importFailed(m_errorMessage);
                return;
            }
            Q_EMIT imported(*id);
        });
}

void DocumentController::openDocument(const QString& documentId, int page)
{
    if (!m_clinic)
        return;
    const quint64 generation = ++m_generation;
    m_clinic->post<clinic::Document>(
        this, [documentId](clinic::Clinic& c) { return c.documents().open(c.session(), documentId); },
        [this, generation, page](const Result<clinic::Document>& document) {
            if (generation != m_generation)
                return;
            if (!document) {
                setError(messageFor(document.error()));
                return;
            }
            m_document = *document;
            m_currentPage = std::clamp(page, 0, std::max(pageCount() - 1, 0));
            Q_EMIT documentChanged();
            loadPage();
        });
}

void DocumentController::closeDocument()
{
    ++m_generation;
    m_document.reset();
    m_currentPage = 0;
    m_pageSource.clear();
    m_pageSize = {};
    m_highlights.clear();
    Q_EMIT documentChanged();
    Q_EMIT pageChanged();
    Q_EMIT highlightsChanged();
}

QString DocumentController::documentTitle() const
{
    if (!m_document)
        return {};
    return m_document->info.title.isEmpty() ? DocumentModel::kindLabel(m_document->info.kind) : m_document->info.title;
}

void DocumentController::setCurrentPage(int page)
{
    if (!m_document)
        return;
    page = std::clamp(page, 0, std::max(pageCount() - 1, 0));
    if (page == m_currentPage && !m_pageSource.isEmpty())
        return;
    m_currentPage = page;
    Q_EMIT pageChanged();
    loadPage();
}

QString DocumentController::pageText() const
{
    if (!m_document || m_currentPage >= pageCount())
        return {};
    return m_document->pages[static_cast<size_t>(m_currentPage)].text;
}

void DocumentController::loadPage()
{
    if (!m_clinic || !m_document)
        return;
    const quint64 generation = m_generation;
    const QString id = m_document->info.id;
    const int index = m_currentPage;
    m_clinic->post<clinic::DocumentPage>(
        this, [id, index](clinic::Clinic& c) { return c.documents().page(c.session(), id, index); },
        [this, generation, index](const Result<clinic::DocumentPage>& page) {
            if (generation != m_generation || index != m_currentPage)
                return;
            if (!page) {
                setError(messageFor(page.error()));
                return;
            }
            m_pageSource = dataUrl(page->image, clinic::imageFormatName(page->imageFormat));
            m_pageSize = page->size;
            Q_EMIT pageChanged();
            updateHighlights();
        });
}

void DocumentController::updateHighlights()
{
    m_highlights.clear();
    if (m_document && m_currentPage < pageCount()) {
        const auto& words = m_document->pages[static_cast<size_t>(m_currentPage)].words;
        for (const QRect& box : clinic::matchingBoxes(words, clinic::documentQueryWords(m_searchText)))
            m_highlights.append(QVariantMap{{QStringLiteral("x"), box.x()},
                                            {QStringLiteral("y"), box.y()},
                                            {QStringLiteral("width"), box.width()},
                                            {QStringLiteral("height"), box.height()}});
    }
    Q_EMIT highlightsChanged();
}

void DocumentController::setSearchText(const QString& text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    updateHighlights();
    runSearch();
}

void DocumentController::runSearch()
{
    if (!m_clinic || m_patientId.isEmpty())
        return;
    const QString text = m_searchText;
    const QString patientId = m_patientId;
    if (clinic::documentQueryWords(text).isEmpty()) {
        m_searchHits.clear();
        Q_EMIT searchHitsChanged();
        return;
    }
    m_clinic->post<std::vector<clinic::DocumentHit>>(
        this, [patientId, text](clinic::Clinic& c) { return c.documents().search(c.session(), patientId, text); },
        [this, text](const Result<std::vector<clinic::DocumentHit>>& hits) {
            if (text != m_searchText)
                return;
            m_searchHits.clear();
            if (!hits) {
                setError(messageFor(hits.error()));
            } else {
                for (const clinic::DocumentHit& hit : *hits)
                    m_searchHits.append(QVariantMap{{QStringLiteral("documentId"), hit.documentId},
                                                    {QStringLiteral("page"), hit.page},
                                                    {QStringLiteral("title"), hit.title},
                                                    {QStringLiteral("kindLabel"), DocumentModel::kindLabel(hit.kind)},
                                                    {QStringLiteral("snippet"), hit.snippet}});
            }
            Q_EMIT searchHitsChanged();
        });
}

void DocumentController::waitForOcr()
{
    std::mutex mutex;
    std::condition_variable idle;
    bool done = false;
    QMetaObject::invokeMethod(
        m_ocrContext,
        [&] {
            std::lock_guard lock(mutex);
            done = true;
            idle.notify_one();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(mutex);
    idle.wait(lock, [&] { return done; });
}

} // namespace outpost::ui
