import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Outpost

ApplicationWindow {
    id: window
    width: 1100
    height: 720
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: ClinicController.clinicName.length > 0 ? qsTr("%1 — Outpost").arg(ClinicController.clinicName)
                                                  : qsTr("Outpost")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // Arabic lays the whole window out right to left (SettingsController.rightToLeft).
    LayoutMirroring.enabled: SettingsController.rightToLeft

    // The saved display settings drive the Theme (an empty variant follows the system).
    Binding {
        target: Theme
        property: "variant"
        value: SettingsController.themeVariant
        when: SettingsController.themeVariant !== ""
    }
    Binding {
        target: Theme
        property: "textScale"
        value: SettingsController.textScale
    }
    LayoutMirroring.childrenInherit: true

    // Stock controls (the menu bar, About) follow the Theme variant through the palette.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceVariant
    palette.text: Theme.text
    palette.button: Theme.surfaceVariant
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.textMuted
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceVariant
    palette.mid: Theme.border
    palette.dark: Theme.borderStrong
    palette.shadow: Theme.shadow
    palette.link: Theme.accentText
    palette.toolTipBase: Theme.inverseSurface
    palette.toolTipText: Theme.textOnInverse

    readonly property bool unlocked: ClinicController.state === ClinicController.Unlocked
    readonly property alias stack: stack
    // The user whose pages the stack holds: another user after a switch starts at the front desk.
    property string stackOwner: ""

    Component.onCompleted: {
        const saved = AppController.savedGeometry
        if (saved.width > 0 && saved.height > 0) {
            // Keep a remembered window on a screen that still exists.
            width = Math.min(saved.width, Screen.desktopAvailableWidth)
            height = Math.min(saved.height, Screen.desktopAvailableHeight)
            x = Math.max(0, Math.min(saved.x, Screen.desktopAvailableWidth - width))
            y = Math.max(0, Math.min(saved.y, Screen.desktopAvailableHeight - height))
        }
        if (AppController.savedMaximized)
            window.showMaximized()
        syncAdminMenu()
    }
    onClosing: AppController.saveWindow(x, y, width, height, visibility === Window.Maximized)

    function pageUrl(fileName) {
        return Qt.resolvedUrl("pages/" + fileName)
    }
    function goHome() {
        if (!unlocked)
            return null
        if (stackOwner !== ClinicController.userId || stack.depth === 0) {
            stack.clear()
            stack.push(homeComponent)
            stackOwner = ClinicController.userId
        } else {
            stack.pop(null)
        }
        return stack.get(0)
    }
    function findPatient() {
        const home = goHome()
        if (home)
            home.focusSearch()
    }
    function newPatient() {
        if (!unlocked || !ClinicController.canEditDemographics)
            return
        goHome()
        const page = stack.push(registrationComponent)
        page.registered.connect(id => {
            stack.pop(null)
            ClinicController.openPatient(id)
        })
        page.cancelled.connect(() => stack.pop())
    }
    function openPatient(patientId) {
        if (!unlocked)
            return
        goHome()
        // Clinicians (and admins, for the access history and break-glass) get the chart; reception
        // gets the demographics summary: it may not read clinical content.
        if ((ClinicController.canReadClinical || ClinicController.isAdmin) && ClinicController.hasPage("PatientChartPage.qml"))
            stack.push(pageUrl("PatientChartPage.qml"), { patientId: patientId })
        else
            stack.push(summaryComponent, { patientId: patientId }).backRequested.connect(() => stack.pop())
    }
    function openAdminPage(fileName) {
        if (!unlocked || !ClinicController.isAdmin || !ClinicController.hasPage(fileName))
            return
        goHome()
        stack.push(pageUrl(fileName))
    }
    function syncAdminMenu() {
        const shown = unlocked && ClinicController.isAdmin
        if (shown && !adminMenuShown) {
            appMenuBar.insertMenu(2, adminMenu)
            adminMenuShown = true
        } else if (!shown && adminMenuShown) {
            appMenuBar.takeMenu(2)
            adminMenuShown = false
        }
    }
    property bool adminMenuShown: false

    Connections {
        target: ClinicController
        function onStateChanged() {
            // Unlocking goes on where the user left off; another user starts at the front desk.
            if (window.unlocked && (window.stackOwner !== ClinicController.userId || stack.depth === 0))
                window.goHome()
            else
                window.closePopups()
            window.syncAdminMenu()
        }
        function onSessionChanged() { window.syncAdminMenu() }
        function onPatientRequested(patientId) { window.openPatient(patientId) }
    }
    function closePopups() {
        aboutDialog.close()
        shortcutsDialog.close()
    }

    menuBar: MenuBar {
        id: appMenuBar
        // Screen readers get the menu's title without its mnemonic marker ("&File" → "File").
        delegate: MenuBarItem {
            Accessible.name: menu ? menu.title.replace("&", "") : ""
            Accessible.role: Accessible.MenuItem
        }
        Menu {
            title: qsTr("&File")
            Action {
                objectName: "newPatientAction"
                text: qsTr("&New Patient")
                shortcut: "Ctrl+N"
                enabled: window.unlocked && ClinicController.canEditDemographics
                onTriggered: window.newPatient()
            }
            Action {
                objectName: "findPatientAction"
                text: qsTr("&Find Patient")
                shortcut: "Ctrl+F"
                enabled: window.unlocked
                onTriggered: window.findPatient()
            }
            MenuSeparator {}
            Action {
                objectName: "exportBackupAction"
                text: qsTr("&Export Backup…")
                enabled: window.unlocked && ClinicController.isAdmin
                onTriggered: backupDialog.openFor("export")
            }
            Action {
                objectName: "verifyBackupAction"
                text: qsTr("&Verify Backup…")
                enabled: window.unlocked
                onTriggered: backupDialog.openFor("verify")
            }
            Action {
                objectName: "restoreBackupAction"
                text: qsTr("&Restore Backup…")
                enabled: window.unlocked && ClinicController.isAdmin
                onTriggered: backupDialog.openFor("restore")
            }
            MenuSeparator {}
            Action {
                objectName: "lockAction"
                text: qsTr("&Lock")
                shortcut: "Ctrl+L"
                enabled: window.unlocked
                onTriggered: ClinicController.lock()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        Menu {
            title: qsTr("&View")
            Menu {
                title: qsTr("&Theme")
                Repeater {
                    model: [
                        { value: "light", text: qsTr("&Light") },
                        { value: "dark", text: qsTr("&Dark") },
                        { value: "high-contrast", text: qsTr("&High Contrast") }
                    ]
                    delegate: MenuItem {
                        required property var modelData
                        text: modelData.text
                        checkable: true
                        checked: Theme.variant === modelData.value
                        Accessible.name: text.replace("&", "")
                        onTriggered: SettingsController.themeVariant = modelData.value
                    }
                }
            }
            Menu {
                title: qsTr("Text &Size")
                Repeater {
                    model: [1.0, 1.25, 1.5, 1.75, 2.0]
                    delegate: MenuItem {
                        required property real modelData
                        text: qsTr("%1 %").arg(Math.round(modelData * 100))
                        checkable: true
                        checked: Math.abs(Theme.textScale - modelData) < 0.01
                        Accessible.name: text
                        onTriggered: SettingsController.textScale = modelData
                    }
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Full Screen")
                shortcut: "F11"
                checkable: true
                checked: window.visibility === Window.FullScreen
                onTriggered: window.visibility = checked ? Window.FullScreen : Window.Windowed
            }
        }
        Menu {
            title: qsTr("&Help")
            Action {
                text: qsTr("&Keyboard Shortcuts")
                onTriggered: shortcutsDialog.open()
            }
            Action {
                text: qsTr("Open &Log Folder")
                onTriggered: AppController.openLogFolder()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&About Outpost")
                onTriggered: aboutDialog.open()
            }
        }
    }

    // Inserted into the menu bar only while an admin is logged in; items only for pages that exist.
    Menu {
        id: adminMenu
        title: qsTr("&Admin")
        MenuItem {
            objectName: "adminUsersItem"
            text: qsTr("&Users")
            visible: ClinicController.hasPage("AdminUsersPage.qml")
            height: visible ? implicitHeight : 0
            onTriggered: window.openAdminPage("AdminUsersPage.qml")
        }
        MenuItem {
            objectName: "auditLogItem"
            text: qsTr("&Audit Log")
            visible: ClinicController.hasPage("AuditLogPage.qml")
            height: visible ? implicitHeight : 0
            onTriggered: window.openAdminPage("AuditLogPage.qml")
        }
        MenuItem {
            objectName: "settingsItem"
            text: qsTr("&Settings")
            visible: ClinicController.hasPage("SettingsPage.qml")
            height: visible ? implicitHeight : 0
            onTriggered: window.openAdminPage("SettingsPage.qml")
        }
    }

    Loader {
        objectName: "setupLoader"
        anchors.fill: parent
        active: ClinicController.state === ClinicController.Setup
        visible: active
        sourceComponent: SetupWizard { }
    }
    Loader {
        id: loginLoader
        objectName: "loginLoader"
        anchors.fill: parent
        active: ClinicController.state === ClinicController.Locked
        visible: active
        sourceComponent: LoginPage { }
    }
    StackView {
        id: stack
        objectName: "mainStack"
        anchors.fill: parent
        // Locked: nothing of the user's work stays on screen or in the focus chain.
        visible: window.unlocked
        enabled: window.unlocked
    }

    Component {
        id: homeComponent
        ReceptionHome {
            onNewPatientRequested: window.newPatient()
        }
    }
    Component {
        id: registrationComponent
        RegistrationPage { }
    }
    Component {
        id: summaryComponent
        PatientSummaryPage { }
    }

    BackupDialog {
        id: backupDialog
    }

    AboutDialog {
        id: aboutDialog
        anchors.centerIn: parent
    }

    ModalDialog {
        id: shortcutsDialog
        objectName: "shortcutsDialog"
        title: qsTr("Keyboard shortcuts")
        acceptText: qsTr("Close")
        showReject: false
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall
            Repeater {
                model: [
                    { keys: "Ctrl+N", action: qsTr("New patient") },
                    { keys: "Ctrl+F", action: qsTr("Find patient") },
                    { keys: "Ctrl+L", action: qsTr("Lock") },
                    { keys: "↓ ↑", action: qsTr("Move through search results") },
                    { keys: qsTr("Enter"), action: qsTr("Open the patient") },
                    { keys: qsTr("Esc"), action: qsTr("Clear the search, close a dialog") },
                    { keys: "F11", action: qsTr("Full screen") },
                    { keys: "Ctrl+Q", action: qsTr("Quit") }
                ]
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData.keys + "   " + modelData.action
                    color: Theme.text
                    Layout.columnSpan: 2
                }
            }
        }
    }
}
