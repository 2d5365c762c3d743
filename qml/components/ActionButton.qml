import QtQuick
import QtQuick.Controls.Basic
import Outpost

// A push button in one of three kinds: Primary (the one main action of a view), Secondary
// (everything else) and Danger (deletes or discards). Space, Enter and Return activate it.
Button {
    id: control

    enum Kind { Primary, Secondary, Danger }
    property int kind: ActionButton.Secondary

    readonly property bool filled: kind !== ActionButton.Secondary
    readonly property color fillColor: {
        if (!enabled)
            return Theme.surfaceVariant
        if (kind === ActionButton.Primary)
            return down ? Theme.accentPressed : hovered ? Theme.accentHover : Theme.accent
        if (kind === ActionButton.Danger)
            return down || hovered ? Theme.dangerHover : Theme.danger
        return down ? Theme.surfaceVariant : hovered ? Theme.hover : Theme.surface
    }
    readonly property color labelColor: {
        if (!enabled)
            return Theme.textDisabled
        if (kind === ActionButton.Primary)
            return Theme.textOnAccent
        if (kind === ActionButton.Danger)
            return Theme.textOnDanger
        return Theme.text
    }

    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    Accessible.role: Accessible.Button
    Accessible.name: text

    Keys.onReturnPressed: event => control.activateFromKeyboard(event)
    Keys.onEnterPressed: event => control.activateFromKeyboard(event)

    function activateFromKeyboard(event) {
        event.accepted = true
        if (control.enabled)
            control.clicked()
    }

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.labelColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitWidth: Theme.controlHeight * 2
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: control.fillColor
        border.width: !control.filled || Theme.highContrast || !control.enabled ? Theme.borderWidth : 0
        border.color: control.enabled ? Theme.borderStrong : Theme.border

        FocusRing {
            visible: control.visualFocus
        }
    }
}
