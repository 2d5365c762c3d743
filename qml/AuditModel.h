#pragma once

#include "ClinicController.h"

#include "core/clinic/AuditLog.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include <vector>

namespace outpost::ui {

/// The audit trail for AuditLogPage, newest first, a page at a time: filters by user, action
/// prefix ("patient."), patient id and a date range; or, with patientReport set, every access to
/// one patient's record. Needs ReadAuditLog (admins); a refusal arrives as errorMessage.
class AuditModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ClinicController* clinic READ clinic WRITE setClinic NOTIFY clinicChanged)
    Q_PROPERTY(QString userName MEMBER m_userName NOTIFY filtersChanged)
    Q_PROPERTY(QString actionPrefix MEMBER m_actionPrefix NOTIFY filtersChanged)
    Q_PROPERTY(QString patientId MEMBER m_patientId NOTIFY filtersChanged)
    /// Inclusive, "YYYY-MM-DD" in local time; empty for no bound.
    Q_PROPERTY(QString fromDate MEMBER m_fromDate NOTIFY filtersChanged)
    Q_PROPERTY(QString toDate MEMBER m_toDate NOTIFY filtersChanged)
    /// True: the per-patient report for patientId (every access, no paging) instead of the filtered query.
    Q_PROPERTY(bool patientReport MEMBER m_patientReport NOTIFY filtersChanged)
    Q_PROPERTY(int pageSize MEMBER m_pageSize NOTIFY filtersChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Roles { SeqRole = Qt::UserRole + 1, AtRole, AtMsRole, UserNameRole, ActionRole, PatientIdRole, DetailRole };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ClinicController* clinic() const { return m_clinic; }
    void setClinic(ClinicController* clinic);
    bool canLoadMore() const { return m_more; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }

    /// The filter as the core takes it; @p beforeSeq pages back from that row.
    clinic::AuditFilter filter(qint64 beforeSeq = 0) const;

    /// Runs the query from the newest row again.
    Q_INVOKABLE void refresh();
    /// Appends the next page (older rows).
    Q_INVOKABLE void loadMore();

    /// Replaces (or, with @p append, extends) the rows; @p more: an older page may exist.
    void setEvents(std::vector<clinic::AuditEvent> events, bool append, bool more);

Q_SIGNALS:
    void clinicChanged();
    void filtersChanged();
    void countChanged();
    void busyChanged();
    void errorMessageChanged();

private:
    void load(bool append);
    void setBusy(bool busy);
    void setErrorMessage(const QString& message);

    QPointer<ClinicController> m_clinic;
    QString m_userName;
    QString m_actionPrefix;
    QString m_patientId;
    QString m_fromDate;
    QString m_toDate;
    bool m_patientReport = false;
    int m_pageSize = 100;
    std::vector<clinic::AuditEvent> m_events;
    bool m_more = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    QString m_errorMessage;
};

} // namespace outpost::ui
