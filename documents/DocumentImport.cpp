#include "documents/DocumentImport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>

namespace outpost::documents {

namespace {

QByteArray encoded(const QImage& image, const char* format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        return {};
    return bytes;
}

} // namespace

ocr::DocumentKind toOcrKind(clinic::DocumentKind kind)
{
    return ocr::kindFromName(clinic::documentKindName(kind)).value_or(ocr::DocumentKind::Other);
}

clinic::DocumentPage encodePage(const ocr::PageText& page, int index, int dpi)
{
    clinic::DocumentPage stored;
    stored.index = index;
    const QImage image = page.image.format() == QImage::Format_Grayscale8
                             ? page.image
                             : page.image.convertToFormat(QImage::Format_Grayscale8);
    stored.size = image.size();
    stored.dpi = dpi;
    // PNG keeps text sharp and is small for clean scans; a photo or a noisy scan compresses several
    // times better as JPEG at quality 85, where the loss does not hurt reading.
    const QByteArray png = encoded(image, "PNG", -1);
    const QByteArray jpeg = encoded(image, "JPEG", 85);
    if (!jpeg.isEmpty() && (png.isEmpty() || png.size() > 2 * jpeg.size())) {
        stored.imageFormat = clinic::ImageFormat::Jpeg;
        stored.image = jpeg;
    } else {
        stored.imageFormat = clinic::ImageFormat::Png;
        stored.image = png;
    }
    stored.text = page.text;
    stored.words.reserve(page.words.size());
    for (const ocr::Word& word : page.words)
        stored.words.append({word.text, word.box, word.confidence});
    stored.meanConfidence = page.meanConfidence;
    stored.fromTextLayer = page.fromTextLayer;
    return stored;
}

Result<Recognised> recogniseFile(ocr::Engine& engine, const QString& path, clinic::DocumentKind kind,
                                 const ocr::Progress& progress, const ocr::Limits& limits)
{
    QElapsedTimer timer;
    timer.start();
    auto sources = ocr::loadPages(path, limits);
    if (!sources)
        return sources.error();
    if (progress.cancel && progress.cancel->load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("Cancelled."));
    auto pages = engine.recogniseAll(*sources, toOcrKind(kind), progress);
    if (!pages)
        return pages.error();
    Recognised result;
    result.document.kind = kind;
    result.document.title = QFileInfo(path).fileName();
    for (qsizetype i = 0; i < pages->size(); ++i) {
        if (progress.cancel && progress.cancel->load())
            return makeError(ErrorCode::Cancelled, QStringLiteral("Cancelled."));
        // The stored image is the normalised page; its resolution is what the pipeline scaled to.
        const int dpi = pages->at(i).fromTextLayer ? sources->at(i).dpi : 300;
        result.document.pages.push_back(encodePage(pages->at(i), static_cast<int>(i), dpi));
    }
    result.pages = std::move(*pages);
    result.millis = timer.elapsed();
    return result;
}

QImage cropAround(const QImage& page, const QRect& box, int margin)
{
    if (page.isNull() || box.isEmpty())
        return {};
    const QRect area = box.adjusted(-margin, -margin, margin, margin).intersected(page.rect());
    return area.isEmpty() ? QImage() : page.copy(area);
}

} // namespace outpost::documents
