import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// Login, and the lock screen: when a session is locked it names the user and asks only for the
// password; "Switch user" asks for another name. A failed attempt shows the core's sentence.
Pane {
    id: page
    objectName: "loginPage"
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.background }

    readonly property bool lockScreen: ClinicController.userName.length > 0
    property bool switching: false

    function focusFirstField() {
        if (page.lockScreen && !page.switching)
            passwordField.input.forceActiveFocus()
        else
            nameField.input.forceActiveFocus()
    }
    function submit() {
        if (ClinicController.busy)
            return
        if (page.lockScreen && !page.switching)
            ClinicController.unlock(passwordField.text)
        else if (page.lockScreen)
            ClinicController.switchUser(nameField.text, passwordField.text)
        else
            ClinicController.logIn(nameField.text, passwordField.text)
    }

    Component.onCompleted: focusFirstField()
    onSwitchingChanged: {
        ClinicController.clearError()
        passwordField.text = ""
        focusFirstField()
    }
    Connections {
        target: ClinicController
        function onLoginFailed() {
            passwordField.text = ""
            passwordField.input.forceActiveFocus()
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
            width: Math.min(parent.width, Theme.controlHeight * 12)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(0, (parent.height - implicitHeight) / 2)
            spacing: Theme.spacing

            Label {
                objectName: "loginTitle"
                Layout.fillWidth: true
                text: page.lockScreen && !page.switching
                      ? qsTr("Locked by %1").arg(ClinicController.userName)
                      : qsTr("Log in to %1").arg(ClinicController.clinicName.length > 0
                                                  ? ClinicController.clinicName : qsTr("Outpost"))
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: page.lockScreen && !page.switching
                text: qsTr("Enter your password to go on where you left off.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            LabeledTextField {
                id: nameField
                objectName: "userNameField"
                Layout.fillWidth: true
                visible: !page.lockScreen || page.switching
                label: qsTr("User name")
                input.inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: passwordField.input.forceActiveFocus()
                KeyNavigation.tab: passwordField.input
            }
            LabeledTextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                label: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: page.submit()
            }
            Label {
                objectName: "loginError"
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
                    objectName: "logInButton"
                    kind: ActionButton.Primary
                    text: page.lockScreen && !page.switching ? qsTr("Unlock") : qsTr("Log in")
                    enabled: !ClinicController.busy
                    Accessible.name: text
                    onClicked: page.submit()
                }
                ActionButton {
                    objectName: "switchUserButton"
                    visible: page.lockScreen
                    text: page.switching ? qsTr("Back to %1").arg(ClinicController.userName) : qsTr("Switch user")
                    Accessible.name: text
                    onClicked: page.switching = !page.switching
                }
                Item { Layout.fillWidth: true }
                BusyIndicator {
                    running: ClinicController.busy
                    visible: running
                    Layout.preferredHeight: Theme.controlHeight
                    Layout.preferredWidth: Theme.controlHeight
                    Accessible.name: qsTr("Checking the password")
                }
            }
        }
    }
}
