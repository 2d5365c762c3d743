#pragma once

#include <QRect>
#include <QString>

namespace outpost::ui {

/// Remembers how the window was left (geometry, maximised) and the user's display choices
/// (language, theme, text size) in <data folder>/ui-state.ini. Holds no patient data.
class UiState
{
public:
    explicit UiState(QString dataDir);

    QRect windowGeometry() const;
    bool windowMaximized() const;
    void saveWindow(const QRect& geometry, bool maximized);

    /// The chosen language code ("fr"), or empty when none was chosen.
    QString language() const;
    void saveLanguage(const QString& code);
    /// The chosen theme variant, or empty to follow the system.
    QString themeVariant() const;
    void saveThemeVariant(const QString& variant);
    /// The text scale, 1.0–2.0 (1.0 when unset or out of range).
    double textScale() const;
    void saveTextScale(double scale);

    QString filePath() const;

private:
    QString m_dataDir;
};

} // namespace outpost::ui
