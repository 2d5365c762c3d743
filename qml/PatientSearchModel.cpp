#include "PatientSearchModel.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"

#include <QLocale>

namespace outpost::ui {

PatientSearchModel::PatientSearchModel(QObject* parent) : QAbstractListModel(parent) {}

void PatientSearchModel::setClinic(ClinicController* clinic)
{
    if (m_clinic == clinic)
        return;
    if (m_clinic)
        disconnect(m_clinic, nullptr, this, nullptr);
    m_clinic = clinic;
    if (m_clinic) {
        // Another user's recent patients and results must never show after a switch or a lock.
        connect(m_clinic, &ClinicController::sessionChanged, this, &PatientSearchModel::refresh);
        connect(m_clinic, &ClinicController::stateChanged, this, [this] {
            if (m_clinic->state() == ClinicController::Unlocked)
                refresh();
            else
                clear();
        });
    }
    Q_EMIT clinicChanged();
    refresh();
}

void PatientSearchModel::setQuery(const QString& query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    start();
}

void PatientSearchModel::refresh()
{
    start();
}

void PatientSearchModel::clear()
{
    ++m_generation; // whatever is in flight belongs to the old session
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_truncated = false;
    m_error.clear();
    m_fetching = false;
    endResetModel();
    setLoading(false);
    Q_EMIT resultsChanged();
}

void PatientSearchModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void PatientSearchModel::start()
{
    const quint64 generation = ++m_generation;
    m_fetching = false;
    if (!m_clinic || m_clinic->state() != ClinicController::Unlocked) {
        clear();
        return;
    }
    setLoading(true);
    const QString text = m_query.trimmed();
    if (text.isEmpty()) {
        m_clinic->post<std::vector<clinic::SearchHit>>(
            this, [](clinic::Clinic& c) { return c.patients().recent(c.session(), kRecentCount); },
            [this, generation](const Result<std::vector<clinic::SearchHit>>& recent) {
                if (generation != m_generation)
                    return;
                beginResetModel();
                m_hits = recent ? *recent : std::vector<clinic::SearchHit>{};
                m_total = static_cast<int>(m_hits.size());
                m_truncated = false;
                m_error = recent ? QString() : recent.error().message;
                endResetModel();
                setLoading(false);
                Q_EMIT resultsChanged();
            });
        return;
    }
    m_clinic->post<clinic::SearchPage>(
        this, [text](clinic::Clinic& c) { return c.patients().search(c.session(), text, 0, kPageSize); },
        [this, generation](const Result<clinic::SearchPage>& page) {
            if (generation != m_generation)
                return; // a newer query was typed meanwhile
            beginResetModel();
            if (page) {
                m_hits = page->hits;
                m_total = page->total;
                m_truncated = page->truncated;
                m_error.clear();
            } else {
                m_hits.clear();
                m_total = 0;
                m_truncated = false;
                m_error = page.error().message;
            }
            endResetModel();
            setLoading(false);
            Q_EMIT resultsChanged();
        });
}

bool PatientSearchModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || showingRecent() || m_loading || m_fetching)
        return false;
    return static_cast<int>(m_hits.size()) < m_total;
}

void PatientSearchModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_clinic)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const QString text = m_query.trimmed();
    const int offset = static_cast<int>(m_hits.size());
    m_clinic->post<clinic::SearchPage>(
        this, [text, offset](clinic::Clinic& c) { return c.patients().search(c.session(), text, offset, kPageSize); },
        [this, generation](const Result<clinic::SearchPage>& page) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!page) {
                m_error = page.error().message;
                Q_EMIT resultsChanged();
                return;
            }
            if (!page->hits.empty()) {
                const int first = static_cast<int>(m_hits.size());
                beginInsertRows({}, first, first + static_cast<int>(page->hits.size()) - 1);
                m_hits.insert(m_hits.end(), page->hits.begin(), page->hits.end());
                endInsertRows();
            } else {
                m_total = static_cast<int>(m_hits.size()); // nothing more came: stop asking
            }
            Q_EMIT resultsChanged();
        });
}

void PatientSearchModel::loadMore()
{
    fetchMore({});
}

QString PatientSearchModel::idAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return m_hits[static_cast<size_t>(row)].id;
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clinic::SearchHit& hit = m_hits[static_cast<size_t>(index.row())];
    switch (role) {
    case IdRole:
        return hit.id;
    case Qt::DisplayRole:
    case DisplayNameRole: {
        domain::Patient names;
        names.givenName = hit.givenName;
        names.familyName = hit.familyName;
        names.otherNames = hit.otherNames;
        return names.displayName();
    }
    case DateOfBirthRole:
        return hit.dateOfBirth.isValid() ? QLocale().toString(hit.dateOfBirth, QLocale::ShortFormat) : QString();
    case ApproximateRole:
        return hit.dateOfBirthApproximate;
    case SexRole:
        return hit.sex;
    case PhoneRole:
        return hit.phone;
    case MatchedByRole:
        return hit.matchedBy;
    default:
        return {};
    }
}

QHash<int, QByteArray> PatientSearchModel::roleNames() const
{
    return {{IdRole, "patientId"},
            {DisplayNameRole, "displayName"},
            {DateOfBirthRole, "dateOfBirth"},
            {ApproximateRole, "approximate"},
            {SexRole, "sex"},
            {PhoneRole, "phone"},
            {MatchedByRole, "matchedBy"}};
}

} // namespace outpost::ui
