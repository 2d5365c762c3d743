#pragma once

#include <QImage>

#include <memory>

struct Pix;

namespace outpost::ocr {

/// Owns a Leptonica Pix and destroys it with pixDestroy.
struct PixDeleter {
    void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

/// An 8 bpp Pix of @p image (any format; transparency is flattened onto white).
PixPtr pixFromImage(const QImage& image);
/// A Grayscale8 copy of @p pix (any depth).
QImage imageFromPix(Pix* pix);

} // namespace outpost::ocr
