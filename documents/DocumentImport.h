#pragma once

#include "core/clinic/Document.h"
#include "core/Result.h"
#include "ocr/Ocr.h"

#include <QImage>

namespace outpost::documents {

/// The pipeline's kind for a clinic document kind (they share names).
ocr::DocumentKind toOcrKind(clinic::DocumentKind kind);

/// The stored form of a recognised page: the normalised Grayscale8 image compressed as PNG, or as
/// JPEG quality 85 when PNG would be more than twice as large (photographs, noisy scans); the
/// text, word boxes and confidence as read.
clinic::DocumentPage encodePage(const ocr::PageText& page, int index, int dpi);

/// What reading a file gave: the pages as the pipeline returned them and as they will be stored.
struct Recognised {
    QList<ocr::PageText> pages;
    clinic::NewDocument document; ///< patientId left empty: the caller sets it
    qint64 millis = 0;
};

/// Loads @p path with the pipeline's limits, recognises every page with @p engine (progress and
/// cancel through @p progress; Cancelled when cancelled) and encodes the pages for storage.
/// Nothing is stored: the caller hands Recognised::document to DocumentService::add.
Result<Recognised> recogniseFile(ocr::Engine& engine, const QString& path, clinic::DocumentKind kind,
                                 const ocr::Progress& progress = {}, const ocr::Limits& limits = {});

/// The part of @p page's image around @p box (with a margin), for showing where a field came from.
QImage cropAround(const QImage& page, const QRect& box, int margin = 12);

} // namespace outpost::documents
