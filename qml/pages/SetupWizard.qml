import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// First run: the clinic's name, then the first admin and a password, then the recovery key, shown
// once. The key can be copied or saved as a text file (Qt's print dialog needs QtPrintSupport
// widgets, which this Qt Quick app does not load); "I have written it down" finishes the set-up.
Pane {
    id: page
    objectName: "setupWizard"
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.background }

    property int step: 0
    property string recoveryKey: ""
    property bool keyConfirmed: false

    Component.onCompleted: clinicNameField.input.forceActiveFocus()

    Connections {
        target: ClinicController
        function onRecoveryKeyReady(key) {
            page.recoveryKey = key
            page.step = 2
        }
    }
    onStepChanged: {
        ClinicController.clearError()
        if (step === 1)
            adminNameField.input.forceActiveFocus()
        else if (step === 2)
            copyButton.forceActiveFocus()
    }

    function next() {
        if (step === 0) {
            if (clinicNameField.text.trim().length === 0) {
                clinicNameField.errorText = qsTr("Enter the clinic's name.")
                return
            }
            clinicNameField.errorText = ""
            step = 1
        } else if (step === 1) {
            ClinicController.setUp(clinicNameField.text, adminNameField.text, passwordField.text, confirmField.text)
        }
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.controlHeight * 16)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(0, (parent.height - implicitHeight) / 2)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Set up your clinic")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "setupStepLabel"
                Layout.fillWidth: true
                text: qsTr("Step %1 of 3").arg(page.step + 1)
                color: Theme.textMuted
            }

            // Step 1: the clinic.
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 0
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("Outpost keeps the clinic's records on this computer, encrypted, in %1.")
                          .arg(ClinicController.dataDir)
                }
                LabeledTextField {
                    id: clinicNameField
                    objectName: "clinicNameField"
                    Layout.fillWidth: true
                    label: qsTr("Clinic name")
                    required: true
                    onAccepted: page.next()
                }
            }

            // Step 2: the first admin.
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 1
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("The first user manages the clinic: other users, backups and settings.")
                }
                LabeledTextField {
                    id: adminNameField
                    objectName: "adminNameField"
                    Layout.fillWidth: true
                    label: qsTr("Admin user name")
                    required: true
                    onAccepted: passwordField.input.forceActiveFocus()
                }
                LabeledTextField {
                    id: passwordField
                    objectName: "adminPasswordField"
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    helpText: qsTr("At least 10 characters; a few unrelated words work well.")
                    echoMode: TextInput.Password
                    required: true
                    onAccepted: confirmField.input.forceActiveFocus()
                }
                LabeledTextField {
                    id: confirmField
                    objectName: "adminConfirmField"
                    Layout.fillWidth: true
                    label: qsTr("Password again")
                    echoMode: TextInput.Password
                    required: true
                    onAccepted: page.next()
                }
            }

            // Step 3: the recovery key, shown once.
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 2
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("This recovery key opens the clinic's records if every password is lost. "
                               + "Outpost shows it only now and does not keep it. Write it down or save it, "
                               + "and keep it locked away from this computer.")
                }
                TextArea {
                    objectName: "recoveryKeyText"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    text: page.recoveryKey
                    font.family: "monospace"
                    font.pixelSize: Theme.fontSubtitle
                    color: Theme.text
                    background: Rectangle {
                        color: Theme.surface
                        border.color: Theme.borderStrong
                        radius: Theme.radius
                    }
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Recovery key")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    ActionButton {
                        id: copyButton
                        objectName: "copyKeyButton"
                        text: qsTr("Copy")
                        Accessible.name: qsTr("Copy the recovery key")
                        onClicked: {
                            keyHelper.text = page.recoveryKey
                            keyHelper.selectAll()
                            keyHelper.copy()
                            keyHelper.text = ""
                            toast.show(qsTr("Copied. Paste it somewhere safe, then clear the clipboard."), Toast.Info)
                        }
                    }
                    ActionButton {
                        objectName: "printKeyButton"
                        text: qsTr("Print…")
                        Accessible.name: qsTr("Print the recovery key")
                        onClicked: {
                            if (ClinicController.printRecoveryKey(page.recoveryKey))
                                toast.show(qsTr("Sent to the printer. Keep the sheet away from this computer."),
                                           Toast.Info)
                        }
                    }
                    ActionButton {
                        objectName: "saveKeyButton"
                        text: qsTr("Save as text file…")
                        Accessible.name: text
                        onClicked: {
                            const path = ClinicController.saveRecoveryKey(page.recoveryKey)
                            if (path.length > 0)
                                toast.show(qsTr("Saved to %1. Move it to a USB stick and delete it here.").arg(path),
                                           Toast.Info)
                            else
                                toast.show(qsTr("The file could not be saved."), Toast.Error)
                        }
                    }
                }
                CheckBox {
                    id: writtenDown
                    objectName: "writtenDownCheck"
                    text: qsTr("I have written it down or saved it")
                    checked: page.keyConfirmed
                    onToggled: page.keyConfirmed = checked
                    Accessible.name: text
                }
            }

            Label {
                objectName: "setupError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: ClinicController.lastError
                color: Theme.dangerText
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                ActionButton {
                    objectName: "setupBackButton"
                    visible: page.step === 1
                    text: qsTr("Back")
                    enabled: !ClinicController.busy
                    Accessible.name: text
                    onClicked: page.step = 0
                }
                Item { Layout.fillWidth: true }
                BusyIndicator {
                    running: ClinicController.busy
                    visible: running
                    Layout.preferredHeight: Theme.controlHeight
                    Layout.preferredWidth: Theme.controlHeight
                    Accessible.name: qsTr("Creating the encrypted database")
                }
                ActionButton {
                    objectName: "setupNextButton"
                    kind: ActionButton.Primary
                    text: page.step === 0 ? qsTr("Next") : page.step === 1 ? qsTr("Create clinic") : qsTr("Start")
                    enabled: !ClinicController.busy && (page.step !== 2 || page.keyConfirmed)
                    Accessible.name: text
                    onClicked: page.step === 2 ? ClinicController.confirmRecoveryKey() : page.next()
                }
            }
        }
    }

    // Copies through a text field: Qt Quick has no clipboard API of its own.
    TextEdit {
        id: keyHelper
        visible: false
    }

    Toast {
        id: toast
    }
}
