import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// Shown while this computer has no clinic database yet.
Pane {
    id: page
    objectName: "firstRunPage"
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 640)
        spacing: Theme.spacing

        Label {
            text: qsTr("Welcome to Outpost")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: qsTr("This computer does not hold a clinic database yet. Outpost keeps all of the clinic's "
                       + "records here, encrypted, and works without a network.")
        }
        Frame {
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
            }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacingSmall
                Label {
                    text: qsTr("Data folder")
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    objectName: "dataFolderLabel"
                    Layout.fillWidth: true
                    text: AppController.dataDir
                    color: Theme.textMuted
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
        ActionButton {
            text: qsTr("Open Log Folder")
            Accessible.name: text
            onClicked: AppController.openLogFolder()
        }
    }
}
