// Engine: Leptonica normalisation and deskew, orientation detection on "osd", recognition on "eng" with a page
// segmentation mode per document kind, progress, cancel and a per-page deadline.
#include "core/CoreText.h"
#include "ocr/Fields.h"
#include "ocr/Ocr.h"
#include "ocr/PixImage.h"

#include "core/logging/Log.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <algorithm>
#include <cmath>

namespace outpost::ocr {

namespace {

constexpr int kWorkingDpi = 300;
constexpr int kBorder = 24;
// Below this, "osd" is often wrong on sparse cards (measured: 2.5 for an upright passport page).
constexpr float kConfidentOrientation = 6.0f;
// An upright reading at or above this mean confidence is kept without asking "osd" (sideways or upside-down text
// read as it is scores well below it; clean upright pages score 85–95).
constexpr int kGoodReading = 70;
const char* const kMrzCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

/// Tesseract's monitor with a pointer back to our Progress, so its C callbacks can reach it.
struct Monitor : tesseract::ETEXT_DESC {
    const Progress* callbacks = nullptr;
    int page = 0;
    int pageCount = 1;
    int lastPercent = -1;
};

bool cancelRequested(void* cancelThis, int /*words*/)
{
    const auto* monitor = static_cast<const Monitor*>(cancelThis);
    return monitor->callbacks->cancel && monitor->callbacks->cancel->load();
}

bool reportProgress(tesseract::ETEXT_DESC* base, int, int, int, int)
{
    auto* monitor = static_cast<Monitor*>(base);
    // Reading a page twice (orientation unsure) starts Tesseract's count again: report only what is new.
    if (monitor->callbacks->report && monitor->progress > monitor->lastPercent) {
        monitor->lastPercent = monitor->progress;
        monitor->callbacks->report(monitor->page, monitor->pageCount, monitor->progress);
    }
    return true;
}

QString utf8(char* text)
{
    const QString result = QString::fromUtf8(text);
    delete[] text;
    return result;
}

tesseract::PageSegMode segmentationFor(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdCard:
    case DocumentKind::InsuranceCard:
        return tesseract::PSM_SPARSE_TEXT;
    case DocumentKind::ReferralLetter:
    case DocumentKind::LabReport:
    case DocumentKind::Other:
        break;
    }
    return tesseract::PSM_AUTO;
}

/// A line of text as Tesseract segmented it.
struct Line {
    QString text;
    QRect box;
};

bool looksLikeMrz(const QString& text)
{
    const QString compact = QString(text).remove(u' ');
    return compact.size() >= 24 && (compact.count(u'<') >= 3 || compact.contains(QLatin1String("<<")));
}

/// @p text with its MRZ-looking lines replaced by the band read (restricted to the MRZ alphabet), line for line,
/// where the band read has the length an MRZ line must have.
QString withMrzLines(const QString& text, const QStringList& band)
{
    QStringList lines = text.split(u'\n');
    qsizetype next = 0;
    for (QString& line : lines) {
        if (next >= band.size())
            break;
        if (!looksLikeMrz(line))
            continue;
        const qsizetype length = band[next].size();
        if (length == 30 || length == 36 || length == 44)
            line = band[next];
        ++next;
    }
    return lines.join(u'\n');
}

} // namespace

struct Engine::Private {
    tesseract::TessBaseAPI ocr;
    tesseract::TessBaseAPI osd;
    Limits limits;

    Result<PageText> read(Pix* pix, tesseract::PageSegMode mode, Monitor& monitor, QList<Line>* lines);
    QStringList readMrzBand(Pix* pix, const QRect& band);
};

Engine::Engine(std::unique_ptr<Private> p) : d(std::move(p)) {}
Engine::~Engine()
{
    d->ocr.End();
    d->osd.End();
}

void Engine::setLimits(const Limits& limits)
{
    d->limits = limits;
}

Result<std::unique_ptr<Engine>> Engine::create(const QString& tessdataDir)
{
    const auto missing = [&](const char* model, const char* package) {
        return makeError(ErrorCode::NotFound,
                         CoreText::tr("Tesseract's %1 model is missing%2. Install the Debian package %3 "
                                      "(apt install %3).")
                             .arg(QLatin1String(model),
                                  tessdataDir.isEmpty() ? QString() : QStringLiteral(" in %1").arg(tessdataDir),
                                  QLatin1String(package)));
    };
    if (!tessdataDir.isEmpty()) {
        const QDir dir(tessdataDir);
        if (!QFileInfo::exists(dir.filePath(QStringLiteral("eng.traineddata"))))
            return missing("English (eng.traineddata)", "tesseract-ocr-eng");
        if (!QFileInfo::exists(dir.filePath(QStringLiteral("osd.traineddata"))))
            return missing("orientation (osd.traineddata)", "tesseract-ocr-osd");
    }
    auto p = std::make_unique<Private>();
    const QByteArray path = tessdataDir.isEmpty() ? QByteArray() : QDir(tessdataDir).absolutePath().toLocal8Bit();
    const char* datapath = path.isEmpty() ? nullptr : path.constData();
#ifdef Q_OS_WIN
    const char* quiet = "NUL";
#else
    const char* quiet = "/dev/null";
#endif
    p->ocr.SetVariable("debug_file", quiet);
    p->osd.SetVariable("debug_file", quiet);
    if (p->ocr.Init(datapath, "eng", tesseract::OEM_LSTM_ONLY) != 0)
        return missing("English (eng.traineddata)", "tesseract-ocr-eng");
    if (p->osd.Init(datapath, "osd", tesseract::OEM_TESSERACT_ONLY) != 0)
        return missing("orientation (osd.traineddata)", "tesseract-ocr-osd");
    p->osd.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    logging::get("ocr")->info("Tesseract {} initialised (eng, osd)", tesseract::TessBaseAPI::Version());
    return std::unique_ptr<Engine>(new Engine(std::move(p)));
}

Result<PageText> Engine::Private::read(Pix* pix, tesseract::PageSegMode mode, Monitor& monitor, QList<Line>* lines)
{
    ocr.SetPageSegMode(mode);
    ocr.SetImage(pix);
    ocr.SetSourceResolution(kWorkingDpi); // after SetImage, else 70 dpi is assumed
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = &monitor;
    monitor.progress_callback2 = &reportProgress;
    monitor.set_deadline_msecs(limits.pageDeadlineMs);
    const int status = ocr.Recognize(&monitor);
    if (monitor.callbacks->cancel && monitor.callbacks->cancel->load())
        return makeError(ErrorCode::Cancelled, CoreText::tr("Reading the document was cancelled."));
    if (monitor.deadline_exceeded()) {
        return makeError(ErrorCode::Failure, CoreText::tr("Reading page %1 took longer than %2 s and was stopped.")
                                                 .arg(monitor.page)
                                                 .arg(limits.pageDeadlineMs / 1000.0));
    }
    if (status != 0)
        return makeError(ErrorCode::Failure, CoreText::tr("Tesseract could not read page %1.").arg(monitor.page));

    PageText page;
    page.text = utf8(ocr.GetUTF8Text());
    page.meanConfidence = static_cast<float>(ocr.MeanTextConf());
    std::unique_ptr<tesseract::ResultIterator> it(ocr.GetIterator());
    if (it) {
        do {
            if (it->Empty(tesseract::RIL_WORD))
                continue;
            int left = 0, top = 0, right = 0, bottom = 0;
            it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
            page.words.append(Word{utf8(it->GetUTF8Text(tesseract::RIL_WORD)),
                                   QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)),
                                   it->Confidence(tesseract::RIL_WORD)});
        } while (it->Next(tesseract::RIL_WORD));
    }
    if (lines) {
        std::unique_ptr<tesseract::ResultIterator> line(ocr.GetIterator());
        if (line) {
            do {
                if (line->Empty(tesseract::RIL_TEXTLINE))
                    continue;
                int left = 0, top = 0, right = 0, bottom = 0;
                line->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
                lines->append(Line{utf8(line->GetUTF8Text(tesseract::RIL_TEXTLINE)).trimmed(),
                                   QRect(QPoint(left, top), QPoint(right - 1, bottom - 1))});
            } while (line->Next(tesseract::RIL_TEXTLINE));
        }
    }
    return page;
}

QStringList Engine::Private::readMrzBand(Pix* pix, const QRect& band)
{
    BOX* box = boxCreate(band.x(), band.y(), band.width(), band.height());
    PixPtr crop(pixClipRectangle(pix, box, nullptr));
    boxDestroy(&box);
    if (!crop)
        return {};
    ocr.SetVariable("tessedit_char_whitelist", kMrzCharacters);
    ocr.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    ocr.SetImage(crop.get());
    ocr.SetSourceResolution(kWorkingDpi);
    const QString text = utf8(ocr.GetUTF8Text());
    ocr.SetVariable("tessedit_char_whitelist", "");
    QStringList lines;
    qsizetype longest = 0;
    for (const QString& line : text.split(u'\n')) {
        const QString compact = QString(line).remove(u' ');
        if (compact.size() >= 20) {
            lines.append(compact);
            longest = std::max(longest, compact.size());
        }
    }
    // Long runs of '<' come back a few short; a line that ends in fillers is padded to the band's width.
    for (const qsizetype length : {30, 36, 44}) {
        if (longest != length)
            continue;
        for (QString& line : lines) {
            if (line.size() < length && line.endsWith(QLatin1String("<<")))
                line += QString(length - line.size(), u'<');
        }
    }
    return lines;
}

Result<PageText> Engine::recognise(const SourcePage& source, DocumentKind kind, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (progress.cancel && progress.cancel->load())
        return makeError(ErrorCode::Cancelled, CoreText::tr("Reading the document was cancelled."));
    if (source.image.isNull() || source.image.width() < 1 || source.image.height() < 1)
        return makeError(ErrorCode::Damaged, CoreText::tr("The page has no image to read."));
    if (qint64(source.image.width()) * source.image.height() > d->limits.maxPixelsPerPage)
        return makeError(ErrorCode::Invalid, CoreText::tr("The page is too large to read."));

    if (!source.textLayer.trimmed().isEmpty()) {
        PageText page;
        page.text = source.textLayer;
        page.fromTextLayer = true;
        page.meanConfidence = 100;
        page.image = source.image.convertToFormat(QImage::Format_Grayscale8);
        page.millis = timer.elapsed();
        return page;
    }

    // 1. Normalise: 8 bpp, about 300 dpi, a white border, deskewed (up to ±12°).
    PixPtr pix = pixFromImage(source.image);
    if (!pix)
        return makeError(ErrorCode::Failure, CoreText::tr("Not enough memory to read the page."));
    const int dpi = source.dpi > 0 ? source.dpi : kWorkingDpi;
    if (dpi < kWorkingDpi - 30 || dpi > kWorkingDpi + 100) {
        const float scale = std::clamp(float(kWorkingDpi) / float(dpi), 0.25f, 4.0f);
        const double pixels = double(pixGetWidth(pix.get())) * pixGetHeight(pix.get()) * scale * scale;
        if (pixels <= double(d->limits.maxPixelsPerPage))
            pix.reset(pixScale(pix.get(), scale, scale));
    }
    pix.reset(pixAddBorder(pix.get(), kBorder, 255));
    float angle = 0, skewConfidence = 0;
    if (PixPtr deskewed{pixDeskewGeneral(pix.get(), 0, 12.0f, 0.0f, 0, 0, &angle, &skewConfidence)})
        pix = std::move(deskewed);
    if (!pix)
        return makeError(ErrorCode::Failure, CoreText::tr("Not enough memory to read the page."));

    const qint64 normaliseMs = timer.elapsed();
    // 2. Orientation. Most pages arrive upright: read them as they are first, and ask "osd" (~0.7 s on an A4 page)
    // only when that reading is poor. Turn the page when "osd" is sure; when it is unsure, keep whichever reading
    // has the higher mean confidence.
    Monitor monitor;
    monitor.callbacks = &progress;
    monitor.page = 1;
    const tesseract::PageSegMode mode = segmentationFor(kind);
    std::optional<PageText> best;
    PixPtr bestPix;
    QList<Line> bestLines;
    const auto readTurned = [&](int degrees) -> Result<void> {
        PixPtr turned(degrees == 0 ? pixClone(pix.get()) : pixRotateOrth(pix.get(), degrees / 90));
        QList<Line> lines;
        Result<PageText> read = d->read(turned.get(), mode, monitor, &lines);
        if (!read)
            return read.error();
        if (!best || read->meanConfidence > best->meanConfidence) {
            best = std::move(*read);
            best->rotation = degrees;
            bestPix = std::move(turned);
            bestLines = lines;
        }
        return {};
    };
    if (Result<void> upright = readTurned(0); !upright)
        return upright.error();
    const qint64 firstReadingMs = timer.elapsed() - normaliseMs;
    int orientation = 0;
    float orientationConfidence = 0;
    int readings = 1;
    if (best->meanConfidence < kGoodReading) {
        d->osd.SetImage(pix.get());
        d->osd.SetSourceResolution(kWorkingDpi);
        if (!d->osd.DetectOrientationScript(&orientation, &orientationConfidence, nullptr, nullptr))
            orientation = 0;
        const int turn = (360 - orientation) % 360; // clockwise degrees that make the text upright
        if (turn != 0) {
            if (orientationConfidence >= kConfidentOrientation)
                best.reset(); // sure: the turned reading replaces the upright one
            if (Result<void> turned = readTurned(turn); !turned)
                return turned.error();
            ++readings;
        }
    }

    // 3. An MRZ band is read again on its own, restricted to the MRZ alphabet.
    if (kind == DocumentKind::IdCard || kind == DocumentKind::Other) {
        QRect band;
        for (const Line& line : bestLines) {
            if (looksLikeMrz(line.text))
                band = band.united(line.box);
        }
        if (!band.isEmpty()) {
            const int pad = std::max(8, band.height() / 6);
            band = band.adjusted(-pad, -pad, pad, pad)
                       .intersected(QRect(0, 0, int(pixGetWidth(bestPix.get())), int(pixGetHeight(bestPix.get()))));
            best->mrzLines = d->readMrzBand(bestPix.get(), band);
            best->mrzBox = band;
            best->text = withMrzLines(best->text, best->mrzLines);
        }
    }
    best->image = imageFromPix(bestPix.get());
    best->millis = timer.elapsed();
    logging::get("ocr")->debug("page read in {} ms (normalise {} ms, first reading {} ms, {} reading(s)); rotation {}, "
                               "skew {:.1f}°, orientation confidence {:.1f}, text confidence {:.0f}",
                               best->millis, normaliseMs, firstReadingMs, readings, best->rotation, angle,
                               orientationConfidence, best->meanConfidence);
    return std::move(*best);
}

Result<QList<PageText>> Engine::recogniseAll(const QList<SourcePage>& pages, DocumentKind kind,
                                             const Progress& progress)
{
    QList<PageText> result;
    for (int index = 0; index < pages.size(); ++index) {
        // Layout analysis cannot be interrupted, so the cancel flag is also checked between pages.
        if (progress.cancel && progress.cancel->load())
            return makeError(ErrorCode::Cancelled, CoreText::tr("Reading the document was cancelled."));
        Progress pageProgress;
        pageProgress.cancel = progress.cancel;
        if (progress.report) {
            pageProgress.report = [&, index](int, int, int percent) {
                progress.report(index + 1, int(pages.size()), (index * 100 + percent) / int(pages.size()));
            };
        }
        Result<PageText> page = recognise(pages[index], kind, pageProgress);
        if (!page) {
            Error error = page.error();
            if (error.code != ErrorCode::Cancelled && pages.size() > 1)
                error.message = QStringLiteral("Page %1: %2").arg(index + 1).arg(error.message);
            return error;
        }
        result.append(std::move(*page));
        if (progress.report)
            progress.report(index + 1, int(pages.size()), (index + 1) * 100 / int(pages.size()));
    }
    return result;
}

QList<Field> Engine::extractFields(const QList<PageText>& pages, DocumentKind kind) const
{
    return proposeFields(pages, kind);
}

} // namespace outpost::ocr
