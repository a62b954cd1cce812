#include "serverpane.h"

#include "ui_serverpane.h"

#include "exchangelogmodel.h"
#include "resourcesmodel.h"
#include "statusdelegate.h"
#include "tracemodel.h"
#include "usersmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>

namespace authlab::gui {

ServerPane::ServerPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ServerPane>())
    , m_filter(new QSortFilterProxyModel(this))
    , m_trace(new TraceModel(this))
{
    ui->setupUi(this);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    TraceModel::setUpView(ui->traceView, m_trace);
    ui->splitter->setStretchFactor(0, 0);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setStretchFactor(2, 4);
    ui->splitter->setStretchFactor(3, 4);
    connect(ui->logFilter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(ui->resourcesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT resourceActivated(index.data(ResourcesModel::PathRole).toString());
    });
}

ServerPane::~ServerPane() = default;

QTableView *ServerPane::usersView() const
{
    return ui->usersView;
}

QTableView *ServerPane::logView() const
{
    return ui->logView;
}

void ServerPane::setModels(UsersModel *users, ResourcesModel *resources, ExchangeLogModel *log)
{
    ui->usersView->setModel(users);
    ui->usersView->verticalHeader()->hide();
    ui->usersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->resourcesView->setModel(resources);
    ui->resourcesView->verticalHeader()->hide();
    ui->resourcesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->resourcesView->horizontalHeader()->setStretchLastSection(true);

    m_log = log;
    m_filter->setSourceModel(log);
    ui->logView->setModel(m_filter);
    ui->logView->verticalHeader()->hide();
    ui->logView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Fixed widths: measuring 100 000 rows to size columns would freeze the window.
    QHeaderView *h = ui->logView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height();
    h->resizeSection(ExchangeLogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    h->resizeSection(ExchangeLogModel::ClientColumn, fm.horizontalAdvance(QStringLiteral("127.0.0.1:00000")) + pad);
    h->resizeSection(ExchangeLogModel::MethodColumn, fm.horizontalAdvance(QStringLiteral("DELETE")) + pad);
    h->resizeSection(ExchangeLogModel::TargetColumn, fm.horizontalAdvance(QStringLiteral("/api/reports")) + pad);
    h->resizeSection(ExchangeLogModel::StatusColumn, StatusDelegate::badgeWidth(fm));
    h->resizeSection(ExchangeLogModel::UserColumn, fm.horizontalAdvance(QStringLiteral("mallory (not auth)")) + pad);
    h->setStretchLastSection(true);
    ui->logView->setItemDelegateForColumn(ExchangeLogModel::StatusColumn,
                                          new StatusDelegate(ExchangeLogModel::StatusRole, -1, ui->logView));

    connect(ui->logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerPane::showSelectedTrace);
    // Until the user picks a row, the trace follows the newest exchange.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!ui->logView->currentIndex().isValid())
            showSelectedTrace();
    });
    connect(log, &ExchangeLogModel::countsChanged, this, &ServerPane::updateCounts);
    connect(ui->clearLogButton, &QPushButton::clicked, log, &ExchangeLogModel::clear);
    ui->logCapacity->setValue(log->capacity());
    connect(ui->logCapacity, &QSpinBox::valueChanged, log, &ExchangeLogModel::setCapacity);
    connect(log, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        // Follow the newest row only if the user is already looking at the bottom.
        QScrollBar *bar = ui->logView->verticalScrollBar();
        ui->logView->setProperty("followTail", bar->value() >= bar->maximum() - 2);
    });
    connect(log, &QAbstractItemModel::rowsInserted, this, [this] {
        if (ui->logView->property("followTail").toBool())
            ui->logView->scrollToBottom();
    });
    connect(log, &QAbstractItemModel::modelReset, m_trace, &TraceModel::clear);
    updateCounts();

    // Users and resources are short lists: show them whole, give the rest to log and trace.
    auto fit = [](QTableView *v, int rows) {
        v->setMinimumHeight(v->horizontalHeader()->sizeHint().height() +
                            rows * v->verticalHeader()->defaultSectionSize() + 2 * v->frameWidth() + 2);
    };
    fit(ui->usersView, qBound(2, users->rowCount(), 8));
    ui->usersView->setMaximumHeight(ui->usersView->minimumHeight()); // no empty space under four users
    fit(ui->resourcesView, qBound(2, resources->rowCount(), 5));
    connect(users, &QAbstractItemModel::modelReset, this,
            [this, users, fit] {
                ui->usersView->setMaximumHeight(QWIDGETSIZE_MAX);
                fit(ui->usersView, qBound(2, users->rowCount(), 8));
                ui->usersView->setMaximumHeight(ui->usersView->minimumHeight());
            });
}

void ServerPane::showSelectedTrace()
{
    const QModelIndex selected = ui->logView->currentIndex();
    QModelIndex current = m_filter->mapToSource(selected);
    if (!selected.isValid() && m_filter->rowCount() > 0)
        current = m_filter->mapToSource(m_filter->index(m_filter->rowCount() - 1, 0));
    ui->traceBox->setTitle(selected.isValid() ? tr("Decision trace of the selected exchange")
                                              : tr("Decision trace of the newest exchange (select a row to pin one)"));
    const ExchangePtr e = m_log ? m_log->exchangeAt(current.row()) : ExchangePtr();
    if (e) {
        m_trace->setTrace(e->trace);
        // The decisive step is what the reader is after: bring it into view.
        if (e->trace.decisive >= 0)
            ui->traceView->scrollTo(m_trace->index(e->trace.decisive, 0), QAbstractItemView::PositionAtCenter);
    } else {
        m_trace->clear();
    }
}

void ServerPane::updateCounts()
{
    if (!m_log)
        return;
    // Counts as "label: number": no plural forms needed in any language.
    QString text = tr("Exchanges: %L1").arg(m_log->totalCount());
    if (m_log->droppedCount())
        text += QStringLiteral(" · ") + tr("oldest dropped: %L1 (the log keeps %L2)")
                                          .arg(m_log->droppedCount())
                                          .arg(m_log->capacity());
    ui->logCounts->setText(text);
}

} // namespace authlab::gui
