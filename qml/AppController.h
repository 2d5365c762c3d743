#pragma once

#include "UiState.h"

#include <QObject>
#include <QQmlEngine>
#include <QRect>
#include <QUrl>

namespace outpost::ui {

/// Application-wide facts and actions for QML: version, folders, window state.
/// Built by main() and handed to QML as the AppController singleton.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString logDir READ logDir CONSTANT)
    Q_PROPERTY(bool firstRun READ firstRun CONSTANT)
    Q_PROPERTY(QRect savedGeometry READ savedGeometry CONSTANT)
    Q_PROPERTY(bool savedMaximized READ savedMaximized CONSTANT)

public:
    AppController(QString dataDir, QString logDir, QObject* parent = nullptr);

    /// The instance QML gets; main() sets it before the engine loads anything.
    static void setQmlInstance(AppController* controller);
    static AppController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    QString version() const;
    QString qtVersion() const;
    QString dataDir() const { return m_dataDir; }
    QString logDir() const { return m_logDir; }
    /// True until this data folder holds a clinic database.
    bool firstRun() const;
    QRect savedGeometry() const { return m_state.windowGeometry(); }
    bool savedMaximized() const { return m_state.windowMaximized(); }

    Q_INVOKABLE void saveWindow(int x, int y, int width, int height, bool maximized);
    /// Opens the log folder in the system file manager; false when none could be opened.
    Q_INVOKABLE bool openLogFolder() const;

private:
    QString m_dataDir;
    QString m_logDir;
    UiState m_state;
};

} // namespace outpost::ui
