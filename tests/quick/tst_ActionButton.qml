import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "ActionButton"
    width: 600
    height: 300
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: buttonComponent
        ActionButton {
            text: "Save patient"
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

    function makeButton(properties) {
        const button = createTemporaryObject(buttonComponent, testCase, properties || {})
        const spy = createTemporaryObject(spyComponent, testCase, { target: button })
        verify(spy.valid)
        return { button: button, spy: spy }
    }

    function test_keysActivateTheFocusedButton_data() {
        return [
            { tag: "Space", key: Qt.Key_Space },
            { tag: "Return", key: Qt.Key_Return },
            { tag: "Enter", key: Qt.Key_Enter }
        ]
    }

    function test_keysActivateTheFocusedButton(data) {
        const made = makeButton()
        made.button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(data.key)
        compare(made.spy.count, 1)
    }

    function test_aDisabledButtonIgnoresKeysAndClicks() {
        const made = makeButton({ enabled: false })
        made.button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Space)
        mouseClick(made.button)
        compare(made.spy.count, 0)
    }

    function test_tabShowsTheFocusRingAndAClickDoesNot() {
        const made = makeButton()
        const ring = findChild(made.button, "focusRing")
        verify(ring !== null)
        verify(!ring.visible)
        made.button.forceActiveFocus(Qt.TabFocusReason)
        verify(made.button.visualFocus)
        verify(ring.visible, "keyboard focus is visible")
        made.button.focus = false
        mouseClick(made.button)
        compare(made.spy.count, 1)
        verify(!ring.visible, "no ring after a mouse click")
    }

    function test_eachKindUsesItsColourRoles_data() {
        return [
            { tag: "primary", kind: ActionButton.Primary, fill: "accent", label: "textOnAccent" },
            { tag: "secondary", kind: ActionButton.Secondary, fill: "surface", label: "text" },
            { tag: "danger", kind: ActionButton.Danger, fill: "danger", label: "textOnDanger" }
        ]
    }

    function test_eachKindUsesItsColourRoles(data) {
        const made = makeButton({ kind: data.kind })
        verify(Qt.colorEqual(made.button.background.color, Theme[data.fill]))
        verify(Qt.colorEqual(made.button.contentItem.color, Theme[data.label]))
        compare(made.button.Accessible.name, "Save patient")
    }

    function test_theButtonGrowsWithTheTextScale() {
        const made = makeButton()
        const height = made.button.height
        const width = made.button.width
        Theme.textScale = 2.0
        verify(made.button.height >= 1.8 * height, "height " + made.button.height + " from " + height)
        verify(made.button.width > 1.5 * width)
        verify(!made.button.contentItem.truncated, "the label is not cut")
        Theme.textScale = 1.0
    }
}
