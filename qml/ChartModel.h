#pragma once

#include "core/clinic/ChartService.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

#include <vector>

namespace outpost::ui {

/// A clinical entry as QML shows it: id, kind, text lines, author, time, amendment facts.
QVariantMap entryToMap(const clinic::ClinicalEntry& entry);
/// One line for an entry that is not a note ("Penicillin — rash (severe)").
QString entrySummary(const clinic::ClinicalEntry& entry);

/// The encounters of an opened chart, newest first, each with its current entries.
class ChartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChartController owns the chart model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        EncounterIdRole = Qt::UserRole + 1,
        StartedAtRole,
        StartedAtMsRole,
        ClinicianRole,
        ReasonRole,
        StatusRole,
        EntriesRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEncounters(std::vector<clinic::ChartEncounter> encounters);
    void clear();
    /// The id of the newest open encounter, or empty.
    QString openEncounterId() const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<clinic::ChartEncounter> m_encounters;
};

} // namespace outpost::ui
