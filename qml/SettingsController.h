#pragma once

#include "UiState.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

namespace outpost::ui {

/// The user's display choices — language, theme variant, text size — remembered in ui-state.ini and
/// applied at run time: the translator is swapped and every qsTr re-evaluated, Arabic turns the
/// layout right to left, the Theme singleton follows. Built by main() and handed to QML as the
/// SettingsController singleton.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QString themeVariant READ themeVariant WRITE setThemeVariant NOTIFY themeVariantChanged)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)

public:
    /// @p dataDir: where ui-state.ini lives; empty keeps the choices for this run only.
    explicit SettingsController(const QString& dataDir, QObject* parent = nullptr);
    ~SettingsController() override;

    /// The instance QML gets; main() sets it before the engine loads anything. Without one (a test
    /// engine, the component gallery) QML gets a fresh controller that remembers nothing.
    static void setQmlInstance(SettingsController* controller);
    static SettingsController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    /// The language codes the app ships, English first.
    static QStringList supportedLanguages();
    /// The system's language when the app ships it, else English.
    static QString defaultLanguage();

    /// Applies the remembered choices to @p engine: translator, layout direction, locale, Theme.
    void attach(QQmlEngine* engine);

    QString language() const { return m_language; }
    /// Unknown codes are ignored. Persists, installs the translation and retranslates QML.
    void setLanguage(const QString& code);
    /// [{ code, name }] with each language named in itself ("Français").
    QVariantList languages() const;
    bool rightToLeft() const;
    /// The locale of the chosen language, for dates and numbers.
    QLocale locale() const { return QLocale(m_language); }

    QString themeVariant() const { return m_themeVariant; }
    /// "light", "dark", "high-contrast", or empty to follow the system.
    void setThemeVariant(const QString& variant);
    double textScale() const { return m_textScale; }
    /// Clamped to 1.0–2.0.
    void setTextScale(double scale);

    /// A date ("2026-03-12" or a date-time) in the chosen language's short or long format.
    Q_INVOKABLE QString formatDate(const QVariant& date, bool longFormat = false) const;
    /// A date and time from milliseconds since the epoch, in local time.
    Q_INVOKABLE QString formatDateTime(qint64 msSinceEpoch) const;
    /// A number with the chosen language's digits and separators.
    Q_INVOKABLE QString formatNumber(double value, int decimals = 0) const;

Q_SIGNALS:
    void languageChanged();
    void themeVariantChanged();
    void textScaleChanged();

private:
    void applyLanguage();
    void applyTheme();

    UiState m_state;
    bool m_persist = false;
    QString m_language;
    QString m_themeVariant;
    double m_textScale = 1.0;
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
};

} // namespace outpost::ui
