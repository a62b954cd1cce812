#include "rowcopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QItemSelectionModel>

#include <algorithm>

namespace authlab::gui {

QString selectedRowsText(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    if (!model || !selection)
        return {};
    QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows.append(view->currentIndex());
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c) {
            // A tab or line break inside a cell would break the row apart.
            QString cell = model->index(r.row(), c).data(Qt::DisplayRole).toString();
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells.append(cell);
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void installRowCopy(QAbstractItemView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("authlab::gui::RowCopy", "&Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedRowsText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace authlab::gui
