import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "NavigationRail"
    width: 600
    height: 500
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: railComponent
        Item {
            width: 400
            height: 400
            property alias rail: rail
            property alias before: before
            ActionButton {
                id: before
                text: "Before the rail"
            }
            NavigationRail {
                id: rail
                y: 60
                currentIndex: 1
                model: [
                    { text: "Reception" },
                    { text: "Today's queue", badge: "3" },
                    { text: "Patients" }
                ]
            }
        }
    }

    ListModel {
        id: sections
        ListElement { text: "Reception"; badge: "" }
        ListElement { text: "Settings"; badge: "1" }
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

    function test_tabReachesTheCurrentEntryOnly() {
        const page = createTemporaryObject(railComponent, testCase)
        page.before.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Tab)
        verify(page.rail.entryAt(1).activeFocus, "Tab lands on the current section")
        verify(findChild(page.rail.entryAt(1), "focusRing").visible)
        keyClick(Qt.Key_Backtab)
        verify(page.before.activeFocus)
    }

    function test_arrowsMoveAndEnterChooses() {
        const page = createTemporaryObject(railComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: page.rail })
        page.rail.focusEntry(page.rail.currentIndex)
        keyClick(Qt.Key_Down)
        verify(page.rail.entryAt(2).activeFocus)
        compare(page.rail.currentIndex, 1, "moving focus does not switch the page")
        keyClick(Qt.Key_Return)
        compare(page.rail.currentIndex, 2)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 2)
        keyClick(Qt.Key_Home)
        verify(page.rail.entryAt(0).activeFocus)
        keyClick(Qt.Key_Space)
        compare(page.rail.currentIndex, 0)
        keyClick(Qt.Key_End)
        verify(page.rail.entryAt(2).activeFocus)
        keyClick(Qt.Key_Down)
        verify(page.rail.entryAt(2).activeFocus, "Down on the last entry stays there")
    }

    function test_aClickChooses() {
        const page = createTemporaryObject(railComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: page.rail })
        mouseClick(page.rail.entryAt(0))
        compare(page.rail.currentIndex, 0)
        compare(spy.count, 1)
    }

    function test_entriesAreNamedTabsWithTheirBadge() {
        const page = createTemporaryObject(railComponent, testCase)
        compare(page.rail.Accessible.role, Accessible.PageTabList)
        compare(page.rail.entryAt(0).Accessible.name, "Reception")
        compare(page.rail.entryAt(1).Accessible.name, "Today's queue, 3")
        compare(page.rail.entryAt(1).Accessible.role, Accessible.PageTab)
        verify(page.rail.entryAt(1).Accessible.selected)
        verify(!page.rail.entryAt(0).Accessible.selected)
    }

    function test_aListModelWorksToo() {
        const page = createTemporaryObject(railComponent, testCase)
        page.rail.model = sections
        compare(page.rail.count, 2)
        compare(page.rail.entryAt(0).Accessible.name, "Reception")
        compare(page.rail.entryAt(1).Accessible.name, "Settings, 1")
    }
}
