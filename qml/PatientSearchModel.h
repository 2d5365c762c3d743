#pragma once

#include "core/clinic/SearchIndex.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include <vector>

namespace outpost::ui {

class ClinicController;

/// The reception search box's results: each change of query searches on the clinic thread, and a
/// result that arrives after a newer query was typed is dropped (generation counter). With an empty
/// query the model lists the user's recent patients. Pages of kPageSize; fetchMore() loads the next.
class PatientSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool showingRecent READ showingRecent NOTIFY resultsChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(int total READ total NOTIFY resultsChanged)
    Q_PROPERTY(bool truncated READ truncated NOTIFY resultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY resultsChanged)

public:
    static constexpr int kPageSize = 20;
    static constexpr int kRecentCount = 10;

    enum Roles {
        IdRole = Qt::UserRole + 1,
        DisplayNameRole,
        DateOfBirthRole, ///< formatted in the UI locale's short date format
        ApproximateRole, ///< the date of birth is an estimate
        SexRole,         ///< "female", "male", "other", "unknown"
        PhoneRole,
        MatchedByRole, ///< "identifier", "phone", "name", "date of birth"; empty for recent patients
    };
    Q_ENUM(Roles)

    explicit PatientSearchModel(QObject* parent = nullptr);

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    QString query() const { return m_query; }
    void setQuery(const QString& query);
    bool loading() const { return m_loading; }
    bool showingRecent() const { return m_query.trimmed().isEmpty(); }
    int count() const { return static_cast<int>(m_hits.size()); }
    int total() const { return m_total; }
    bool truncated() const { return m_truncated; }
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Loads the next page, when there is one.
    Q_INVOKABLE void loadMore();
    /// Runs the current query (or the recent list) again.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void clinicChanged();
    void queryChanged();
    void loadingChanged();
    void resultsChanged();

private:
    void start();
    void setLoading(bool loading);
    void clear();

    QPointer<ClinicController> m_clinic;
    QString m_query;
    std::vector<clinic::SearchHit> m_hits;
    int m_total = 0;
    bool m_truncated = false;
    bool m_loading = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace outpost::ui
