#pragma once

#include "session/workbench.h"

#include <QAbstractTableModel>

namespace authlab::gui {

// The watched requests and their live status. A new round keeps the last status visible
// (marked pending) until the new one arrives, so badges change in place instead of flickering.
class WatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, MethodColumn, PathColumn, OutcomeColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, PendingRole, PathRole };

    explicit WatchModel(Workbench *workbench, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const ClientExchange &e);
    void refreshReasons(); // the "why" column again (stepview.h: a bug hunt hides the behaviour)

private:
    void rowChanged(int row);
    Workbench *m_workbench;
    int m_rows = 0;
    QList<bool> m_pending;
};

} // namespace authlab::gui
