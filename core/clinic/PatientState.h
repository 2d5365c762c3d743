#pragma once

#include "core/Result.h"

#include <QString>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// Whether a patient record exists and is still its own record, or was merged into another.
struct PatientState {
    QString mergedInto; ///< the surviving record's id; empty while the record stands on its own
};

/// The patient's state, or NotFound "No patient has this id."
Result<PatientState> patientState(storage::Connection& connection, const QString& patientId);

/// Succeeds for an existing record that was not merged away; a merged record is Invalid, because
/// new data must go to the surviving record.
Result<void> requireActivePatient(storage::Connection& connection, const QString& patientId);

} // namespace outpost::clinic
