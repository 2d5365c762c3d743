#pragma once

#include "core/auth/Role.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace outpost::clinic {

/// What a scanned document is. ID and insurance cards are registration material (every role reads
/// them); referral letters, lab reports and anything else are clinical content (ReadClinical).
/// The names match outpost::ocr::kindName().
enum class DocumentKind { IdCard, InsuranceCard, ReferralLetter, LabReport, Other };

QString documentKindName(DocumentKind kind);
std::optional<DocumentKind> documentKindFromName(const QString& name);
/// True for ID and insurance cards: the kinds reception may read.
bool isRegistrationKind(DocumentKind kind);
/// The permission reading a document of @p kind needs (ViewPatientList or ReadClinical).
auth::Permission readPermission(DocumentKind kind);
/// The kinds @p role may read (an admin's break-glass adds the clinical kinds; see readableKinds()).
QList<DocumentKind> readableKinds(auth::Role role, bool breakGlass);

/// One recognised word on a page image: text, box in page-image pixels, confidence 0–100.
struct WordBox {
    QString text;
    QRect box;
    float confidence = 0;
};

/// How a page image is stored: PNG (lossless, for Grayscale8 text pages) or JPEG quality 85 (photographic
/// pages, where PNG would be several times larger). docs/data-model.md says why.
enum class ImageFormat { Png, Jpeg };
QString imageFormatName(ImageFormat format);

/// One page: the compressed image as stored and what OCR read from it.
struct DocumentPage {
    int index = 0; ///< 0-based
    ImageFormat imageFormat = ImageFormat::Png;
    QByteArray image; ///< encoded bytes; empty when only the text was loaded
    QSize size;       ///< pixels
    int dpi = 300;
    QString text;
    QList<WordBox> words;
    float meanConfidence = 0;
    bool fromTextLayer = false; ///< the text came from a PDF's text layer, not from OCR
};

/// Who added a document, when, and what it is (no page content).
struct DocumentInfo {
    QString id;
    QString patientId;
    DocumentKind kind = DocumentKind::Other;
    QString title; ///< the imported file's name, as the user chose it
    int pageCount = 0;
    QString addedBy;     ///< user id
    QString addedByName; ///< user name, for display
    qint64 addedAtMs = 0;
};

/// A document read back: its info and its pages (images only when asked for).
struct Document {
    DocumentInfo info;
    std::vector<DocumentPage> pages;
};

/// A document to store: the pages as recognised and encoded by the caller.
struct NewDocument {
    QString patientId;
    DocumentKind kind = DocumentKind::Other;
    QString title;
    std::vector<DocumentPage> pages;
};

/// One page of a patient's documents whose text matches a search.
struct DocumentHit {
    QString documentId;
    DocumentKind kind = DocumentKind::Other;
    QString title;
    int page = 0;
    QString snippet; ///< the matching line of the page text, shortened
};

/// Word boxes as stored: a compact JSON array of [text, x, y, width, height, confidence].
QByteArray encodeWordBoxes(const QList<WordBox>& words);
Result<QList<WordBox>> decodeWordBoxes(const QByteArray& bytes);

/// The folded words of a search typed by a user (TextFold::words), at most @p maxWords of them.
QStringList documentQueryWords(const QString& text, int maxWords = 8);
/// An FTS5 MATCH expression for @p words: every word as a quoted prefix term, all required.
/// Built only from folded letters and digits, so nothing typed reaches FTS5 syntax.
QString ftsExpression(const QStringList& words);
/// The boxes of @p words whose folded text starts with one of the query @p queryWords: the hits to
/// highlight on the page image.
QList<QRect> matchingBoxes(const QList<WordBox>& words, const QStringList& queryWords);
/// The line of @p text holding the first match of @p queryWords, at most @p maxLength characters.
QString snippetFor(const QString& text, const QStringList& queryWords, int maxLength = 120);

} // namespace outpost::clinic
