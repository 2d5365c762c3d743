import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// One row of a list: a title, an optional subtitle under it and an optional trailing text (a date,
// a status). Click, Space, Enter or Return emit clicked(). Set `highlighted` for the selected row.
ItemDelegate {
    id: row

    property string title
    property string subtitle
    property string trailingText
    // Shows the focus ring; true for keyboard focus, including a ListView moving its current item.
    readonly property bool showFocus: activeFocus && focusReason !== Qt.MouseFocusReason

    readonly property color primaryTextColor: !enabled ? Theme.textDisabled
                                                       : highlighted ? Theme.textOnSelection : Theme.text
    readonly property color secondaryTextColor: !enabled ? Theme.textDisabled
                                                         : highlighted ? Theme.textOnSelection : Theme.textMuted

    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    font.pixelSize: Theme.fontBody
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    spacing: Theme.spacing
    text: title

    Accessible.role: Accessible.ListItem
    Accessible.name: [title, subtitle, trailingText].filter(part => part.length > 0).join(", ")
    Accessible.selected: highlighted
    Accessible.selectable: true

    Keys.onReturnPressed: event => row.activateFromKeyboard(event)
    Keys.onEnterPressed: event => row.activateFromKeyboard(event)

    function activateFromKeyboard(event) {
        event.accepted = true
        if (row.enabled)
            row.clicked()
    }

    contentItem: RowLayout {
        spacing: row.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                objectName: "rowTitle"
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: row.primaryTextColor
                elide: Text.ElideRight
            }
            Text {
                objectName: "rowSubtitle"
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.subtitle
                font.pixelSize: Theme.fontCaption
                color: row.secondaryTextColor
                elide: Text.ElideRight
            }
        }
        Text {
            objectName: "rowTrailing"
            Layout.alignment: Qt.AlignVCenter
            visible: text.length > 0
            text: row.trailingText
            font.pixelSize: Theme.fontCaption
            color: row.secondaryTextColor
        }
    }

    background: Rectangle {
        implicitWidth: Theme.controlHeight * 8
        implicitHeight: Theme.controlHeight + Theme.spacingSmall
        color: row.highlighted ? Theme.selection : row.down || row.hovered ? Theme.hover : Theme.surface

        // The selected row also carries a bar at its leading edge: selection is never colour alone.
        Rectangle {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: 4
            visible: row.highlighted
            color: Theme.accent
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.border
        }
        FocusRing {
            inset: true
            baseRadius: 0
            visible: row.showFocus
        }
    }
}
