import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Outpost

// Settings → Automatic backups (admins): daily time, folder (a USB disk or network share),
// retention, the passphrase of the automatic backups, and the status: last success, last error and
// a warning when the last good backup is too old.
ColumnLayout {
    id: section
    objectName: "backupSettings"
    spacing: Theme.spacingSmall

    BackupController {
        id: backup
        clinic: ClinicController
        onFinished: message => toast.show(message, Toast.Info)
        onFailed: message => toast.show(message, Toast.Error)
        Component.onCompleted: refreshStatus()
        onStatusChanged: {
            enabledBox.checked = autoEnabled
            folderField.text = autoFolder
            hourBox.value = Math.floor(autoMinuteOfDay / 60)
            minuteBox.value = autoMinuteOfDay % 60
            dailyBox.value = keepDaily
            weeklyBox.value = keepWeekly
            monthlyBox.value = keepMonthly
            warnBox.value = warnAfterDays
        }
    }

    Label {
        text: qsTr("Automatic backups")
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "backupStatus"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: backup.overdue ? Theme.dangerText : Theme.textMuted
        text: backup.lastSuccessMs > 0
              ? qsTr("Last good backup: %1.").arg(SettingsController.formatDateTime(backup.lastSuccessMs))
              : qsTr("No automatic backup has been made yet.")
        Accessible.name: text
    }
    Label {
        objectName: "backupOverdueWarning"
        visible: backup.overdue
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.dangerText
        text: qsTr("Warning: there has been no good backup for more than %1 days. Check the backup disk.").arg(backup.warnAfterDays)
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        visible: backup.lastError.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.dangerText
        text: qsTr("The last attempt failed: %1").arg(backup.lastError)
        Accessible.name: text
    }
    CheckBox {
        id: enabledBox
        objectName: "backupEnabledBox"
        text: qsTr("Back up every day")
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        LabeledTextField {
            id: folderField
            objectName: "backupFolder"
            Layout.fillWidth: true
            label: qsTr("Backup folder (a USB disk or network share)")
        }
        ActionButton {
            Layout.alignment: Qt.AlignBottom
            text: qsTr("Browse…")
            Accessible.name: qsTr("Choose the backup folder")
            onClicked: folderDialog.open()
        }
    }
    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        Label { text: qsTr("Time of day (hour, minute)"); color: Theme.text }
        RowLayout {
            SpinBox { id: hourBox; from: 0; to: 23; editable: true; activeFocusOnTab: true; Accessible.name: qsTr("Backup hour") }
            SpinBox { id: minuteBox; from: 0; to: 59; editable: true; activeFocusOnTab: true; Accessible.name: qsTr("Backup minute") }
        }
        Label { text: qsTr("Keep daily backups"); color: Theme.text }
        SpinBox { id: dailyBox; from: 1; to: 365; editable: true; activeFocusOnTab: true; Accessible.name: qsTr("Daily backups kept") }
        Label { text: qsTr("Keep weekly backups"); color: Theme.text }
        SpinBox { id: weeklyBox; from: 0; to: 104; editable: true; activeFocusOnTab: true; Accessible.name: qsTr("Weekly backups kept") }
        Label { text: qsTr("Keep monthly backups"); color: Theme.text }
        SpinBox { id: monthlyBox; from: 0; to: 120; editable: true; activeFocusOnTab: true; Accessible.name: qsTr("Monthly backups kept") }
        Label { text: qsTr("Warn after this many days without a good backup"); color: Theme.text }
        SpinBox { id: warnBox; from: 1; to: 60; editable: true; activeFocusOnTab: true; Accessible.name: qsTr("Days before the warning") }
    }
    LabeledTextField {
        id: passphraseField
        objectName: "autoBackupPassphrase"
        Layout.fillWidth: true
        label: backup.hasAutoKey ? qsTr("New passphrase for automatic backups (leave empty to keep it)")
                                 : qsTr("Passphrase for automatic backups")
        echoMode: TextInput.Password
    }
    LabeledTextField {
        id: confirmField
        Layout.fillWidth: true
        label: qsTr("Passphrase again")
        echoMode: TextInput.Password
    }
    ActionButton {
        objectName: "saveBackupSettings"
        text: qsTr("Save backup settings")
        onClicked: {
            backup.saveAutomatic(enabledBox.checked, folderField.text, hourBox.value * 60 + minuteBox.value,
                                 dailyBox.value, weeklyBox.value, monthlyBox.value, warnBox.value,
                                 passphraseField.text, confirmField.text)
            passphraseField.text = ""
            confirmField.text = ""
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the backup folder")
        onAccepted: folderField.text = backup.localPath(selectedFolder)
    }
    Toast {
        id: toast
        parent: Overlay.overlay
    }
}
