import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "LabeledTextField"
    width: 600
    height: 400
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: fieldComponent
        LabeledTextField {
            width: 400
            label: "Family name"
            helpText: "As on the ID card."
        }
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function typeText(text) {
        for (const character of text)
            keyClick(character)
    }

    function test_theLabelNamesTheFieldAndTheHelpDescribesIt() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const input = findChild(field, "fieldInput")
        compare(input.Accessible.name, "Family name")
        compare(input.Accessible.description, "As on the ID card.")
        const message = findChild(field, "fieldMessage")
        verify(message.visible)
        compare(message.text, "As on the ID card.")
        verify(Qt.colorEqual(message.color, Theme.textMuted))
    }

    function test_anErrorReplacesTheHelpTextAndIsAnnouncedAsTheDescription() {
        const field = createTemporaryObject(fieldComponent, testCase)
        field.errorText = "Enter a family name."
        const message = findChild(field, "fieldMessage")
        verify(message.text.indexOf("Enter a family name.") >= 0, message.text)
        verify(message.text.indexOf("As on the ID card.") < 0)
        verify(Qt.colorEqual(message.color, Theme.dangerText))
        compare(findChild(field, "fieldInput").Accessible.description, "Enter a family name.")
        verify(field.hasError)
        field.errorText = ""
        compare(message.text, "As on the ID card.")
    }

    function test_aRequiredFieldSaysSoInItsLabel() {
        const field = createTemporaryObject(fieldComponent, testCase, { required: true })
        verify(findChild(field, "fieldLabel").text.indexOf("required") >= 0)
    }

    function test_typingUpdatesTextAndEmitsTextEdited() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: field, signalName: "textEdited" })
        field.forceActiveFocus()
        verify(findChild(field, "fieldInput").activeFocus, "focus goes to the input")
        typeText("abc")
        compare(field.text, "abc")
        compare(spy.count, 3)
    }

    function test_clickingTheLabelFocusesTheInput() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const input = findChild(field, "fieldInput")
        verify(!input.activeFocus)
        mouseClick(findChild(field, "fieldLabel"))
        verify(input.activeFocus)
    }

    function test_enterEmitsAccepted() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: field, signalName: "accepted" })
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
