// Conversions between QImage and Leptonica's Pix. Leptonica packs pixels into 32-bit words most significant byte
// first, so rows are copied through its byte accessors rather than with memcpy.
#include "ocr/PixImage.h"

#include <QPainter>

#include <leptonica/allheaders.h>

namespace outpost::ocr {

void PixDeleter::operator()(Pix* pix) const
{
    pixDestroy(&pix);
}

PixPtr pixFromImage(const QImage& image)
{
    QImage gray;
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        gray = flat.convertToFormat(QImage::Format_Grayscale8);
    } else {
        gray = image.convertToFormat(QImage::Format_Grayscale8);
    }
    PixPtr pix(pixCreate(gray.width(), gray.height(), 8));
    if (!pix)
        return pix;
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* in = gray.constScanLine(y);
        l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
        for (int x = 0; x < gray.width(); ++x)
            SET_DATA_BYTE(line, x, in[x]);
    }
    pixSetResolution(pix.get(), 300, 300);
    return pix;
}

QImage imageFromPix(Pix* source)
{
    PixPtr pix(pixConvertTo8(source, 0));
    if (!pix)
        return {};
    const int width = static_cast<int>(pixGetWidth(pix.get()));
    const int height = static_cast<int>(pixGetHeight(pix.get()));
    QImage image(width, height, QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < height; ++y) {
        uchar* out = image.scanLine(y);
        const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
        for (int x = 0; x < width; ++x)
            out[x] = static_cast<uchar>(GET_DATA_BYTE(line, x));
    }
    return image;
}

} // namespace outpost::ocr
