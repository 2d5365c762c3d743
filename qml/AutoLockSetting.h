#pragma once

#include "ClinicController.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace outpost::ui {

/// Saves the clinic's auto-lock minutes (AuthService::setAutoLockMinutes, admins only) on the
/// clinic thread for SettingsPage.
class AutoLockSetting : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic MEMBER m_clinic NOTIFY clinicChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    using QObject::QObject;

    bool busy() const { return m_busy; }
    Q_INVOKABLE void save(int minutes);

Q_SIGNALS:
    void clinicChanged();
    void busyChanged();
    void saved(int minutes);
    void failed(const QString& message);

private:
    QPointer<ClinicController> m_clinic;
    bool m_busy = false;
};

} // namespace outpost::ui
