import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "DataTable"
    width: 700
    height: 500
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    readonly property var queueColumns: [
        { title: "Time", role: "time", weight: 1 },
        { title: "Patient", role: "name", weight: 3 },
        { title: "Status", role: "status", weight: 2 }
    ]

    ListModel {
        id: queueModel
        ListElement { time: "09:00"; name: "Müller, Anna"; status: "With clinician" }
        ListElement { time: "09:15"; name: "Haddad, Amina"; status: "Arrived" }
        ListElement { time: "09:30"; name: "Okafor, Chidi"; status: "Booked" }
        ListElement { time: "09:45"; name: "Nguyen, Lan"; status: "No-show" }
        ListElement { time: "10:00"; name: "Silva, João"; status: "Booked" }
    }

    Component {
        id: tableComponent
        DataTable {
            width: 600
            height: 300
            accessibleName: "Today's queue"
            columns: testCase.queueColumns
            model: queueModel
        }
    }

    Component {
        id: spyComponent
        SignalSpy {
            signalName: "activated"
        }
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function cellTexts(row) {
        const texts = []
        const pending = [row]
        while (pending.length > 0) {
            const item = pending.shift()
            if (item.Accessible.role === Accessible.Cell)
                texts.push(item.text)
            for (let i = 0; i < item.children.length; ++i)
                pending.push(item.children[i])
        }
        return texts
    }

    function test_theHeaderAndCellsComeFromColumnsAndModel() {
        const table = createTemporaryObject(tableComponent, testCase)
        compare(table.count, 5)
        const header = findChild(table, "tableHeader")
        const headerTexts = []
        const pending = [header]
        while (pending.length > 0) {
            const item = pending.shift()
            if (item.Accessible.role === Accessible.ColumnHeader)
                headerTexts.push(item.text)
            for (let i = 0; i < item.children.length; ++i)
                pending.push(item.children[i])
        }
        compare(headerTexts, ["Time", "Patient", "Status"])
        compare(cellTexts(table.view.itemAtIndex(1)), ["09:15", "Haddad, Amina", "Arrived"])
        compare(table.view.itemAtIndex(1).Accessible.name, "09:15, Haddad, Amina, Arrived")
        compare(table.view.Accessible.name, "Today's queue")
    }

    function test_columnsShareTheWidthByWeight() {
        const table = createTemporaryObject(tableComponent, testCase)
        fuzzyCompare(table.columnWidth(1), 3 * table.columnWidth(0), 0.01)
        fuzzyCompare(table.columnWidth(0) + table.columnWidth(1) + table.columnWidth(2),
                     table.width - 2 * Theme.borderWidth, 0.01)
    }

    function test_anArrayOfObjectsWorksAsAModel() {
        const table = createTemporaryObject(tableComponent, testCase, {
            model: [{ time: "11:00", name: "Ito, Ren", status: "Done" }]
        })
        compare(table.count, 1)
        compare(cellTexts(table.view.itemAtIndex(0)), ["11:00", "Ito, Ren", "Done"])
    }

    function test_theKeyboardMovesTheCurrentRow() {
        const table = createTemporaryObject(tableComponent, testCase)
        table.forceActiveFocus()
        verify(table.view.activeFocus)
        compare(table.currentIndex, 0)
        keyClick(Qt.Key_Down)
        compare(table.currentIndex, 1)
        keyClick(Qt.Key_End)
        compare(table.currentIndex, 4)
        keyClick(Qt.Key_Up)
        compare(table.currentIndex, 3)
        keyClick(Qt.Key_Home)
        compare(table.currentIndex, 0)
        keyClick(Qt.Key_PageDown)
        verify(table.currentIndex > 1, "Page Down moves by a page: " + table.currentIndex)
        keyClick(Qt.Key_PageUp)
        compare(table.currentIndex, 0)
        verify(findChild(table.view.currentItem, "focusRing").visible, "the current row shows keyboard focus")
    }

    function test_returnAndDoubleClickActivateARow() {
        const table = createTemporaryObject(tableComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: table })
        table.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 1)
        const row = table.view.itemAtIndex(2)
        mouseDoubleClickSequence(row)
        compare(table.currentIndex, 2)
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], 2)
    }
}
