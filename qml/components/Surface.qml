pragma ComponentBehavior: Bound
import QtQuick
import Outpost

// A raised panel: cards, dialogs, toasts. `elevation` 0–3 picks a shadow from Theme.elevation. Dark
// variants add an outline (a shadow barely shows on dark grey); high contrast keeps only the outline.
Item {
    id: surface

    property int elevation: 1
    property color color: Theme.surface
    property real radius: Theme.radius
    property bool outlined: elevation === 0 || Theme.dark

    readonly property var level: Theme.elevation[Math.max(0, Math.min(Theme.elevation.length - 1, elevation))]

    // A soft shadow: four translucent layers, each a little wider and lower, darkest nearest the edge.
    Repeater {
        model: Theme.highContrast || surface.level.blur === 0 ? 0 : 4
        Rectangle {
            required property int index
            readonly property real step: (index + 1) / 4
            readonly property real spread: surface.level.blur * step
            x: -spread / 2
            y: surface.level.offset * step - spread / 2
            width: surface.width + spread
            height: surface.height + spread
            radius: surface.radius + spread / 2
            color: Theme.shadow
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: surface.radius
        color: surface.color
        border.width: surface.outlined ? Theme.borderWidth : 0
        border.color: Theme.highContrast ? Theme.borderStrong : Theme.border
    }
}
