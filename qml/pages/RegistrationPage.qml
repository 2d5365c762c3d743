import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Outpost

// Registering a new patient: inline errors under each field, and a warning listing likely
// duplicates that asks why this is a different person before it saves.
Pane {
    id: page
    objectName: "registrationPage"
    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    signal registered(string patientId)
    signal cancelled()

    readonly property alias form: form
    property var duplicates: []

    function fieldError(name) {
        const message = form.fieldErrors[name]
        return message === undefined ? "" : message
    }

    Component.onCompleted: givenField.input.forceActiveFocus()

    RegistrationController {
        id: form
        clinic: ClinicController
        givenName: givenField.text
        familyName: familyField.text
        otherNames: otherField.text
        dateOfBirth: dobField.isoDate
        dateOfBirthApproximate: approximateCheck.checked
        sex: sexBox.currentValue === undefined ? "unknown" : sexBox.currentValue
        phone: phoneField.text
        address: addressField.text
        identifierKind: kindBox.currentValue === undefined ? "" : kindBox.currentValue
        identifierValue: identifierField.text
        onDuplicatesFound: candidates => {
            page.duplicates = candidates
            reasonField.text = ""
            duplicateDialog.open()
        }
        onSaved: patientId => {
            duplicateDialog.close()
            scan.attachScan(patientId)
            page.registered(patientId)
        }
        onSaveFailed: message => toast.show(message, Toast.Error)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            anchors.left: parent.left // the leading edge: the right one in Arabic
            width: Math.min(flick.width - Theme.spacing, Theme.controlHeight * 18)
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Label {
                    Layout.fillWidth: true
                    text: qsTr("New patient")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ActionButton {
                    objectName: "scanIdCardButton"
                    text: qsTr("Scan ID card…")
                    Accessible.name: qsTr("Scan an ID card or passport to propose the fields")
                    onClicked: scanFileDialog.open()
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: column.width > Theme.controlHeight * 12 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacingSmall

                LabeledTextField {
                    id: givenField
                    objectName: "givenNameField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Given name")
                    errorText: page.fieldError("givenName")
                }
                LabeledTextField {
                    id: familyField
                    objectName: "familyNameField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Family name")
                    helpText: qsTr("A family name or a given name is needed.")
                    errorText: page.fieldError("familyName")
                }
                LabeledTextField {
                    id: otherField
                    objectName: "otherNamesField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Other names")
                    helpText: qsTr("Middle names, patronymic, name at birth.")
                    errorText: page.fieldError("otherNames")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingXSmall
                    Label {
                        text: qsTr("Sex")
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    ComboBox {
                        id: sexBox
                        objectName: "sexBox"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.controlHeight
                        font.pixelSize: Theme.fontBody
                        textRole: "text"
                        valueRole: "value"
                        model: [
                            { value: "unknown", text: qsTr("Not recorded") },
                            { value: "female", text: qsTr("Female") },
                            { value: "male", text: qsTr("Male") },
                            { value: "other", text: qsTr("Other") }
                        ]
                        Accessible.name: qsTr("Sex")
                    }
                }
                DateField {
                    id: dobField
                    objectName: "dateOfBirthField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Date of birth")
                    required: true
                    latestIsoDate: new Date().toISOString().slice(0, 10)
                    errorText: touched && error.length > 0 ? error : page.fieldError("dateOfBirth")
                }
                CheckBox {
                    id: approximateCheck
                    objectName: "approximateCheck"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("The date is an estimate")
                    Accessible.name: text
                }
                LabeledTextField {
                    id: phoneField
                    objectName: "phoneField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Phone")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    errorText: page.fieldError("phone")
                }
                LabeledTextField {
                    id: addressField
                    objectName: "addressField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Address")
                    errorText: page.fieldError("address")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingXSmall
                    Label {
                        text: qsTr("Identifier kind")
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    ComboBox {
                        id: kindBox
                        objectName: "identifierKindBox"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.controlHeight
                        font.pixelSize: Theme.fontBody
                        textRole: "text"
                        valueRole: "value"
                        // The clinic's own kinds (an admin sets them); known ones get a translated name.
                        model: form.identifierKinds.map(
                                   kind => ({ value: kind, text: ClinicController.identifierKindLabel(kind) }))
                        Accessible.name: qsTr("Identifier kind")
                    }
                }
                LabeledTextField {
                    id: identifierField
                    objectName: "identifierField"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Identifier")
                    errorText: page.fieldError("identifiers")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Item { Layout.fillWidth: true }
                BusyIndicator {
                    running: form.busy
                    visible: running
                    Layout.preferredHeight: Theme.controlHeight
                    Layout.preferredWidth: Theme.controlHeight
                    Accessible.name: qsTr("Saving")
                }
                ActionButton {
                    objectName: "cancelRegistrationButton"
                    text: qsTr("Cancel")
                    Accessible.name: text
                    onClicked: page.cancelled()
                }
                ActionButton {
                    objectName: "registerButton"
                    kind: ActionButton.Primary
                    text: qsTr("Register")
                    enabled: !form.busy
                    Accessible.name: text
                    onClicked: {
                        dobField.touched = true
                        form.submit()
                    }
                }
            }
        }
    }

    ModalDialog {
        id: duplicateDialog
        objectName: "duplicateDialog"
        title: qsTr("This patient may already be registered")
        acceptText: qsTr("Register anyway")
        acceptEnabled: reasonField.text.trim().length > 0 && !form.busy
        initialFocusItem: reasonField.input
        onAccepted: form.save(reasonField.text)

        ColumnLayout {
            width: Math.min(Theme.fontBody * 30, page.width - 4 * Theme.spacing)
            spacing: Theme.spacingSmall
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Check that none of these is the same person. Open the existing record instead if one is.")
            }
            Repeater {
                model: page.duplicates
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("%1, born %2 (%3)").arg(modelData.displayName).arg(modelData.dateOfBirth)
                          .arg(modelData.reasons)
                }
            }
            LabeledTextField {
                id: reasonField
                objectName: "duplicateReasonField"
                Layout.fillWidth: true
                label: qsTr("Why is this a different person?")
                required: true
            }
        }
    }

    // "Scan ID card": OCR proposes fields; the dialog fills only those the user confirms.
    DocumentController {
        id: scan
        objectName: "idScanController"
        clinic: ClinicController
        onScanReady: idScanDialog.open()
        onScanFailed: message => toast.show(message, Toast.Error)
    }
    function applyScannedFields(fields) {
        if (fields.given_name !== undefined)
            givenField.text = fields.given_name
        if (fields.family_name !== undefined)
            familyField.text = fields.family_name
        if (fields.birth_date !== undefined)
            dobField.setIsoDate(fields.birth_date)
        if (fields.sex !== undefined)
            sexBox.currentIndex = sexBox.indexOfValue(fields.sex)
        if (fields.document_number !== undefined) {
            kindBox.currentIndex = kindBox.indexOfValue(fields.nationality !== undefined ? "passport" : "national_id")
            identifierField.text = fields.document_number
        }
    }
    FileDialog {
        id: scanFileDialog
        title: qsTr("Scan ID card")
        nameFilters: [qsTr("Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)")]
        onAccepted: scan.scanIdCard(selectedFile)
    }
    IdScanDialog {
        id: idScanDialog
        controller: scan
        onFieldsConfirmed: fields => page.applyScannedFields(fields)
    }
    ProgressOverlay {
        objectName: "idScanProgress"
        anchors.fill: parent
        active: scan.working
        title: qsTr("Reading the ID card")
        message: scan.progressText
        progress: scan.progress
        onCancelled: scan.cancel()
    }

    Toast {
        id: toast
    }
}
