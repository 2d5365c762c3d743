#pragma once

#include "core/clinic/Session.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// An identifier row's key within its patient.
struct IdentifierKey {
    QString kind;
    QString normalised;
    bool operator==(const IdentifierKey&) const = default;
};

/// A contact row as it was moved. Editing a patient rewrites its contact rows under new ids, so undo
/// finds a contact by id or else by these values.
struct MovedContact {
    qint64 id = 0;
    QString name;
    QString relationship;
    QString phone;
    bool operator==(const MovedContact&) const = default;
};

/// Exactly which rows a merge re-homed from the merged record to the survivor (merges.moved).
struct MovedRows {
    std::vector<IdentifierKey> identifiers; ///< those the survivor did not already carry
    std::vector<MovedContact> contacts;
    QStringList appointments;
    QStringList encounters;
    QStringList entries; ///< clinical_entries, every version
    QStringList documents;

    QJsonObject toJson() const;
    static MovedRows fromJson(const QJsonObject& json);
    bool operator==(const MovedRows&) const = default;
};

/// One row of merges.
struct MergeRecord {
    QString id;
    QString survivorId;
    QString mergedId;
    QString reason;
    QString mergedBy;
    qint64 mergedAtMs = 0;
    QString undoneBy; ///< empty while the merge stands
    qint64 undoneAtMs = 0;
    QString undoReason;
    MovedRows moved;
};

/// Admin merge of duplicate patient records, and its undo. A merge re-homes the merged record's
/// identifiers, contacts, appointments, encounters and clinical entries to the survivor and marks the
/// merged record merged_into the survivor (search leaves such records out); the merges row lists
/// exactly what moved, so undo moves exactly that back. Both are single write transactions, audited
/// for both patients.
class MergeService
{
public:
    explicit MergeService(ClinicContext& context) : m_context(context) {}

    /// Needs MergePatients and a reason; neither record may already be merged. Returns the merge id.
    Result<QString> merge(const Session& session, const QString& survivorId, const QString& mergedId,
                          const QString& reason);
    /// Needs MergePatients and a reason. Moves every recorded row back and clears merged_into. Identifiers
    /// and contacts removed from the survivor since (demographics are editable) stay removed, and the undo's
    /// audit detail counts them. Refused when the survivor was merged again since (undo that first), when a
    /// moved appointment, encounter or entry is no longer on the survivor, or when entries added since hang
    /// off moved ones (an amendment of a moved entry, an entry in a moved encounter): moving only part of
    /// them back would split a record.
    Result<void> undo(const Session& session, const QString& mergeId, const QString& reason);

    /// Merges in which @p patientId was the survivor or the merged record, newest first (ViewPatientList).
    Result<std::vector<MergeRecord>> mergesOf(const Session& session, const QString& patientId);

private:
    ClinicContext& m_context;
};

} // namespace outpost::clinic
