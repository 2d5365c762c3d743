// loadPages: image and PDF files decoded into page images, with limits checked before anything large is decoded.
#include "ocr/Ocr.h"

#include "core/CoreText.h"
#include "core/logging/Log.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTimer>

#include <cmath>

namespace outpost::ocr {

namespace {

constexpr double kInchesPerMeter = 39.3701;
constexpr int kPdfScanDpi = 300;    // pages without a text layer are rendered for OCR
constexpr int kPdfDisplayDpi = 150; // pages with a text layer are rendered for display only

bool isPdf(const QByteArray& bytes)
{
    // The header may follow a little junk; readers accept it within the first KiB.
    return bytes.left(1024).contains("%PDF-");
}

/// The resolution stored in the image, or 300 when it is missing or a toolkit default (72/96 dpi).
int dpiOf(const QImage& image)
{
    const int dpi = static_cast<int>(std::lround(image.dotsPerMeterX() / kInchesPerMeter));
    if (dpi < 50 || dpi > 1200 || dpi == 72 || dpi == 96)
        return 300;
    return dpi;
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, CoreText::tr("Reading the document was cancelled."));
}

/// A JPEG ends with an EOI marker; decoders fill a cut-off file with grey instead of failing, so look for it.
bool jpegIsComplete(const QByteArray& bytes)
{
    const QByteArray tail = bytes.right(64);
    return tail.contains("\xFF\xD9");
}

Result<QList<SourcePage>> loadImages(const QByteArray& bytes, const Limits& limits, const Progress& progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // honour EXIF orientation of phone photos
    if (reader.format().isEmpty() || !reader.canRead()) {
        return makeError(ErrorCode::Invalid, CoreText::tr("This file is neither a supported image (PNG, JPEG, TIFF, "
                                                          "BMP, WebP) nor a PDF."));
    }
    if (reader.format() == "jpeg" && !jpegIsComplete(bytes))
        return makeError(ErrorCode::Damaged, CoreText::tr("The JPEG image is truncated."));
    const int count = std::max(1, reader.imageCount());
    if (count > limits.maxPages) {
        return makeError(
            ErrorCode::Invalid,
            CoreText::tr("The image has %1 pages; at most %2 can be read.").arg(count).arg(limits.maxPages));
    }
    QList<SourcePage> pages;
    for (int index = 0; index < count; ++index) {
        if (progress.cancel && progress.cancel->load())
            return cancelled();
        const QSize size = reader.size();
        if (size.isValid() && (size.isEmpty())) {
            return makeError(ErrorCode::Damaged,
                             CoreText::tr("Page %1 of the image is empty (0 pixels).").arg(index + 1));
        }
        // A decompression bomb declares a huge size in a tiny file: refuse it from the header alone.
        if (size.isValid() && qint64(size.width()) * size.height() > limits.maxPixelsPerPage) {
            return makeError(ErrorCode::Invalid,
                             CoreText::tr("Page %1 of the image is %2×%3 pixels; at most %4 megapixels can be read.")
                                 .arg(index + 1)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(limits.maxPixelsPerPage / 1'000'000));
        }
        QImage image;
        if (!reader.read(&image) || image.isNull()) {
            return makeError(ErrorCode::Damaged,
                             CoreText::tr("Page %1 of the image cannot be decoded: the file is truncated or damaged.")
                                 .arg(index + 1));
        }
        if (qint64(image.width()) * image.height() > limits.maxPixelsPerPage || image.width() == 0)
            return makeError(ErrorCode::Invalid, CoreText::tr("Page %1 of the image is too large.").arg(index + 1));
        pages.append(SourcePage{image, {}, dpiOf(image)});
        if (progress.report)
            progress.report(index + 1, count, (index + 1) * 100 / count);
        if (index + 1 < count && !reader.jumpToNextImage())
            break;
    }
    return pages;
}

Result<QList<SourcePage>> loadPdf(const QByteArray& bytes, const Limits& limits, const Progress& progress)
{
    // PDFium rebuilds a broken cross-reference table and would show half a document without a word: a PDF
    // that lost its end (%%EOF) is refused as truncated.
    if (!bytes.right(1024).contains("%%EOF"))
        return makeError(ErrorCode::Damaged, CoreText::tr("The PDF is truncated."));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() == QPdfDocument::Status::Loading) {
        // Random-access devices load at once; wait briefly in case a backend loads asynchronously.
        QEventLoop loop;
        QObject::connect(&document, &QPdfDocument::statusChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return makeError(ErrorCode::Invalid, CoreText::tr("The PDF is protected by a password; save an unprotected "
                                                          "copy and import that."));
    default:
        return makeError(ErrorCode::Damaged, CoreText::tr("The PDF cannot be read: it is truncated or damaged."));
    }
    const int count = document.pageCount();
    if (document.status() != QPdfDocument::Status::Ready || count <= 0)
        return makeError(ErrorCode::Damaged, CoreText::tr("The PDF cannot be read: it has no pages."));
    if (count > limits.maxPages) {
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("The PDF has %1 pages; at most %2 can be read.").arg(count).arg(limits.maxPages));
    }
    QList<SourcePage> pages;
    for (int index = 0; index < count; ++index) {
        if (progress.cancel && progress.cancel->load())
            return cancelled();
        const QString textLayer = document.getAllText(index).text().trimmed();
        const int dpi = textLayer.isEmpty() ? kPdfScanDpi : kPdfDisplayDpi;
        const QSizeF points = document.pagePointSize(index);
        const QSize pixels(static_cast<int>(std::lround(points.width() / 72.0 * dpi)),
                           static_cast<int>(std::lround(points.height() / 72.0 * dpi)));
        if (pixels.isEmpty())
            return makeError(ErrorCode::Damaged, CoreText::tr("Page %1 of the PDF is empty.").arg(index + 1));
        if (qint64(pixels.width()) * pixels.height() > limits.maxPixelsPerPage) {
            return makeError(ErrorCode::Invalid,
                             CoreText::tr("Page %1 of the PDF is too large to render.").arg(index + 1));
        }
        QImage image = document.render(index, pixels);
        if (image.isNull())
            return makeError(ErrorCode::Damaged, CoreText::tr("Page %1 of the PDF cannot be rendered.").arg(index + 1));
        // Rendered pages have a transparent background: flatten onto white, keep 8 bits per pixel.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        {
            QImage source = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < flat.height(); ++y) {
                auto* out = reinterpret_cast<QRgb*>(flat.scanLine(y));
                const auto* in = reinterpret_cast<const QRgb*>(source.constScanLine(y));
                for (int x = 0; x < flat.width(); ++x) {
                    const int alpha = qAlpha(in[x]);
                    const int white = 255 - alpha;
                    out[x] = qRgb(qRed(in[x]) + white, qGreen(in[x]) + white, qBlue(in[x]) + white);
                }
            }
        }
        QImage gray = flat.convertToFormat(QImage::Format_Grayscale8);
        gray.setDotsPerMeterX(static_cast<int>(std::lround(dpi * kInchesPerMeter)));
        gray.setDotsPerMeterY(gray.dotsPerMeterX());
        pages.append(SourcePage{gray, textLayer, dpi});
        if (progress.report)
            progress.report(index + 1, count, (index + 1) * 100 / count);
    }
    return pages;
}

} // namespace

Result<QList<SourcePage>> loadPages(const QString& path, const Limits& limits)
{
    return loadPages(path, limits, Progress{});
}

Result<QList<SourcePage>> loadPages(const QString& path, const Limits& limits, const Progress& progress)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, CoreText::tr("The file \"%1\" does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PermissionDenied, CoreText::tr("The file \"%1\" cannot be opened.").arg(path));
    if (file.size() > limits.maxFileBytes) {
        return makeError(ErrorCode::Invalid, CoreText::tr("The file is %1 MB; at most %2 MB can be read.")
                                                 .arg(file.size() >> 20)
                                                 .arg(limits.maxFileBytes >> 20));
    }
    const QByteArray bytes = file.readAll();
    return loadPages(bytes, QFileInfo(path).fileName(), limits, progress);
}

Result<QList<SourcePage>> loadPages(const QByteArray& bytes, const QString& nameHint, const Limits& limits)
{
    return loadPages(bytes, nameHint, limits, Progress{});
}

Result<QList<SourcePage>> loadPages(const QByteArray& bytes, const QString& nameHint, const Limits& limits,
                                    const Progress& progress)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Damaged, CoreText::tr("The file is empty."));
    if (bytes.size() > limits.maxFileBytes) {
        return makeError(ErrorCode::Invalid, CoreText::tr("The file is %1 MB; at most %2 MB can be read.")
                                                 .arg(bytes.size() >> 20)
                                                 .arg(limits.maxFileBytes >> 20));
    }
    const bool pdf = isPdf(bytes);
    logging::get("ocr")->debug("loading a {} of {} bytes", pdf ? "PDF" : "image", bytes.size());
    if (pdf)
        return loadPdf(bytes, limits, progress);
    if (nameHint.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return makeError(ErrorCode::Damaged, CoreText::tr("The PDF cannot be read: it has no PDF header."));
    return loadImages(bytes, limits, progress);
}

} // namespace outpost::ocr
