#include "tracemodel.h"

#include "stepview.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QTableView>

namespace authlab::gui {

TraceModel::TraceModel(QObject *parent) : QAbstractTableModel(parent) {}

void TraceModel::setUpView(QTableView *view, TraceModel *model)
{
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    // The rule column is as wide as one citation and wraps a longer list: sized to its contents
    // it took the width the explanation needs, which in a narrow pane was left with nothing.
    h->setSectionResizeMode(CitationColumn, QHeaderView::Interactive);
    h->resizeSection(CitationColumn,
                     view->fontMetrics().horizontalAdvance(QStringLiteral("RFC 9110 §15.5.4, ")) + 12);
    view->setWordWrap(true);
}

void TraceModel::setTrace(const Trace &trace)
{
    beginResetModel();
    m_trace = trace;
    endResetModel();
}

void TraceModel::clear()
{
    setTrace(Trace{});
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trace.steps.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_trace.steps.size())
        return {};
    const TraceStep &s = m_trace.steps[index.row()];
    const bool decisive = index.row() == m_trace.decisive;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CheckColumn:
            return checkName(s.check());
        case OutcomeColumn:
            return outcomeName(s.outcome);
        case ExplanationColumn:
            return shownText(s);
        case CitationColumn:
            return shownCitation(s);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ExplanationColumn)
            return shownText(s);
        break;
    case Qt::FontRole:
        if (decisive) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn) {
            switch (s.outcome) {
            case Outcome::Pass:
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            case Outcome::Fail:
                return QBrush(QColor(0xc6, 0x28, 0x28));
            case Outcome::Info:
            case Outcome::Skip:
                break;
            }
        }
        break;
    case DecisiveRole:
        return decisive;
    case RuleIdRole:
        return QString::fromLatin1(ruleId(s.rule));
    default:
        break;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case CheckColumn:
        return tr("Check");
    case OutcomeColumn:
        return tr("Outcome");
    case ExplanationColumn:
        return tr("Why");
    case CitationColumn:
        return tr("Rule");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace authlab::gui
