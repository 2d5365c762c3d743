#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>

namespace outpost::ui {

/// Asks screen readers to speak a message now, for toasts and other transient feedback. Qt 6.4 QML has no
/// Accessible.announce() (it came in 6.8), so this raises an accessibility Alert event for the item showing
/// the message (its Accessible.name holds it), which AT-SPI, UIA and NSAccessibility bridges announce.
class Announcer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Announcer(QObject* parent = nullptr);

    /// Announces @p message, shown by @p source. Emits announced() whether or not assistive technology is
    /// running; the accessibility event goes out only while it is.
    Q_INVOKABLE void announce(QQuickItem* source, const QString& message);

Q_SIGNALS:
    void announced(const QString& message);
};

} // namespace outpost::ui
