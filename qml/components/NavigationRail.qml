pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// The side navigation: one entry per section, from `model` — an array of { text, badge } or a
// ListModel with those roles; badge is optional (a count such as "3"). currentIndex is the section
// shown. Tab reaches the current entry only; Up/Down/Home/End move between entries; Space, Enter,
// Return or a click choose one and emit activated(index).
Rectangle {
    id: rail

    property var model: []
    property int currentIndex: 0
    property string accessibleName: qsTr("Sections")
    readonly property alias count: entries.count

    signal activated(int index)

    // A role of a ListModel entry, or a property of an array entry (model.modelData).
    function roleText(entryModel, role) {
        let value = entryModel[role]
        if (value === undefined && entryModel.modelData !== undefined && entryModel.modelData !== null)
            value = entryModel.modelData[role]
        return value === undefined || value === null ? "" : String(value)
    }

    function entryAt(index) {
        return entries.itemAt(index)
    }

    function activate(index) {
        if (index < 0 || index >= entries.count)
            return
        currentIndex = index
        activated(index)
    }

    function focusEntry(index) {
        const entry = entries.itemAt(Math.max(0, Math.min(entries.count - 1, index)))
        if (entry)
            entry.forceActiveFocus(Qt.TabFocusReason)
    }

    implicitWidth: column.implicitWidth + 2 * Theme.spacingSmall
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.surfaceVariant

    Accessible.role: Accessible.PageTabList
    Accessible.name: accessibleName

    // The edge between the rail and the page.
    Rectangle {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.borderWidth
        color: Theme.border
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingXSmall

        Repeater {
            id: entries
            model: rail.model

            ItemDelegate {
                id: entry
                required property int index
                required property var model
                readonly property string label: rail.roleText(model, "text")
                readonly property string badge: rail.roleText(model, "badge")
                readonly property bool selected: index === rail.currentIndex

                Layout.fillWidth: true
                focusPolicy: selected ? Qt.StrongFocus : Qt.ClickFocus
                hoverEnabled: true
                font.pixelSize: Theme.fontBody
                topPadding: Theme.spacingSmall
                bottomPadding: Theme.spacingSmall
                leftPadding: Theme.spacingMedium + 4
                rightPadding: Theme.spacingMedium
                text: label

                Accessible.role: Accessible.PageTab
                Accessible.name: badge.length > 0 ? qsTr("%1, %2").arg(label).arg(badge) : label
                Accessible.selected: selected
                Accessible.selectable: true

                onClicked: rail.activate(index)
                Keys.onReturnPressed: rail.activate(index)
                Keys.onEnterPressed: rail.activate(index)
                Keys.onUpPressed: rail.focusEntry(index - 1)
                Keys.onDownPressed: rail.focusEntry(index + 1)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Home)
                        rail.focusEntry(0)
                    else if (event.key === Qt.Key_End)
                        rail.focusEntry(entries.count - 1)
                    else
                        return
                    event.accepted = true
                }

                contentItem: Item {
                    implicitWidth: labelText.implicitWidth + (badgePill.visible ? badgePill.width + Theme.spacingSmall : 0)
                    implicitHeight: Math.max(labelText.implicitHeight, badgePill.height)

                    Text {
                        id: labelText
                        anchors.left: parent.left
                        anchors.right: badgePill.visible ? badgePill.left : parent.right
                        anchors.rightMargin: badgePill.visible ? Theme.spacingSmall : 0
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.label
                        font.pixelSize: Theme.fontBody
                        font.weight: entry.selected ? Font.DemiBold : Font.Normal
                        color: entry.selected ? Theme.textOnSelection : Theme.text
                        elide: Text.ElideRight
                    }
                    Rectangle {
                        id: badgePill
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        visible: entry.badge.length > 0
                        width: Math.max(height, badgeText.implicitWidth + Theme.spacingSmall * 2)
                        height: badgeText.implicitHeight + Theme.spacingXSmall
                        radius: height / 2
                        color: Theme.accent

                        Text {
                            id: badgeText
                            anchors.centerIn: parent
                            text: entry.badge
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.Bold
                            color: Theme.textOnAccent
                        }
                    }
                }

                background: Rectangle {
                    implicitWidth: Theme.fontBody * 11
                    implicitHeight: Theme.controlHeight
                    radius: Theme.radius
                    color: entry.selected ? Theme.selection : entry.down || entry.hovered ? Theme.hover : "transparent"

                    Rectangle {
                        anchors.left: parent.left
                        anchors.verticalCenter: parent.verticalCenter
                        width: 4
                        height: parent.height - Theme.spacingSmall * 2
                        radius: 2
                        visible: entry.selected
                        color: Theme.accent
                    }
                    FocusRing {
                        inset: true
                        visible: entry.activeFocus && entry.focusReason !== Qt.MouseFocusReason
                    }
                }
            }
        }
    }
}
