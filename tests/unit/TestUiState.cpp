#include "UiState.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost::ui;

/// The window opens where the user left it, and a damaged state file never breaks start-up.
class TestUiState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewFolderHasNoGeometry()
    {
        QTemporaryDir dir;
        const UiState state(dir.path());
        QVERIFY(!state.windowGeometry().isValid());
        QVERIFY(!state.windowMaximized());
    }

    void geometryIsRememberedAcrossRuns()
    {
        QTemporaryDir dir;
        UiState(dir.path()).saveWindow(QRect(40, 60, 900, 700), false);
        const UiState later(dir.path());
        QCOMPARE(later.windowGeometry(), QRect(40, 60, 900, 700));
        QVERIFY(!later.windowMaximized());
    }

    void maximisingKeepsTheLastNormalGeometry()
    {
        QTemporaryDir dir;
        UiState(dir.path()).saveWindow(QRect(10, 10, 800, 600), false);
        UiState(dir.path()).saveWindow(QRect(0, 0, 1920, 1080), true);
        const UiState later(dir.path());
        QCOMPARE(later.windowGeometry(), QRect(10, 10, 800, 600));
        QVERIFY(later.windowMaximized());
    }

    void absurdGeometryIsIgnored()
    {
        QTemporaryDir dir;
        UiState(dir.path()).saveWindow(QRect(0, 0, 50, 20), false);
        QVERIFY(!UiState(dir.path()).windowGeometry().isValid());
    }

    void aDamagedFileIsIgnored()
    {
        QTemporaryDir dir;
        const UiState state(dir.path());
        QFile file(state.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x00\xff[window\ngeometry=@Rect(garbage\n", 35);
        file.close();
        QVERIFY(!state.windowGeometry().isValid());
    }
};

QTEST_GUILESS_MAIN(TestUiState)
#include "TestUiState.moc"
