import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// The search box: a magnifier, the text and a clear button. textEdited fires on every keystroke
// the user makes (and on clear) for live search; Escape clears; Down hands focus to the results
// (downPressed). Bind a Ctrl+F shortcut to activate(), which focuses the field and selects its text.
FocusScope {
    id: root

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property string accessibleName: qsTr("Search")
    readonly property alias input: input

    signal textEdited()
    signal accepted()
    signal cleared()
    signal downPressed()

    implicitWidth: Theme.controlHeight * 8
    implicitHeight: Math.max(Theme.controlHeight, input.implicitHeight)

    function activate() {
        input.forceActiveFocus(Qt.ShortcutFocusReason)
        input.selectAll()
    }

    function clear() {
        if (input.text.length === 0)
            return
        input.clear()
        root.textEdited()
        root.cleared()
    }

    Rectangle {
        id: frame
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.borderStrong

        FocusRing {
            visible: input.activeFocus
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingMedium
        anchors.rightMargin: Theme.spacingXSmall
        spacing: Theme.spacingSmall

        // A magnifier drawn from two rectangles, so it needs no icon font.
        Item {
            id: magnifier
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
            Layout.alignment: Qt.AlignVCenter
            Accessible.ignored: true

            Rectangle {
                width: parent.width * 0.7
                height: width
                radius: width / 2
                color: "transparent"
                border.width: Math.max(2, Math.round(Theme.iconSize / 10))
                border.color: Theme.textMuted
            }
            Rectangle {
                width: parent.width * 0.45
                height: Math.max(2, Math.round(Theme.iconSize / 9))
                radius: height / 2
                color: Theme.textMuted
                x: parent.width * 0.6
                y: parent.height * 0.6 - height / 2
                rotation: 45
                transformOrigin: Item.Left
            }
        }

        TextField {
            id: input
            objectName: "searchInput"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderText: qsTr("Search")
            placeholderTextColor: Theme.textMuted
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            leftPadding: 0
            rightPadding: 0
            verticalAlignment: TextInput.AlignVCenter
            background: null

            Accessible.role: Accessible.EditableText
            Accessible.name: root.accessibleName
            Accessible.searchEdit: true

            onTextEdited: root.textEdited()
            onAccepted: root.accepted()
            Keys.onEscapePressed: event => {
                event.accepted = input.text.length > 0
                root.clear()
            }
            Keys.onDownPressed: root.downPressed()
        }

        AbstractButton {
            id: clearButton
            objectName: "searchClearButton"
            Layout.preferredWidth: Theme.controlHeight - 2 * Theme.spacingXSmall
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            visible: input.text.length > 0
            // Reachable with Escape from the field; kept out of the Tab order so Tab goes on to the results.
            focusPolicy: Qt.NoFocus
            hoverEnabled: true
            text: qsTr("Clear search")
            Accessible.role: Accessible.Button
            Accessible.name: text
            onClicked: {
                root.clear()
                input.forceActiveFocus(Qt.MouseFocusReason)
            }

            background: Rectangle {
                radius: width / 2
                color: clearButton.down ? Theme.surfaceVariant : clearButton.hovered ? Theme.hover : "transparent"
            }
            contentItem: Item {
                Repeater {
                    model: [45, -45]
                    Rectangle {
                        required property int modelData
                        anchors.centerIn: parent
                        width: Theme.iconSize * 0.75
                        height: Math.max(2, Math.round(Theme.iconSize / 10))
                        radius: height / 2
                        color: Theme.textMuted
                        rotation: modelData
                    }
                }
            }
        }
    }
}
