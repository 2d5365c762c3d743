pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// A short message at the bottom of the window that goes away on its own ("Patient saved.").
// show() announces it to screen readers. It never takes focus; the timer pauses while the pointer
// rests on it. An optional action (actionText, actionTriggered) offers e.g. Undo.
Popup {
    id: toast

    enum Kind { Info, Error }
    property int kind: Toast.Info
    property string message
    property string actionText
    property int timeout: 5000   // ms; 0 keeps it until dismissed
    readonly property alias messageItem: messageText
    // Popups live in the window overlay, outside the item tree that carries LayoutMirroring.
    readonly property bool rightToLeft: (parent && parent.LayoutMirroring.enabled)
                                        || Qt.application.layoutDirection === Qt.RightToLeft

    signal actionTriggered()

    function show(text, messageKind) {
        message = text
        kind = messageKind === undefined ? Toast.Info : messageKind
        open()
        restartTimer()
        Announcer.announce(messageText, message)
    }

    readonly property color fillColor: kind === Toast.Error ? Theme.danger : Theme.inverseSurface
    readonly property color labelColor: kind === Toast.Error ? Theme.textOnDanger : Theme.textOnInverse

    modal: false
    focus: false
    closePolicy: Popup.NoAutoClose
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? parent.height - height - Theme.spacingLarge : 0
    width: parent ? Math.min(implicitWidth, parent.width - 2 * Theme.spacing) : implicitWidth
    padding: Theme.spacingMedium
    leftPadding: Theme.spacing
    rightPadding: Theme.spacingSmall

    function restartTimer() {
        if (timeout > 0 && !hover.hovered)
            hideTimer.restart()
        else
            hideTimer.stop()
    }

    Timer {
        id: hideTimer
        interval: toast.timeout
        onTriggered: toast.close()
    }

    background: Surface {
        elevation: 2
        color: toast.fillColor
        outlined: Theme.highContrast
    }

    contentItem: RowLayout {
        spacing: Theme.spacingSmall
        LayoutMirroring.enabled: toast.rightToLeft
        LayoutMirroring.childrenInherit: true

        // Reading takes longer for some: the countdown waits while the pointer rests on the toast.
        HoverHandler {
            id: hover
            onHoveredChanged: toast.restartTimer()
        }

        Text {
            id: messageText
            objectName: "toastMessage"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.fontBody * 32
            text: toast.message
            font.pixelSize: Theme.fontBody
            color: toast.labelColor
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ActionButton {
            id: actionButton
            objectName: "toastAction"
            visible: toast.actionText.length > 0
            text: toast.actionText
            focusPolicy: Qt.TabFocus
            flat: true
            onClicked: {
                toast.actionTriggered()
                toast.close()
            }
            background: Rectangle {
                implicitHeight: Theme.controlHeight
                radius: Theme.radius
                color: actionButton.hovered ? Qt.rgba(toast.labelColor.r, toast.labelColor.g, toast.labelColor.b, 0.12)
                                            : "transparent"
                FocusRing {
                    visible: actionButton.visualFocus
                }
            }
            contentItem: Text {
                text: actionButton.text
                font: actionButton.font
                color: toast.kind === Toast.Error ? Theme.textOnDanger : Theme.accentOnInverse
                verticalAlignment: Text.AlignVCenter
            }
        }
        AbstractButton {
            id: dismissButton
            objectName: "toastDismiss"
            Layout.preferredWidth: Theme.controlHeight - Theme.spacingSmall
            Layout.preferredHeight: Layout.preferredWidth
            focusPolicy: Qt.TabFocus
            hoverEnabled: true
            text: qsTr("Dismiss")
            Accessible.role: Accessible.Button
            Accessible.name: text
            onClicked: toast.close()
            background: Rectangle {
                radius: width / 2
                color: dismissButton.hovered ? Qt.rgba(toast.labelColor.r, toast.labelColor.g, toast.labelColor.b, 0.12)
                                             : "transparent"
                FocusRing {
                    visible: dismissButton.visualFocus
                }
            }
            contentItem: Item {
                Repeater {
                    model: [45, -45]
                    Rectangle {
                        required property int modelData
                        anchors.centerIn: parent
                        width: Theme.iconSize * 0.7
                        height: Math.max(2, Math.round(Theme.iconSize / 10))
                        radius: height / 2
                        color: toast.labelColor
                        rotation: modelData
                    }
                }
            }
        }
    }
}
