#include "exchangelogmodel.h"

#include "http/exchangetext.h"
#include "stepview.h"

#include <QDateTime>

namespace authlab::gui {

ExchangeLogModel::ExchangeLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExchangeLogModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    trim(m_capacity);
    Q_EMIT countsChanged();
}

void ExchangeLogModel::trim(int keep)
{
    const int excess = int(m_rows.size()) - keep;
    if (excess <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    m_dropped += quint64(excess);
    endRemoveRows();
}

void ExchangeLogModel::append(const QList<ExchangePtr> &batch)
{
    if (batch.isEmpty())
        return;
    m_total += quint64(batch.size());
    // Of a batch larger than the log, only the newest rows can be shown.
    qsizetype first = 0;
    if (batch.size() > m_capacity) {
        first = batch.size() - m_capacity;
        m_dropped += quint64(first);
    }
    const int incoming = int(batch.size() - first);
    trim(m_capacity - incoming);
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row + incoming - 1);
    for (qsizetype i = first; i < batch.size(); ++i)
        m_rows.push_back(batch[i]);
    endInsertRows();
    Q_EMIT countsChanged();
}

void ExchangeLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_dropped = 0;
    m_total = 0;
    Q_EMIT countsChanged();
}

void ExchangeLogModel::refreshReasons()
{
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, ReasonColumn), index(rows - 1, ReasonColumn));
}

ExchangePtr ExchangeLogModel::exchangeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : ExchangePtr();
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Exchange &e = *m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.receivedAtMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case ClientColumn:
            return QString(e.peer.toString() + QLatin1Char(':') + QString::number(e.peerPort));
        case MethodColumn:
            return printable(e.method, 16);
        case TargetColumn:
            return printable(e.target, 200);
        case StatusColumn:
            return e.status;
        case UserColumn:
            return exchangeUserText(e);
        case ReasonColumn:
            return e.trace.decisiveStep() ? shownText(*e.trace.decisiveStep())
                                          : QString::fromLatin1(ruleId(e.reason));
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return shownCitation(e.reason);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case StatusRole:
        return e.status;
    case ExchangeIdRole:
        return QVariant::fromValue(e.id);
    default:
        break;
    }
    return {};
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ClientColumn:
        return tr("Client");
    case MethodColumn:
        return tr("Method");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case UserColumn:
        return tr("User");
    case ReasonColumn:
        return tr("Decisive reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace authlab::gui
