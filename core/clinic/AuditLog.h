#pragma once

#include "core/clinic/Session.h"
#include "core/Result.h"

#include <QString>

#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// One row of the audit trail.
struct AuditEvent {
    qint64 seq = 0;
    qint64 atMs = 0;
    QString userId;
    QString userName;
    QString action; ///< "login", "login.failed", "patient.view", "patient.create", "merge", …
    QString patientId;
    QString detail; ///< short, never clinical content
};

/// Filters for the admin's audit query; empty fields match everything.
struct AuditFilter {
    QString userName;
    QString action; ///< exact, or a prefix ending in '.' ("patient.")
    QString patientId;
    qint64 fromMs = 0;
    qint64 toMs = 0; ///< 0: no upper bound
    int limit = 200;
    qint64 beforeSeq = 0; ///< paging: only rows older than this; 0 from the newest
};

/// Where verification found the chain broken.
struct AuditBreak {
    qint64 seq = 0;
    QString what; ///< a sentence: "Row 17 was changed.", "Row 18 was removed.", …
};

/// The append-only, hash-chained audit trail. Each row's hash covers the previous row's hash and
/// its own fields (BLAKE2b-256), so editing or removing a row breaks the chain at that row; the
/// newest seq and hash are also kept in settings so removing the last rows is detected too.
/// The database itself refuses UPDATE and DELETE on the table.
class AuditLog
{
public:
    /// Appends an event inside the caller's write transaction on @p writer. @p session may be null
    /// for events with no user (a failed login names the user in @p userName instead).
    static Result<void> append(storage::Connection& writer, const Clock& clock, const Session* session,
                               const QString& action, const QString& patientId = {}, const QString& detail = {},
                               const QString& userName = {});

    /// Checks the whole chain; an empty optional when it is intact.
    static Result<std::optional<AuditBreak>> verify(storage::Connection& reader);

    /// Every access to one patient's record, newest first ("who accessed this record").
    static Result<std::vector<AuditEvent>> forPatient(storage::Connection& reader, const QString& patientId);
    /// The admin's filtered view, newest first.
    static Result<std::vector<AuditEvent>> query(storage::Connection& reader, const AuditFilter& filter);
};

} // namespace outpost::clinic
