import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// Admin → Audit log: who did what, filtered by user, action, patient and dates, a page at a time;
// or the per-patient report (every access to one record).
Pane {
    id: page
    objectName: "auditLogPage"
    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    AuditModel {
        id: audit
        clinic: ClinicController
        userName: userField.text
        actionPrefix: actionField.text
        patientId: patientField.text
        fromDate: fromField.isoDate
        toDate: toField.isoDate
        patientReport: reportBox.checked
        Component.onCompleted: refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Label {
            text: qsTr("Audit log")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            LabeledTextField {
                id: userField
                objectName: "auditUserFilter"
                width: Math.max(Theme.controlHeight * 4, 180)
                label: qsTr("User")
                onAccepted: audit.refresh()
            }
            LabeledTextField {
                id: actionField
                objectName: "auditActionFilter"
                width: Math.max(Theme.controlHeight * 4, 180)
                label: qsTr("Action")
                helpText: qsTr("Exact, or a prefix such as patient.")
                onAccepted: audit.refresh()
            }
            LabeledTextField {
                id: patientField
                objectName: "auditPatientFilter"
                width: Math.max(Theme.controlHeight * 6, 260)
                label: qsTr("Patient id")
                onAccepted: audit.refresh()
            }
            DateField {
                id: fromField
                objectName: "auditFromDate"
                width: Math.max(Theme.controlHeight * 4, 180)
                label: qsTr("From")
            }
            DateField {
                id: toField
                objectName: "auditToDate"
                width: Math.max(Theme.controlHeight * 4, 180)
                label: qsTr("To")
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            CheckBox {
                id: reportBox
                objectName: "patientReportBox"
                text: qsTr("Every access to this patient")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
            }
            ActionButton {
                objectName: "auditSearchButton"
                kind: ActionButton.Primary
                text: qsTr("Show")
                enabled: !audit.busy
                onClicked: audit.refresh()
            }
        }
        Label {
            visible: audit.errorMessage.length > 0
            text: audit.errorMessage
            color: Theme.dangerText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        DataTable {
            objectName: "auditTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            accessibleName: qsTr("Audit events")
            columns: [
                { title: qsTr("When"), role: "at", weight: 2 },
                { title: qsTr("User"), role: "userName", weight: 1 },
                { title: qsTr("Action"), role: "action", weight: 2 },
                { title: qsTr("Patient"), role: "patientId", weight: 2 },
                { title: qsTr("Detail"), role: "detail", weight: 3 }
            ]
            model: audit
        }
        ActionButton {
            objectName: "auditMoreButton"
            visible: audit.canLoadMore
            text: qsTr("Show older events")
            onClicked: audit.loadMore()
        }
    }
}
