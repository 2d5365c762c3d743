import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "ListRow"
    width: 600
    height: 400
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: rowComponent
        ListRow {
            width: 400
            title: "Müller, Anna"
            subtitle: "12/03/1984"
            trailingText: "Arrived 09:12"
        }
    }

    // The way pages use rows: a keyboard-driven ListView whose delegates are ListRows.
    Component {
        id: listComponent
        ListView {
            id: list
            width: 400
            height: 300
            focus: true
            keyNavigationEnabled: true
            model: ["Müller, Anna", "Haddad, Amina", "Okafor, Chidi"]
            property var clickedRows: []
            delegate: ListRow {
                required property string modelData
                required property int index
                width: ListView.view.width
                title: modelData
                highlighted: ListView.isCurrentItem
                onClicked: list.clickedRows = list.clickedRows.concat([index])
            }
        }
    }

    Component {
        id: spyComponent
        SignalSpy {
            signalName: "clicked"
        }
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function test_keysActivateTheFocusedRow_data() {
        return [
            { tag: "Space", key: Qt.Key_Space },
            { tag: "Return", key: Qt.Key_Return },
            { tag: "Enter", key: Qt.Key_Enter }
        ]
    }

    function test_keysActivateTheFocusedRow(data) {
        const row = createTemporaryObject(rowComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: row })
        row.forceActiveFocus(Qt.TabFocusReason)
        keyClick(data.key)
        compare(spy.count, 1)
    }

    function test_theAccessibleNameReadsTheWholeRow() {
        const row = createTemporaryObject(rowComponent, testCase)
        compare(row.Accessible.name, "Müller, Anna, 12/03/1984, Arrived 09:12")
        row.subtitle = ""
        compare(row.Accessible.name, "Müller, Anna, Arrived 09:12")
        verify(!findChild(row, "rowSubtitle").visible, "no empty line for a missing subtitle")
    }

    function test_keyboardFocusShowsTheRingAndAClickDoesNot() {
        const row = createTemporaryObject(rowComponent, testCase)
        const ring = findChild(row, "focusRing")
        row.forceActiveFocus(Qt.TabFocusReason)
        verify(ring.visible)
        row.focus = false
        verify(!ring.visible)
        mouseClick(row)
        verify(row.activeFocus)
        verify(!ring.visible)
    }

    function test_arrowKeysMoveThroughAListAndReturnOpensTheCurrentRow() {
        const list = createTemporaryObject(listComponent, testCase)
        list.forceActiveFocus()
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 2)
        verify(list.currentItem.activeFocus, "the current row has the keyboard focus")
        verify(findChild(list.currentItem, "focusRing").visible, "and shows it")
        verify(list.currentItem.highlighted)
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Return)
        compare(list.clickedRows, [1])
    }
}
