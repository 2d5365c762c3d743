import QtQuick
import QtTest
import Outpost

TestCase {
    id: testCase
    name: "SearchField"
    width: 600
    height: 300
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: fieldComponent
        SearchField {
            width: 400
            accessibleName: "Find patient"
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

    function typeText(text) {
        for (const character of text)
            keyClick(character)
    }

    function spyOn(target, signalName) {
        const spy = createTemporaryObject(spyComponent, testCase, { target: target, signalName: signalName })
        verify(spy.valid)
        return spy
    }

    function test_everyKeystrokeEmitsTextEditedForLiveSearch() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const edited = spyOn(field, "textEdited")
        field.activate()
        typeText("mul")
        compare(field.text, "mul")
        compare(edited.count, 3)
        field.text = "set by code"
        compare(edited.count, 3, "only user edits count")
    }

    function test_theClearButtonAppearsWithTextAndClearsIt() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const clearButton = findChild(field, "searchClearButton")
        verify(!clearButton.visible)
        field.activate()
        typeText("anna")
        verify(clearButton.visible)
        compare(clearButton.Accessible.name, "Clear search")
        const edited = spyOn(field, "textEdited")
        const cleared = spyOn(field, "cleared")
        tryVerify(() => clearButton.width > 0, 1000, "the layout places the button before a user could click it")
        mouseClick(clearButton)
        compare(field.text, "")
        compare(edited.count, 1, "clearing is an edit: the results update")
        compare(cleared.count, 1)
        verify(!clearButton.visible)
        verify(field.input.activeFocus, "the cursor stays in the field")
    }

    function test_escapeClearsTheText() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const cleared = spyOn(field, "cleared")
        field.activate()
        typeText("anna")
        keyClick(Qt.Key_Escape)
        compare(field.text, "")
        compare(cleared.count, 1)
        keyClick(Qt.Key_Escape)
        compare(cleared.count, 1, "Escape on an empty field does nothing")
    }

    function test_activateFocusesTheFieldAndSelectsItsText() {
        const field = createTemporaryObject(fieldComponent, testCase, { text: "haddad" })
        verify(!field.input.activeFocus)
        field.activate()
        verify(field.input.activeFocus)
        compare(field.input.selectedText, "haddad")
        typeText("okafor")
        compare(field.text, "okafor", "typing replaces the old query")
    }

    function test_downAndReturnReachTheResults() {
        const field = createTemporaryObject(fieldComponent, testCase)
        const down = spyOn(field, "downPressed")
        const accepted = spyOn(field, "accepted")
        field.activate()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(down.count, 1)
        compare(accepted.count, 1)
    }

    function test_theFieldHasItsAccessibleNameAndSearchRole() {
        const field = createTemporaryObject(fieldComponent, testCase)
        compare(field.input.Accessible.name, "Find patient")
        verify(field.input.Accessible.searchEdit)
    }
}
