import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// A SOAP note for one patient: autosaved as an encrypted draft while typing; Save adds it to the
// open encounter (or opens one), or amends an existing note with a reason.
Surface {
    id: editor
    objectName: "noteEditor"

    property string patientId
    property string encounterId
    readonly property alias controller: noteController
    signal saved(string entryId)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    function startAmend(entry) {
        noteController.startAmend(entry.entryId, entry.subjective || "", entry.objective || "",
                                  entry.assessment || "", entry.plan || "")
        editor.forceActiveFocus()
    }

    NoteEditorController {
        id: noteController
        clinic: ClinicController
        patientId: editor.patientId
        encounterId: editor.encounterId
        onSaved: entryId => editor.saved(entryId)
        Component.onCompleted: loadDraft()
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Label {
            text: noteController.amending ? qsTr("Amend note") : qsTr("New note")
            font.pixelSize: Theme.fontSubtitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Repeater {
            model: [
                { key: "subjective", label: qsTr("Subjective"), help: qsTr("What the patient reports") },
                { key: "objective", label: qsTr("Objective"), help: qsTr("Examination and measurements") },
                { key: "assessment", label: qsTr("Assessment"), help: qsTr("Diagnosis or impression") },
                { key: "plan", label: qsTr("Plan"), help: qsTr("Treatment, tests, follow-up") }
            ]
            delegate: ColumnLayout {
                id: field
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacingXSmall
                Label {
                    text: field.modelData.label
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                TextArea {
                    id: area
                    objectName: field.modelData.key + "Field"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.controlHeight * 1.6
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    placeholderText: field.modelData.help
                    placeholderTextColor: Theme.textMuted
                    text: noteController[field.modelData.key]
                    onTextChanged: if (noteController[field.modelData.key] !== text) noteController[field.modelData.key] = text
                    activeFocusOnTab: true
                    // Tab moves on to the next field rather than typing a tab character.
                    Keys.onTabPressed: event => {
                        area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                        event.accepted = true
                    }
                    Accessible.name: field.modelData.label
                    Accessible.description: field.modelData.help
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radiusSmall
                        border.color: area.activeFocus ? Theme.focusRing : Theme.borderStrong
                        border.width: area.activeFocus ? Theme.focusRingWidth : Theme.borderWidth
                    }
                }
            }
        }
        LabeledTextField {
            id: reasonField
            objectName: "amendReasonField"
            visible: noteController.amending
            Layout.fillWidth: true
            label: qsTr("Reason for the amendment")
            required: true
            text: noteController.amendReason
            onTextEdited: noteController.amendReason = text
        }
        Label {
            objectName: "draftStatus"
            visible: text.length > 0
            text: noteController.draftStatus
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "noteError"
            visible: text.length > 0
            text: noteController.errorMessage
            color: Theme.dangerText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            ActionButton {
                objectName: "saveNoteButton"
                kind: ActionButton.Primary
                text: noteController.amending ? qsTr("Save amendment") : qsTr("Save note")
                enabled: noteController.canSave && !noteController.busy
                onClicked: noteController.save()
            }
            ActionButton {
                objectName: "discardNoteButton"
                text: qsTr("Discard draft")
                onClicked: noteController.discard()
            }
        }
    }
}
