import QtQuick
import QtQuick.Layouts
import Outpost

// What a list or page shows when it has nothing yet: a title, one sentence on why or what to do,
// and optionally the action that fills it ("Register a patient").
Item {
    id: root

    property string title
    property string message
    property string actionText
    readonly property alias actionButton: actionButton

    signal actionTriggered()

    implicitWidth: Math.max(column.implicitWidth, Theme.controlHeight * 8)
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.fontBody * 30)
        spacing: Theme.spacingSmall

        // A quiet emblem: three stacked lines in a circle, drawn from rectangles.
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.spacingSmall
            width: Theme.iconSize * 3
            height: width
            radius: width / 2
            color: Theme.surfaceVariant
            border.width: Theme.highContrast ? Theme.borderWidth : 0
            border.color: Theme.border
            Accessible.ignored: true

            Column {
                anchors.centerIn: parent
                spacing: parent.height / 12
                Repeater {
                    model: [0.5, 0.38, 0.44]
                    Rectangle {
                        required property real modelData
                        width: Theme.iconSize * 3 * modelData
                        height: Math.max(2, Theme.iconSize / 6)
                        radius: height / 2
                        color: Theme.textMuted
                    }
                }
            }
        }
        Text {
            objectName: "emptyTitle"
            Layout.fillWidth: true
            text: root.title
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            objectName: "emptyMessage"
            Layout.fillWidth: true
            text: root.message
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        ActionButton {
            id: actionButton
            objectName: "emptyAction"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingSmall
            visible: root.actionText.length > 0
            text: root.actionText
            kind: ActionButton.Primary
            onClicked: root.actionTriggered()
        }
    }
}
