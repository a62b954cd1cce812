#pragma once

#include "policy/trace.h"

#include <QAbstractTableModel>

class QTableView;

namespace authlab::gui {

// The ordered checks behind one response: check, outcome, explanation, RFC clause. The
// decisive step is marked (bold, and DecisiveRole).
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, OutcomeColumn, ExplanationColumn, CitationColumn, ColumnCount };
    enum Role { DecisiveRole = Qt::UserRole + 1, RuleIdRole };

    explicit TraceModel(QObject *parent = nullptr);
    // One look for every trace table: check, outcome and rule as wide as they need, the
    // explanation takes the rest and wraps.
    static void setUpView(QTableView *view, TraceModel *model);

    void setTrace(const Trace &trace);
    void clear();
    const Trace &trace() const { return m_trace; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Trace m_trace;
};

} // namespace authlab::gui
