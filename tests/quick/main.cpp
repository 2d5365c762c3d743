#include "AppController.h"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OutpostPlugin)

/// Gives every QML test the Outpost module and an AppController over a throw-away data folder.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (!m_controller) {
            m_controller = std::make_unique<outpost::ui::AppController>(
                m_dataDir.filePath(QStringLiteral("data")), m_dataDir.filePath(QStringLiteral("data/logs")));
            outpost::ui::AppController::setQmlInstance(m_controller.get());
        }
    }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<outpost::ui::AppController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(outpost, Setup)
#include "main.moc"
