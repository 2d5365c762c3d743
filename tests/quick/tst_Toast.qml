import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "Toast"
    width: 800
    height: 600
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: toastComponent
        Toast {
            timeout: 150
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    // Lives as long as the test: the Announcer singleton outlives every toast.
    SignalSpy {
        id: announced
        target: Announcer
        signalName: "announced"
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function test_showDisplaysAndAnnouncesTheMessage() {
        const toast = createTemporaryObject(toastComponent, testCase)
        announced.clear()
        verify(announced.valid)
        toast.show("Patient record saved.")
        tryCompare(toast, "opened", true)
        compare(toast.messageItem.text, "Patient record saved.")
        compare(toast.messageItem.Accessible.role, Accessible.AlertMessage)
        compare(toast.messageItem.Accessible.name, "Patient record saved.")
        compare(announced.count, 1, "one announcement")
        compare(announced.signalArguments[0][0], "Patient record saved.")
        toast.show("Patient record saved again.")
        compare(announced.count, 2, "a new message is announced even while the toast is up")
    }

    function test_itGoesAwayByItselfAfterTheTimeout() {
        const toast = createTemporaryObject(toastComponent, testCase)
        mouseMove(testCase, 1, 1) // the countdown waits while the pointer rests on the toast
        toast.show("Saved.")
        tryCompare(toast, "opened", true)
        tryCompare(toast, "visible", false, 2000)
    }

    function test_aZeroTimeoutKeepsItUntilDismissed() {
        const toast = createTemporaryObject(toastComponent, testCase, { timeout: 0 })
        toast.show("The backup could not be written.", Toast.Error)
        tryCompare(toast, "opened", true)
        wait(300)
        verify(toast.visible)
        verify(Qt.colorEqual(toast.messageItem.color, Theme.textOnDanger))
        mouseClick(findChild(toast.contentItem, "toastDismiss"))
        tryCompare(toast, "visible", false)
    }

    function test_itNeverTakesTheFocus() {
        const toast = createTemporaryObject(toastComponent, testCase)
        const field = createTemporaryObject(fieldComponent, testCase)
        field.forceActiveFocus()
        toast.show("Saved.")
        tryCompare(toast, "opened", true)
        verify(field.activeFocus, "typing goes on where it was")
    }

    function test_theActionRunsAndClosesTheToast() {
        const toast = createTemporaryObject(toastComponent, testCase, { timeout: 0, actionText: "Undo" })
        const spy = createTemporaryObject(spyComponent, testCase, { target: toast, signalName: "actionTriggered" })
        toast.show("Note deleted.")
        tryCompare(toast, "opened", true)
        const action = findChild(toast.contentItem, "toastAction")
        compare(action.Accessible.name, "Undo")
        mouseClick(action)
        compare(spy.count, 1)
        tryCompare(toast, "visible", false)
    }

    Component {
        id: fieldComponent
        TextInput {
            width: 200
            height: 30
        }
    }
}
