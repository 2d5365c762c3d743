#pragma once

#include "core/domain/Patient.h"
#include "core/Result.h"

#include <optional>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// Reads and writes patient rows (with identifiers and contacts) — no rules, no audit; the
/// services around it decide who may do what.
class PatientRecords
{
public:
    /// Inserts @p patient (id already set); returns its row number for the search index.
    static Result<qint64> insert(storage::Connection& writer, const domain::Patient& patient, const QString& byUserId);
    /// Replaces the demographics, identifiers and contacts of an existing patient; returns its row number.
    static Result<qint64> update(storage::Connection& writer, const domain::Patient& patient, const QString& byUserId);
    /// The patient with @p id, or nothing.
    static Result<std::optional<domain::Patient>> load(storage::Connection& reader, const QString& id);
    /// The row number of patient @p id, or 0.
    static Result<qint64> numberOf(storage::Connection& connection, const QString& id);

    /// The last nine digits of a phone number: the key under which phones are matched.
    static QString phoneKey(const QString& phone);
};

} // namespace outpost::clinic
