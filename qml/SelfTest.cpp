#include "SelfTest.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

#include <memory>

namespace outpost::ui {

QStringList loadEveryQmlFile(QQmlEngine& engine)
{
    QStringList errors;
    QStringList files;
    QDirIterator it(QStringLiteral(":/qt/qml/Outpost"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.isEmpty())
        return {QStringLiteral("No QML files found under qrc:/qt/qml/Outpost: the module is not linked.")};

    // Warnings (a binding to an undefined property, a bad type) count as failures too.
    engine.setOutputWarningsToStandardError(false);
    const auto connection =
        QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&errors](const QList<QQmlError>& warnings) {
            for (const QQmlError& warning : warnings)
                errors << warning.toString();
        });
    for (const QString& file : files) {
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + file));
        if (component.isError()) {
            for (const QQmlError& error : component.errors())
                errors << error.toString();
            continue;
        }
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            errors << QStringLiteral("%1: could not be instantiated").arg(file);
            for (const QQmlError& error : component.errors())
                errors << error.toString();
            continue;
        }
        if (auto* window = qobject_cast<QQuickWindow*>(object.get()))
            window->hide();
    }
    QObject::disconnect(connection);
    return errors;
}

} // namespace outpost::ui
