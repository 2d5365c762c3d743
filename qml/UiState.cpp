#include "UiState.h"

#include <QDir>
#include <QSettings>

namespace outpost::ui {

UiState::UiState(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString UiState::filePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("ui-state.ini"));
}

QRect UiState::windowGeometry() const
{
    const QSettings state(filePath(), QSettings::IniFormat);
    const QRect geometry = state.value(QStringLiteral("window/geometry")).toRect();
    // Refuse nonsense a damaged file might hold; the window then opens at its default size.
    if (!geometry.isValid() || geometry.width() < 200 || geometry.height() < 150 || geometry.width() > 20000 ||
        geometry.height() > 20000)
        return {};
    return geometry;
}

bool UiState::windowMaximized() const
{
    const QSettings state(filePath(), QSettings::IniFormat);
    return state.value(QStringLiteral("window/maximized"), false).toBool();
}

void UiState::saveWindow(const QRect& geometry, bool maximized)
{
    QDir().mkpath(m_dataDir);
    QSettings state(filePath(), QSettings::IniFormat);
    if (!maximized)
        state.setValue(QStringLiteral("window/geometry"), geometry);
    state.setValue(QStringLiteral("window/maximized"), maximized);
}

QString UiState::language() const
{
    const QSettings state(filePath(), QSettings::IniFormat);
    return state.value(QStringLiteral("display/language")).toString();
}

void UiState::saveLanguage(const QString& code)
{
    QDir().mkpath(m_dataDir);
    QSettings(filePath(), QSettings::IniFormat).setValue(QStringLiteral("display/language"), code);
}

QString UiState::themeVariant() const
{
    const QSettings state(filePath(), QSettings::IniFormat);
    return state.value(QStringLiteral("display/theme")).toString();
}

void UiState::saveThemeVariant(const QString& variant)
{
    QDir().mkpath(m_dataDir);
    QSettings(filePath(), QSettings::IniFormat).setValue(QStringLiteral("display/theme"), variant);
}

double UiState::textScale() const
{
    const QSettings state(filePath(), QSettings::IniFormat);
    bool ok = false;
    const double scale = state.value(QStringLiteral("display/textScale")).toDouble(&ok);
    return ok && scale >= 1.0 && scale <= 2.0 ? scale : 1.0;
}

void UiState::saveTextScale(double scale)
{
    QDir().mkpath(m_dataDir);
    QSettings(filePath(), QSettings::IniFormat).setValue(QStringLiteral("display/textScale"), scale);
}

} // namespace outpost::ui
