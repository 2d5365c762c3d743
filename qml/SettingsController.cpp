#include "SettingsController.h"

#include "core/logging/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>

#include <algorithm>

namespace outpost::ui {

namespace {

SettingsController* g_qmlInstance = nullptr;

const QStringList& variants()
{
    static const QStringList names{QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
    return names;
}

} // namespace

SettingsController::SettingsController(const QString& dataDir, QObject* parent)
    : QObject(parent), m_state(dataDir), m_persist(!dataDir.isEmpty())
{
    const QString saved = m_persist ? m_state.language() : QString();
    m_language = supportedLanguages().contains(saved) ? saved : defaultLanguage();
    if (m_persist) {
        const QString variant = m_state.themeVariant();
        m_themeVariant = variants().contains(variant) ? variant : QString();
        m_textScale = m_state.textScale();
    }
}

SettingsController::~SettingsController()
{
    if (m_translatorInstalled)
        QCoreApplication::removeTranslator(&m_translator);
    if (g_qmlInstance == this)
        g_qmlInstance = nullptr;
}

void SettingsController::setQmlInstance(SettingsController* controller)
{
    g_qmlInstance = controller;
}

SettingsController* SettingsController::create(QQmlEngine* qmlEngine, QJSEngine*)
{
    if (g_qmlInstance) {
        QJSEngine::setObjectOwnership(g_qmlInstance, QJSEngine::CppOwnership);
        if (!g_qmlInstance->m_engine)
            g_qmlInstance->m_engine = qmlEngine;
        return g_qmlInstance;
    }
    // The engine owns this one (JavaScript ownership); it is not applied to the engine, so a test
    // engine keeps English and whatever Theme it sets itself.
    return new SettingsController(QString());
}

QStringList SettingsController::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("de"),
            QStringLiteral("ar")};
}

QString SettingsController::defaultLanguage()
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(system) ? system : QStringLiteral("en");
}

void SettingsController::attach(QQmlEngine* engine)
{
    m_engine = engine;
    applyLanguage();
    applyTheme();
}

QVariantList SettingsController::languages() const
{
    // Each language is named in itself, so someone who cannot read the current language still finds theirs.
    static const char* const names[] = {"English", "Français", "Español", "Deutsch", "العربية"};
    QVariantList list;
    const QStringList codes = supportedLanguages();
    for (qsizetype i = 0; i < codes.size(); ++i)
        list << QVariantMap{{QStringLiteral("code"), codes.at(i)},
                            {QStringLiteral("name"), QString::fromUtf8(names[i])}};
    return list;
}

bool SettingsController::rightToLeft() const
{
    return QLocale(m_language).textDirection() == Qt::RightToLeft;
}

void SettingsController::setLanguage(const QString& code)
{
    if (code == m_language || !supportedLanguages().contains(code))
        return;
    m_language = code;
    if (m_persist)
        m_state.saveLanguage(code);
    applyLanguage();
    Q_EMIT languageChanged();
}

void SettingsController::applyLanguage()
{
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    // English is the source language: no catalogue needed, but loading it is harmless when present.
    if (m_language != QStringLiteral("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/outpost_%1.qm").arg(m_language)))
            m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
        else
            logging::get("ui")->warn("no translation catalogue for language {}", m_language.toStdString());
    }
    QLocale::setDefault(QLocale(m_language));
    QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
}

void SettingsController::setThemeVariant(const QString& variant)
{
    const QString chosen = variants().contains(variant) ? variant : QString();
    if (chosen == m_themeVariant)
        return;
    m_themeVariant = chosen;
    if (m_persist)
        m_state.saveThemeVariant(chosen);
    applyTheme();
    Q_EMIT themeVariantChanged();
}

void SettingsController::setTextScale(double scale)
{
    const double clamped = std::clamp(scale, 1.0, 2.0);
    if (qFuzzyCompare(clamped, m_textScale))
        return;
    m_textScale = clamped;
    if (m_persist)
        m_state.saveTextScale(clamped);
    applyTheme();
    Q_EMIT textScaleChanged();
}

void SettingsController::applyTheme()
{
    if (!m_engine)
        return;
    const int typeId = qmlTypeId("Outpost", 1, 0, "Theme");
    auto* theme = typeId >= 0 ? m_engine->singletonInstance<QObject*>(typeId) : nullptr;
    if (!theme)
        return;
    // Empty follows the system: the Theme's own systemPrefersDark says which that is.
    const QString variant = !m_themeVariant.isEmpty()                       ? m_themeVariant
                            : theme->property("systemPrefersDark").toBool() ? QStringLiteral("dark")
                                                                            : QStringLiteral("light");
    theme->setProperty("variant", variant);
    theme->setProperty("textScale", m_textScale);
}

QString SettingsController::formatDate(const QVariant& date, bool longFormat) const
{
    QDate day = date.toDate();
    if (!day.isValid())
        day = QDate::fromString(date.toString().left(10), Qt::ISODate);
    if (!day.isValid())
        return {};
    return locale().toString(day, longFormat ? QLocale::LongFormat : QLocale::ShortFormat);
}

QString SettingsController::formatDateTime(qint64 msSinceEpoch) const
{
    return locale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(), QLocale::ShortFormat);
}

QString SettingsController::formatNumber(double value, int decimals) const
{
    return locale().toString(value, 'f', decimals);
}

} // namespace outpost::ui
