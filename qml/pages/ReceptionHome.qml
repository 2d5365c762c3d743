import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outpost

// The front desk: the search box (focused on open; results as you type; Down and Enter open a
// patient) and today's queue beside it with the check-in moves.
Pane {
    id: page
    objectName: "receptionHome"
    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    signal newPatientRequested()

    readonly property alias searchField: searchField
    readonly property alias searchModel: searchModel
    readonly property alias queueModel: queueModel

    function focusSearch() {
        searchField.activate()
    }
    function openRow(row) {
        const id = searchModel.idAt(row)
        if (id.length > 0)
            ClinicController.openPatient(id)
    }
    function sexLabel(sex) {
        switch (sex) {
        case "female": return qsTr("female")
        case "male": return qsTr("male")
        case "other": return qsTr("other")
        }
        return ""
    }
    function matchLabel(matchedBy) {
        switch (matchedBy) {
        case "identifier": return qsTr("by identifier")
        case "phone": return qsTr("by phone")
        case "name": return qsTr("by name")
        case "date of birth": return qsTr("by date of birth")
        case "document": return qsTr("matched in a document")
        }
        return ""
    }

    Component.onCompleted: searchField.activate()
    StackView.onActivated: {
        searchModel.refresh()
        searchField.activate()
    }

    PatientSearchModel {
        id: searchModel
        clinic: ClinicController
    }
    QueueModel {
        id: queueModel
        clinic: ClinicController
        onActionDone: message => toast.show(message, Toast.Info)
        onActionFailed: message => toast.show(message, Toast.Error)
    }

    GridLayout {
        anchors.fill: parent
        columns: page.width > Theme.controlHeight * 18 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        // Search.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacingSmall

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                SearchField {
                    id: searchField
                    objectName: "patientSearchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name, date of birth, phone or ID")
                    accessibleName: qsTr("Find patient")
                    onTextEdited: searchModel.query = text
                    onCleared: searchModel.query = ""
                    onDownPressed: {
                        if (results.count > 0) {
                            results.currentIndex = 0
                            results.forceActiveFocus(Qt.TabFocusReason)
                        }
                    }
                    onAccepted: page.openRow(results.currentIndex >= 0 ? results.currentIndex : 0)
                }
                ActionButton {
                    objectName: "newPatientButton"
                    kind: ActionButton.Primary
                    text: qsTr("New patient")
                    visible: ClinicController.canEditDemographics
                    Accessible.name: text
                    onClicked: page.newPatientRequested()
                }
            }
            Label {
                objectName: "searchStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: searchModel.errorMessage.length > 0 ? Theme.dangerText : Theme.textMuted
                text: searchModel.errorMessage.length > 0 ? searchModel.errorMessage
                      : searchModel.showingRecent ? qsTr("Recent patients")
                      : searchModel.loading && searchModel.count === 0 ? qsTr("Searching…")
                      : searchModel.truncated ? qsTr("More than %n patients match: type more to narrow down.", "",
                                                     searchModel.total)
                      : qsTr("%n patient(s) found", "", searchModel.total)
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Surface {
                Layout.fillWidth: true
                Layout.fillHeight: true
                elevation: 1
                radius: Theme.radius

                ListView {
                    id: results
                    objectName: "searchResults"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: searchModel
                    keyNavigationEnabled: true
                    currentIndex: -1
                    activeFocusOnTab: count > 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Patients")
                    Keys.onUpPressed: event => {
                        if (currentIndex <= 0)
                            searchField.activate()
                        else
                            decrementCurrentIndex()
                    }
                    onAtYEndChanged: if (atYEnd && count > 0) searchModel.loadMore()

                    delegate: ListRow {
                        id: resultRow
                        required property int index
                        required property string patientId
                        required property string displayName
                        required property string dateOfBirth
                        required property bool approximate
                        required property string sex
                        required property string phone
                        required property string matchedBy
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        title: displayName
                        subtitle: [approximate ? qsTr("born about %1").arg(dateOfBirth)
                                               : dateOfBirth.length > 0 ? qsTr("born %1").arg(dateOfBirth) : "",
                                   page.sexLabel(sex), phone].filter(part => part.length > 0).join(" · ")
                        trailingText: page.matchLabel(matchedBy)
                        onClicked: {
                            results.currentIndex = index
                            page.openRow(index)
                        }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        visible: results.count === 0 && !searchModel.loading && searchModel.errorMessage.length === 0
                        title: searchModel.showingRecent ? qsTr("No recent patients") : qsTr("No patient found")
                        message: searchModel.showingRecent
                                 ? qsTr("Patients you open appear here. Type a name, a date of birth, a phone number or an ID to search.")
                                 : qsTr("Check the spelling, try part of the name, or register a new patient.")
                        actionText: ClinicController.canEditDemographics && !searchModel.showingRecent
                                    ? qsTr("New patient") : ""
                        onActionTriggered: page.newPatientRequested()
                    }
                }
            }
        }

        // Today's queue.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("Today's queue")
                font.pixelSize: Theme.fontSubtitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "queueStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: queueModel.errorMessage.length > 0 ? Theme.dangerText : Theme.textMuted
                text: queueModel.errorMessage.length > 0 ? queueModel.errorMessage
                      : qsTr("%n waiting", "", queueModel.waiting)
            }
            Surface {
                Layout.fillWidth: true
                Layout.fillHeight: true
                elevation: 1
                radius: Theme.radius

                ListView {
                    id: queue
                    objectName: "queueList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: queueModel
                    keyNavigationEnabled: true
                    activeFocusOnTab: count > 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Today's queue")

                    delegate: Item {
                        id: entry
                        required property int index
                        required property string time
                        required property string patientName
                        required property string reason
                        required property string status
                        required property string statusLabel
                        required property string patientId
                        required property string appointmentId
                        required property string clinicianName
                        required property bool canCheckIn
                        required property bool canSend
                        required property bool canFinish
                        required property bool canNoShow
                        required property bool canCancel
                        readonly property string nextText: canCheckIn ? qsTr("Check in")
                                                           : canSend ? qsTr("Send in")
                                                           : canFinish ? qsTr("Done") : ""
                        width: ListView.view.width
                        height: entryLayout.implicitHeight
                        Accessible.role: Accessible.ListItem
                        Accessible.name: [time, patientName, reason, statusLabel].filter(p => p.length > 0).join(", ")

                        RowLayout {
                            id: entryLayout
                            anchors.left: parent.left
                            anchors.right: parent.right
                            spacing: 0
                            ListRow {
                                Layout.fillWidth: true
                                highlighted: entry.ListView.isCurrentItem
                                focus: true
                                title: entry.patientName
                                subtitle: [entry.time.length > 0 ? entry.time : qsTr("No set time"), entry.reason]
                                          .filter(p => p.length > 0).join(" · ")
                                trailingText: entry.statusLabel
                                onClicked: ClinicController.openPatient(entry.patientId)
                            }
                            ActionButton {
                                objectName: "queueNextAction"
                                visible: entry.nextText.length > 0
                                text: entry.nextText
                                Accessible.name: qsTr("%1: %2").arg(text).arg(entry.patientName)
                                onClicked: {
                                    if (entry.canCheckIn)
                                        queueModel.checkIn(entry.appointmentId)
                                    else if (entry.canSend)
                                        queueModel.sendToClinician(entry.appointmentId)
                                    else
                                        queueModel.markDone(entry.appointmentId)
                                }
                            }
                            ToolButton {
                                objectName: "queueMoreActions"
                                visible: entry.canNoShow || entry.canCancel
                                text: "⋯"
                                font.pixelSize: Theme.fontBody
                                Layout.preferredHeight: Theme.controlHeight
                                Layout.preferredWidth: Theme.controlHeight
                                Accessible.name: qsTr("More actions for %1").arg(entry.patientName)
                                onClicked: moreMenu.open()
                                Menu {
                                    id: moreMenu
                                    MenuItem {
                                        text: qsTr("No-show")
                                        visible: entry.canNoShow
                                        height: visible ? implicitHeight : 0
                                        Accessible.name: text
                                        onTriggered: queueModel.markNoShow(entry.appointmentId)
                                    }
                                    MenuItem {
                                        text: qsTr("Cancel appointment")
                                        visible: entry.canCancel
                                        height: visible ? implicitHeight : 0
                                        Accessible.name: text
                                        onTriggered: queueModel.cancel(entry.appointmentId)
                                    }
                                }
                            }
                        }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        visible: queue.count === 0 && !queueModel.loading
                        title: qsTr("Nobody in the queue")
                        message: qsTr("Booked and walk-in patients for today appear here.")
                    }
                }
            }
        }
    }

    Toast {
        id: toast
    }
}
