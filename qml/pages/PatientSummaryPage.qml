import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// A patient's demographics, without clinical content: what reception sees on opening a patient.
Pane {
    id: page
    objectName: "patientSummaryPage"
    property string patientId
    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    signal backRequested()

    PatientSummaryController {
        id: summary
        clinic: ClinicController
        patientId: page.patientId
    }
    QueueModel {
        id: queue
        onActionDone: message => toast.show(message, Toast.Info)
        onActionFailed: message => toast.show(message, Toast.Error)
    }

    function sexLabel(sex) {
        switch (sex) {
        case "female": return qsTr("Female")
        case "male": return qsTr("Male")
        case "other": return qsTr("Other")
        }
        return qsTr("Not recorded")
    }

    Component.onCompleted: backButton.forceActiveFocus()

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            anchors.left: parent.left // the leading edge: the right one in Arabic
            width: Math.min(parent.width, Theme.controlHeight * 18)
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                ActionButton {
                    id: backButton
                    objectName: "summaryBackButton"
                    text: qsTr("Back")
                    Accessible.name: qsTr("Back to the front desk")
                    onClicked: page.backRequested()
                }
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "walkInButton"
                    text: qsTr("Add to today's queue")
                    visible: summary.loaded
                    Accessible.name: text
                    onClicked: {
                        queue.clinic = ClinicController
                        queue.walkIn(page.patientId, "")
                    }
                }
            }
            Label {
                objectName: "summaryName"
                Layout.fillWidth: true
                text: summary.loaded ? summary.displayName : summary.loading ? qsTr("Loading…") : ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                // A Latin name in an Arabic window starts at the layout's edge, not at its own text direction's.
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "summaryError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: summary.errorMessage
                color: Theme.dangerText
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                visible: summary.loaded
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacingSmall

                Label { text: qsTr("Date of birth"); color: Theme.textMuted }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft // mirrored in Arabic, whatever the text
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: summary.dateOfBirth.length === 0 ? qsTr("Not recorded")
                          : summary.approximate ? qsTr("about %1 (estimated)").arg(summary.dateOfBirth)
                          : summary.dateOfBirth
                }
                Label { text: qsTr("Sex"); color: Theme.textMuted }
                Label { Layout.fillWidth: true; horizontalAlignment: Text.AlignLeft; color: Theme.text; text: page.sexLabel(summary.sex) }
                Label { text: qsTr("Phone"); color: Theme.textMuted }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft // mirrored in Arabic, whatever the text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    text: summary.phone.length > 0 ? summary.phone : qsTr("Not recorded")
                }
                Label { text: qsTr("Address"); color: Theme.textMuted }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft // mirrored in Arabic, whatever the text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    text: summary.address.length > 0 ? summary.address : qsTr("Not recorded")
                }
                Repeater {
                    model: summary.identifiers
                    delegate: Label {
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("%1: %2").arg(ClinicController.identifierKindLabel(modelData.kind)).arg(modelData.value)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: summary.loaded && !ClinicController.canReadClinical
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("Clinical notes are visible to clinicians only.")
            }
            DocumentsPanel {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: summary.loaded
                patientId: page.patientId
            }
        }
    }

    Toast {
        id: toast
    }
}
