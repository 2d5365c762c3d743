pragma Singleton
import QtQuick

// Design tokens: colour roles, type scale and spacing. Pages use these, never literal values.
QtObject {
    readonly property color background: "#f7f8fa"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b1f24"
    readonly property color textMuted: "#4a5360"
    readonly property color accent: "#0b5cad"
    readonly property color textOnAccent: "#ffffff"
    readonly property color border: "#c9d0d9"

    readonly property int fontBody: 15
    readonly property int fontTitle: 26
    readonly property int fontSubtitle: 18

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 32
    readonly property int radius: 6
}
