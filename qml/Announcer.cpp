#include "Announcer.h"

#include <QAccessible>

namespace outpost::ui {

Announcer::Announcer(QObject* parent) : QObject(parent) {}

void Announcer::announce(QQuickItem* source, const QString& message)
{
    if (message.isEmpty())
        return;
    if (source && QAccessible::isActive()) {
        QAccessibleEvent event(source, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT announced(message);
}

} // namespace outpost::ui
