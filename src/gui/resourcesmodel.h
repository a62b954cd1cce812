#pragma once

#include "session/workbench.h"

#include <QAbstractTableModel>

namespace authlab::gui {

// The scenario's resources and their rules (read-only).
class ResourcesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PathColumn,
        TitleColumn,
        AccessColumn,
        RequiresColumn,
        HiddenColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1 };

    explicit ResourcesModel(Workbench *workbench, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString accessText(const Resource &r);
    static QString requiresText(const Resource &r);

private:
    Workbench *m_workbench;
    int m_rows = 0;
};

} // namespace authlab::gui
