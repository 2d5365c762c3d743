import QtQuick
import Outpost
import "DateParsing.js" as DateParsing

// A date typed as text in the forms people use (12/03/1984, 12.03.1984, 1984-03-12, 12031984):
// day first unless dayFirst is false. isoDate holds the date read ("1984-03-12") or "" while the
// text is empty or not a real date; `error` says why. Errors show once the user leaves the field
// or presses Enter, and hide again while they type.
LabeledTextField {
    id: root

    property bool dayFirst: true
    property string earliestIsoDate: ""   // inclusive limits, "" for none
    property string latestIsoDate: ""
    property bool touched: false

    readonly property var parsed: DateParsing.parse(text, dayFirst)
    readonly property string isoDate: error.length === 0 ? parsed.iso : ""
    readonly property string error: {
        switch (parsed.error) {
        case "empty":
            return required ? qsTr("Enter a date.") : ""
        case "year":
            return qsTr("Enter the year with four digits, for example 1984.")
        case "date":
            return qsTr("This date does not exist. Check the day and the month.")
        case "format":
            return dayFirst ? qsTr("Enter a date as day/month/year, for example 12/03/1984.")
                            : qsTr("Enter a date as month/day/year, for example 03/12/1984.")
        }
        if (earliestIsoDate.length > 0 && parsed.iso < earliestIsoDate)
            return qsTr("Enter a date on or after %1.").arg(readable(earliestIsoDate))
        if (latestIsoDate.length > 0 && parsed.iso > latestIsoDate)
            return qsTr("Enter a date on or before %1.").arg(readable(latestIsoDate))
        return ""
    }
    readonly property string formatHint: dayFirst ? qsTr("Day/month/year, for example 12/03/1984.")
                                                  : qsTr("Month/day/year, for example 03/12/1984.")

    // The date spelled out, so a day-first/month-first mix-up is seen at once.
    helpText: isoDate.length > 0 ? qsTr("Read as %1.").arg(readable(isoDate)) : formatHint
    errorText: touched ? error : ""
    placeholderText: dayFirst ? qsTr("dd/mm/yyyy") : qsTr("mm/dd/yyyy")
    inputMethodHints: Qt.ImhPreferNumbers

    onEditingFinished: touched = true
    onTextEdited: touched = false

    // Shows an ISO date ("1984-03-12") in the field, formatted the way users type it.
    function setIsoDate(iso) {
        text = DateParsing.formatIso(iso, dayFirst)
        touched = false
    }

    function readable(iso) {
        const parts = iso.split("-")
        const date = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
        return date.toLocaleDateString(Qt.locale(), "d MMMM yyyy")
    }
}
