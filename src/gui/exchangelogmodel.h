#pragma once

#include "session/workbench.h"

#include <QAbstractTableModel>

#include <deque>

namespace authlab::gui {

// The server's exchange log: newest at the bottom, at most capacity() rows. When more arrive,
// the oldest rows go and droppedCount() says how many; the server's own counters stay exact.
class ExchangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ClientColumn,
        MethodColumn,
        TargetColumn,
        StatusColumn,
        UserColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, ExchangeIdRole };

    explicit ExchangeLogModel(QObject *parent = nullptr);

    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    void append(const QList<ExchangePtr> &batch);
    void clear();
    void refreshReasons(); // the reason column again (stepview.h: a bug hunt hides the behaviour)
    ExchangePtr exchangeAt(int row) const;
    quint64 droppedCount() const { return m_dropped; }
    quint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    void trim(int keep);
    std::deque<ExchangePtr> m_rows;
    int m_capacity = 10000;
    quint64 m_dropped = 0;
    quint64 m_total = 0;
};

} // namespace authlab::gui
