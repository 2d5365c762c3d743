#include "core/clinic/PatientState.h"

#include "core/CoreText.h"
#include "core/storage/Connection.h"

namespace outpost::clinic {

Result<PatientState> patientState(storage::Connection& connection, const QString& patientId)
{
    auto row =
        connection.queryRow(QStringLiteral("SELECT coalesce(merged_into, '') FROM patients WHERE id = ?"), {patientId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, CoreText::tr("No patient has this id."));
    return PatientState{(*row)->at(0).toString()};
}

Result<void> requireActivePatient(storage::Connection& connection, const QString& patientId)
{
    auto state = patientState(connection, patientId);
    if (!state)
        return state.error();
    if (!state->mergedInto.isEmpty())
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("This record was merged into another record; use the surviving record."));
    return {};
}

} // namespace outpost::clinic
