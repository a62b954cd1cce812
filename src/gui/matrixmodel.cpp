#include "matrixmodel.h"

#include "client/clientrequest.h"
#include "session/matrix.h"
#include "statusbadge.h"

namespace authlab::gui {

MatrixModel::MatrixModel(const Matrix *matrix, QObject *parent)
    : QAbstractTableModel(parent), m_matrix(matrix)
{
    connect(matrix, &Matrix::started, this, &MatrixModel::onStarted);
    connect(matrix, &Matrix::cellFinished, this, &MatrixModel::onCellFinished);
    connect(matrix, &Matrix::finished, this, [this] {
        m_running = false;
        if (m_rows && m_columns)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1), {PendingRole});
    });
    m_rows = matrix->rowCount();
    m_columns = matrix->columnCount();
}

void MatrixModel::onStarted()
{
    const bool reshape = m_matrix->rowCount() != m_rows || m_matrix->columnCount() != m_columns;
    m_running = true;
    if (reshape) {
        beginResetModel();
        m_rows = m_matrix->rowCount();
        m_columns = m_matrix->columnCount();
        endResetModel();
    } else {
        // Same shape: row and column titles may still change (a renamed user, another path).
        if (m_rows)
            Q_EMIT headerDataChanged(Qt::Vertical, 0, m_rows - 1);
        if (m_columns)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    }
}

void MatrixModel::onCellFinished(int row, int column)
{
    if (row < m_rows && column < m_columns)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MatrixCell &c = m_matrix->cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.status ? statusText(c.status) : tr("waiting");
    case StatusRole:
        return c.status;
    case PendingRole:
        return m_running && c.status == 0;
    case ChangedRole:
        return c.changed;
    case RuleRole:
        return QString::fromLatin1(c.rule);
    case Qt::ToolTipRole: {
        const MatrixRow &r = m_matrix->rows()[index.row()];
        return tr("%1 (%2) on %3: %4\n%5")
            .arg(CredentialBuilder::identityName(r.identity),
                 CredentialBuilder::stateName(r.credentials, ClientScheme::Basic, r.identity.kind),
                 m_matrix->resources().value(index.column()), statusText(c.status), c.reason);
    }
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_columns ? m_matrix->resources().value(section) : QVariant();
    if (section >= m_rows || section >= m_matrix->rowCount())
        return {};
    const MatrixRow &r = m_matrix->rows()[section];
    return tr("%1, %2").arg(
        CredentialBuilder::identityName(r.identity),
        CredentialBuilder::stateName(r.credentials, ClientScheme::Basic, r.identity.kind));
}

const ClientExchange *MatrixModel::exchange(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const MatrixCell &c = m_matrix->cell(index.row(), index.column());
    return c.exchange ? &*c.exchange : nullptr;
}

} // namespace authlab::gui
