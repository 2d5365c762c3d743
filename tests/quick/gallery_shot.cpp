// outpost_gallery_shot: renders the component gallery (qml/pages/ComponentGallery.qml) offscreen with the
// software renderer and saves one PNG per theme variant: components-light.png, -dark.png, -high-contrast.png.
// Fails on any QML warning and on a blank frame, so CTest runs it too.
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(OutpostPlugin)

namespace {

struct Shot {
    QString variant;
    double textScale = 1.0;
    bool rightToLeft = false;
    int width = 1280;
};

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

// Sets the theme on the singleton, then lays the gallery out in (optionally) mirrored form.
const char* const kWrapper = R"(
import QtQuick
import Outpost

Item {
    id: root
    property string variant
    property real textScale: 1
    property bool rightToLeft: false
    readonly property real contentHeight: gallery.contentHeight
    LayoutMirroring.enabled: rightToLeft
    LayoutMirroring.childrenInherit: true
    Component.onCompleted: {
        Theme.variant = variant
        Theme.textScale = textScale
    }
    ComponentGallery {
        id: gallery
        anchors.fill: parent
    }
}
)";

void waitFor(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

/// Renders one shot into @p file; returns the problems found (QML warnings, a blank frame).
QStringList render(const Shot& shot, const QString& file)
{
    QStringList problems;
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setOutputWarningsToStandardError(false);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&problems](const QList<QQmlError>& warnings) {
        for (const QQmlError& warning : warnings)
            problems << warning.toString();
    });

    QQmlComponent component(&engine);
    component.setData(QByteArray(kWrapper), QUrl(QStringLiteral("qrc:/outpost_gallery_shot/GalleryShot.qml")));
    const QVariantMap properties{{QStringLiteral("variant"), shot.variant},
                                 {QStringLiteral("textScale"), shot.textScale},
                                 {QStringLiteral("rightToLeft"), shot.rightToLeft}};
    std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
    auto* root = qobject_cast<QQuickItem*>(object.get());
    if (!root) {
        for (const QQmlError& error : component.errors())
            problems << error.toString();
        return problems << QStringLiteral("the gallery could not be created");
    }

    QQuickWindow window;
    window.setTitle(QStringLiteral("Outpost component gallery"));
    root->setParentItem(window.contentItem());
    window.resize(shot.width, 900);
    root->setSize(QSizeF(shot.width, 900));
    window.show();
    waitFor(200);

    // Grow the window to the whole gallery so one image shows everything.
    const int height = qCeil(root->property("contentHeight").toReal());
    window.resize(shot.width, height);
    root->setSize(QSizeF(shot.width, height));
    waitFor(500);

    const QImage image = window.grabWindow();
    if (image.isNull())
        return problems << QStringLiteral("the window could not be grabbed");
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8)
            colours.insert(image.pixel(x, y));
    }
    if (colours.size() < 16)
        problems << QStringLiteral("the gallery rendered blank");
    if (!image.save(file, "PNG"))
        problems << QStringLiteral("could not save %1").arg(file);
    return problems;
}

QString fileName(const Shot& shot)
{
    QString name = QStringLiteral("components-") + shot.variant;
    if (shot.rightToLeft)
        name += QStringLiteral("-rtl");
    if (!qFuzzyCompare(shot.textScale, 1.0))
        name += QStringLiteral("-text%1").arg(qRound(shot.textScale * 100));
    return name + QStringLiteral(".png");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render the Outpost component gallery to PNG files."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Write the PNG files into DIR."),
                                    QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption variant(QStringLiteral("variant"),
                                     QStringLiteral("light, dark or high-contrast; repeat for several (default: all)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"), QStringLiteral("Text size, 1.0 to 2.0."),
                                       QStringLiteral("FACTOR"), QStringLiteral("1.0"));
    const QCommandLineOption rightToLeft(QStringLiteral("rtl"), QStringLiteral("Mirror the layout (right to left)."));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Window width in pixels."),
                                   QStringLiteral("PIXELS"), QStringLiteral("1280"));
    parser.addOptions({output, variant, textScale, rightToLeft, width});
    parser.process(app);

    QStringList variants = parser.values(variant);
    if (variants.isEmpty())
        variants = {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
    const QDir directory(parser.value(output));
    if (!directory.exists() && !QDir().mkpath(directory.path())) {
        printLine(stderr, QStringLiteral("Cannot create %1").arg(directory.path()));
        return 2;
    }

    int failures = 0;
    for (const QString& name : variants) {
        Shot shot;
        shot.variant = name;
        shot.textScale = parser.value(textScale).toDouble();
        shot.rightToLeft = parser.isSet(rightToLeft);
        shot.width = parser.value(width).toInt();
        const QString file = directory.filePath(fileName(shot));
        const QStringList problems = render(shot, file);
        for (const QString& problem : problems)
            printLine(stderr, QStringLiteral("%1: %2").arg(fileName(shot), problem));
        printLine(stdout, QStringLiteral("%1 %2").arg(
                              problems.isEmpty() ? QStringLiteral("wrote") : QStringLiteral("FAILED"), file));
        failures += problems.isEmpty() ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}
