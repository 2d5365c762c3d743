import QtQuick
import QtTest
import Outpost

// WCAG 2.x contrast of every text/background token pair the components use together, in every
// theme variant: text needs 4.5:1 (AA), 7:1 (AAA) in high contrast; focus rings, field outlines and
// state markers need 3:1 (WCAG 1.4.11), 4.5:1 in high contrast. Prints the table it checks.
TestCase {
    id: testCase
    name: "ThemeContrast"

    // [foreground, background, where the pair appears]
    readonly property var textPairs: [
        ["text", "background", "page text"],
        ["text", "surface", "cards, fields, rows"],
        ["text", "surfaceVariant", "table header, navigation, read-only field"],
        ["text", "hover", "row and button under the pointer"],
        ["textMuted", "background", "secondary text on the page"],
        ["textMuted", "surface", "help text, placeholders, subtitles"],
        ["textMuted", "surfaceVariant", "secondary text in headers"],
        ["textMuted", "hover", "row subtitle under the pointer"],
        ["accentText", "background", "links"],
        ["accentText", "surface", "links on cards"],
        ["accentText", "surfaceVariant", "links in headers"],
        ["dangerText", "background", "error message on the page"],
        ["dangerText", "surface", "field error"],
        ["dangerText", "surfaceVariant", "error in a header"],
        ["dangerText", "dangerSurface", "error banner title"],
        ["warning", "background", "warning text"],
        ["warning", "surface", "warning text on cards"],
        ["warning", "surfaceVariant", "warning text in headers"],
        ["success", "background", "success text"],
        ["success", "surface", "success text on cards"],
        ["success", "surfaceVariant", "success text in headers"],
        ["text", "dangerSurface", "error banner"],
        ["text", "warningSurface", "warning banner"],
        ["text", "successSurface", "success banner"],
        ["textOnSelection", "selection", "selected row, current navigation entry"],
        ["textOnAccent", "accent", "primary button, badge"],
        ["textOnAccent", "accentHover", "primary button under the pointer"],
        ["textOnAccent", "accentPressed", "primary button pressed"],
        ["textOnDanger", "danger", "danger button, error toast"],
        ["textOnDanger", "dangerHover", "danger button under the pointer"],
        ["textOnInverse", "inverseSurface", "toast"],
        ["accentOnInverse", "inverseSurface", "toast action"]
    ]
    readonly property var nonTextPairs: [
        ["borderStrong", "surface", "field outline"],
        ["borderStrong", "background", "field outline on the page"],
        ["borderStrong", "surfaceVariant", "progress track outline"],
        ["focusRing", "background", "focus ring"],
        ["focusRing", "surface", "focus ring on cards"],
        ["focusRing", "surfaceVariant", "focus ring in navigation"],
        ["focusRing", "hover", "focus ring on a hovered row"],
        ["focusRing", "selection", "focus ring on the selected row"],
        ["accent", "selection", "selected-row marker"],
        ["accent", "surfaceVariant", "progress fill, current navigation marker"],
        ["accent", "surface", "primary button edge"],
        ["dangerText", "surface", "field outline in error"]
    ]

    // Any warning (a binding loop, a failed binding) fails the test, as it fails outpost --self-test.
    function init() {
        failOnWarning(/.*/)
    }

    function channel(value) {
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4)
    }

    // Relative luminance (WCAG 2.x, sRGB).
    function luminance(colour) {
        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)
    }

    function contrast(first, second) {
        const a = luminance(first)
        const b = luminance(second)
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    }

    function pad(text, width) {
        let s = String(text)
        while (s.length < width)
            s += " "
        return s
    }

    // Checks and prints one table; returns the failing rows.
    function checkPairs(variant, pairs, minimum, heading) {
        Theme.variant = variant
        compare(Theme.variant, variant)
        const failures = []
        console.log(heading + " — " + variant + " (minimum " + minimum + ":1)")
        for (const pair of pairs) {
            const foreground = Theme[pair[0]]
            const background = Theme[pair[1]]
            verify(foreground !== undefined && background !== undefined, "unknown token in " + pair)
            // A ratio only means something for opaque colours.
            compare(foreground.a, 1, pair[0] + " is opaque")
            compare(background.a, 1, pair[1] + " is opaque")
            const ratio = contrast(foreground, background)
            const ok = ratio >= minimum
            console.log("  " + pad(pair[0], 16) + " on " + pad(pair[1], 15) + pad(ratio.toFixed(2) + ":1", 9)
                        + (ok ? "ok  " : "FAIL") + "  " + pair[2])
            if (!ok)
                failures.push(pair[0] + " on " + pair[1] + " = " + ratio.toFixed(2))
        }
        return failures
    }

    function cleanup() {
        Theme.variant = "light"
    }

    function test_theLuminanceMathMatchesKnownWcagValues() {
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.001)
        fuzzyCompare(contrast(Qt.color("#ffffff"), Qt.color("#ffffff")), 1, 0.001)
        // #767676 is the lightest grey that passes AA on white; #777777 just fails.
        verify(contrast(Qt.color("#767676"), Qt.color("#ffffff")) >= 4.5)
        verify(contrast(Qt.color("#777777"), Qt.color("#ffffff")) < 4.5)
        fuzzyCompare(contrast(Qt.color("#ff0000"), Qt.color("#ffffff")), 4.0, 0.01)
    }

    function test_textPairs_data() {
        return Theme.variants.map(variant => ({ tag: variant, variant: variant }))
    }

    function test_textPairs(data) {
        const minimum = data.variant === "high-contrast" ? 7 : 4.5
        const failures = checkPairs(data.variant, textPairs, minimum, "Text contrast")
        verify(failures.length === 0, "below " + minimum + ":1: " + failures.join("; "))
    }

    function test_nonTextPairs_data() {
        return test_textPairs_data()
    }

    function test_nonTextPairs(data) {
        const minimum = data.variant === "high-contrast" ? 4.5 : 3
        const failures = checkPairs(data.variant, nonTextPairs, minimum, "Non-text contrast")
        verify(failures.length === 0, "below " + minimum + ":1: " + failures.join("; "))
    }

    // Disabled controls are exempt from WCAG 1.4.3; they must still read as present.
    function test_disabledTextStaysVisible_data() {
        return test_textPairs_data()
    }

    function test_disabledTextStaysVisible(data) {
        Theme.variant = data.variant
        for (const background of ["surface", "surfaceVariant"]) {
            const ratio = contrast(Theme.textDisabled, Theme[background])
            verify(ratio >= 2, "textDisabled on " + background + " = " + ratio.toFixed(2))
        }
    }
}
