#pragma once

#include <QString>

#include <optional>

namespace outpost::auth {

/// What a user is at the clinic. Enforced in core services, whatever the UI shows.
enum class Role { Reception, Clinician, Admin };

/// Everything a service checks before it acts.
enum class Permission {
    ViewPatientList,    ///< search, demographics, appointments
    EditDemographics,   ///< register and edit patients, identifiers, contacts
    ManageAppointments, ///< book, check in, change queue status
    AttachDocuments,
    ReadClinical, ///< notes, vitals, allergies, problems, medications
    WriteClinical,
    MergePatients,
    ManageUsers,
    ReadAuditLog,
    ManageBackups,
    ManageSettings,
    BreakGlass, ///< admin's audited, time-limited access to clinical content
};

/// The role matrix of product.md ("Roles"): reception < clinician; admin manages but reads
/// clinical content only through break-glass.
bool allows(Role role, Permission permission);

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QString permissionName(Permission permission);

inline constexpr Permission kAllPermissions[] = {
    Permission::ViewPatientList, Permission::EditDemographics, Permission::ManageAppointments,
    Permission::AttachDocuments, Permission::ReadClinical,     Permission::WriteClinical,
    Permission::MergePatients,   Permission::ManageUsers,      Permission::ReadAuditLog,
    Permission::ManageBackups,   Permission::ManageSettings,   Permission::BreakGlass,
};

} // namespace outpost::auth
