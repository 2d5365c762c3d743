import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// The fields text recognition proposes from an ID card or passport: each with the part of the card it
// was read from, its confidence and whether MRZ check digits hold. Nothing is filled until the user
// ticks a field and chooses "Fill confirmed fields".
ModalDialog {
    id: dialog
    objectName: "idScanDialog"

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

    // name → value of the confirmed fields.
    signal fieldsConfirmed(var fields)

    title: qsTr("Check the fields read from the card")
    acceptText: qsTr("Fill confirmed fields")
    acceptEnabled: confirmedCount > 0
    property int confirmedCount: 0
    onAccepted: fieldsConfirmed(ctl.confirmedFields())
    onRejected: ctl.clearProposals()

    Connections {
        target: dialog.controller
        function onProposalsChanged() {
            dialog.confirmedCount = Object.keys(dialog.ctl.confirmedFields()).length
        }
    }

    ColumnLayout {
        width: Math.min(Theme.fontBody * 40, dialog.parent ? dialog.parent.width - 4 * Theme.spacing : 600)
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            text: dialog.ctl.proposals.length > 0
                  ? qsTr("Compare each value with the card. Tick the ones that are right; only those are filled in.")
                  : qsTr("No fields could be read from this card. Type them in by hand.")
        }
        Repeater {
            model: dialog.ctl.proposals
            delegate: Surface {
                id: row
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radius

                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: Theme.spacingSmall

                    CheckBox {
                        objectName: "confirm_" + row.modelData.name
                        checked: row.modelData.confirmed
                        Accessible.name: qsTr("Use %1: %2").arg(row.modelData.label).arg(row.modelData.value)
                        onToggled: dialog.ctl.confirmField(row.modelData.name, checked)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingXSmall
                        Label {
                            text: row.modelData.label
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.value
                            font.pixelSize: Theme.fontSubtitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: row.modelData.validated ? Theme.accentText : Theme.textMuted
                            text: row.modelData.validated
                                  ? qsTr("Confidence %1 % · check digits hold").arg(row.modelData.confidence)
                                  : qsTr("Confidence %1 % · not verified").arg(row.modelData.confidence)
                        }
                    }
                    Image {
                        Layout.preferredWidth: Math.min(implicitWidth, Theme.fontBody * 16)
                        Layout.preferredHeight: Math.min(implicitHeight, Theme.controlHeight * 1.5)
                        fillMode: Image.PreserveAspectFit
                        source: row.modelData.crop
                        visible: source.toString().length > 0
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Where %1 was read on the card").arg(row.modelData.label)
                    }
                }
            }
        }
    }
}
