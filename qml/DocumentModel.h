#pragma once

#include "core/clinic/Document.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <vector>

namespace outpost::ui {

/// A patient's documents as the documents list shows them (only those the user may read).
class DocumentModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DocumentController owns the document list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        DocumentIdRole = Qt::UserRole + 1,
        KindRole,
        KindLabelRole,
        TitleRole,
        PageCountRole,
        AddedByRole,
        AddedAtRole,
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_documents.size()); }

    void setDocuments(std::vector<clinic::DocumentInfo> documents);
    const std::vector<clinic::DocumentInfo>& documents() const { return m_documents; }

    /// The translated name of a document kind ("ID card", "Lab report", …).
    static QString kindLabel(clinic::DocumentKind kind);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<clinic::DocumentInfo> m_documents;
};

} // namespace outpost::ui
