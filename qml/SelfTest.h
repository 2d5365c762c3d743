#pragma once

#include <QStringList>

class QQmlEngine;

namespace outpost::ui {

/// Compiles and instantiates every QML file of the Outpost module in @p engine.
/// Returns the errors found, one line each; empty when every file loaded.
QStringList loadEveryQmlFile(QQmlEngine& engine);

} // namespace outpost::ui
