import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "EmptyState"
    width: 600
    height: 400
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: emptyComponent
        EmptyState {
            width: 500
            height: 400
            title: "No patients yet"
            message: "Register the first patient."
        }
    }

    Component {
        id: spyComponent
        SignalSpy {
            signalName: "actionTriggered"
        }
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function test_withoutActionTextThereIsNoButton() {
        const empty = createTemporaryObject(emptyComponent, testCase)
        verify(!empty.actionButton.visible)
        compare(findChild(empty, "emptyTitle").text, "No patients yet")
        compare(findChild(empty, "emptyTitle").Accessible.role, Accessible.Heading)
    }

    function test_theActionButtonEmitsActionTriggered() {
        const empty = createTemporaryObject(emptyComponent, testCase, { actionText: "Register patient" })
        const spy = createTemporaryObject(spyComponent, testCase, { target: empty })
        verify(empty.actionButton.visible)
        compare(empty.actionButton.Accessible.name, "Register patient")
        empty.actionButton.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
    }

    function test_theMessageWrapsInsteadOfBeingCut() {
        const empty = createTemporaryObject(emptyComponent, testCase, {
            message: "A long explanation that must wrap onto several lines rather than run off the edge of the page."
        })
        empty.width = 240
        const message = findChild(empty, "emptyMessage")
        verify(message.lineCount > 1)
        verify(message.width <= empty.width)
    }
}
