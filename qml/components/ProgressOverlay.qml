import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// Covers a page (or the window) while long work runs: it dims and blocks what is under it and shows
// a title, a message, a progress bar (`progress` 0–1, or `indeterminate`) and Cancel. Cancel or
// Escape emits cancelled() once and shows "Cancelling…" until the owner sets `active` false.
// With `modal: false` it only shows the card at the bottom edge, for work that goes on while the
// user keeps working: nothing is dimmed or blocked and the focus stays where it was (Tab reaches
// Cancel like any other control).
FocusScope {
    id: overlay

    property bool active: false
    property string title: qsTr("Working…")
    property string message
    property real progress: 0
    property bool indeterminate: false
    property bool cancellable: true
    property bool modal: true
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
        if (active && modal)
            overlay.forceActiveFocus(Qt.OtherFocusReason)
    }

    QtObject {
        id: cancelState
        property bool requested: false
    }

    // Keyboard focus stays inside while a modal overlay is up.
    Keys.enabled: overlay.modal
    Keys.onEscapePressed: overlay.cancel()
    Keys.onTabPressed: event => event.accepted = true
    Keys.onBacktabPressed: event => event.accepted = true

    Rectangle {
        anchors.fill: parent
        visible: overlay.modal
        color: Theme.scrim
    }

    // Swallows pointer input so nothing under the overlay can be clicked.
    MouseArea {
        anchors.fill: parent
        enabled: overlay.modal
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        preventStealing: true
        onWheel: wheel => wheel.accepted = true
    }

    Surface {
        id: card
        objectName: "progressCard"
        anchors.centerIn: overlay.modal ? parent : undefined
        anchors.horizontalCenter: overlay.modal ? undefined : parent.horizontalCenter
        anchors.bottom: overlay.modal ? undefined : parent.bottom
        anchors.bottomMargin: Theme.spacing
        width: Math.min(overlay.width - 2 * Theme.spacing, Math.max(content.implicitWidth, Theme.fontBody * 26)
                        + 2 * Theme.spacing)
        height: content.implicitHeight + 2 * Theme.spacing
        elevation: 3
        radius: Theme.radiusLarge

        // Clicks on the card itself stay on it (the modal overlay's MouseArea does this otherwise).
        MouseArea {
            anchors.fill: parent
            enabled: !overlay.modal
        }

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
                id: barRow
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
                // Below the bar on the modal card; beside it on the compact non-modal one.
                parent: overlay.modal ? content : barRow
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: overlay.modal ? Theme.spacingSmall : 0
                visible: overlay.cancellable
                enabled: !overlay.cancelRequested
                text: overlay.cancelText
                focus: true
                onClicked: overlay.cancel()
                Keys.enabled: overlay.modal
                Keys.onTabPressed: event => event.accepted = true
                Keys.onBacktabPressed: event => event.accepted = true
            }
        }
    }
}
