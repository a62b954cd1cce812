#include "headersmodel.h"

#include "http/exchangetext.h"
#include "http/headerhelp.h"

namespace authlab::gui {

HeadersModel::HeadersModel(QObject *parent) : QAbstractTableModel(parent) {}

void HeadersModel::setHeaders(const HeaderList &headers, bool response)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[n, v] : headers)
        m_rows.append({printable(n, 200), printable(v, 4000), HeaderHelp::explain(n, v, response)});
    endResetModel();
}

void HeadersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int HeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return r.name;
        case ValueColumn:
            return r.value;
        case MeaningColumn:
            return r.meaning;
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("What it means");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace authlab::gui
