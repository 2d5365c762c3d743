#pragma once

#include "core/storage/Migrations.h"

#include <vector>

namespace outpost::clinic {

/// The clinic database's schema steps, oldest first. docs/data-model.md draws them.
/// Conventions: ids are UUIDv7 text; times are UTC milliseconds since the epoch (INTEGER);
/// dates are ISO text (YYYY-MM-DD); every table a patient's data lives in has patient_id;
/// clinical_entries and audit_log refuse UPDATE and DELETE (append-only, enforced by triggers).
std::vector<storage::Migration> clinicMigrations();

} // namespace outpost::clinic
