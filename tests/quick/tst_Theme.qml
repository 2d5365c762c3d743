import QtQuick
import QtTest
import Outpost

TestCase {
    name: "Theme"

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function cleanup() {
        Theme.variant = "light"
        Theme.textScale = 1.0
    }

    // Before any test assigns a variant, the default follows the system palette (light offscreen).
    function initTestCase() {
        compare(Theme.variant, Theme.systemPrefersDark ? "dark" : "light")
    }

    function test_switchingTheVariantChangesEveryColourRole_data() {
        return [
            { tag: "dark", variant: "dark", dark: true },
            { tag: "high-contrast", variant: "high-contrast", dark: true }
        ]
    }

    function test_switchingTheVariantChangesEveryColourRole(data) {
        Theme.variant = "light"
        const light = {}
        const roles = Object.keys(Theme.palettes["light"])
        for (const role of roles)
            light[role] = Theme[role].toString()
        Theme.variant = data.variant
        compare(Theme.dark, data.dark)
        compare(Theme.highContrast, data.variant === "high-contrast")
        for (const role of ["background", "surface", "text", "accent", "textOnAccent", "focusRing"])
            verify(Theme[role].toString() !== light[role], role + " changes from light to " + data.variant)
        for (const role of roles)
            verify(Qt.colorEqual(Theme[role], Theme.palettes[data.variant][role]), role + " comes from the palette")
    }

    function test_everyVariantDefinesTheSameRoles() {
        const expected = Object.keys(Theme.palettes["light"]).sort().join(",")
        compare(Theme.variants.length, 3)
        for (const variant of Theme.variants)
            compare(Object.keys(Theme.palettes[variant]).sort().join(","), expected, variant)
    }

    function test_anUnknownVariantFallsBackToLightColours() {
        Theme.variant = "sepia"
        verify(Qt.colorEqual(Theme.background, Theme.palettes["light"].background))
        verify(Qt.colorEqual(Theme.text, Theme.palettes["light"].text))
    }

    function test_theTypeScaleFollowsTheTextScale() {
        compare(Theme.fontCaption, 12)
        compare(Theme.fontBody, 15)
        compare(Theme.fontSubtitle, 18)
        compare(Theme.fontTitle, 26)
        compare(Theme.fontDisplay, 34)
        const height = Theme.controlHeight
        Theme.textScale = 2.0
        compare(Theme.fontBody, 30)
        compare(Theme.fontTitle, 52)
        compare(Theme.controlHeight, 2 * height)
        Theme.textScale = 1.5
        compare(Theme.fontCaption, 18)
    }

    function test_theTextScaleStaysBetween100And200Percent() {
        Theme.textScale = 3.0
        compare(Theme.textScale, 2.0)
        Theme.textScale = 0.5
        compare(Theme.textScale, 1.0)
    }

    function test_spacingAndRadiiAreOrderedScales() {
        verify(Theme.spacingXSmall < Theme.spacingSmall && Theme.spacingSmall < Theme.spacingMedium
               && Theme.spacingMedium < Theme.spacing && Theme.spacing < Theme.spacingLarge
               && Theme.spacingLarge < Theme.spacingXLarge)
        verify(Theme.radiusSmall < Theme.radius && Theme.radius < Theme.radiusLarge)
        compare(Theme.elevation.length, 4)
        for (let level = 1; level < Theme.elevation.length; ++level)
            verify(Theme.elevation[level].blur > Theme.elevation[level - 1].blur)
    }
}
