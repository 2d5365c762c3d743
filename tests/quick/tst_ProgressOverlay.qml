import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "ProgressOverlay"
    width: 800
    height: 600
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: pageComponent
        Item {
            anchors.fill: parent
            property alias overlay: overlay
            property alias behind: behind
            ActionButton {
                id: behind
                text: "Behind the overlay"
            }
            ProgressOverlay {
                id: overlay
                anchors.fill: parent
                title: "Exporting backup…"
                progress: 0.4
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

    function makePage() {
        const page = createTemporaryObject(pageComponent, testCase)
        const cancelled = createTemporaryObject(spyComponent, testCase,
                                                { target: page.overlay, signalName: "cancelled" })
        verify(cancelled.valid)
        return { page: page, overlay: page.overlay, cancelled: cancelled }
    }

    function test_cancelEmitsCancelledOnce() {
        const made = makePage()
        made.overlay.active = true
        const button = findChild(made.overlay, "progressCancel")
        verify(button.visible)
        mouseClick(button)
        compare(made.cancelled.count, 1)
        verify(made.overlay.cancelRequested)
        verify(!button.enabled, "a second click cannot cancel twice")
        compare(findChild(made.overlay, "progressTitle").text, "Cancelling…")
        made.overlay.cancel()
        compare(made.cancelled.count, 1)
    }

    function test_escapeAndTheKeyboardCancel_data() {
        return [
            { tag: "Escape", key: Qt.Key_Escape },
            { tag: "Space on the focused Cancel", key: Qt.Key_Space },
            { tag: "Return on the focused Cancel", key: Qt.Key_Return }
        ]
    }

    function test_escapeAndTheKeyboardCancel(data) {
        const made = makePage()
        made.page.behind.forceActiveFocus()
        made.overlay.active = true
        verify(made.overlay.cancelButton.activeFocus, "Cancel takes the focus when the overlay appears")
        keyClick(data.key)
        compare(made.cancelled.count, 1)
    }

    function test_tabCannotLeaveTheOverlay() {
        const made = makePage()
        made.overlay.active = true
        keyClick(Qt.Key_Tab)
        verify(made.overlay.cancelButton.activeFocus)
        keyClick(Qt.Key_Backtab)
        verify(made.overlay.cancelButton.activeFocus)
        verify(!made.page.behind.activeFocus)
    }

    function test_clicksDoNotReachThePageUnderneath() {
        const made = makePage()
        const clicked = createTemporaryObject(spyComponent, testCase,
                                              { target: made.page.behind, signalName: "clicked" })
        made.overlay.active = true
        mouseClick(made.page.behind)
        compare(clicked.count, 0)
        made.overlay.active = false
        mouseClick(made.page.behind)
        compare(clicked.count, 1)
    }

    function test_aNonModalOverlayLeavesThePageUsable() {
        const made = makePage()
        const clicked = createTemporaryObject(spyComponent, testCase,
                                              { target: made.page.behind, signalName: "clicked" })
        made.page.behind.forceActiveFocus()
        made.overlay.modal = false
        made.overlay.active = true
        verify(made.page.behind.activeFocus, "the focus stays where the user was")
        mouseClick(made.page.behind)
        compare(clicked.count, 1, "the page underneath takes clicks")
        keyClick(Qt.Key_Tab)
        verify(made.overlay.cancelButton.activeFocus, "Tab reaches Cancel")
        keyClick(Qt.Key_Tab)
        verify(!made.overlay.cancelButton.activeFocus, "and Tab leaves it again")
        mouseClick(made.overlay.cancelButton)
        compare(made.cancelled.count, 1)
        const card = findChild(made.overlay, "progressCard")
        const bottom = card.mapToItem(made.overlay, 0, card.height).y
        verify(bottom > made.overlay.height * 0.9, "the card sits at the bottom edge")
    }

    function test_progressShowsAsAPercentageOrIndeterminate() {
        const made = makePage()
        made.overlay.active = true
        const percent = findChild(made.overlay, "progressPercent")
        const bar = findChild(made.overlay, "progressBar")
        compare(percent.text, "40 %")
        compare(bar.value, 0.4)
        made.overlay.progress = 1.7
        compare(bar.value, 1, "clamped to 0–1")
        made.overlay.indeterminate = true
        verify(bar.indeterminate)
        verify(!percent.visible)
        compare(bar.Accessible.name, "Exporting backup…")
    }

    function test_aNonCancellableJobHasNoCancel() {
        const made = makePage()
        made.overlay.cancellable = false
        made.overlay.active = true
        verify(!findChild(made.overlay, "progressCancel").visible)
        keyClick(Qt.Key_Escape)
        compare(made.cancelled.count, 0)
    }

    function test_reopeningResetsTheCancelRequest() {
        const made = makePage()
        made.overlay.active = true
        made.overlay.cancel()
        made.overlay.active = false
        made.overlay.active = true
        verify(!made.overlay.cancelRequested)
        verify(made.overlay.cancelButton.enabled)
        made.overlay.cancel()
        compare(made.cancelled.count, 2)
    }
}
