#include "ChartModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

namespace outpost::ui {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

// The core's sign labels, listed here so lupdate collects them for translation.
[[maybe_unused]] const char* const kVitalLabels[] = {
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Temperature"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Pulse"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Systolic pressure"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Diastolic pressure"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Respiratory rate"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "SpO2"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Weight"),
    QT_TRANSLATE_NOOP("outpost::ui::Vitals", "Height"),
};

QString vitalsText(const QJsonObject& body)
{
    QStringList parts;
    for (const clinic::VitalSignRange& sign : clinic::vitalSignRanges()) {
        const QJsonObject value = body.value(QLatin1String(sign.key)).toObject();
        if (value.isEmpty())
            continue;
        parts << QStringLiteral("%1 %2 %3")
                     .arg(QCoreApplication::translate("outpost::ui::Vitals", sign.label),
                          QLocale().toString(value.value(QStringLiteral("value")).toDouble(), 'g', 4),
                          QString::fromUtf8(sign.unit));
    }
    return parts.join(QStringLiteral(" · "));
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(QStringLiteral(", "));
}

} // namespace

QString entrySummary(const clinic::ClinicalEntry& entry)
{
    const QJsonObject& body = entry.body;
    auto text = [&body](const char* key) { return body.value(QLatin1String(key)).toString(); };
    switch (entry.kind) {
    case clinic::EntryKind::Vitals:
        return vitalsText(body);
    case clinic::EntryKind::Allergy:
        return joined({text("substance"), text("reaction"), text("severity")});
    case clinic::EntryKind::Problem:
        return joined({text("name"), text("onset")});
    case clinic::EntryKind::Medication:
        return joined({text("name"), text("dose"), text("route"), text("frequency")});
    case clinic::EntryKind::Note:
        return joined({text("assessment"), text("subjective")});
    }
    return {};
}

QVariantMap entryToMap(const clinic::ClinicalEntry& entry)
{
    QVariantMap map{
        {QStringLiteral("entryId"), entry.id},
        {QStringLiteral("kind"), clinic::entryKindName(entry.kind)},
        {QStringLiteral("summary"), entrySummary(entry)},
        {QStringLiteral("author"), entry.authorName},
        {QStringLiteral("createdAt"), timeText(entry.createdAtMs)},
        {QStringLiteral("amended"), !entry.supersedes.isEmpty()},
        {QStringLiteral("enteredInError"), entry.status == clinic::EntryStatus::EnteredInError},
        {QStringLiteral("reason"), entry.reason},
    };
    if (entry.kind == clinic::EntryKind::Note) {
        for (const char* part : {"subjective", "objective", "assessment", "plan"})
            map.insert(QLatin1String(part), entry.body.value(QLatin1String(part)).toString());
    }
    return map;
}

int ChartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_encounters.size());
}

QVariant ChartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clinic::ChartEncounter& item = m_encounters.at(static_cast<size_t>(index.row()));
    const clinic::Encounter& encounter = item.encounter;
    switch (role) {
    case EncounterIdRole:
        return encounter.id;
    case Qt::DisplayRole:
    case StartedAtRole:
        return timeText(encounter.startedAtMs);
    case StartedAtMsRole:
        return encounter.startedAtMs;
    case ClinicianRole:
        return encounter.clinicianName;
    case ReasonRole:
        return encounter.reason;
    case StatusRole:
        return clinic::encounterStatusName(encounter.status);
    case EntriesRole: {
        QVariantList entries;
        for (const clinic::ClinicalEntry& entry : item.entries)
            entries << entryToMap(entry);
        return entries;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ChartModel::roleNames() const
{
    return {{EncounterIdRole, "encounterId"}, {StartedAtRole, "startedAt"}, {StartedAtMsRole, "startedAtMs"},
            {ClinicianRole, "clinician"},     {ReasonRole, "reason"},       {StatusRole, "status"},
            {EntriesRole, "entries"}};
}

void ChartModel::setEncounters(std::vector<clinic::ChartEncounter> encounters)
{
    beginResetModel();
    m_encounters = std::move(encounters);
    endResetModel();
    Q_EMIT countChanged();
}

void ChartModel::clear()
{
    setEncounters({});
}

QString ChartModel::openEncounterId() const
{
    for (const clinic::ChartEncounter& item : m_encounters) {
        if (item.encounter.status == clinic::EncounterStatus::Open)
            return item.encounter.id;
    }
    return {};
}

} // namespace outpost::ui
