import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

Dialog {
    id: dialog
    objectName: "aboutDialog"
    title: qsTr("About Outpost")
    modal: true
    standardButtons: Dialog.Close

    ColumnLayout {
        spacing: Theme.spacingSmall
        Label {
            objectName: "aboutVersion"
            text: qsTr("Outpost %1").arg(AppController.version)
            font.pixelSize: Theme.fontSubtitle
            font.bold: true
        }
        Label {
            text: qsTr("Local-first, encrypted clinic records.")
        }
        Label {
            text: qsTr("Built with Qt %1").arg(AppController.qtVersion)
            color: Theme.textMuted
        }
    }
}
