import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Outpost

// Every design-system component in its main states, in the current Theme variant. The source of
// docs/screenshots/components-*.png (rendered by tests/quick/outpost_gallery_shot) and a quick way
// to eyeball a theme change. Sample data only.
Rectangle {
    id: gallery
    objectName: "componentGallery"

    readonly property real contentHeight: flick.contentHeight
    readonly property alias focusDemoButton: focusDemoButton
    // Popups need a window; they open once the gallery is shown in one.
    readonly property bool inWindow: Window.window !== null

    implicitWidth: 1280
    implicitHeight: 900
    color: Theme.background

    onInWindowChanged: Qt.callLater(showPopups)
    Component.onCompleted: Qt.callLater(showPopups)

    function showPopups() {
        if (!inWindow)
            return
        demoDialog.open()
        demoToast.show(qsTr("Patient record saved."), Toast.Info)
        errorToast.show(qsTr("The backup could not be written: the disk is full."), Toast.Error)
        focusDemoButton.forceActiveFocus(Qt.TabFocusReason)
    }

    component Section: Surface {
        id: section
        default property alias content: body.data
        property string title

        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignTop
        // Equal preferred widths make the two columns share the width equally.
        Layout.preferredWidth: 100
        implicitWidth: sectionColumn.implicitWidth + 2 * Theme.spacing
        implicitHeight: sectionColumn.implicitHeight + 2 * Theme.spacing
        elevation: 1

        ColumnLayout {
            id: sectionColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacingMedium

            Text {
                Layout.fillWidth: true
                text: section.title
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ColumnLayout {
                id: body
                Layout.fillWidth: true
                spacing: Theme.spacingMedium
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }

    component Caption: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontCaption
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: grid.implicitHeight + 2 * Theme.spacingLarge
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            x: Theme.spacingLarge
            y: Theme.spacingLarge
            width: flick.width - 2 * Theme.spacingLarge
            // Two columns while each fits about 56 characters of body text; one at large text sizes.
            columns: width / Theme.fontBody > 62 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Text {
                Layout.columnSpan: grid.columns
                Layout.fillWidth: true
                text: qsTr("Outpost components — %1 theme").arg(Theme.variant)
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Section {
                Layout.columnSpan: grid.columns
                title: qsTr("Colour roles and type scale")

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: ["background", "surface", "surfaceVariant", "hover", "text", "textMuted", "accent",
                            "accentText", "border", "borderStrong", "focusRing", "danger", "dangerSurface", "warning",
                            "warningSurface", "success", "successSurface", "selection", "inverseSurface"]
                        Column {
                            required property string modelData
                            spacing: Theme.spacingXSmall
                            Rectangle {
                                width: Theme.fontBody * 7
                                height: Theme.controlHeight
                                radius: Theme.radiusSmall
                                color: Theme[parent.modelData]
                                border.width: Theme.borderWidth
                                border.color: Theme.border
                            }
                            Text {
                                width: Theme.fontBody * 7
                                text: parent.modelData
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { label: qsTr("Display"), size: Theme.fontDisplay },
                            { label: qsTr("Title"), size: Theme.fontTitle },
                            { label: qsTr("Subtitle"), size: Theme.fontSubtitle },
                            { label: qsTr("Body"), size: Theme.fontBody },
                            { label: qsTr("Caption"), size: Theme.fontCaption }
                        ]
                        Text {
                            required property var modelData
                            text: qsTr("%1 %2 px").arg(modelData.label).arg(modelData.size)
                            font.pixelSize: modelData.size
                            color: Theme.text
                        }
                    }
                }
            }

            Section {
                title: qsTr("Buttons")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    ActionButton {
                        text: qsTr("Register patient")
                        kind: ActionButton.Primary
                    }
                    ActionButton {
                        id: focusDemoButton
                        objectName: "focusDemoButton"
                        text: qsTr("Secondary, keyboard focus")
                    }
                    ActionButton {
                        text: qsTr("Delete draft")
                        kind: ActionButton.Danger
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    ActionButton {
                        text: qsTr("Primary, disabled")
                        kind: ActionButton.Primary
                        enabled: false
                    }
                    ActionButton {
                        text: qsTr("Secondary, disabled")
                        enabled: false
                    }
                }
                Caption {
                    text: qsTr("Space, Enter and Return activate the focused button; the ring shows keyboard focus.")
                }
            }

            Section {
                title: qsTr("Search field")
                SearchField {
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name, date of birth, clinic number or phone")
                    accessibleName: qsTr("Find patient")
                }
                SearchField {
                    Layout.fillWidth: true
                    text: qsTr("müller 1984")
                    accessibleName: qsTr("Find patient")
                }
                Caption {
                    text: qsTr("Results update as you type; Escape or × clears; Down moves to the results.")
                }
            }

            Section {
                title: qsTr("Text fields")
                LabeledTextField {
                    Layout.fillWidth: true
                    label: qsTr("Family name")
                    placeholderText: qsTr("As on the ID card")
                    helpText: qsTr("Accents are kept: Müller stays Müller.")
                }
                LabeledTextField {
                    Layout.fillWidth: true
                    label: qsTr("Phone")
                    required: true
                    text: qsTr("+33 6 12")
                    errorText: qsTr("This phone number is too short.")
                }
                LabeledTextField {
                    Layout.fillWidth: true
                    label: qsTr("Clinic number")
                    text: qsTr("C-000184")
                    readOnly: true
                    helpText: qsTr("Given by Outpost; it cannot be changed.")
                }
            }

            Section {
                title: qsTr("Date field")
                DateField {
                    Layout.fillWidth: true
                    label: qsTr("Date of birth")
                    text: qsTr("12.03.1984")
                }
                DateField {
                    Layout.fillWidth: true
                    label: qsTr("Date of birth")
                    text: qsTr("31/02/2023")
                    touched: true
                }
                DateField {
                    Layout.fillWidth: true
                    label: qsTr("Date of birth")
                    required: true
                }
            }

            Section {
                title: qsTr("List rows")
                Column {
                    Layout.fillWidth: true
                    ListRow {
                        width: parent.width
                        title: qsTr("Müller, Anna")
                        subtitle: qsTr("12/03/1984 · C-000184")
                        trailingText: qsTr("Arrived 09:12")
                        highlighted: true
                    }
                    ListRow {
                        width: parent.width
                        title: qsTr("Haddad, Amina")
                        subtitle: qsTr("02/11/1990 · C-000093")
                        trailingText: qsTr("Booked 10:30")
                    }
                    ListRow {
                        width: parent.width
                        title: qsTr("Okafor, Chidi")
                        subtitle: qsTr("27/07/1975 · C-000412")
                        trailingText: qsTr("Done")
                        enabled: false
                    }
                }
            }

            Section {
                title: qsTr("Table")
                DataTable {
                    Layout.fillWidth: true
                    accessibleName: qsTr("Today's queue")
                    columns: [
                        { title: qsTr("Time"), role: "time", weight: 1 },
                        { title: qsTr("Patient"), role: "name", weight: 3 },
                        { title: qsTr("Status"), role: "status", weight: 2 }
                    ]
                    model: [
                        { time: "09:00", name: qsTr("Müller, Anna"), status: qsTr("With clinician") },
                        { time: "09:15", name: qsTr("Haddad, Amina"), status: qsTr("Arrived") },
                        { time: "09:30", name: qsTr("Okafor, Chidi"), status: qsTr("Booked") },
                        { time: "09:45", name: qsTr("Nguyen, Lan"), status: qsTr("No-show") }
                    ]
                }
            }

            Section {
                title: qsTr("Navigation")
                RowLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.spacing
                    NavigationRail {
                        Layout.fillHeight: true
                        currentIndex: 1
                        model: [
                            { text: qsTr("Reception") },
                            { text: qsTr("Today's queue"), badge: "3" },
                            { text: qsTr("Patients") },
                            { text: qsTr("Audit log") },
                            { text: qsTr("Settings") }
                        ]
                    }
                    EmptyState {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        title: qsTr("No patients yet")
                        message: qsTr("Register the first patient, or restore a backup from the File menu.")
                        actionText: qsTr("Register patient")
                    }
                }
            }

            Section {
                title: qsTr("Dialog and toasts")
                Item {
                    id: dialogFrame
                    Layout.fillWidth: true
                    Layout.preferredHeight: demoDialog.implicitHeight + Theme.spacing * 2

                    ModalDialog {
                        id: demoDialog
                        modal: false
                        title: qsTr("Delete this draft?")
                        acceptText: qsTr("Delete draft")
                        destructive: true
                        initialFocusItem: focusDemoButton
                        closePolicy: Popup.NoAutoClose
                        Text {
                            width: Theme.fontBody * 22
                            text: qsTr("The unsigned note for Anna Müller will be removed. Signed notes are kept.")
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.controlHeight * 2 + Theme.spacingLarge * 2
                    Toast {
                        id: demoToast
                        timeout: 0
                        y: 0
                        actionText: qsTr("Undo")
                    }
                    Toast {
                        id: errorToast
                        timeout: 0
                        y: demoToast.height + Theme.spacingSmall
                    }
                }
            }

            Section {
                Layout.columnSpan: grid.columns
                title: qsTr("Progress overlay")
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { title: qsTr("Exporting backup…"), message: qsTr("12,400 of 31,000 records"),
                              progress: 0.4, indeterminate: false, modal: true },
                            { title: qsTr("Opening the clinic database…"), message: "", progress: 0,
                              indeterminate: true, modal: true },
                            { title: qsTr("Checking the backup…"), message: qsTr("The page stays usable."),
                              progress: 0.7, indeterminate: false, modal: false }
                        ]
                        Rectangle {
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.fontBody * 16
                            color: Theme.surfaceVariant
                            radius: Theme.radius
                            clip: true
                            Text {
                                anchors.left: parent.left
                                anchors.top: parent.top
                                anchors.margins: Theme.spacing
                                text: qsTr("Page content under the overlay")
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            ProgressOverlay {
                                anchors.fill: parent
                                active: true
                                title: parent.modelData.title
                                message: parent.modelData.message
                                progress: parent.modelData.progress
                                indeterminate: parent.modelData.indeterminate
                                modal: parent.modelData.modal
                            }
                        }
                    }
                }
            }
        }
    }
}
