import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "ModalDialog"
    width: 800
    height: 600
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: dialogComponent
        ModalDialog {
            title: "Delete this draft?"
            acceptText: "Delete draft"
            Text {
                text: "The unsigned note will be removed."
            }
        }
    }

    Component {
        id: mirroredPageComponent
        Item {
            anchors.fill: parent
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true
            property alias dialog: dialog
            ModalDialog {
                id: dialog
                title: "Delete this draft?"
                acceptText: "Delete draft"
            }
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function openDialog(properties) {
        const dialog = createTemporaryObject(dialogComponent, testCase, properties || {})
        const accepted = createTemporaryObject(spyComponent, testCase, { target: dialog, signalName: "accepted" })
        const rejected = createTemporaryObject(spyComponent, testCase, { target: dialog, signalName: "rejected" })
        dialog.open()
        tryCompare(dialog, "opened", true)
        return { dialog: dialog, accepted: accepted, rejected: rejected }
    }

    function test_escapeRejects() {
        const made = openDialog()
        keyClick(Qt.Key_Escape)
        tryCompare(made.dialog, "visible", false)
        compare(made.rejected.count, 1)
        compare(made.accepted.count, 0)
    }

    function test_theMainActionAccepts() {
        const made = openDialog()
        verify(made.dialog.acceptButton.activeFocus, "focus starts on the main action")
        keyClick(Qt.Key_Return)
        tryCompare(made.dialog, "visible", false)
        compare(made.accepted.count, 1)
    }

    function test_aDestructiveDialogStartsOnCancel() {
        const made = openDialog({ destructive: true })
        verify(made.dialog.rejectButton.activeFocus, "Enter must not delete by accident")
        compare(made.dialog.acceptButton.kind, ActionButton.Danger)
        keyClick(Qt.Key_Return)
        tryCompare(made.dialog, "visible", false)
        compare(made.rejected.count, 1)
        compare(made.accepted.count, 0)
    }

    function test_tabMovesBetweenTheButtons() {
        const made = openDialog()
        keyClick(Qt.Key_Backtab)
        verify(made.dialog.rejectButton.activeFocus)
        verify(findChild(made.dialog.rejectButton, "focusRing").visible)
        keyClick(Qt.Key_Space)
        tryCompare(made.dialog, "visible", false)
        compare(made.rejected.count, 1)
    }

    function test_aDisabledMainActionCannotAccept() {
        const made = openDialog({ acceptEnabled: false })
        mouseClick(made.dialog.acceptButton)
        compare(made.accepted.count, 0)
        verify(made.dialog.visible)
    }

    function test_theTitleIsShownAsAHeading() {
        const made = openDialog()
        const title = findChild(made.dialog.header, "dialogTitle")
        compare(title.text, "Delete this draft?")
        compare(title.Accessible.role, Accessible.Heading)
    }

    function test_theMainActionIsAtTheTrailingEdge() {
        const made = openDialog()
        waitForItemPolished(made.dialog.footer)
        verify(made.dialog.acceptButton.mapToItem(null, 0, 0).x > made.dialog.rejectButton.mapToItem(null, 0, 0).x)
    }

    function test_inARightToLeftPageTheButtonsMirror() {
        const page = createTemporaryObject(mirroredPageComponent, testCase)
        page.dialog.open()
        tryCompare(page.dialog, "opened", true)
        verify(page.dialog.rightToLeft, "the popup follows the page it belongs to")
        waitForItemPolished(page.dialog.footer)
        verify(page.dialog.acceptButton.mapToItem(null, 0, 0).x < page.dialog.rejectButton.mapToItem(null, 0, 0).x)
    }
}
