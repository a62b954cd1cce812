#include "watchmodel.h"

#include "http/exchangetext.h"
#include "statusbadge.h"
#include "stepview.h"

namespace authlab::gui {

WatchModel::WatchModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench), m_rows(int(workbench->watches().size()))
{
    m_pending.fill(false, m_rows);
    connect(workbench, &Workbench::watchesChanged, this, [this] {
        beginResetModel();
        m_rows = int(m_workbench->watches().size());
        m_pending.fill(false, m_rows);
        endResetModel();
    });
    connect(workbench, &Workbench::roundStarted, this, [this] {
        for (int i = 0; i < m_rows; ++i) {
            m_pending[i] = true;
            rowChanged(i);
        }
    });
    connect(workbench, &Workbench::watchFinished, this, [this](int row, const ClientExchange &) {
        if (row < 0 || row >= m_rows)
            return;
        m_pending[row] = false;
        rowChanged(row);
    });
}

void WatchModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int WatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void WatchModel::refreshReasons()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(m_rows - 1, OutcomeColumn));
}

QString WatchModel::outcomeText(const ClientExchange &e)
{
    const ClientLeg *leg = e.last();
    if (!leg)
        return {};
    if (leg->status == 0)
        return leg->transportError;
    if (leg->server && leg->server->trace.decisiveStep())
        return shownText(*leg->server->trace.decisiveStep());
    return statusText(leg->status);
}

QVariant WatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Watch &w = m_workbench->watches().at(index.row());
    const std::optional<ClientExchange> &result = m_workbench->watchResult(index.row());
    const int status = result ? result->status() : 0;
    const bool pending = !result || m_pending.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StatusColumn:
            return result ? statusText(status) : statusText(0, true);
        case MethodColumn:
            return QString::fromLatin1(w.method);
        case PathColumn:
            return w.path;
        case OutcomeColumn:
            return result ? outcomeText(*result) : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && result)
            return outcomeText(*result);
        break;
    case StatusRole:
        return status;
    case PendingRole:
        return pending;
    case PathRole:
        return w.path;
    default:
        break;
    }
    return {};
}

QVariant WatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case OutcomeColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace authlab::gui
