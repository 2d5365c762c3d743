#include "DocumentModel.h"

#include <QDateTime>
#include <QLocale>

namespace outpost::ui {

int DocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DocumentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const clinic::DocumentInfo& info = m_documents[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return info.title.isEmpty() ? kindLabel(info.kind) : info.title;
    case DocumentIdRole:
        return info.id;
    case KindRole:
        return clinic::documentKindName(info.kind);
    case KindLabelRole:
        return kindLabel(info.kind);
    case PageCountRole:
        return info.pageCount;
    case AddedByRole:
        return info.addedByName;
    case AddedAtRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.addedAtMs), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentModel::roleNames() const
{
    return {{DocumentIdRole, "documentId"}, {KindRole, "kind"},           {KindLabelRole, "kindLabel"},
            {TitleRole, "title"},           {PageCountRole, "pageCount"}, {AddedByRole, "addedBy"},
            {AddedAtRole, "addedAt"}};
}

void DocumentModel::setDocuments(std::vector<clinic::DocumentInfo> documents)
{
    const int before = count();
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

QString DocumentModel::kindLabel(clinic::DocumentKind kind)
{
    switch (kind) {
    case clinic::DocumentKind::IdCard:
        return tr("ID card");
    case clinic::DocumentKind::InsuranceCard:
        return tr("Insurance card");
    case clinic::DocumentKind::ReferralLetter:
        return tr("Referral letter");
    case clinic::DocumentKind::LabReport:
        return tr("Lab report");
    case clinic::DocumentKind::Other:
        break;
    }
    return tr("Other document");
}

} // namespace outpost::ui
