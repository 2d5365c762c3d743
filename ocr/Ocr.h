#pragma once

// outpost_ocr: the OCR pipeline (no UI). Page loading with limits, Tesseract recognition with progress and cancel,
// field extraction (MRZ first, then labelled fields). See docs/ocr.md.

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace outpost::ocr {

/// What a scanned document is; decides the page segmentation mode and which fields are looked for.
enum class DocumentKind { IdCard, InsuranceCard, ReferralLetter, LabReport, Other };

/// "id_card", "insurance_card", "referral_letter", "lab_report", "other".
QString kindName(DocumentKind kind);
/// The kind called @p name (see kindName); nullopt for anything else.
std::optional<DocumentKind> kindFromName(const QString& name);

/// Bounds on what one document may cost; exceeding one is an error, never a hang or a crash.
struct Limits {
    qint64 maxFileBytes = 200LL << 20;
    qint64 maxPixelsPerPage = 60'000'000; ///< checked from the header before decoding (decompression bombs)
    int maxPages = 200;
    int pageDeadlineMs = 20'000; ///< Tesseract stops recognising a page after this
};

/// Pages of an image or PDF file, decoded with limits; PDFs keep their text layer when a page has one.
struct SourcePage {
    QImage image;
    QString textLayer; ///< the PDF page's own text; empty for images and scanned PDFs
    int dpi = 300;
};

/// Decodes every page of the file at @p path (PNG, JPEG, TIFF incl. multi-page, BMP, PDF).
/// Bad input (truncated, empty, too large, encrypted, unsupported) gives an Error: Damaged for a file that cannot be
/// decoded, Invalid for one beyond the limits or of an unsupported kind, NotFound for a missing file.
Result<QList<SourcePage>> loadPages(const QString& path, const Limits& limits = {});
/// As above, from bytes; @p nameHint (a file name) helps to tell the format.
Result<QList<SourcePage>> loadPages(const QByteArray& bytes, const QString& nameHint, const Limits& limits = {});

/// One recognised word; @p box is in page-image pixels (of PageText::image).
struct Word {
    QString text;
    QRect box;
    float confidence = 0; ///< 0–100
};

/// The recognised text of one page.
struct PageText {
    QString text;
    QList<Word> words;
    float meanConfidence = 0; ///< 0–100
    int rotation = 0;         ///< degrees clockwise the page was turned to read it (0, 90, 180, 270)
    bool fromTextLayer = false;
    qint64 millis = 0;
    QImage image;         ///< the normalised page as stored, Grayscale8
    QStringList mrzLines; ///< an MRZ band read on its own (ID cards), empty when none was found
    QRect mrzBox;         ///< where that band is on @p image
};

/// A value proposed for prefill. Never filled without the user confirming it.
struct Field {
    QString name; ///< given_name, family_name, birth_date (YYYY-MM-DD), sex (female|male|other|unknown),
                  ///< document_number, nationality, expiry_date
    QString value;
    float confidence = 0; ///< 0–100
    int page = 0;
    QRect box;              ///< where on PageText::image it came from (for the crop shown to the user)
    bool validated = false; ///< e.g. MRZ check digits held
};

/// Progress and cancel for a recognition; both optional.
struct Progress {
    std::function<void(int page, int pageCount, int percent)> report;
    const std::atomic<bool>* cancel = nullptr;
};

/// As loadPages(path, limits), reporting each decoded page and stopping between pages when cancelled
/// (ErrorCode::Cancelled).
Result<QList<SourcePage>> loadPages(const QString& path, const Limits& limits, const Progress& progress);
Result<QList<SourcePage>> loadPages(const QByteArray& bytes, const QString& nameHint, const Limits& limits,
                                    const Progress& progress);

/// One per worker thread; initialises Tesseract once (eng + osd) and reuses it. Not thread-safe; create one per
/// thread.
class Engine
{
public:
    /// Loads eng and osd from @p tessdataDir (empty: Tesseract's default). Missing traineddata → an error naming the
    /// Debian package to install.
    static Result<std::unique_ptr<Engine>> create(const QString& tessdataDir = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    /// Uses @p limits.pageDeadlineMs for every later page (default: Limits{}).
    void setLimits(const Limits& limits);

    /// Normalises, orients and recognises one page (or takes its text layer). Cancelled → ErrorCode::Cancelled.
    Result<PageText> recognise(const SourcePage& page, DocumentKind kind, const Progress& progress = {});
    /// Every page in order; cancel is checked between pages and inside Tesseract → ErrorCode::Cancelled.
    Result<QList<PageText>> recogniseAll(const QList<SourcePage>& pages, DocumentKind kind,
                                         const Progress& progress = {});
    /// Fields proposed for prefill (MRZ first, then labelled fields); never fills anything itself.
    QList<Field> extractFields(const QList<PageText>& pages, DocumentKind kind) const;

private:
    struct Private;
    explicit Engine(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// ICAO 9303 MRZ (TD1, TD2, TD3) parsing with check digits.
struct Mrz {
    QString format;       ///< "TD1", "TD2" or "TD3"
    QString documentCode; ///< e.g. "P", "ID", "I"
    QString issuingState;
    QString documentNumber, nationality, familyName, givenNames, birthDate, sex, expiryDate; ///< dates YYYY-MM-DD
    bool checkDigitsValid = false; ///< every check digit, the composite one included, holds
    bool repaired = false;         ///< OCR confusions (O/0, I/1, …) were corrected so that the check digits hold
};

/// Parses 3×30, 2×36 or 2×44 MRZ lines (spaces ignored); nullopt when the lines have none of these shapes.
/// Confusable characters are repaired only where the check digits then hold.
std::optional<Mrz> parseMrz(const QStringList& lines);
/// As above; @p today decides the century of two-digit birth years.
std::optional<Mrz> parseMrz(const QStringList& lines, const QDate& today);

/// The ICAO 9303 check digit of @p field (weights 7, 3, 1; A=10…Z=35; '<'=0); -1 for a character outside the MRZ set.
int mrzCheckDigit(const QString& field);

} // namespace outpost::ocr
