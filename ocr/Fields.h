#pragma once

#include "ocr/Ocr.h"

namespace outpost::ocr {

/// The fields of Engine::extractFields: at most one per name, MRZ values first, labelled values where no MRZ
/// value holds, and a labelled name confirmed by the MRZ preferred (it keeps case and diacritics).
QList<Field> proposeFields(const QList<PageText>& pages, DocumentKind kind);

/// A date as printed on documents (31.12.1980, 31/12/1980, 1980-12-31, 31 DEC 1980, …) as YYYY-MM-DD; empty when
/// it does not parse to a real date.
QString parseDocumentDate(const QString& text);

/// @p name as an MRZ would spell it: upper case A–Z only, ICAO transliterations (Ä→AE, ß→SS), spaces kept.
QString mrzSpelling(const QString& name);

} // namespace outpost::ocr
