import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// Admin → Users: who may log in, with which role; create, disable or enable, change role, reset password.
Pane {
    id: page
    objectName: "adminUsersPage"
    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    UsersModel {
        id: users
        clinic: ClinicController
        onDone: message => toast.show(message, Toast.Info)
        onFailed: message => toast.show(message, Toast.Error)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        Label {
            text: qsTr("Users")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            visible: users.errorMessage.length > 0
            text: users.errorMessage
            color: Theme.dangerText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        // New user.
        Surface {
            Layout.fillWidth: true
            implicitHeight: createFlow.implicitHeight + 2 * Theme.spacing
            Flow {
                id: createFlow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall
                LabeledTextField {
                    id: newName
                    objectName: "newUserName"
                    width: Math.max(Theme.controlHeight * 4, 200)
                    label: qsTr("User name")
                    required: true
                }
                LabeledTextField {
                    id: newDisplayName
                    objectName: "newUserDisplayName"
                    width: Math.max(Theme.controlHeight * 5, 240)
                    label: qsTr("Full name")
                }
                ColumnLayout {
                    spacing: Theme.spacingXSmall
                    Label {
                        text: qsTr("Role")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold // as the labels of the fields beside it
                    }
                    ComboBox {
                        id: newRole
                        objectName: "newUserRole"
                        Layout.preferredHeight: Theme.controlHeight
                        Layout.preferredWidth: Theme.controlHeight * 4
                        font.pixelSize: Theme.fontBody
                        model: users.roles()
                        displayText: users.roleLabel(currentValue)
                        delegate: ItemDelegate {
                            required property string modelData
                            width: newRole.width
                            text: users.roleLabel(modelData)
                            font.pixelSize: Theme.fontBody
                            Accessible.name: text
                        }
                        Accessible.name: qsTr("Role")
                    }
                }
                LabeledTextField {
                    id: newPassword
                    objectName: "newUserPassword"
                    width: Math.max(Theme.controlHeight * 5, 240)
                    label: qsTr("Password")
                    echoMode: TextInput.Password
                    required: true
                }
                ActionButton {
                    objectName: "createUserButton"
                    kind: ActionButton.Primary
                    text: qsTr("Create user")
                    enabled: newName.text.trim().length > 0 && newPassword.text.length > 0 && !users.busy
                    onClicked: {
                        users.createUser(newName.text, newDisplayName.text, newRole.currentValue, newPassword.text)
                        newPassword.text = ""
                    }
                }
            }
        }

        ListView {
            id: list
            objectName: "usersList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: users
            spacing: Theme.spacingXSmall
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Users")
            delegate: Surface {
                id: row
                required property string name
                required property string displayName
                required property string role
                required property bool disabled
                width: list.width
                implicitHeight: rowFlow.implicitHeight + 2 * Theme.spacingSmall
                Flow {
                    id: rowFlow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: Theme.spacingSmall
                    Label {
                        width: Math.max(Theme.controlHeight * 6, 220)
                        height: Theme.controlHeight
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("%1 (%2)").arg(row.displayName).arg(row.name)
                              + (row.disabled ? " · " + qsTr("disabled") : "")
                        color: row.disabled ? Theme.textMuted : Theme.text
                        wrapMode: Text.Wrap
                    }
                    ComboBox {
                        id: roleBox
                        height: Theme.controlHeight
                        width: Theme.controlHeight * 4
                        font.pixelSize: Theme.fontBody
                        enabled: !row.disabled
                        model: users.roles()
                        displayText: users.roleLabel(currentValue)
                        currentIndex: users.roles().indexOf(row.role)
                        delegate: ItemDelegate {
                            required property string modelData
                            width: roleBox.width
                            text: users.roleLabel(modelData)
                            font.pixelSize: Theme.fontBody
                            Accessible.name: text
                        }
                        onActivated: if (currentValue !== row.role) users.changeRole(row.name, currentValue)
                        Accessible.name: qsTr("Role of %1").arg(row.name)
                    }
                    ActionButton {
                        visible: !row.disabled
                        text: qsTr("Reset password")
                        onClicked: passwordDialog.ask(row.name, false)
                    }
                    ActionButton {
                        visible: !row.disabled
                        kind: ActionButton.Danger
                        text: qsTr("Disable")
                        onClicked: users.disableUser(row.name)
                    }
                    ActionButton {
                        visible: row.disabled
                        text: qsTr("Enable")
                        onClicked: passwordDialog.ask(row.name, true)
                    }
                }
            }
        }
    }

    ModalDialog {
        id: passwordDialog
        objectName: "passwordDialog"
        property string userName
        property bool enabling: false
        function ask(name, enable) {
            userName = name
            enabling = enable
            passwordField.text = ""
            open()
        }
        anchors.centerIn: parent
        title: enabling ? qsTr("Enable %1").arg(userName) : qsTr("Reset the password of %1").arg(userName)
        acceptText: enabling ? qsTr("Enable") : qsTr("Reset password")
        acceptEnabled: passwordField.text.length > 0
        LabeledTextField {
            id: passwordField
            width: Math.min(page.width * 0.7, 420)
            label: qsTr("New password")
            echoMode: TextInput.Password
            required: true
        }
        onAccepted: {
            if (enabling)
                users.enableUser(userName, passwordField.text)
            else
                users.resetPassword(userName, passwordField.text)
            passwordField.text = ""
        }
    }

    Toast { id: toast }
}
