import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// Admin → Settings: language, theme and text size for this computer (kept in ui-state.ini and
// applied at once), and for admins the clinic's auto-lock minutes.
Pane {
    id: page
    objectName: "settingsPage"
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.background }

    readonly property var textSizes: [1.0, 1.25, 1.5, 1.75, 2.0]

    function themeLabel(variant) {
        if (variant === "light")
            return qsTr("Light")
        if (variant === "dark")
            return qsTr("Dark")
        if (variant === "high-contrast")
            return qsTr("High contrast")
        return qsTr("Follow the system")
    }

    Toast { id: toast }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            anchors.left: parent.left // the leading edge: the right one in Arabic
            width: Math.min(scroller.availableWidth, 720)
            spacing: Theme.spacing

            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Language, theme and text size apply to this computer and take effect at once.")
                color: Theme.textMuted
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }

            Label {
                text: qsTr("Language")
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.controlHeight
                font.pixelSize: Theme.fontBody
                model: SettingsController.languages
                textRole: "name"
                valueRole: "code"
                Component.onCompleted: currentIndex = indexOfValue(SettingsController.language)
                onActivated: SettingsController.language = currentValue
                Accessible.name: qsTr("Language")
            }

            Label {
                text: qsTr("Theme")
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: themeBox
                objectName: "themeBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.controlHeight
                font.pixelSize: Theme.fontBody
                model: ["", "light", "dark", "high-contrast"]
                displayText: page.themeLabel(currentValue)
                delegate: ItemDelegate {
                    required property string modelData
                    width: themeBox.width
                    text: page.themeLabel(modelData)
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                }
                Component.onCompleted: currentIndex = Math.max(0, model.indexOf(SettingsController.themeVariant))
                onActivated: SettingsController.themeVariant = currentValue
                Accessible.name: qsTr("Theme")
            }

            Label {
                text: qsTr("Text size")
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: textSizeBox
                objectName: "textSizeBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.controlHeight
                font.pixelSize: Theme.fontBody
                model: page.textSizes
                displayText: qsTr("%1 %").arg(Math.round(currentValue * 100))
                delegate: ItemDelegate {
                    required property real modelData
                    width: textSizeBox.width
                    text: qsTr("%1 %").arg(Math.round(modelData * 100))
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                }
                Component.onCompleted: {
                    const index = page.textSizes.indexOf(SettingsController.textScale)
                    currentIndex = index >= 0 ? index : 0
                }
                onActivated: SettingsController.textScale = currentValue
                Accessible.name: qsTr("Text size")
            }

            ColumnLayout {
                visible: ClinicController.isAdmin
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Label {
                    text: qsTr("Lock the screen after this many minutes without input")
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("Applies to every user of this clinic, from 1 to 240 minutes.")
                    color: Theme.textMuted
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    SpinBox {
                        id: autoLockBox
                        objectName: "autoLockBox"
                        activeFocusOnTab: true
                        from: 1
                        to: 240
                        editable: true
                        value: ClinicController.autoLockMinutes
                        font.pixelSize: Theme.fontBody
                        Layout.preferredHeight: Theme.controlHeight
                        Accessible.name: qsTr("Auto-lock minutes")
                    }
                    ActionButton {
                        objectName: "saveAutoLockButton"
                        text: qsTr("Save auto-lock")
                        enabled: !autoLockSaver.busy
                        onClicked: autoLockSaver.save(autoLockBox.value)
                    }
                }
            }

            BackupSettings {
                visible: ClinicController.isAdmin
                Layout.fillWidth: true
            }
        }
    }

    AutoLockSetting {
        id: autoLockSaver
        clinic: ClinicController
        onSaved: toast.show(qsTr("Auto-lock saved."), Toast.Info)
        onFailed: message => toast.show(message, Toast.Error)
    }
}
