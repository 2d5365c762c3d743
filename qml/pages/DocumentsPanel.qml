import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Outpost

// A patient's documents: the list (only kinds the user may read), Import… with a file dialog or by
// dropping files here, search inside the documents, and the viewer. OCR runs with progress and Cancel.
ColumnLayout {
    id: panel
    objectName: "documentsPanel"

    property string patientId
    readonly property alias controller: docs
    property var pendingFiles: []

    spacing: Theme.spacingSmall

    function startImport(urls) {
        pendingFiles = urls
        kindDialog.open()
    }
    function importNext(kind) {
        if (pendingFiles.length === 0)
            return
        const next = pendingFiles[0]
        pendingFiles = pendingFiles.slice(1)
        docs.importFile(next, kind)
    }

    DocumentController {
        id: docs
        clinic: ClinicController
        patientId: panel.patientId
        property string kindInProgress
        onImported: {
            toast.show(qsTr("Document stored."), Toast.Info)
            panel.importNext(kindInProgress)
        }
        onImportFailed: message => {
            panel.pendingFiles = []
            toast.show(message, Toast.Error)
        }
        onImportCancelled: {
            panel.pendingFiles = []
            toast.show(qsTr("Import cancelled; nothing was stored."), Toast.Info)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        Label {
            Layout.fillWidth: true
            text: qsTr("Documents")
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ActionButton {
            objectName: "importDocumentButton"
            text: qsTr("Import…")
            Accessible.name: qsTr("Import a document")
            onClicked: fileDialog.open()
        }
    }

    SearchField {
        objectName: "documentSearchField"
        Layout.fillWidth: true
        visible: docs.documents.count > 0
        placeholderText: qsTr("Search in documents")
        accessibleName: qsTr("Search in this patient's documents")
        onTextEdited: docs.searchText = text
        onCleared: docs.searchText = ""
    }
    Repeater {
        model: docs.searchHits
        delegate: ListRow {
            required property var modelData
            Layout.fillWidth: true
            title: qsTr("%1, page %2").arg(modelData.title).arg(modelData.page + 1)
            subtitle: modelData.snippet
            Accessible.name: qsTr("Match in %1, page %2: %3").arg(modelData.title).arg(modelData.page + 1)
                             .arg(modelData.snippet)
            onClicked: {
                docs.openDocument(modelData.documentId, modelData.page)
                viewer.open()
            }
        }
    }

    // Files dropped anywhere on the list are imported like chosen ones.
    DropArea {
        id: drop
        objectName: "documentDropArea"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(list.implicitHeight, Theme.controlHeight * 2)
        keys: ["text/uri-list"]
        onDropped: event => {
            if (event.hasUrls)
                panel.startImport(event.urls)
        }

        Rectangle {
            anchors.fill: parent
            radius: Theme.radius
            color: drop.containsDrag ? Theme.surfaceVariant : "transparent"
            border.width: drop.containsDrag ? 2 : 1
            border.color: drop.containsDrag ? Theme.accent : Theme.border
        }
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            visible: docs.documents.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("No documents yet. Drop scans or PDFs here, or choose Import…")
        }
        ColumnLayout {
            id: list
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0
            Repeater {
                model: docs.documents
                delegate: ListRow {
                    required property var model
                    Layout.fillWidth: true
                    title: model.title
                    subtitle: qsTr("%1 · %n page(s) · added by %2 on %3", "", model.pageCount).arg(model.kindLabel)
                              .arg(model.addedBy).arg(model.addedAt)
                    Accessible.name: qsTr("Open %1").arg(model.title)
                    onClicked: {
                        docs.openDocument(model.documentId, 0)
                        viewer.open()
                    }
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Import a document")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)")]
        onAccepted: panel.startImport(selectedFiles)
    }

    ModalDialog {
        id: kindDialog
        objectName: "documentKindDialog"
        title: qsTr("What is this document?")
        acceptText: qsTr("Import")
        initialFocusItem: kindBox
        onAccepted: {
            docs.kindInProgress = kindBox.currentValue
            panel.importNext(kindBox.currentValue)
        }
        onRejected: panel.pendingFiles = []

        ColumnLayout {
            width: Math.min(Theme.fontBody * 26, panel.width)
            spacing: Theme.spacingSmall
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("%n file(s) will be read with text recognition and stored encrypted.", "",
                           panel.pendingFiles.length)
            }
            ComboBox {
                id: kindBox
                objectName: "documentKindBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.controlHeight
                textRole: "text"
                valueRole: "value"
                model: docs.kinds()
                Accessible.name: qsTr("Document kind")
            }
        }
    }

    DocumentViewer {
        id: viewer
        controller: docs
    }

    ProgressOverlay {
        objectName: "documentProgress"
        parent: Overlay.overlay
        anchors.fill: parent
        active: docs.working
        title: qsTr("Importing a document")
        message: docs.progressText
        progress: docs.progress
        onCancelled: docs.cancel()
    }

    Toast {
        id: toast
        parent: Overlay.overlay
    }
}
