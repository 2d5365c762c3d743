#pragma once

#include <QRect>
#include <QString>

namespace outpost::ui {

/// Remembers how the window was left (geometry, maximised) in <data folder>/ui-state.ini.
/// Holds no patient data.
class UiState
{
public:
    explicit UiState(QString dataDir);

    QRect windowGeometry() const;
    bool windowMaximized() const;
    void saveWindow(const QRect& geometry, bool maximized);

    QString filePath() const;

private:
    QString m_dataDir;
};

} // namespace outpost::ui
