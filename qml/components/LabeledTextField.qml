import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// A single-line text field with its label above, help text below, and an error that replaces the
// help text while set. The label is the field's accessible name; help or error its description.
FocusScope {
    id: root

    property string label
    property string helpText
    property string errorText
    property bool required: false
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias readOnly: input.readOnly
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias validator: input.validator
    property alias maximumLength: input.maximumLength
    property alias acceptableInput: input.acceptableInput
    readonly property alias input: input
    readonly property bool hasError: errorText.length > 0

    signal accepted()
    signal editingFinished()
    signal textEdited()

    implicitWidth: Math.max(column.implicitWidth, Theme.controlHeight * 6)
    implicitHeight: column.implicitHeight
    activeFocusOnTab: false

    function selectAll() {
        input.selectAll()
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingXSmall

        Text {
            id: labelText
            objectName: "fieldLabel"
            Layout.fillWidth: true
            visible: root.label.length > 0
            text: root.required ? qsTr("%1 (required)").arg(root.label) : root.label
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: root.enabled ? Theme.text : Theme.textDisabled
            wrapMode: Text.Wrap

            // A click on the label puts the cursor in its field, as with a desktop <label>.
            TapHandler {
                onTapped: input.forceActiveFocus(Qt.MouseFocusReason)
            }
        }

        TextField {
            id: input
            objectName: "fieldInput"
            Layout.fillWidth: true
            focus: true
            font.pixelSize: Theme.fontBody
            color: root.enabled ? Theme.text : Theme.textDisabled
            placeholderTextColor: Theme.textMuted
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            leftPadding: Theme.spacingMedium
            rightPadding: Theme.spacingMedium
            topPadding: Theme.spacingSmall
            bottomPadding: Theme.spacingSmall
            verticalAlignment: TextInput.AlignVCenter

            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.description: root.hasError ? root.errorText : root.helpText

            onAccepted: root.accepted()
            onEditingFinished: root.editingFinished()
            onTextEdited: root.textEdited()

            background: Rectangle {
                implicitWidth: Theme.controlHeight * 6
                implicitHeight: Theme.controlHeight
                radius: Theme.radius
                color: input.readOnly || !root.enabled ? Theme.surfaceVariant : Theme.surface
                border.width: root.hasError ? Theme.focusRingWidth : Theme.borderWidth
                border.color: root.hasError ? Theme.dangerText : !root.enabled ? Theme.border : Theme.borderStrong

                FocusRing {
                    visible: input.activeFocus
                }
            }
        }

        Text {
            id: messageText
            objectName: "fieldMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.hasError ? "\u26a0 " + root.errorText : root.helpText
            font.pixelSize: Theme.fontCaption
            color: root.hasError ? Theme.dangerText : Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
