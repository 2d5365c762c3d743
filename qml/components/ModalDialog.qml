import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Outpost

// A modal dialog with a title, your content, and Cancel plus one main action at the trailing edge.
// Escape or Cancel reject it; the main action accepts it. `destructive` makes the main action a
// Danger button and starts with focus on Cancel, so Enter never deletes by accident.
Dialog {
    id: dialog

    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    property bool destructive: false
    property bool acceptEnabled: true
    property bool showReject: true
    // The item that gets focus when the dialog opens; by default the safe button.
    property Item initialFocusItem: null
    readonly property alias acceptButton: acceptButton
    readonly property alias rejectButton: rejectButton
    // Popups live in the window overlay, outside the item tree that carries LayoutMirroring, so the
    // dialog takes its direction from the item it belongs to, or from the application (Arabic).
    readonly property bool rightToLeft: (parent && parent.LayoutMirroring.enabled)
                                        || Qt.application.layoutDirection === Qt.RightToLeft

    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(implicitWidth, parent ? parent.width - 2 * Theme.spacing : implicitWidth)
    padding: Theme.spacing
    topPadding: Theme.spacingSmall
    font.pixelSize: Theme.fontBody

    onOpened: {
        const target = initialFocusItem ? initialFocusItem : destructive || !acceptEnabled ? rejectButton : acceptButton
        target.forceActiveFocus(Qt.TabFocusReason)
    }

    background: Surface {
        elevation: 3
        radius: Theme.radiusLarge
    }

    contentItem: Item {
        LayoutMirroring.enabled: dialog.rightToLeft
        LayoutMirroring.childrenInherit: true
    }

    T.Overlay.modal: Rectangle {
        color: Theme.scrim
    }

    // The title wraps; its implicit width comes from TextMetrics, since a wrapping Text's implicit width
    // follows the width the dialog gives it (a binding loop).
    header: Item {
        LayoutMirroring.enabled: dialog.rightToLeft
        LayoutMirroring.childrenInherit: true
        visible: dialog.title.length > 0
        implicitWidth: Math.min(titleMetrics.advanceWidth, Theme.fontBody * 30) + 2 * Theme.spacing
        implicitHeight: visible ? titleText.implicitHeight + Theme.spacing : 0

        TextMetrics {
            id: titleMetrics
            font: titleText.font
            text: dialog.title
        }
        Text {
            id: titleText
            objectName: "dialogTitle"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.spacing
            text: dialog.title
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    footer: Item {
        LayoutMirroring.enabled: dialog.rightToLeft
        LayoutMirroring.childrenInherit: true
        implicitWidth: buttons.implicitWidth + 2 * Theme.spacing
        implicitHeight: buttons.implicitHeight + 2 * Theme.spacing

        RowLayout {
            id: buttons
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacingSmall

            Item {
                Layout.fillWidth: true
            }
            ActionButton {
                id: rejectButton
                objectName: "dialogReject"
                visible: dialog.showReject
                text: dialog.rejectText
                onClicked: dialog.reject()
            }
            ActionButton {
                id: acceptButton
                objectName: "dialogAccept"
                text: dialog.acceptText
                kind: dialog.destructive ? ActionButton.Danger : ActionButton.Primary
                enabled: dialog.acceptEnabled
                onClicked: dialog.accept()
            }
        }
    }
}
