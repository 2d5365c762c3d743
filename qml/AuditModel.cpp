#include "AuditModel.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"

#include <QDateTime>
#include <QLocale>

namespace outpost::ui {

namespace {

qint64 startOfDayMs(const QString& isoDate, int addDays)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    return day.isValid() ? day.addDays(addDays).startOfDay().toMSecsSinceEpoch() : 0;
}

} // namespace

AuditModel::AuditModel(QObject* parent) : QAbstractListModel(parent) {}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clinic::AuditEvent& event = m_events.at(static_cast<size_t>(index.row()));
    switch (role) {
    case SeqRole:
        return event.seq;
    case Qt::DisplayRole:
    case AtRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.atMs).toLocalTime(), QLocale::ShortFormat);
    case AtMsRole:
        return event.atMs;
    case UserNameRole:
        return event.userName;
    case ActionRole:
        return event.action;
    case PatientIdRole:
        return event.patientId;
    case DetailRole:
        return event.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditModel::roleNames() const
{
    return {{SeqRole, "seq"},           {AtRole, "at"},         {AtMsRole, "atMs"},
            {UserNameRole, "userName"}, {ActionRole, "action"}, {PatientIdRole, "patientId"},
            {DetailRole, "detail"}};
}

void AuditModel::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    m_clinic = clinic;
    Q_EMIT clinicChanged();
}

clinic::AuditFilter AuditModel::filter(qint64 beforeSeq) const
{
    clinic::AuditFilter filter;
    filter.userName = m_userName.trimmed();
    filter.action = m_actionPrefix.trimmed();
    filter.patientId = m_patientId.trimmed();
    filter.fromMs = startOfDayMs(m_fromDate, 0);
    // The "to" day is inclusive: everything before the next midnight.
    const qint64 end = startOfDayMs(m_toDate, 1);
    filter.toMs = end > 0 ? end - 1 : 0;
    filter.limit = m_pageSize;
    filter.beforeSeq = beforeSeq;
    return filter;
}

void AuditModel::setEvents(std::vector<clinic::AuditEvent> events, bool append, bool more)
{
    if (append && !events.empty()) {
        const int first = static_cast<int>(m_events.size());
        beginInsertRows({}, first, first + static_cast<int>(events.size()) - 1);
        m_events.insert(m_events.end(), std::make_move_iterator(events.begin()), std::make_move_iterator(events.end()));
        endInsertRows();
    } else if (!append) {
        beginResetModel();
        m_events = std::move(events);
        endResetModel();
    }
    m_more = more;
    Q_EMIT countChanged();
}

void AuditModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AuditModel::setErrorMessage(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void AuditModel::refresh()
{
    load(false);
}

void AuditModel::loadMore()
{
    if (m_more && !m_events.empty())
        load(true);
}

void AuditModel::load(bool append)
{
    if (!m_clinic)
        return;
    if (m_patientReport && m_patientId.trimmed().isEmpty()) {
        setErrorMessage(tr("Enter a patient id for the report."));
        return;
    }
    const quint64 generation = ++m_generation;
    const clinic::AuditFilter query = filter(append ? m_events.back().seq : 0);
    const bool report = m_patientReport;
    setBusy(true);
    m_clinic->post<std::vector<clinic::AuditEvent>>(
        this,
        [query, report](clinic::Clinic& clinic) -> Result<std::vector<clinic::AuditEvent>> {
            if (auto allowed =
                    clinic::require(clinic.session(), auth::Permission::ReadAuditLog, clinic.context().clock);
                !allowed)
                return allowed.error();
            std::vector<clinic::AuditEvent> events;
            auto read = clinic.database().read([&](storage::Connection& reader) -> Result<void> {
                auto found = report ? clinic::AuditLog::forPatient(reader, query.patientId)
                                    : clinic::AuditLog::query(reader, query);
                if (!found)
                    return found.error();
                events = std::move(*found);
                return {};
            });
            if (!read)
                return read.error();
            return events;
        },
        [this, generation, append, report](const Result<std::vector<clinic::AuditEvent>>& result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result) {
                setErrorMessage(result.error().message);
                return;
            }
            setErrorMessage({});
            const bool more = !report && static_cast<int>(result->size()) >= m_pageSize;
            setEvents(*result, append, more);
        });
}

} // namespace outpost::ui
