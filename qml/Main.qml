import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Outpost

ApplicationWindow {
    id: window
    width: 1100
    height: 720
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: qsTr("Outpost")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    // Stock controls (the menu bar, About) follow the Theme variant through the palette.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceVariant
    palette.text: Theme.text
    palette.button: Theme.surfaceVariant
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.textMuted
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceVariant
    palette.mid: Theme.border
    palette.dark: Theme.borderStrong
    palette.shadow: Theme.shadow
    palette.link: Theme.accentText
    palette.toolTipBase: Theme.inverseSurface
    palette.toolTipText: Theme.textOnInverse

    Component.onCompleted: {
        const saved = AppController.savedGeometry
        if (saved.width > 0 && saved.height > 0) {
            // Keep a remembered window on a screen that still exists.
            width = Math.min(saved.width, Screen.desktopAvailableWidth)
            height = Math.min(saved.height, Screen.desktopAvailableHeight)
            x = Math.max(0, Math.min(saved.x, Screen.desktopAvailableWidth - width))
            y = Math.max(0, Math.min(saved.y, Screen.desktopAvailableHeight - height))
        }
        if (AppController.savedMaximized)
            window.showMaximized()
    }
    onClosing: AppController.saveWindow(x, y, width, height, visibility === Window.Maximized)

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        Menu {
            title: qsTr("&View")
            Action {
                text: qsTr("&Full Screen")
                shortcut: "F11"
                checkable: true
                checked: window.visibility === Window.FullScreen
                onTriggered: window.visibility = checked ? Window.FullScreen : Window.Windowed
            }
        }
        Menu {
            title: qsTr("&Help")
            Action {
                text: qsTr("Open &Log Folder")
                onTriggered: AppController.openLogFolder()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&About Outpost")
                onTriggered: aboutDialog.open()
            }
        }
    }

    FirstRunPage {
        anchors.fill: parent
    }

    AboutDialog {
        id: aboutDialog
        anchors.centerIn: parent
    }
}
