pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Outpost

// A read-only table: a header row and one row per model entry. `columns` lists
// { title, role, weight }: the header text, the model role shown in that column, and its share of
// the width. Works with ListModel, C++ list models and arrays of objects. Up/Down, Page Up/Down,
// Home and End move the current row; Enter, Return or a double click emit activated(row).
FocusScope {
    id: table

    property var columns: []
    property alias model: list.model
    property alias currentIndex: list.currentIndex
    property alias count: list.count
    property string accessibleName: qsTr("Table")
    readonly property alias view: list

    signal activated(int row)

    readonly property real totalWeight: columns.reduce((sum, column) => sum + (column.weight || 1), 0)
    readonly property int rowHeight: Theme.controlHeight

    function columnWidth(columnIndex) {
        const available = table.width - 2 * Theme.borderWidth
        return available * (columns[columnIndex].weight || 1) / Math.max(1, totalWeight)
    }

    function cellText(rowModel, role) {
        let value = rowModel[role]
        if (value === undefined && rowModel.modelData !== undefined && rowModel.modelData !== null)
            value = rowModel.modelData[role]
        return value === undefined || value === null ? "" : String(value)
    }

    implicitWidth: Theme.controlHeight * 12
    implicitHeight: header.height + Math.min(list.count, 8) * rowHeight + 2 * Theme.borderWidth

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        radius: Theme.radiusSmall
    }

    Rectangle {
        id: header
        objectName: "tableHeader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.borderWidth
        height: Theme.controlHeight
        color: Theme.surfaceVariant

        Row {
            anchors.fill: parent
            Repeater {
                model: table.columns
                Text {
                    required property var modelData
                    required property int index
                    width: table.columnWidth(index)
                    height: header.height
                    leftPadding: Theme.spacingMedium
                    rightPadding: Theme.spacingMedium
                    verticalAlignment: Text.AlignVCenter
                    text: modelData.title
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.Bold
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: text
                }
            }
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.borderWidth
            color: Theme.borderStrong
        }
    }

    ListView {
        id: list
        objectName: "tableRows"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.borderWidth
        anchors.topMargin: 0
        clip: true
        focus: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar {}

        Accessible.role: Accessible.Table
        Accessible.name: table.accessibleName

        readonly property int pageRows: Math.max(1, Math.floor(height / table.rowHeight) - 1)
        Keys.onReturnPressed: table.activateCurrent()
        Keys.onEnterPressed: table.activateCurrent()
        Keys.onPressed: event => {
            if (count === 0)
                return
            if (event.key === Qt.Key_Home)
                currentIndex = 0
            else if (event.key === Qt.Key_End)
                currentIndex = count - 1
            else if (event.key === Qt.Key_PageDown)
                currentIndex = Math.min(count - 1, currentIndex + pageRows)
            else if (event.key === Qt.Key_PageUp)
                currentIndex = Math.max(0, currentIndex - pageRows)
            else
                return
            event.accepted = true
        }

        delegate: Rectangle {
            id: rowItem
            required property int index
            required property var model
            readonly property bool current: ListView.isCurrentItem

            width: ListView.view.width
            height: table.rowHeight
            color: current ? Theme.selection : rowMouse.containsMouse ? Theme.hover : Theme.surface

            Accessible.role: Accessible.Row
            Accessible.name: table.columns.map(column => table.cellText(rowItem.model, column.role)).join(", ")
            Accessible.selected: current

            Row {
                anchors.fill: parent
                Repeater {
                    model: table.columns
                    Text {
                        required property var modelData
                        required property int index
                        width: table.columnWidth(index)
                        height: rowItem.height
                        leftPadding: Theme.spacingMedium
                        rightPadding: Theme.spacingMedium
                        verticalAlignment: Text.AlignVCenter
                        text: table.cellText(rowItem.model, modelData.role)
                        font.pixelSize: Theme.fontBody
                        color: rowItem.current ? Theme.textOnSelection : Theme.text
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Cell
                        Accessible.name: text
                    }
                }
            }
            Rectangle {
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: 4
                visible: rowItem.current
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
                visible: rowItem.current && list.activeFocus
            }
            MouseArea {
                id: rowMouse
                anchors.fill: parent
                hoverEnabled: true
                onClicked: {
                    list.currentIndex = rowItem.index
                    list.forceActiveFocus(Qt.MouseFocusReason)
                }
                onDoubleClicked: table.activated(rowItem.index)
            }
        }
    }

    function activateCurrent() {
        if (list.currentIndex >= 0)
            table.activated(list.currentIndex)
    }
}
