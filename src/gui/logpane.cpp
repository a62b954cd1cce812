#include "logpane.h"

#include "ui_logpane.h"

#include "exchangelogmodel.h"
#include "rowcopy.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>

namespace authlab::gui {

LogPane::LogPane(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::LogPane>()), m_filter(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    connect(ui->logFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_restoring = true; // the proxy's reset must not look like the user picking a row
        m_filter->setFilterFixedString(text);
        m_restoring = false;
        reselectPinned();
    });
    installRowCopy(ui->logView);
}

LogPane::~LogPane() = default;

QTableView *LogPane::logView() const
{
    return ui->logView;
}

QLineEdit *LogPane::filterEdit() const
{
    return ui->logFilter;
}

void LogPane::setModel(ExchangeLogModel *log)
{
    m_log = log;
    m_filter->setSourceModel(log);
    ui->logView->setModel(m_filter);
    ui->logView->verticalHeader()->hide();
    ui->logView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->logView->horizontalHeader()->setStretchLastSection(true);
    ui->logView->setItemDelegateForColumn(ExchangeLogModel::StatusColumn,
                                          new StatusDelegate(ExchangeLogModel::StatusRole, -1, ui->logView));
    fitToFont();

    connect(ui->logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPane::onCurrentRowChanged);
    connect(log, &ExchangeLogModel::countsChanged, this, &LogPane::updateCounts);
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
    // Rows leave when the log is trimmed or cleared: say whether the pinned one is still listed.
    connect(log, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_pinned)
            Q_EMIT pinnedVisibilityChanged(pinnedIsVisible());
    });
    connect(log, &QAbstractItemModel::modelReset, this, [this] {
        if (m_pinned)
            Q_EMIT pinnedVisibilityChanged(false);
    });
    updateCounts();
}

void LogPane::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_restoring || !current.isValid() || !m_log)
        return;
    const ExchangePtr e = m_log->exchangeAt(m_filter->mapToSource(current).row());
    if (!e)
        return;
    m_pinned = e->id;
    Q_EMIT exchangeSelected(e);
}

bool LogPane::pinnedIsVisible() const
{
    const QModelIndex current = ui->logView->currentIndex();
    return m_pinned && current.isValid() &&
           current.data(ExchangeLogModel::ExchangeIdRole).toULongLong() == m_pinned;
}

void LogPane::reselectPinned()
{
    if (!m_pinned)
        return;
    // Rows are in arrival order, so ids only grow: search from the bottom, where recent ones are.
    QModelIndex found;
    for (int r = m_filter->rowCount() - 1; r >= 0; --r) {
        const QModelIndex i = m_filter->index(r, 0);
        const quint64 id = i.data(ExchangeLogModel::ExchangeIdRole).toULongLong();
        if (id == m_pinned) {
            found = i;
            break;
        }
        if (id < m_pinned)
            break;
    }
    m_restoring = true;
    QItemSelectionModel *s = ui->logView->selectionModel();
    if (found.isValid()) {
        s->setCurrentIndex(found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ui->logView->scrollTo(found);
    } else {
        s->clear();
    }
    m_restoring = false;
    Q_EMIT pinnedVisibilityChanged(found.isValid());
}

void LogPane::unpin()
{
    m_pinned = 0;
    m_restoring = true;
    if (QItemSelectionModel *s = ui->logView->selectionModel())
        s->clear();
    m_restoring = false;
}

void LogPane::updateCounts()
{
    if (!m_log)
        return;
    // Counts as "label: number": no plural forms needed in any language.
    QString text = tr("Exchanges: %L1").arg(m_log->totalCount());
    if (m_log->droppedCount())
        text +=
            QStringLiteral(" · ") +
            tr("oldest dropped: %L1 (the log keeps %L2)").arg(m_log->droppedCount()).arg(m_log->capacity());
    ui->logCounts->setText(text);
}

void LogPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToFont();
}

void LogPane::fitToFont()
{
    // Fixed widths: measuring 100 000 rows to size columns would freeze the window.
    const QFontMetrics fm = fontMetrics();
    ui->logView->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    ui->logView->setMinimumHeight(4 * (fm.height() + 8)); // header and a few rows; the rest scrolls
    if (!ui->logView->model())
        return;
    QHeaderView *h = ui->logView->horizontalHeader();
    const int pad = fm.height();
    h->resizeSection(ExchangeLogModel::TimeColumn,
                     fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    h->resizeSection(ExchangeLogModel::ClientColumn,
                     fm.horizontalAdvance(QStringLiteral("127.0.0.1:00000")) + pad);
    h->resizeSection(ExchangeLogModel::MethodColumn, fm.horizontalAdvance(QStringLiteral("DELETE")) + pad);
    h->resizeSection(ExchangeLogModel::TargetColumn,
                     fm.horizontalAdvance(QStringLiteral("/api/reports")) + pad);
    h->resizeSection(ExchangeLogModel::StatusColumn, StatusDelegate::badgeWidth(fm));
    h->resizeSection(ExchangeLogModel::UserColumn,
                     fm.horizontalAdvance(QStringLiteral("mallory (not auth)")) + pad);
}

} // namespace authlab::gui
