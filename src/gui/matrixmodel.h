#pragma once

#include <QAbstractTableModel>

namespace authlab {
class Matrix;
struct ClientExchange;
} // namespace authlab

namespace authlab::gui {

// The matrix as a table: one row per identity × credential state, one column per resource; each
// cell the status (StatusRole, drawn as a badge), the server's reason as tooltip, and whether it
// changed in the last computation (ChangedRole). Resets when the shape changes; otherwise one
// dataChanged per finished cell.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { StatusRole = Qt::UserRole + 1, PendingRole, ChangedRole, RuleRole };

    explicit MatrixModel(const Matrix *matrix, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The exchange behind a cell, if it has been answered.
    const ClientExchange *exchange(const QModelIndex &index) const;

private:
    void onStarted();
    void onCellFinished(int row, int column);

    const Matrix *m_matrix;
    int m_rows = 0;
    int m_columns = 0;
    bool m_running = false;
};

} // namespace authlab::gui
