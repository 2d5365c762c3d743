pragma Singleton
import QtQuick

// Design tokens: colour roles, type scale, spacing, radii and elevation. Pages and components use
// these, never literal values. Three variants switch at run time: Theme.variant = "dark".
QtObject {
    id: theme

    // "light", "dark" or "high-contrast". Until the user picks one it follows the system palette:
    // Qt 6.4 has no colour-scheme hint, so a dark window colour in the platform palette means a dark desktop.
    property string variant: systemPrefersDark ? "dark" : "light"
    readonly property var variants: ["light", "dark", "high-contrast"]
    readonly property bool systemPrefersDark: systemPalette.window.hslLightness < 0.5
    readonly property bool highContrast: variant === "high-contrast"
    readonly property bool dark: variant === "dark" || variant === "high-contrast"

    // The user's text size, 1.0 (100 %) to 2.0 (200 %); values outside are clamped.
    property real textScale: 1.0
    onTextScaleChanged: {
        const clamped = Math.max(1.0, Math.min(2.0, textScale))
        if (clamped !== textScale)
            textScale = clamped
    }

    // Colour roles. Text roles are paired with the surfaces they sit on; the contrast test
    // (tests/quick/tst_ThemeContrast.qml) checks every pair in every variant.
    readonly property color background: current.background          // window and page
    readonly property color surface: current.surface                // cards, fields, dialogs, rows
    readonly property color surfaceVariant: current.surfaceVariant  // headers, navigation, table header
    readonly property color hover: current.hover                    // a row or button under the pointer
    readonly property color text: current.text
    readonly property color textMuted: current.textMuted            // secondary text and placeholders
    readonly property color textDisabled: current.textDisabled      // inactive controls (exempt from WCAG)
    readonly property color accent: current.accent                  // primary buttons, current item marker
    readonly property color accentHover: current.accentHover
    readonly property color accentPressed: current.accentPressed
    readonly property color textOnAccent: current.textOnAccent
    readonly property color accentText: current.accentText          // links and selected labels on surfaces
    readonly property color border: current.border                  // dividers and card outlines (decorative)
    readonly property color borderStrong: current.borderStrong      // field outlines: 3:1 against the surface
    readonly property color focusRing: current.focusRing
    readonly property color danger: current.danger
    readonly property color dangerHover: current.dangerHover
    readonly property color textOnDanger: current.textOnDanger
    readonly property color dangerText: current.dangerText          // error messages on surfaces
    readonly property color dangerSurface: current.dangerSurface    // error banners (with text)
    readonly property color warning: current.warning                // warning text and markers on surfaces
    readonly property color warningSurface: current.warningSurface
    readonly property color success: current.success
    readonly property color successSurface: current.successSurface
    readonly property color selection: current.selection            // the selected row
    readonly property color textOnSelection: current.textOnSelection
    readonly property color inverseSurface: current.inverseSurface  // toasts
    readonly property color textOnInverse: current.textOnInverse
    readonly property color accentOnInverse: current.accentOnInverse
    readonly property color scrim: current.scrim                    // dims content behind an overlay
    readonly property color shadow: current.shadow

    // Type scale in pixels, multiplied by textScale.
    readonly property int fontCaption: Math.round(12 * textScale)
    readonly property int fontBody: Math.round(15 * textScale)
    readonly property int fontSubtitle: Math.round(18 * textScale)
    readonly property int fontTitle: Math.round(26 * textScale)
    readonly property int fontDisplay: Math.round(34 * textScale)

    // Spacing scale (does not grow with text: the layouts do).
    readonly property int spacingXSmall: 4
    readonly property int spacingSmall: 8
    readonly property int spacingMedium: 12
    readonly property int spacing: 16
    readonly property int spacingLarge: 32
    readonly property int spacingXLarge: 48

    // Sizes that follow the text so nothing clips at 200 %.
    readonly property int controlHeight: Math.round(fontBody * 2.4)
    readonly property int iconSize: Math.round(fontBody * 1.2)
    readonly property int focusRingWidth: 2
    readonly property int borderWidth: highContrast ? 2 : 1

    // Radii.
    readonly property int radiusSmall: 4
    readonly property int radius: 6
    readonly property int radiusLarge: 12

    // Elevation levels 0–3 as shadow geometry; Surface.qml draws them. High contrast draws
    // outlines instead, since shadows vanish on black.
    readonly property var elevation: [
        { offset: 0, blur: 0 },
        { offset: 1, blur: 4 },
        { offset: 2, blur: 8 },
        { offset: 4, blur: 16 }
    ]

    // Motion.
    readonly property int durationFast: 100
    readonly property int durationNormal: 200

    readonly property var palettes: ({
        "light": {
            background: "#f5f6f8", surface: "#ffffff", surfaceVariant: "#e9edf2", hover: "#dfe5ec",
            text: "#1a1d21", textMuted: "#4d5664", textDisabled: "#8c94a0",
            accent: "#0b5cad", accentHover: "#094f96", accentPressed: "#07417c", textOnAccent: "#ffffff",
            accentText: "#0a56a3", border: "#c9d0d9", borderStrong: "#6f7a8a", focusRing: "#0a56a3",
            danger: "#b3261e", dangerHover: "#961f19", textOnDanger: "#ffffff", dangerText: "#a8231c",
            dangerSurface: "#fdecea", warning: "#8a5300", warningSurface: "#fff3d6",
            success: "#1e6b34", successSurface: "#e3f4e8", selection: "#d3e4f8", textOnSelection: "#1a1d21",
            inverseSurface: "#2b3038", textOnInverse: "#f3f5f7", accentOnInverse: "#9cc7ff",
            scrim: "#73000000", shadow: "#0f000000"
        },
        "dark": {
            background: "#131619", surface: "#1c2025", surfaceVariant: "#252a31", hover: "#2e343c",
            text: "#e8eaed", textMuted: "#aab3bf", textDisabled: "#6b7480",
            accent: "#8ab8ff", accentHover: "#a3c7ff", accentPressed: "#bcd6ff", textOnAccent: "#0b1a2e",
            accentText: "#8ab8ff", border: "#3a414b", borderStrong: "#808a98", focusRing: "#9cc7ff",
            danger: "#ff8a80", dangerHover: "#ffa39b", textOnDanger: "#2b0a08", dangerText: "#ff8f86",
            dangerSurface: "#3d1c1a", warning: "#f2c14e", warningSurface: "#3a2f12",
            success: "#7dd89a", successSurface: "#15301f", selection: "#1f3a5c", textOnSelection: "#e8eaed",
            inverseSurface: "#e8eaed", textOnInverse: "#1a1d21", accentOnInverse: "#0a56a3",
            scrim: "#99000000", shadow: "#33000000"
        },
        "high-contrast": {
            background: "#000000", surface: "#000000", surfaceVariant: "#141414", hover: "#262626",
            text: "#ffffff", textMuted: "#e6e6e6", textDisabled: "#a6a6a6",
            accent: "#ffff00", accentHover: "#ffff66", accentPressed: "#e6e600", textOnAccent: "#000000",
            accentText: "#ffff00", border: "#ffffff", borderStrong: "#ffffff", focusRing: "#00ffff",
            danger: "#ff9a94", dangerHover: "#ffb3ae", textOnDanger: "#000000", dangerText: "#ff9a94",
            dangerSurface: "#1a0000", warning: "#ffd60a", warningSurface: "#1a1400",
            success: "#5cff7a", successSurface: "#001a06", selection: "#00336b", textOnSelection: "#ffffff",
            inverseSurface: "#ffffff", textOnInverse: "#000000", accentOnInverse: "#0000c0",
            scrim: "#cc000000", shadow: "#00000000"
        }
    })
    // An unknown variant name falls back to light rather than leaving every colour undefined.
    readonly property var current: palettes[variant] || palettes["light"]

    readonly property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }
}
