#pragma once

#include "session/workbench.h"

#include <QAbstractTableModel>

namespace authlab::gui {

// Users of the scenario with one checkable column per group. Toggling a box edits the
// workbench's scenario (the same state the client pane's group boxes show).
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PasswordColumn, TokensColumn, FirstGroupColumn };

    explicit UsersModel(Workbench *workbench, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onScenarioChanged();
    Workbench *m_workbench;
    int m_users = 0;
    int m_groups = 0;
};

} // namespace authlab::gui
