#include "core/auth/Role.h"

namespace outpost::auth {

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewPatientList:
    case Permission::EditDemographics:
    case Permission::ManageAppointments:
    case Permission::AttachDocuments:
        return true;
    case Permission::ReadClinical:
    case Permission::WriteClinical:
        return role == Role::Clinician;
    case Permission::MergePatients:
    case Permission::ManageUsers:
    case Permission::ReadAuditLog:
    case Permission::ManageBackups:
    case Permission::ManageSettings:
    case Permission::BreakGlass:
        return role == Role::Admin;
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Reception:
        return QStringLiteral("reception");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const Role role : {Role::Reception, Role::Clinician, Role::Admin}) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString permissionName(Permission permission)
{
    static const char* const names[] = {"view patient list", "edit demographics", "manage appointments",
                                        "attach documents",  "read clinical",     "write clinical",
                                        "merge patients",    "manage users",      "read audit log",
                                        "manage backups",    "manage settings",   "break glass"};
    return QString::fromLatin1(names[static_cast<int>(permission)]);
}

} // namespace outpost::auth
