import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Outpost

// File → Export, Verify and Restore backup: one dialog for the three, then a progress card with
// Cancel at the bottom of the window while the work runs on a thread of its own (the clinic thread
// and the window stay free for everything else; a replace closes the clinic and blocks the window
// instead), and a toast with the outcome.
Item {
    id: root
    objectName: "backupDialog"
    anchors.fill: parent

    // "export", "verify" or "restore"
    property string mode: "export"

    function openFor(newMode) {
        mode = newMode
        fileField.text = mode === "export" ? backup.suggestedFile("") : ""
        folderField.text = ""
        newFolderChoice.checked = true
        passphraseField.text = ""
        confirmField.text = ""
        dialog.open()
    }

    BackupController {
        id: backup
        clinic: ClinicController
        onFinished: message => toast.show(message, Toast.Info)
        onFailed: message => toast.show(message, Toast.Error)
    }

    // The automatic backup: checked once a minute while someone is logged in (it runs when due).
    Timer {
        interval: 60 * 1000
        repeat: true
        triggeredOnStart: true
        running: ClinicController.state === ClinicController.Unlocked
        onTriggered: backup.runAutomaticIfDue()
    }

    ModalDialog {
        id: dialog
        objectName: "backupModal"
        parent: Overlay.overlay
        title: root.mode === "export" ? qsTr("Export backup")
             : root.mode === "verify" ? qsTr("Verify backup") : qsTr("Restore backup")
        acceptText: root.mode === "export" ? qsTr("Export")
                  : root.mode === "verify" ? qsTr("Verify") : qsTr("Restore")
        acceptEnabled: fileField.text.length > 0 && passphraseField.text.length > 0
                       && (root.mode !== "restore" || replaceChoice.checked || folderField.text.length > 0)
        initialFocusItem: fileField.input
        onAccepted: {
            if (root.mode === "export")
                backup.exportBackup(fileField.text, passphraseField.text, confirmField.text)
            else if (root.mode === "verify")
                backup.verifyBackup(fileField.text, passphraseField.text)
            else if (replaceChoice.checked) {
                // Nothing is replaced before the second, explicit confirmation.
                replaceConfirm.file = fileField.text
                replaceConfirm.passphrase = passphraseField.text
                replaceConfirm.open()
            } else
                backup.restoreBackup(fileField.text, passphraseField.text, folderField.text)
            passphraseField.text = ""
            confirmField.text = ""
        }

        ColumnLayout {
            spacing: Theme.spacingSmall
            width: Math.max(Theme.controlHeight * 10, 420)

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: root.mode === "export"
                      ? qsTr("The whole clinic is written to one encrypted file. Without the passphrase nobody can read it, and nobody can restore it: keep the passphrase apart from the disk.")
                      : root.mode === "verify"
                        ? qsTr("Checks the whole file without restoring anything.")
                        : qsTr("Restores into an empty folder as a new data folder, or replaces this clinic's data. The clinic's users sign in with the passwords they had when the backup was made.")
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                LabeledTextField {
                    id: fileField
                    objectName: "backupFileField"
                    Layout.fillWidth: true
                    label: root.mode === "export" ? qsTr("Save the backup as") : qsTr("Backup file")
                    required: true
                }
                ActionButton {
                    objectName: "backupBrowseFile"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Browse…")
                    Accessible.name: qsTr("Choose the backup file")
                    onClicked: root.mode === "export" ? saveDialog.open() : openDialog.open()
                }
            }
            ColumnLayout {
                visible: root.mode === "restore"
                spacing: 0
                RadioButton {
                    id: newFolderChoice
                    objectName: "restoreNewFolderChoice"
                    text: qsTr("Into a new, empty folder")
                    checked: true
                    Accessible.name: text
                }
                RadioButton {
                    id: replaceChoice
                    objectName: "restoreReplaceChoice"
                    text: qsTr("Replace this clinic's data")
                    enabled: ClinicController.isAdmin
                    Accessible.name: text
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.mode === "restore" && newFolderChoice.checked
                LabeledTextField {
                    id: folderField
                    objectName: "backupFolderField"
                    Layout.fillWidth: true
                    label: qsTr("Empty folder for the restored data")
                    required: root.mode === "restore" && newFolderChoice.checked
                }
                ActionButton {
                    objectName: "backupBrowseFolder"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Browse…")
                    Accessible.name: qsTr("Choose the folder to restore into")
                    onClicked: folderDialog.open()
                }
            }
            LabeledTextField {
                id: passphraseField
                objectName: "backupPassphraseField"
                Layout.fillWidth: true
                label: qsTr("Backup passphrase")
                echoMode: TextInput.Password
                required: true
            }
            LabeledTextField {
                id: confirmField
                objectName: "backupConfirmField"
                Layout.fillWidth: true
                visible: root.mode === "export"
                label: qsTr("Passphrase again")
                echoMode: TextInput.Password
                errorText: confirmField.text.length > 0 && confirmField.text !== passphraseField.text
                           ? qsTr("The two passphrases differ.") : ""
            }
        }
    }

    ModalDialog {
        id: replaceConfirm
        objectName: "replaceConfirmModal"
        parent: Overlay.overlay
        property string file: ""
        property string passphrase: ""
        title: qsTr("Replace this clinic's data?")
        acceptText: qsTr("Replace the data")
        destructive: true
        onAccepted: {
            backup.replaceWithBackup(file, passphrase)
            passphrase = ""
        }
        onRejected: passphrase = ""
        Label {
            width: Math.max(Theme.controlHeight * 10, 420)
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("Everything recorded in %1 since this backup was made will be lost: patients registered, notes, check-ins, documents and user changes. Everyone is signed out. The current data is kept until the restored copy has been checked, and put back if the restore fails.").arg(ClinicController.clinicName)
            Accessible.name: text
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the backup as")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Outpost backups (*.outpostbackup)")]
        onAccepted: fileField.text = backup.localPath(selectedFile)
    }
    FileDialog {
        id: openDialog
        title: qsTr("Choose the backup file")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Outpost backups (*.outpostbackup)"), qsTr("All files (*)")]
        onAccepted: fileField.text = backup.localPath(selectedFile)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the folder to restore into")
        onAccepted: folderField.text = backup.localPath(selectedFolder)
    }

    ProgressOverlay {
        objectName: "backupProgress"
        parent: Overlay.overlay
        anchors.fill: parent
        active: backup.running
        // Export, verify and restore into another folder run beside the clinic: people keep working.
        // Replacing this clinic's data closes it, so that one blocks the window.
        modal: backup.operation === "replace"
        title: backup.operation === "export" ? qsTr("Exporting the backup…")
             : backup.operation === "verify" ? qsTr("Checking the backup…") : qsTr("Restoring the backup…")
        message: backup.operation === "export"
                 ? qsTr("The backup is a snapshot of this moment. Cancel leaves no file behind.")
                 : backup.operation === "verify"
                   ? qsTr("Every part of the file is checked; this clinic's data is not touched.")
                   : backup.operation === "replace"
                     ? qsTr("Outpost goes on working; other screens wait until this is done.")
                     : qsTr("The backup goes into the folder you chose; this clinic's data is not touched.")
        progress: backup.progress
        // The window may show other Cancel buttons beside this card: say what this one stops.
        cancelText: backup.operation === "export" ? qsTr("Cancel export")
                  : backup.operation === "verify" ? qsTr("Cancel check") : qsTr("Cancel restore")
        onCancelled: backup.cancel()
    }

    Toast {
        id: toast
        parent: Overlay.overlay
    }
}
