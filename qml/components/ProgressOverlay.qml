import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// Covers a page (or the window) while long work runs: it dims and blocks what is under it and shows
// a title, a message, a progress bar (`progress` 0–1, or `indeterminate`) and Cancel. Cancel or
// Escape emits cancelled() once and shows "Cancelling…" until the owner sets `active` false.
FocusScope {
    id: overlay

    property bool active: false
    property string title: qsTr("Working…")
    property string message
    property real progress: 0
    property bool indeterminate: false
    property bool cancellable: true
    property string cancelText: qsTr("Cancel")
    readonly property bool cancelRequested: cancelState.requested
    readonly property alias cancelButton: cancelButton

    signal cancelled()

    function cancel() {
        if (!active || !cancellable || cancelState.requested)
            return
        cancelState.requested = true
        cancelled()
    }

    visible: active
    z: 100
    onActiveChanged: {
        cancelState.requested = false
        if (active)
            overlay.forceActiveFocus(Qt.OtherFocusReason)
    }

    QtObject {
        id: cancelState
        property bool requested: false
    }

    // Keyboard focus stays inside while the overlay is up.
    Keys.onEscapePressed: overlay.cancel()
    Keys.onTabPressed: event => event.accepted = true
    Keys.onBacktabPressed: event => event.accepted = true

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }

    // Swallows pointer input so nothing under the overlay can be clicked.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        preventStealing: true
        onWheel: wheel => wheel.accepted = true
    }

    Surface {
        id: card
        anchors.centerIn: parent
        width: Math.min(overlay.width - 2 * Theme.spacing, Math.max(content.implicitWidth, Theme.fontBody * 26)
                        + 2 * Theme.spacing)
        height: content.implicitHeight + 2 * Theme.spacing
        elevation: 3
        radius: Theme.radiusLarge

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacingSmall

            Text {
                objectName: "progressTitle"
                Layout.fillWidth: true
                text: overlay.cancelRequested ? qsTr("Cancelling…") : overlay.title
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "progressMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: overlay.message
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXSmall
                spacing: Theme.spacingMedium

                ProgressBar {
                    id: bar
                    objectName: "progressBar"
                    Layout.fillWidth: true
                    from: 0
                    to: 1
                    value: Math.max(0, Math.min(1, overlay.progress))
                    indeterminate: overlay.indeterminate
                    Accessible.role: Accessible.ProgressBar
                    Accessible.name: overlay.title

                    background: Rectangle {
                        implicitWidth: Theme.fontBody * 16
                        implicitHeight: Math.max(8, Math.round(Theme.fontBody / 2))
                        radius: height / 2
                        color: Theme.surfaceVariant
                        border.width: Theme.borderWidth
                        border.color: Theme.borderStrong
                    }
                    contentItem: Item {
                        implicitHeight: bar.background.implicitHeight
                        clip: true

                        Rectangle {
                            visible: !bar.indeterminate
                            anchors.left: parent.left
                            anchors.top: parent.top
                            anchors.bottom: parent.bottom
                            width: parent.width * bar.visualPosition
                            radius: height / 2
                            color: Theme.accent
                        }
                        // Indeterminate: a segment sweeping across (leading to trailing edge).
                        Rectangle {
                            id: sweep
                            visible: bar.indeterminate
                            width: parent.width / 3
                            height: parent.height
                            radius: height / 2
                            color: Theme.accent
                            property real phase
                            x: (overlay.LayoutMirroring.enabled ? 1 - phase : phase) * (parent.width + width) - width
                            NumberAnimation on phase {
                                running: bar.indeterminate && overlay.visible
                                from: 0
                                to: 1
                                duration: 1400
                                loops: Animation.Infinite
                            }
                        }
                    }
                }
                Text {
                    objectName: "progressPercent"
                    visible: !overlay.indeterminate
                    text: qsTr("%1 %").arg(Math.round(bar.value * 100))
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
            ActionButton {
                id: cancelButton
                objectName: "progressCancel"
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.spacingSmall
                visible: overlay.cancellable
                enabled: !overlay.cancelRequested
                text: overlay.cancelText
                focus: true
                onClicked: overlay.cancel()
                Keys.onTabPressed: event => event.accepted = true
                Keys.onBacktabPressed: event => event.accepted = true
            }
        }
    }
}
