#include "watchpane.h"

#include "ui_watchpane.h"

#include "rowcopy.h"
#include "statusdelegate.h"
#include "watchmodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

namespace authlab::gui {

WatchPane::WatchPane(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::WatchPane>())
{
    ui->setupUi(this);
    connect(ui->addWatchButton, &QPushButton::clicked, this, &WatchPane::addRequested);
    connect(ui->removeWatchButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = ui->watchView->currentIndex();
        if (current.isValid())
            Q_EMIT removeRequested(current.row());
    });
    auto *remove = new QAction(tr("Remove the selected watched request"), ui->watchView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, ui->removeWatchButton, &QPushButton::click);
    ui->watchView->addAction(remove);
    installRowCopy(ui->watchView);
}

WatchPane::~WatchPane() = default;

QTableView *WatchPane::view() const
{
    return ui->watchView;
}

void WatchPane::setModel(QAbstractItemModel *model)
{
    QTableView *v = ui->watchView;
    v->setModel(model);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setItemDelegateForColumn(WatchModel::StatusColumn,
                                new StatusDelegate(WatchModel::StatusRole, WatchModel::PendingRole, v));
    // A click, or moving the current row with the keyboard, shows that answer.
    connect(v->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT rowActivated(current.row());
            });
    connect(v, &QTableView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(index.row()); });
    fitToFont();
}

void WatchPane::clearSelection()
{
    QItemSelectionModel *s = ui->watchView->selectionModel();
    if (!s)
        return;
    const QSignalBlocker block(s);
    s->clear();
    ui->watchView->viewport()->update();
}

void WatchPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToFont();
}

void WatchPane::fitToFont()
{
    QTableView *v = ui->watchView;
    const QFontMetrics fm = fontMetrics();
    v->verticalHeader()->setDefaultSectionSize(fm.height() + 14);
    QHeaderView *h = v->horizontalHeader();
    if (!v->model())
        return;
    h->resizeSection(WatchModel::StatusColumn, StatusDelegate::badgeWidth(fm));
    h->resizeSection(WatchModel::MethodColumn, fm.horizontalAdvance(QStringLiteral("DELETE")) + fm.height());
    h->resizeSection(WatchModel::PathColumn,
                     fm.horizontalAdvance(QStringLiteral("/digest/staff")) + fm.height());
}

} // namespace authlab::gui
