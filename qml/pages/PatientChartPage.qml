import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// One patient's chart: header with age, allergies and alerts; summary, encounters with SOAP notes
// (amendments and entries in error shown), and for admins the record's access history.
Pane {
    id: page
    objectName: "patientChartPage"
    property string patientId
    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    ChartController {
        id: chart
        clinic: ClinicController
        patientId: page.patientId
        onActionDone: message => toast.show(message, Toast.Info)
        onHistoryLoaded: (entryId, versions) => {
            historyDialog.versions = versions
            historyDialog.open()
        }
    }

    function kindLabel(kind) {
        switch (kind) {
        case "note": return qsTr("Note")
        case "vitals": return qsTr("Vitals")
        case "allergy": return qsTr("Allergy")
        case "problem": return qsTr("Problem")
        case "medication": return qsTr("Medication")
        }
        return kind
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        // Header: who this is and what must not be missed.
        Label {
            objectName: "patientName"
            text: chart.patientName.length > 0 ? chart.patientName : qsTr("Patient chart")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            // A Latin name in an Arabic window starts at the layout's edge, not at its own text direction's.
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            text: chart.ageText
            visible: text.length > 0
            color: Theme.textMuted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "allergyLine"
            visible: chart.loaded
            text: chart.allergies.length === 0 ? qsTr("No known allergies")
                  : qsTr("Allergies: %1").arg(chart.allergies.map(a => a.summary).join("; "))
            color: chart.allergies.length === 0 ? Theme.text : Theme.dangerText
            font.bold: chart.allergies.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Repeater {
            model: chart.alerts
            delegate: Rectangle {
                required property string modelData
                Layout.fillWidth: true
                implicitHeight: alertText.implicitHeight + 2 * Theme.spacingSmall
                color: Theme.dangerSurface
                border.color: Theme.dangerText
                border.width: Theme.borderWidth
                radius: Theme.radiusSmall
                Label {
                    id: alertText
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    text: "⚠ " + parent.modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: parent.modelData
                }
            }
        }

        // Refusals: reception never gets here; an admin may break the glass.
        Label {
            objectName: "chartError"
            visible: chart.errorMessage.length > 0
            text: chart.errorMessage
            color: Theme.dangerText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            visible: chart.permissionDenied && ClinicController.isAdmin
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            LabeledTextField {
                id: breakGlassReason
                objectName: "breakGlassReason"
                Layout.fillWidth: true
                label: qsTr("Reason for emergency access")
                helpText: qsTr("At least 10 characters. Recorded in the audit log.")
            }
            ActionButton {
                objectName: "breakGlassButton"
                kind: ActionButton.Danger
                text: qsTr("Open in an emergency")
                enabled: breakGlassReason.text.trim().length >= 10
                onClicked: chart.breakGlass(breakGlassReason.text)
            }
        }

        TabBar {
            id: tabs
            objectName: "chartTabs"
            Layout.fillWidth: true
            visible: chart.loaded || ClinicController.isAdmin
            Accessible.name: qsTr("Chart sections")
            TabButton {
                text: qsTr("Summary")
                width: implicitWidth
                enabled: chart.loaded
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Encounters")
                width: implicitWidth
                enabled: chart.loaded
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Access history")
                width: visible ? implicitWidth : 0 // a hidden tab leaves no gap in the bar
                visible: ClinicController.isAdmin
                Accessible.name: text
            }
            TabButton {
                objectName: "documentsTab"
                text: qsTr("Documents")
                width: implicitWidth
                Accessible.name: text
            }
            Component.onCompleted: if (!chart.loaded && ClinicController.isAdmin) currentIndex = 2
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Summary: problems, medications, latest vitals.
            ScrollView {
                id: summaryScroll
                contentWidth: availableWidth
                ColumnLayout {
                    width: summaryScroll.availableWidth
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: [
                            { title: qsTr("Active problems"), items: chart.problems, empty: qsTr("No active problems") },
                            { title: qsTr("Active medications"), items: chart.medications, empty: qsTr("No active medications") },
                            { title: qsTr("Latest vitals"), items: chart.vitals, empty: qsTr("No vitals recorded") }
                        ]
                        delegate: ColumnLayout {
                            id: section
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacingXSmall
                            Label {
                                text: section.modelData.title
                                font.pixelSize: Theme.fontSubtitle
                                font.bold: true
                                color: Theme.text
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                            Label {
                                visible: section.modelData.items.length === 0
                                text: section.modelData.empty
                                color: Theme.textMuted
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                            }
                            Repeater {
                                model: section.modelData.items
                                delegate: ListRow {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    title: modelData.summary
                                    subtitle: qsTr("%1, %2").arg(modelData.author).arg(modelData.createdAt)
                                    trailingText: modelData.amended ? qsTr("Amended") : ""
                                    onClicked: chart.loadHistory(modelData.entryId)
                                }
                            }
                        }
                    }
                }
            }

            // Encounters, newest first, and the note editor for clinicians.
            ScrollView {
                id: encounterScroll
                contentWidth: availableWidth
                ColumnLayout {
                    width: encounterScroll.availableWidth
                    spacing: Theme.spacing

                    Loader {
                        id: editorLoader
                        Layout.fillWidth: true
                        active: ClinicController.isClinician && chart.loaded
                        sourceComponent: NoteEditor {
                            patientId: page.patientId
                            encounterId: chart.openEncounterId
                            onSaved: {
                                toast.show(qsTr("Note saved."), Toast.Info)
                                chart.reload()
                            }
                        }
                    }
                    EmptyState {
                        visible: chart.loaded && chart.encounters.count === 0
                        Layout.fillWidth: true
                        title: qsTr("No encounters yet")
                        message: qsTr("Notes and vitals recorded at a visit appear here.")
                    }
                    Repeater {
                        model: chart.encounters
                        delegate: Surface {
                            id: encounterCard
                            required property string startedAt
                            required property string clinician
                            required property string reason
                            required property string status
                            required property var entries
                            Layout.fillWidth: true
                            implicitHeight: encounterColumn.implicitHeight + 2 * Theme.spacing
                            ColumnLayout {
                                id: encounterColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                spacing: Theme.spacingSmall
                                Label {
                                    text: qsTr("%1 — %2").arg(encounterCard.startedAt).arg(encounterCard.clinician)
                                          + (encounterCard.status === "open" ? " · " + qsTr("open") : "")
                                    font.bold: true
                                    color: Theme.text
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    Accessible.role: Accessible.Heading
                                    Accessible.name: text
                                }
                                Label {
                                    visible: encounterCard.reason.length > 0
                                    text: encounterCard.reason
                                    color: Theme.textMuted
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                }
                                Repeater {
                                    model: encounterCard.entries
                                    delegate: ColumnLayout {
                                        id: entry
                                        required property var modelData
                                        Layout.fillWidth: true
                                        spacing: Theme.spacingXSmall
                                        Label {
                                            text: page.kindLabel(entry.modelData.kind) + " · "
                                                  + qsTr("%1, %2").arg(entry.modelData.author).arg(entry.modelData.createdAt)
                                                  + (entry.modelData.amended ? " · " + qsTr("amended: %1").arg(entry.modelData.reason) : "")
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.fontCaption
                                            Layout.fillWidth: true
                                            wrapMode: Text.Wrap
                                        }
                                        Label {
                                            visible: entry.modelData.kind !== "note"
                                            text: entry.modelData.summary
                                            color: Theme.text
                                            Layout.fillWidth: true
                                            wrapMode: Text.Wrap
                                        }
                                        Repeater {
                                            model: entry.modelData.kind === "note" ? [
                                                { label: qsTr("S"), text: entry.modelData.subjective },
                                                { label: qsTr("O"), text: entry.modelData.objective },
                                                { label: qsTr("A"), text: entry.modelData.assessment },
                                                { label: qsTr("P"), text: entry.modelData.plan }
                                            ].filter(part => part.text.length > 0) : []
                                            delegate: Label {
                                                required property var modelData
                                                text: modelData.label + ": " + modelData.text
                                                color: Theme.text
                                                Layout.fillWidth: true
                                                wrapMode: Text.Wrap
                                            }
                                        }
                                        Flow {
                                            Layout.fillWidth: true
                                            spacing: Theme.spacingSmall
                                            ActionButton {
                                                text: qsTr("History")
                                                onClicked: chart.loadHistory(entry.modelData.entryId)
                                            }
                                            ActionButton {
                                                visible: ClinicController.isClinician && entry.modelData.kind === "note"
                                                text: qsTr("Amend")
                                                onClicked: {
                                                    if (editorLoader.item)
                                                        editorLoader.item.startAmend(entry.modelData)
                                                }
                                            }
                                            ActionButton {
                                                visible: ClinicController.isClinician
                                                kind: ActionButton.Danger
                                                text: qsTr("Entered in error")
                                                onClicked: {
                                                    errorDialog.entryId = entry.modelData.entryId
                                                    errorDialog.open()
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // Access history (admins): who opened or changed this record.
            DataTable {
                objectName: "accessHistoryTable"
                accessibleName: qsTr("Access history")
                columns: [
                    { title: qsTr("When"), role: "at", weight: 2 },
                    { title: qsTr("User"), role: "userName", weight: 1 },
                    { title: qsTr("Action"), role: "action", weight: 2 },
                    { title: qsTr("Detail"), role: "detail", weight: 3 }
                ]
                model: chart.accessHistory
            }

            // Documents: scans and PDFs with their text (the kinds this user may read).
            ScrollView {
                contentWidth: availableWidth
                DocumentsPanel {
                    width: parent.width
                    patientId: page.patientId
                }
            }
        }
    }

    ModalDialog {
        id: errorDialog
        objectName: "enteredInErrorDialog"
        property string entryId
        anchors.centerIn: parent
        title: qsTr("Mark as entered in error")
        acceptText: qsTr("Mark in error")
        destructive: true
        acceptEnabled: errorReason.text.trim().length > 0
        LabeledTextField {
            id: errorReason
            width: Math.min(page.width * 0.7, 480)
            label: qsTr("Reason")
            required: true
        }
        onAccepted: {
            chart.markEnteredInError(entryId, errorReason.text)
            errorReason.text = ""
        }
    }

    ModalDialog {
        id: historyDialog
        objectName: "entryHistoryDialog"
        property var versions: []
        anchors.centerIn: parent
        title: qsTr("Entry history")
        acceptText: qsTr("Close")
        showReject: false
        ColumnLayout {
            width: Math.min(page.width * 0.8, 640)
            spacing: Theme.spacingSmall
            Repeater {
                model: historyDialog.versions
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: (index === 0 ? qsTr("Original") : modelData.enteredInError ? qsTr("Entered in error")
                                                                                    : qsTr("Amendment"))
                          + " — " + qsTr("%1, %2").arg(modelData.author).arg(modelData.createdAt)
                          + (modelData.reason.length > 0 ? " — " + qsTr("reason: %1").arg(modelData.reason) : "")
                          + "\n" + modelData.summary
                }
            }
        }
    }

    Toast { id: toast }
}
