#include "AppController.h"

#include "core/logging/Log.h"
#include "core/Version.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>

namespace outpost::ui {

namespace {
AppController* g_qmlInstance = nullptr;
}

AppController::AppController(QString dataDir, QString logDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_logDir(std::move(logDir)), m_state(m_dataDir)
{}

void AppController::setQmlInstance(AppController* controller)
{
    g_qmlInstance = controller;
}

AppController* AppController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(g_qmlInstance, "AppController::create", "main() must call setQmlInstance first");
    QJSEngine::setObjectOwnership(g_qmlInstance, QJSEngine::CppOwnership);
    return g_qmlInstance;
}

QString AppController::version() const
{
    return QString::fromLatin1(outpost::kVersion);
}

QString AppController::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

bool AppController::firstRun() const
{
    return !QFileInfo::exists(QDir(m_dataDir).filePath(QStringLiteral("outpost.db")));
}

void AppController::saveWindow(int x, int y, int width, int height, bool maximized)
{
    m_state.saveWindow(QRect(x, y, width, height), maximized);
}

bool AppController::openLogFolder() const
{
    QDir().mkpath(m_logDir);
    const bool opened = QDesktopServices::openUrl(QUrl::fromLocalFile(m_logDir));
    if (!opened)
        logging::get("ui")->warn("no file manager could open the log folder");
    return opened;
}

} // namespace outpost::ui
