#pragma once

// The OCR accuracy test set: ID cards (TD1), passports (TD3), insurance cards, referral letters and lab reports
// rendered with QPainter from a fixed seed, with known text and fields, plus degraded copies.
// Needs a QGuiApplication (fonts); the fonts are DejaVu (fonts-dejavu-core).

#include "ocr/Ocr.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <random>

namespace outpost::ocr::testset {

/// One rendered document with what it says.
struct Sample {
    QString id; ///< e.g. "passport-03"
    DocumentKind kind = DocumentKind::Other;
    QImage image; ///< Grayscale8, 300 dpi unless degraded
    int dpi = 300;
    QString text;                   ///< every printed word, in reading order
    QHash<QString, QString> fields; ///< given_name, family_name, birth_date, document_number (, sex, nationality)
};

/// The clean set: @p cards ID cards and passports (half each), @p cards / 2 insurance cards, @p letters referral
/// letters and @p letters lab reports. Same seed, same images.
QList<Sample> cleanSet(quint64 seed, int cards, int letters);

/// One ID card or passport (@p passport) from @p random.
Sample identityDocument(std::mt19937_64& random, bool passport, int index);
/// One A4 referral letter at 300 dpi (the benchmark's page).
Sample referralLetter(std::mt19937_64& random, int index);

enum class Degradation { Noise, Blur, Rotation, Jpeg30, LowResolution150 };
QString degradationName(Degradation degradation);
inline constexpr Degradation kDegradations[] = {Degradation::Noise, Degradation::Blur, Degradation::Rotation,
                                                Degradation::Jpeg30, Degradation::LowResolution150};
/// A degraded copy of @p sample (noise σ≈28, Gaussian blur, rotation 4–10°, JPEG quality 30, or 150 dpi).
Sample degrade(const Sample& sample, Degradation degradation, std::mt19937_64& random);

/// Whitespace runs folded to one space, trimmed, NFC.
QString foldForComparison(const QString& text);
/// Levenshtein distance / length of the truth, after foldForComparison of both.
double characterErrorRate(const QString& truth, const QString& recognised);
/// Edit distance (counts for a pooled CER).
qsizetype editDistance(const QString& a, const QString& b);

/// PNG bytes of @p image with its resolution recorded.
QByteArray encodePng(const QImage& image, int dpi);

} // namespace outpost::ocr::testset
