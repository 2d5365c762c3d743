#pragma once

#include "ClinicController.h"

#include "core/clinic/UserDirectory.h"
#include "core/Result.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include <functional>
#include <vector>

namespace outpost::clinic {
class Clinic;
}

namespace outpost::ui {

/// The clinic's users for AdminUsersPage, with the admin's actions on them: create (role and
/// password), disable, enable with a new password, change role, reset password. Each action runs
/// on the clinic thread; the list reloads after it, and done()/failed() carry a sentence for a toast.
class UsersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Roles { UserIdRole = Qt::UserRole + 1, NameRole, DisplayNameRole, RoleRole, DisabledRole };

    explicit UsersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    bool busy() const { return m_busy > 0; }
    QString errorMessage() const { return m_errorMessage; }

    /// The role names the core knows, in the order the page offers them.
    Q_INVOKABLE QStringList roles() const;
    /// A role's name as the user reads it.
    Q_INVOKABLE QString roleLabel(const QString& role) const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void createUser(const QString& name, const QString& displayName, const QString& role,
                                const QString& password);
    Q_INVOKABLE void disableUser(const QString& name);
    Q_INVOKABLE void enableUser(const QString& name, const QString& newPassword);
    Q_INVOKABLE void changeRole(const QString& name, const QString& role);
    Q_INVOKABLE void resetPassword(const QString& name, const QString& newPassword);

    void setUsers(std::vector<clinic::UserRecord> users);

Q_SIGNALS:
    void clinicChanged();
    void countChanged();
    void busyChanged();
    void errorMessageChanged();
    void done(const QString& message);
    void failed(const QString& message);

private:
    void run(std::function<Result<void>(clinic::Clinic&)> work, const QString& doneMessage);
    void setErrorMessage(const QString& message);
    void beginBusy();
    void endBusy();

    QPointer<ClinicController> m_clinic;
    std::vector<clinic::UserRecord> m_users;
    int m_busy = 0;
    QString m_errorMessage;
};

} // namespace outpost::ui
