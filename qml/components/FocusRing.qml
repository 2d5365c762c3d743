import QtQuick
import Outpost

// The visible keyboard-focus indicator. Put it inside a control's background and bind `visible`
// to the control's keyboard focus; `inset` draws it inside edge-to-edge rows instead of around.
Rectangle {
    objectName: "focusRing"
    property bool inset: false
    property real baseRadius: Theme.radius

    anchors.fill: parent
    anchors.margins: inset ? Theme.focusRingWidth : -(Theme.focusRingWidth + 1)
    radius: inset ? Math.max(0, baseRadius - Theme.focusRingWidth) : baseRadius + Theme.focusRingWidth + 1
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
}
