import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// A stored document, page by page: previous/next, zoom, and the words matching a search outlined on
// the page image. The DocumentController it is given loads pages (each view is audited).
Popup {
    id: viewer
    objectName: "documentViewer"

    property DocumentController controller: null
    // What the bindings read: the controller, or empty values while none is set (the self-test loads
    // every page on its own).
    readonly property QtObject ctl: controller ? controller : placeholder
    QtObject {
        id: placeholder
        property string documentTitle
        property int currentPage
        property int pageCount
        property size pageSize
        property string pageSource
        property string searchText
        property var highlights: []
        property var proposals: []
        function closeDocument() { }
        function clearProposals() { }
        function confirmField(name, confirmed) { }
        function confirmedFields() { return ({}) }
    }
    property real zoom: 1
    readonly property real fitZoom: ctl.pageSize.width > 0
                                    ? Math.min(1, (flick.width - Theme.spacing) / ctl.pageSize.width) : 1

    function zoomBy(factor) {
        viewer.zoom = Math.max(0.1, Math.min(4, viewer.zoom * factor))
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width - 2 * Theme.spacing : 800
    height: parent ? parent.height - 2 * Theme.spacing : 600
    modal: true
    focus: true
    padding: Theme.spacingSmall
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        zoom = Qt.binding(() => viewer.fitZoom)
        closeButton.forceActiveFocus(Qt.TabFocusReason)
    }
    onClosed: ctl.closeDocument()

    background: Surface {
        elevation: 3
        radius: Theme.radiusLarge
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Right) {
                viewer.ctl.currentPage = viewer.ctl.currentPage + 1
                event.accepted = true
            } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_Left) {
                viewer.ctl.currentPage = viewer.ctl.currentPage - 1
                event.accepted = true
            } else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) {
                viewer.zoomBy(1.25)
                event.accepted = true
            } else if (event.key === Qt.Key_Minus) {
                viewer.zoomBy(1 / 1.25)
                event.accepted = true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                objectName: "viewerTitle"
                Layout.fillWidth: true
                text: viewer.ctl.documentTitle
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ActionButton {
                objectName: "previousPageButton"
                text: qsTr("Previous page")
                enabled: viewer.ctl.currentPage > 0
                Accessible.name: text
                onClicked: viewer.ctl.currentPage = viewer.ctl.currentPage - 1
            }
            Label {
                objectName: "pageLabel"
                text: qsTr("Page %1 of %2").arg(viewer.ctl.currentPage + 1).arg(viewer.ctl.pageCount)
                color: Theme.text
                Accessible.name: text
            }
            ActionButton {
                objectName: "nextPageButton"
                text: qsTr("Next page")
                enabled: viewer.ctl.currentPage + 1 < viewer.ctl.pageCount
                Accessible.name: text
                onClicked: viewer.ctl.currentPage = viewer.ctl.currentPage + 1
            }
            ActionButton {
                objectName: "zoomOutButton"
                text: qsTr("Zoom out")
                Accessible.name: text
                onClicked: viewer.zoomBy(1 / 1.25)
            }
            Label {
                text: qsTr("%1 %").arg(Math.round(viewer.zoom * 100))
                color: Theme.textMuted
            }
            ActionButton {
                objectName: "zoomInButton"
                text: qsTr("Zoom in")
                Accessible.name: text
                onClicked: viewer.zoomBy(1.25)
            }
            ActionButton {
                objectName: "fitButton"
                text: qsTr("Fit width")
                Accessible.name: qsTr("Fit the page to the width")
                onClicked: viewer.zoom = Qt.binding(() => viewer.fitZoom)
            }
            ActionButton {
                id: closeButton
                objectName: "closeViewerButton"
                text: qsTr("Close")
                Accessible.name: qsTr("Close the document")
                onClicked: viewer.close()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            SearchField {
                objectName: "viewerSearchField"
                Layout.preferredWidth: Theme.fontBody * 24
                text: viewer.ctl.searchText
                placeholderText: qsTr("Find in this document")
                accessibleName: qsTr("Find in this document")
                onTextEdited: viewer.ctl.searchText = text
                onCleared: viewer.ctl.searchText = ""
            }
            Label {
                objectName: "highlightCount"
                Layout.fillWidth: true
                visible: viewer.ctl.searchText.length > 0
                color: Theme.textMuted
                text: qsTr("%n match(es) on this page", "", viewer.ctl.highlights.length)
            }
        }

        Flickable {
            id: flick
            objectName: "pageFlickable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: Math.max(width, pageImage.width)
            contentHeight: Math.max(height, pageImage.height)
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            ScrollBar.horizontal: ScrollBar { }

            Rectangle {
                anchors.fill: parent
                color: Theme.surfaceVariant
                z: -1
            }
            Image {
                id: pageImage
                objectName: "pageImage"
                x: Math.max(0, (flick.width - width) / 2)
                width: viewer.ctl.pageSize.width * viewer.zoom
                height: viewer.ctl.pageSize.height * viewer.zoom
                source: viewer.ctl.pageSource
                fillMode: Image.Stretch
                smooth: true
                mipmap: true
                asynchronous: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Page %1 of %2").arg(viewer.ctl.currentPage + 1)
                                 .arg(viewer.ctl.pageCount)

                Repeater {
                    model: viewer.ctl.highlights
                    delegate: Rectangle {
                        required property var modelData
                        x: modelData.x * viewer.zoom - 2
                        y: modelData.y * viewer.zoom - 2
                        width: modelData.width * viewer.zoom + 4
                        height: modelData.height * viewer.zoom + 4
                        color: Qt.rgba(1, 0.85, 0, 0.35)
                        border.width: 2
                        border.color: Theme.accent
                    }
                }
            }
            WheelHandler {
                acceptedModifiers: Qt.ControlModifier
                onWheel: event => viewer.zoomBy(event.angleDelta.y > 0 ? 1.1 : 1 / 1.1)
            }
        }
    }
}
