#include "UsersModel.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"

namespace outpost::ui {

UsersModel::UsersModel(QObject* parent) : QAbstractListModel(parent) {}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clinic::UserRecord& user = m_users.at(static_cast<size_t>(index.row()));
    switch (role) {
    case UserIdRole:
        return user.id;
    case Qt::DisplayRole:
    case NameRole:
        return user.name;
    case DisplayNameRole:
        return user.displayName;
    case RoleRole:
        return auth::roleName(user.role);
    case DisabledRole:
        return user.disabled;
    default:
        return {};
    }
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    return {{UserIdRole, "userId"},
            {NameRole, "name"},
            {DisplayNameRole, "displayName"},
            {RoleRole, "role"},
            {DisabledRole, "disabled"}};
}

void UsersModel::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
    refresh();
}

QStringList UsersModel::roles() const
{
    return {QStringLiteral("reception"), QStringLiteral("clinician"), QStringLiteral("admin")};
}

QString UsersModel::roleLabel(const QString& role) const
{
    if (role == QStringLiteral("reception"))
        return tr("Reception");
    if (role == QStringLiteral("clinician"))
        return tr("Clinician");
    if (role == QStringLiteral("admin"))
        return tr("Administrator");
    return role;
}

void UsersModel::setUsers(std::vector<clinic::UserRecord> users)
{
    const bool countChanges = users.size() != m_users.size();
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void UsersModel::setErrorMessage(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void UsersModel::beginBusy()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void UsersModel::endBusy()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

void UsersModel::refresh()
{
    if (!m_clinic)
        return;
    beginBusy();
    m_clinic->post<std::vector<clinic::UserRecord>>(
        this, [](clinic::Clinic& clinic) { return clinic.users().list(clinic.session()); },
        [this](const Result<std::vector<clinic::UserRecord>>& result) {
            endBusy();
            if (!result) {
                setErrorMessage(result.error().message);
                return;
            }
            setErrorMessage({});
            setUsers(*result);
        });
}

void UsersModel::run(std::function<Result<void>(clinic::Clinic&)> work, const QString& doneMessage)
{
    if (!m_clinic)
        return;
    beginBusy();
    m_clinic->post<void>(this, std::move(work), [this, doneMessage](const Result<void>& result) {
        endBusy();
        if (!result) {
            setErrorMessage(result.error().message);
            Q_EMIT failed(result.error().message);
            return;
        }
        setErrorMessage({});
        Q_EMIT done(doneMessage);
        refresh();
    });
}

void UsersModel::createUser(const QString& name, const QString& displayName, const QString& role,
                            const QString& password)
{
    const auto parsed = auth::roleFromName(role);
    if (!parsed) {
        setErrorMessage(tr("Choose a role."));
        Q_EMIT failed(m_errorMessage);
        return;
    }
    run(
        [=, role = *parsed](clinic::Clinic& clinic) -> Result<void> {
            auto created = clinic.users().createUser(
                clinic.session(), name.trimmed(),
                displayName.trimmed().isEmpty() ? name.trimmed() : displayName.trimmed(), role, password);
            if (!created)
                return created.error();
            return {};
        },
        tr("User %1 was created.").arg(name.trimmed()));
}

void UsersModel::disableUser(const QString& name)
{
    run([name](clinic::Clinic& clinic) { return clinic.users().disableUser(clinic.session(), name); },
        tr("User %1 was disabled.").arg(name));
}

void UsersModel::enableUser(const QString& name, const QString& newPassword)
{
    run([=](clinic::Clinic& clinic) { return clinic.users().enableUser(clinic.session(), name, newPassword); },
        tr("User %1 was enabled with the new password.").arg(name));
}

void UsersModel::changeRole(const QString& name, const QString& role)
{
    const auto parsed = auth::roleFromName(role);
    if (!parsed)
        return;
    run([name,
         role = *parsed](clinic::Clinic& clinic) { return clinic.users().changeRole(clinic.session(), name, role); },
        tr("%1 is now: %2.").arg(name, roleLabel(role)));
}

void UsersModel::resetPassword(const QString& name, const QString& newPassword)
{
    run([=](clinic::Clinic& clinic) { return clinic.users().resetPassword(clinic.session(), name, newPassword); },
        tr("The password of %1 was reset.").arg(name));
}

} // namespace outpost::ui
