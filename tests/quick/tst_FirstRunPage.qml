import QtQuick
import QtTest
import Outpost

TestCase {
    name: "FirstRunPage"
    width: 900
    height: 600
    when: windowShown

    Component {
        id: pageComponent
        FirstRunPage { anchors.fill: parent }
    }

    function test_namesTheDataFolder() {
        const page = createTemporaryObject(pageComponent, this)
        const label = findChild(page, "dataFolderLabel")
        verify(label !== null)
        compare(label.text, AppController.dataDir)
        verify(AppController.firstRun, "an empty data folder is a first run")
    }

    function test_everyButtonHasAnAccessibleName() {
        const page = createTemporaryObject(pageComponent, this)
        const pending = [page]
        let buttons = 0
        while (pending.length > 0) {
            const item = pending.pop()
            if (item.hasOwnProperty("checkable") && item.hasOwnProperty("clicked")) {
                ++buttons
                verify(item.Accessible.name.length > 0, "button without an accessible name: " + item)
            }
            for (let i = 0; i < item.children.length; ++i)
                pending.push(item.children[i])
        }
        verify(buttons > 0)
    }
}
