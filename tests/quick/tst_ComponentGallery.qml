import QtQuick
import QtTest
import Outpost

// Walks the component gallery — every component in its states, popups included — for the rules that
// hold for all of them: a screen-reader name on every interactive control, and no text cut or
// spilling out of its box at 100 % and 200 % text size, in every theme.
TestCase {
    id: testCase
    name: "ComponentGallery"
    width: 1280
    height: 900
    when: windowShown
    // TestCase is invisible by default; the components under test must be shown to get input.
    visible: true

    Component {
        id: galleryComponent
        ComponentGallery {
            width: testCase.width
            height: testCase.height
        }
    }

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function cleanup() {
        Theme.textScale = 1.0
        Theme.variant = "light"
    }

    function showGallery() {
        const gallery = createTemporaryObject(galleryComponent, testCase)
        // The demo dialog and toasts open once the gallery is in a window.
        tryVerify(() => findItem(Window.window.contentItem, item => item.objectName === "dialogAccept") !== null)
        tryVerify(() => findItem(Window.window.contentItem, item => item.objectName === "toastDismiss") !== null)
        waitForRendering(gallery)
        return gallery
    }

    // Every item under root (popups live in the window's overlay, so pass the window's content item).
    function allItems(root) {
        const items = []
        const pending = [root]
        while (pending.length > 0) {
            const item = pending.pop()
            items.push(item)
            for (let i = 0; i < item.children.length; ++i)
                pending.push(item.children[i])
        }
        return items
    }

    function findItem(root, predicate) {
        return allItems(root).find(predicate) || null
    }

    function isButton(item) {
        return item.hasOwnProperty("checkable") && item.hasOwnProperty("pressed") && item.hasOwnProperty("autoRepeat")
    }

    function isTextEntry(item) {
        return item.hasOwnProperty("cursorPosition") && item.hasOwnProperty("readOnly")
    }

    function isInteractive(item) {
        return isButton(item) || isTextEntry(item) || item.activeFocusOnTab === true
    }

    function describe(item) {
        return item + " '" + (item.objectName || "") + "'" + (item.text !== undefined ? " text='" + item.text + "'" : "")
    }

    function test_everyInteractiveControlHasAnAccessibleNameAndRole_data() {
        return Theme.variants.map(variant => ({ tag: variant, variant: variant }))
    }

    function test_everyInteractiveControlHasAnAccessibleNameAndRole(data) {
        showGallery()
        Theme.variant = data.variant
        // Hidden controls are not in the accessibility tree; the gallery shows each control visible at least once.
        const interactive = allItems(Window.window.contentItem).filter(item => item.visible && isInteractive(item))
        const unnamed = interactive.filter(item => item.Accessible.name.trim().length === 0)
        const roleless = interactive.filter(item => item.Accessible.role === Accessible.NoRole)
        verify(interactive.length >= 30, "the walk found the gallery's controls: " + interactive.length)
        verify(unnamed.length === 0, "without an accessible name: " + unnamed.map(describe).join(", "))
        verify(roleless.length === 0, "without an accessible role: " + roleless.map(describe).join(", "))
    }

    function test_noTextIsCutOrSpillsOut_data() {
        const rows = []
        for (const scale of [1.0, 1.5, 2.0]) {
            for (const variant of Theme.variants)
                rows.push({ tag: variant + " at " + Math.round(scale * 100) + " %", variant: variant, scale: scale })
        }
        return rows
    }

    function test_noTextIsCutOrSpillsOut(data) {
        const gallery = showGallery()
        // Switched at run time, as the View menu does.
        Theme.variant = data.variant
        Theme.textScale = data.scale
        waitForItemPolished(gallery)
        waitForRendering(gallery)
        const texts = allItems(Window.window.contentItem).filter(item => item.visible && item.hasOwnProperty("truncated")
                                                                       && item.hasOwnProperty("lineCount")
                                                                       && item.text.length > 0)
        verify(texts.length > 50, "the walk found the gallery's text: " + texts.length)
        const problems = []
        for (const text of texts) {
            if (text.truncated)
                problems.push("cut: " + describe(text))
            else if (text.wrapMode === Text.NoWrap && text.elide === Text.ElideNone && text.implicitWidth > text.width + 1)
                problems.push("too wide (" + Math.round(text.implicitWidth) + " > " + Math.round(text.width) + "): "
                              + describe(text))
            else if (text.contentHeight > text.height + 1)
                problems.push("too tall (" + Math.round(text.contentHeight) + " > " + Math.round(text.height) + "): "
                              + describe(text))
        }
        verify(problems.length === 0, problems.join("\n"))
    }

    function test_keyboardFocusIsVisibleOnEveryFocusableControl() {
        showGallery()
        // Tab through the whole page: every stop shows a focus ring (its own or its field's).
        const seen = []
        const gallery = findItem(Window.window.contentItem, item => item.objectName === "componentGallery")
        gallery.focusDemoButton.forceActiveFocus(Qt.TabFocusReason)
        for (let step = 0; step < 60; ++step) {
            const focused = Window.window.activeFocusItem
            if (seen.indexOf(focused) >= 0)
                break
            seen.push(focused)
            const owner = focused.objectName === "fieldInput" || focused.objectName === "searchInput"
                        ? focused.parent.parent : focused
            const ring = findItem(owner, item => item.objectName === "focusRing" && item.visible)
            verify(ring !== null, "no visible focus ring on " + describe(focused))
            keyClick(Qt.Key_Tab)
        }
        verify(seen.length >= 10, "Tab visited " + seen.length + " controls")
    }
}
