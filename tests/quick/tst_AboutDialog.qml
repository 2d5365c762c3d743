import QtQuick
import QtTest
import Outpost

TestCase {
    name: "AboutDialog"
    width: 600
    height: 400
    when: windowShown

    Component {
        id: dialogComponent
        AboutDialog {}
    }

    function test_showsTheApplicationVersion() {
        const dialog = createTemporaryObject(dialogComponent, this)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const label = findChild(dialog.contentItem, "aboutVersion")
        verify(label !== null, "the version label exists")
        compare(label.text, "Outpost " + AppController.version)
        verify(/^\d+\.\d+\.\d+$/.test(AppController.version), "a semantic version")
    }

    function test_closesWithEscape() {
        const dialog = createTemporaryObject(dialogComponent, this)
        dialog.open()
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
    }
}
