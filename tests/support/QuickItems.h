#pragma once

#include <QQuickItem>

namespace outpost::testing {

/// The visible item named @p name anywhere under @p root: QObject children (popups, loaders) and
/// visual children alike.
inline QQuickItem* findVisibleItem(QObject* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (auto* item = qobject_cast<QQuickItem*>(root); item && item->objectName() == name && item->isVisible())
        return item;
    const auto children = root->children();
    for (QObject* child : children)
        if (QQuickItem* found = findVisibleItem(child, name))
            return found;
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        const auto visual = item->childItems();
        for (QQuickItem* child : visual)
            if (!children.contains(child))
                if (QQuickItem* found = findVisibleItem(child, name))
                    return found;
    }
    return nullptr;
}

} // namespace outpost::testing
