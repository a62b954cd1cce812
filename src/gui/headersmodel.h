#pragma once

#include "client/clientengine.h"

#include <QAbstractTableModel>

namespace authlab::gui {

// Header fields of one message, each with a plain-language explanation where it matters for
// authentication.
class HeadersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, MeaningColumn, ColumnCount };

    explicit HeadersModel(QObject *parent = nullptr);
    void setHeaders(const HeaderList &headers, bool response);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString value;
        QString meaning;
    };
    QList<Row> m_rows;
};

} // namespace authlab::gui
