#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "behaviourpane.h"
#include "checkmodel.h"
#include "checkpane.h"
#include "client/legrecord.h"
#include "clientpane.h"
#include "editdialogs.h"
#include "editorpanes.h"
#include "exchangelogmodel.h"
#include "fileactions.h"
#include "lessonspane.h"
#include "logpane.h"
#include "matrixmodel.h"
#include "policy/overrides.h"
#include "resourcesmodel.h"
#include "responseview.h"
#include "rowcopy.h"
#include "scenario/scenarioio.h"
#include "scenariodocument.h"
#include "session/bugreport.h"
#include "session/har.h"
#include "session/lan.h"
#include "session/lessons.h"
#include "statusbadge.h"
#include "statusdelegate.h"
#include "stepview.h"
#include "usersmodel.h"
#include "watchmodel.h"
#include "watchpane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>

namespace authlab::gui {

namespace {
// Bump when the set of panes or their object names change: an old saved state is then ignored.
constexpr int kLayoutVersion = 3;
// At or above this width the server's panes get a column of their own; below, they are tabs
// under the answer, so that 1024×768 still shows the client, the answer and the log at once.
constexpr int kWideLayoutWidth = 1400;
constexpr double kZoomStep = 1.15;
// Widget classes a platform theme may give fonts of their own (QApplication's per-class font
// table): zoom scales them too, or dock titles, menus and headers would stay small.
constexpr const char *kFontClasses[] = {
    "QDockWidgetTitle",  "QMenu",      "QMenuBar",       "QMenuItem",      "QMessageBoxLabel", "QLabel",
    "QTipLabel",         "QStatusBar", "QPushButton",    "QCheckBox",      "QRadioButton",     "QToolButton",
    "QAbstractItemView", "QListView",  "QHeaderView",    "QComboMenuItem", "QComboLineEdit",   "QGroupBox",
    "QTabBar",           "QTextEdit",  "QPlainTextEdit", "QLineEdit",      "QComboBox",        "QSpinBox"};

QFont scaled(const QFont &base, double factor)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(base.pixelSize() * factor));
    return f;
}

QTableView *newTableView(const QString &accessibleName, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setAccessibleName(accessibleName);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside it
    installRowCopy(v);
    return v;
}

QString settingsKey(const char *key)
{
    return QStringLiteral("window/") + QLatin1String(key);
}
} // namespace

MainWindow::MainWindow(Workbench *workbench, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_workbench(workbench)
    , m_usersModel(new UsersModel(workbench, this))
    , m_resourcesModel(new ResourcesModel(workbench, this))
    , m_logModel(new ExchangeLogModel(this))
    , m_watchModel(new WatchModel(workbench, this))
    , m_baseFont(QApplication::font())
{
    for (const char *className : kFontClasses)
        m_baseClassFonts.append(QApplication::font(className));
    ui->setupUi(this);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks);
    buildToolBar();

    // The panes, in reading order (which is also the Tab order: each pane is created after the
    // one before it).
    m_client = new ClientPane(this);
    m_client->setScenario(workbench->scenario());
    m_client->setSimulatedAddress(workbench->scenario().simulatedClient);
    m_client->setServerUrl(workbench->serverUrl());
    m_client->setRequest(workbench->request());
    m_client->setCredentials(CredentialBuilder::build(workbench->scenario(), workbench->request()));
    // The form is dense: in a short window it scrolls instead of pushing the rest off-screen.
    auto *clientScroll = new QScrollArea(this);
    clientScroll->setWidget(m_client);
    clientScroll->setWidgetResizable(true);
    clientScroll->setFrameShape(QFrame::NoFrame);
    addPane(Pane::Client, tr("Client"), QStringLiteral("clientDock"), clientScroll,
            QKeySequence(Qt::ALT | Qt::Key_1));

    m_watch = new WatchPane(this);
    m_watch->setModel(m_watchModel);
    addPane(Pane::Watched, tr("Watched requests (re-sent on every change)"), QStringLiteral("watchDock"),
            m_watch, QKeySequence(Qt::ALT | Qt::Key_2));

    buildEditing();

    m_log = new LogPane(this);
    m_log->setModel(m_logModel);
    addPane(Pane::Log, tr("Exchange log"), QStringLiteral("logDock"), m_log,
            QKeySequence(Qt::ALT | Qt::Key_5));

    m_behaviourPane = new BehaviourPane(this);
    m_behaviourPane->setBehaviour(workbench->scenario().behaviour);
    addPane(Pane::Behaviour, tr("Behaviour"), QStringLiteral("behaviourDock"), m_behaviourPane,
            QKeySequence(Qt::ALT | Qt::Key_6));
    buildMatrixPane();
    buildCheckPane();

    responseView()->setOwnServer(workbench->serverUrl());
    buildActions();
    buildHandover();
    showBehaviour();

    // Intents from the panes go to the workbench...
    connect(m_client, &ClientPane::requestEdited, workbench, &Workbench::setRequest);
    connect(m_client, &ClientPane::membershipToggled, workbench, &Workbench::setMembership);
    connect(m_client, &ClientPane::sendRequested, workbench, &Workbench::sendNow);
    connect(m_client, &ClientPane::simulatedAddressEdited, workbench, &Workbench::setSimulatedClient);
    connect(m_client, &ClientPane::clearCookiesRequested, workbench, &Workbench::clearCookies);
    connect(m_watch, &WatchPane::addRequested, ui->actionWatchUrl, &QAction::trigger);
    connect(m_watch, &WatchPane::removeRequested, this, [this](int row) {
        QList<Watch> w = m_workbench->watches();
        if (row >= 0 && row < w.size())
            w.removeAt(row);
        m_workbench->setWatches(w);
    });

    // ...what to show in the response view...
    connect(m_watch, &WatchPane::rowActivated, this, &MainWindow::showWatch);
    connect(m_log, &LogPane::exchangeSelected, this, &MainWindow::showRecord);
    connect(m_log, &LogPane::pinnedVisibilityChanged, this, &MainWindow::updateShowing);
    connect(responseView(), &ResponseView::followLiveRequested, this, &MainWindow::followLive);

    // ...and state comes back from the workbench.
    auto showCredentials = [this] {
        m_client->setCredentials(CredentialBuilder::build(m_workbench->scenario(), m_workbench->request()));
    };
    connect(workbench, &Workbench::scenarioChanged, this, [this, showCredentials] {
        showBehaviour();
        refreshMatrix();
        m_client->setScenario(m_workbench->scenario());
        m_client->setSimulatedAddress(m_workbench->scenario().simulatedClient);
        const QSignalBlocker block(ui->actionProxy); // the scenario's setting, not a new toggle
        ui->actionProxy->setChecked(m_workbench->scenario().proxy);
        showCredentials();
        requestOrScenarioEdited();
    });
    connect(workbench, &Workbench::requestChanged, this, [this, showCredentials] {
        m_client->setRequest(m_workbench->request());
        m_client->setCookies(m_workbench->cookieJar());
        showCredentials();
        requestOrScenarioEdited();
    });
    connect(workbench, &Workbench::watchesChanged, this, [this] {
        if (m_shown == Shown::Watch && m_shownWatch >= m_workbench->watches().size())
            followLive();
    });
    connect(workbench, &Workbench::serverChanged, this, &MainWindow::updateServerStatus);
    connect(workbench, &Workbench::currentFinished, this, [this](const ClientExchange &e) {
        m_client->setCookies(m_workbench->cookieJar());
        m_stale = false;
        if (m_shown == Shown::Live)
            responseView()->showExchange(e);
        updateShowing();
    });
    connect(workbench, &Workbench::watchFinished, this, [this](int row, const ClientExchange &e) {
        if (m_shown == Shown::Watch && row == m_shownWatch)
            responseView()->showExchange(e);
    });
    connect(workbench, &Workbench::exchangesArrived, m_logModel, &ExchangeLogModel::append);
    updateServerStatus();
    followLive(); // a window opened on a running workbench shows its answer at once

    // The server's own counters are exact even when the log samples under load.
    auto *stats = new QLabel(this);
    statusBar()->addPermanentWidget(stats);
    auto *statsTimer = new QTimer(this);
    statsTimer->setInterval(1000);
    connect(statsTimer, &QTimer::timeout, this, [this, stats] {
        const ServerStats s = m_workbench->server().stats();
        QString text =
            tr("Requests served: %L1 · open connections: %L2").arg(s.requests).arg(s.connectionsOpen);
        const quint64 sampled = s.exchangesUnrecorded + s.exchangesDropped;
        if (sampled)
            text += QStringLiteral(" · ") + tr("not logged (too many to show): %L1").arg(sampled);
        if (s.connectionsShed || s.connectionsRefused)
            text += QStringLiteral(" · ") + tr("at the connection cap: shed %L1, turned away with 503: %L2")
                                                .arg(s.connectionsShed)
                                                .arg(s.connectionsRefused);
        stats->setText(text);
    });
    statsTimer->start();

    buildLessons();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Widgets losing focus while they are destroyed may still emit edits: none may reach a
    // half-destroyed window.
    disconnect(m_workbench, nullptr, this, nullptr);
    m_client->disconnect(this);
    m_client->disconnect(m_workbench);
    // The views hidden on the way out still ask their model for header sizes: the matrix view lets
    // go of its model before the children (the matrix among them) are destroyed.
    m_matrix->disconnect(this);
    m_matrixView->setModel(nullptr);
    // The zoom is the application's font: give the desktop's back.
    QApplication::setFont(m_baseFont);
    for (size_t i = 0; i < std::size(kFontClasses); ++i)
        QApplication::setFont(m_baseClassFonts.at(qsizetype(i)), kFontClasses[i]);
}

ResponseView *MainWindow::responseView() const
{
    return ui->responseView;
}

QDockWidget *MainWindow::dock(Pane pane) const
{
    return m_docks.value(int(pane));
}

QDockWidget *MainWindow::addPane(Pane pane, const QString &title, const QString &objectName, QWidget *widget,
                                 const QKeySequence &toggle)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(objectName); // saveState()/restoreState() find docks by name
    d->setWidget(widget);
    d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                   QDockWidget::DockWidgetFloatable);
    QAction *show = d->toggleViewAction();
    show->setShortcut(toggle);
    ui->panesMenu->addAction(show);
    Q_ASSERT(m_docks.size() == int(pane));
    m_docks.append(d);
    addDockWidget(Qt::LeftDockWidgetArea, d);
    return d;
}

void MainWindow::buildToolBar()
{
    m_serverLabel = new QLabel(this);
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_serverLabel->setOpenExternalLinks(true);
    ui->serverToolBar->addWidget(m_serverLabel);
    ui->serverToolBar->addSeparator();
    auto *portLabel = new QLabel(tr("&Port:"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setAccessibleName(tr("Server port"));
    portLabel->setBuddy(m_port);
    auto *apply = new QPushButton(tr("Restart on this port"), this);
    apply->setToolTip(tr("Restart the embedded server on the chosen port (Ctrl+R)"));
    connect(apply, &QPushButton::clicked, this, &MainWindow::applyPort);
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_port->value() != m_workbench->server().port())
            applyPort();
    });
    ui->serverToolBar->addWidget(portLabel);
    ui->serverToolBar->addWidget(m_port);
    ui->serverToolBar->addWidget(apply);
    ui->serverToolBar->addSeparator();
    // The server's behaviour: always in sight, its explanation in the Server behaviour pane.
    auto *behaviourLabel = new QLabel(tr("&Behaviour:"), this);
    m_behaviour = new QComboBox(this);
    for (int i = 0; i < int(Behaviour::Count); ++i)
        m_behaviour->addItem(behaviourTitle(Behaviour(i)), i);
    m_behaviour->setAccessibleName(tr("Server behaviour"));
    // As wide as about 18 characters, not as the longest title: the tool bar must fit 1024 px.
    m_behaviour->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_behaviour->setMinimumContentsLength(18);
    behaviourLabel->setBuddy(m_behaviour);
    connect(m_behaviour, &QComboBox::activated, this, [this](int index) {
        m_workbench->setBehaviour(Behaviour(m_behaviour->itemData(index).toInt()));
        QDockWidget *d = dock(Pane::Behaviour);
        if (d->isHidden() && !m_presenter)
            d->show();
        d->raise();
    });
    ui->serverToolBar->addWidget(behaviourLabel);
    ui->serverToolBar->addWidget(m_behaviour);
    ui->serverToolBar->addSeparator();
    // The tool bar says "Live" (the menu and the tooltip say what it does), so that it fits 1024 px.
    ui->actionLive->setIconText(tr("Live"));
    ui->serverToolBar->addAction(ui->actionLive);
    ui->serverToolBar->addAction(ui->actionSend);
}

void MainWindow::showBehaviour()
{
    const Behaviour b = m_workbench->scenario().behaviour;
    m_behaviour->setCurrentIndex(m_behaviour->findData(int(b)));
    // A behaviour that is not RFC 9110 is a deliberate deviation: say so where the choice is made.
    m_behaviour->setToolTip(b == Behaviour::Rfc9110
                                ? tr("The server answers as RFC 9110 says (Alt+6 explains each behaviour)")
                                : tr("The server deviates from RFC 9110 on purpose: %1 (Alt+6 explains it)")
                                      .arg(behaviourDoes(b)));
    m_behaviourPane->setBehaviour(b);
}

// The matrix: every identity × credential state against every resource, from real requests to
// a server of its own (so the exchange log stays the user's). Recomputed on every change while
// it is in sight; the cells that changed are outlined; activating a cell shows its exchange.
void MainWindow::buildMatrixPane()
{
    m_matrix = new Matrix(this);
    m_matrixModel = new MatrixModel(m_matrix, this);
    m_matrixView = newTableView(tr("Matrix of statuses: identities by resources"), this);
    m_matrixView->setModel(m_matrixModel);
    auto *delegate = new StatusDelegate(MatrixModel::StatusRole, MatrixModel::PendingRole, m_matrixView);
    delegate->setCompact(true, MatrixModel::ChangedRole);
    m_matrixView->setItemDelegate(delegate);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->verticalHeader()->show();
    m_matrixView->setToolTip(tr("Click a cell (or press Enter on it) to see that exchange"));
    m_matrixStatus = new QLabel(this);
    m_matrixStatus->setWordWrap(true);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_matrixStatus);
    layout->addWidget(m_matrixView, 1);
    QDockWidget *d = addPane(Pane::Matrix, tr("Matrix"), QStringLiteral("matrixDock"), page,
                             QKeySequence(Qt::ALT | Qt::Key_7));
    connect(d, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_matrixDirty)
            refreshMatrix();
    });
    connect(m_matrixView, &QTableView::activated, this, &MainWindow::showMatrixCell);
    connect(m_matrixView, &QTableView::clicked, this, &MainWindow::showMatrixCell);
    connect(m_matrix, &Matrix::finished, this, [this] {
        int changed = 0, requests = 0;
        for (int r = 0; r < m_matrix->rowCount(); ++r) {
            for (int c = 0; c < m_matrix->columnCount(); ++c) {
                const MatrixCell &cell = m_matrix->cell(r, c);
                changed += cell.changed;
                requests += cell.exchange ? int(cell.exchange->legs.size()) : 0;
            }
        }
        m_matrixStatus->setText(
            tr("%n real request(s) to the matrix's own server in %1 ms.", nullptr, requests)
                .arg(double(m_matrix->lastElapsedNs()) / 1e6, 0, 'f', 1) +
            QLatin1Char(' ') +
            (changed ? tr("%n cell(s) changed with the last change (outlined).", nullptr, changed)
                     : tr("Nothing changed with the last change.")));
        if (m_shown == Shown::Matrix)
            showMatrixCell(m_shownCell);
    });
}

void MainWindow::refreshMatrix()
{
    QDockWidget *d = dock(Pane::Matrix);
    if (!d || (d->visibleRegion().isEmpty() && !d->isFloating())) {
        m_matrixDirty = true; // not in sight: computed when it is
        return;
    }
    if (!m_matrix->start()) {
        m_matrixStatus->setText(tr("The matrix's server cannot listen: %1").arg(m_matrix->errorString()));
        return;
    }
    m_matrixDirty = false;
    m_matrixStatus->setText(tr("Computing…"));
    m_matrix->recompute(m_workbench->scenario());
}

void MainWindow::showMatrixCell(const QModelIndex &index)
{
    const ClientExchange *e = m_matrixModel->exchange(index);
    if (!e)
        return;
    m_shown = Shown::Matrix;
    m_shownCell = index;
    m_shownWatch = -1;
    m_shownRecord.reset();
    m_watch->clearSelection();
    m_log->unpin();
    responseView()->showExchange(*e);
    updateShowing();
}

// The Check pane: `authlab check` against any URL, by default a protected resource of the
// embedded server with a user who may see it. Selecting a finding shows its exchange.
void MainWindow::buildCheckPane()
{
    m_checkPane = new CheckPane(this);
    const Scenario &s = m_workbench->scenario();
    // The first resource a Basic user may see: one user who may (the first) and one who may not
    // (the other user: the check compares their answers).
    QString path = QStringLiteral("/"), user, password, other, otherPassword;
    for (const Resource &r : s.resources) {
        if (r.isPublic() || r.hidden || !r.accepts(AuthScheme::Basic) || !r.access.isEmpty())
            continue;
        path = r.path;
        for (const User &u : s.users) {
            const bool may = r.groupsAdmit(u);
            if (may && user.isEmpty()) {
                user = u.name;
                password = u.password;
            } else if (!may && other.isEmpty()) {
                other = u.name;
                otherPassword = u.password;
            }
        }
        break;
    }
    m_checkPane->setDefaults(m_workbench->urlFor(path), user, password, other, otherPassword);
    // Checking the embedded server: the findings' exchanges come with its reasons.
    m_checkPane->checker()->setServerLookup(
        [this](const QByteArray &id) { return m_workbench->serverRecord(id); });
    QDockWidget *d = addPane(Pane::Check, tr("Check"), QStringLiteral("checkDock"), m_checkPane,
                             QKeySequence(Qt::ALT | Qt::Key_8));
    // Alt+8 brings the pane into sight with the cursor in the URL, so that it works from the
    // keyboard alone; it hides the pane only when the pane was in sight (a tab behind another
    // is shown, not hidden). Whether it was in sight is learnt a turn late (queued), so that the
    // toggle's own hiding does not count.
    connect(
        d, &QDockWidget::visibilityChanged, this, [this](bool v) { m_checkInSight = v; },
        Qt::QueuedConnection);
    connect(d->toggleViewAction(), &QAction::triggered, this, [this, d](bool on) {
        if (!on && m_checkInSight)
            return;
        d->show();
        d->raise();
        m_checkPane->urlEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_checkPane, &CheckPane::findingSelected, this, &MainWindow::showCheckFinding);
    // A new check: the old finding's exchange is no longer what the pane lists.
    connect(m_checkPane->checker(), &Checker::started, this, [this] {
        if (m_shown == Shown::Check)
            followLive();
    });
}

void MainWindow::showCheckFinding(int row)
{
    const ClientExchange *e = m_checkPane->model()->exchange(row);
    if (!e)
        return;
    m_shown = Shown::Check;
    m_shownFinding = m_checkPane->model()->index(row, CheckModel::FindingColumn).data().toString();
    m_shownCell = QPersistentModelIndex();
    m_shownWatch = -1;
    m_shownRecord.reset();
    m_watch->clearSelection();
    m_log->unpin();
    responseView()->showExchange(*e);
    updateShowing();
}

// --- handing over: a context menu on every exchange, HAR, the bug report

void MainWindow::buildHandover()
{
    m_redact = new QAction(tr("Re&dact passwords and tokens in exports"), this);
    m_redact->setObjectName(QStringLiteral("actionRedact"));
    m_redact->setCheckable(true);
    m_redact->setChecked(true);
    m_redact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_redact->setToolTip(
        tr("HAR files and bug reports show <redacted> instead of Authorization values, cookie "
           "values, access_token and password parameters"));
    m_exportLogHar = new QAction(tr("Export the exchange log as &HAR…"), this);
    m_exportLogHar->setObjectName(QStringLiteral("actionExportLogHar"));
    m_exportLogHar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_exportLogHar->setToolTip(
        tr("The selected rows of the log, or every row when none is selected, as HAR 1.2"));
    connect(m_exportLogHar, &QAction::triggered, this, [this] { exportHarDialog(logRecords(true)); });
    m_bugReport = new QAction(tr("Save a &bug report…"), this);
    m_bugReport->setObjectName(QStringLiteral("actionBugReport"));
    m_bugReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_bugReport->setToolTip(
        tr("The scenario, the shown exchange as HAR and a summary (what was sent, what came back, "
           "what RFC 9110 asks for) in a folder"));
    connect(m_bugReport, &QAction::triggered, this, &MainWindow::saveBugReportDialog);
    // In the File menu, before Quit.
    QAction *quit = ui->actionQuit;
    ui->fileMenu->insertActions(quit, {m_exportLogHar, m_bugReport, m_redact});
    ui->fileMenu->insertSeparator(quit);

    // Every view of exchanges: the mouse's right button, the Menu key and Shift+F10 (Qt turns both
    // into a context menu event for the focused view) open the same menu.
    auto rowOf = [](QAbstractItemView *view, const QPoint &pos) {
        const QModelIndex at = view->indexAt(pos);
        return at.isValid() ? at : view->currentIndex();
    };
    auto globalOf = [](QAbstractItemView *view, const QModelIndex &index, const QPoint &pos) {
        const QRect r = view->visualRect(index);
        return view->viewport()->mapToGlobal(r.contains(pos) ? pos : r.center());
    };
    auto exportHar = [this](const QList<RecordedExchange> &legs) { exportHarDialog(legs); };
    // The Menu key reaches a view as a context menu event from the platform (xcb); Shift+F10, the
    // other keyboard way, is not translated on X11: an action of the view's own asks for the menu
    // at its current row (or text cursor).
    auto addShiftF10 = [this](QAbstractScrollArea *view, std::function<QPoint()> where) {
        auto *a = new QAction(tr("Context menu"), view);
        a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, view,
                [view, where] { Q_EMIT view->customContextMenuRequested(where()); });
        view->addAction(a);
    };
    auto currentRowCentre = [](QAbstractItemView *view) {
        return [view] { return view->visualRect(view->currentIndex()).center(); };
    };

    QTableView *log = m_log->logView();
    log->setContextMenuPolicy(Qt::CustomContextMenu);
    addShiftF10(log, currentRowCentre(log));
    connect(log, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &pos) {
        const QModelIndex index = rowOf(log, pos);
        if (!index.isValid())
            return;
        const QModelIndex source = m_log->filterModel()->mapToSource(index);
        const ExchangePtr record = m_logModel->exchangeAt(source.row());
        if (!record)
            return;
        ExchangeMenuTarget t;
        t.legs = {fromServerRecord(*record, m_workbench->serverUrl())};
        t.exportHar = exportHar;
        t.openInSequence = [this, record] {
            showRecord(record);
            responseView()->showSequenceTab();
        };
        popUpExchangeMenu(globalOf(log, index, pos), t);
    });

    QTableView *watched = m_watch->view();
    watched->setContextMenuPolicy(Qt::CustomContextMenu);
    addShiftF10(watched, currentRowCentre(watched));
    connect(watched, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &pos) {
        const QModelIndex index = rowOf(watched, pos);
        if (!index.isValid())
            return;
        const int row = index.row();
        ExchangeMenuTarget t;
        if (const auto &result = m_workbench->watchResult(row))
            t.legs = recordedLegs(*result);
        t.exportHar = exportHar;
        t.openInSequence = [this, row] {
            showWatch(row);
            responseView()->showSequenceTab();
        };
        popUpExchangeMenu(globalOf(watched, index, pos), t);
    });

    m_matrixView->setContextMenuPolicy(Qt::CustomContextMenu);
    addShiftF10(m_matrixView, currentRowCentre(m_matrixView));
    connect(m_matrixView, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &pos) {
        const QModelIndex index = rowOf(m_matrixView, pos);
        const ClientExchange *e = m_matrixModel->exchange(index);
        if (!e)
            return;
        ExchangeMenuTarget t;
        t.legs = recordedLegs(*e);
        t.exportHar = exportHar;
        const QPersistentModelIndex cell(index);
        t.openInSequence = [this, cell] {
            showMatrixCell(cell);
            responseView()->showSequenceTab();
        };
        popUpExchangeMenu(globalOf(m_matrixView, index, pos), t);
    });

    QPlainTextEdit *legs = responseView()->legsView();
    addShiftF10(legs, [legs] { return legs->cursorRect().center(); });
    connect(responseView(), &ResponseView::legContextMenuRequested, this,
            [=, this](int leg, const QPoint &globalPos) {
                ExchangeMenuTarget t;
                t.legs = shownLegs();
                t.leg = leg;
                t.exportHar = exportHar;
                t.openInSequence = [this] { responseView()->showSequenceTab(); };
                popUpExchangeMenu(globalPos, t);
            });
}

void MainWindow::popUpExchangeMenu(const QPoint &globalPos, ExchangeMenuTarget target)
{
    if (m_exchangeMenu)
        m_exchangeMenu->close();
    m_exchangeMenu = ExchangeMenu::create(target, m_redact, this);
    connect(m_exchangeMenu, &QMenu::triggered, this, [this](QAction *a) {
        if (a->objectName() == QLatin1String("copyAsCurl"))
            statusBar()->showMessage(tr("Copied a curl command (it includes the credentials as sent)."),
                                     5000);
        else if (a->objectName().startsWith(QLatin1String("copyRaw")))
            statusBar()->showMessage(tr("Copied the raw bytes."), 5000);
    });
    m_exchangeMenu->popup(globalPos);
}

QList<RecordedExchange> MainWindow::shownLegs() const
{
    if (m_shown == Shown::Log && m_shownRecord)
        return {fromServerRecord(*m_shownRecord, m_workbench->serverUrl())};
    const auto &shown = responseView()->shownExchange();
    return shown ? recordedLegs(*shown) : QList<RecordedExchange>();
}

QList<RecordedExchange> MainWindow::logRecords(bool selectedOnly) const
{
    QList<int> rows;
    if (selectedOnly) {
        const QModelIndexList selected = m_log->logView()->selectionModel()->selectedRows();
        for (const QModelIndex &i : selected)
            rows.append(m_log->filterModel()->mapToSource(i).row());
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty()) {
        for (int r = 0; r < m_logModel->rowCount(); ++r)
            rows.append(r);
    }
    QList<RecordedExchange> out;
    for (int r : std::as_const(rows)) {
        if (const ExchangePtr e = m_logModel->exchangeAt(r))
            out.append(fromServerRecord(*e, m_workbench->serverUrl()));
    }
    // HAR lists entries in time order.
    std::stable_sort(out.begin(), out.end(), [](const RecordedExchange &a, const RecordedExchange &b) {
        return a.startedMs < b.startedMs;
    });
    return out;
}

bool MainWindow::exportHarTo(const QString &path, const QList<RecordedExchange> &legs)
{
    HarOptions options;
    options.redact = m_redact->isChecked();
    QString error;
    if (!Har::write(path, legs, options, &error)) {
        showProblem(tr("The HAR file was not written"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Wrote %n exchange(s) to %1%2.", nullptr, int(legs.size()))
            .arg(path, options.redact ? tr(" (passwords and tokens redacted)") : QString()),
        8000);
    return true;
}

void MainWindow::exportHarDialog(const QList<RecordedExchange> &legs)
{
    if (legs.isEmpty()) {
        statusBar()->showMessage(tr("No exchange to export."), 5000);
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export as HAR"), QStringLiteral("exchanges.har"),
                                     tr("HTTP archives (*.har);;All files (*)"));
    if (!path.isEmpty())
        exportHarTo(path, legs);
}

bool MainWindow::saveBugReportTo(const QString &folder)
{
    BugReportInput in;
    in.scenario = m_workbench->scenario();
    in.scenario.finalize();
    in.legs = shownLegs();
    in.redact = m_redact->isChecked();
    if (m_shown != Shown::Log) {
        if (const auto &shown = responseView()->shownExchange()) {
            in.spec = shown->spec;
            in.credentials = shown->credentials.summary.isEmpty()
                                 ? CredentialBuilder::build(m_workbench->scenario(), shown->spec)
                                 : shown->credentials;
        }
    }
    QString error;
    if (!BugReport::write(folder, in, &error)) {
        showProblem(tr("The bug report was not saved"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Saved the bug report in %1 (%2).").arg(folder, BugReport::fileNames().join(QStringLiteral(", "))),
        8000);
    return true;
}

void MainWindow::saveBugReportDialog()
{
    if (shownLegs().isEmpty()) {
        showProblem(tr("No exchange to report"), tr("Send a request or pick an exchange first: the bug "
                                                    "report is about the exchange the answer view shows."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the bug report in a folder"));
    if (folder.isEmpty())
        return;
    const QStringList existing = BugReport::existingFiles(folder);
    if (!existing.isEmpty() &&
        QMessageBox::question(
            this, tr("Replace the files?"),
            tr("%1 already holds %2. Replace them?").arg(folder, existing.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    saveBugReportTo(folder);
}

void MainWindow::buildActions()
{
    ui->actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    ui->actionZoomOut->setShortcuts({QKeySequence::ZoomOut});
    connect(ui->actionSend, &QAction::triggered, m_workbench, &Workbench::sendNow);
    connect(ui->actionLive, &QAction::toggled, this, [this](bool live) {
        m_workbench->setLive(live);
        updateShowing();
    });
    connect(ui->actionEditUrl, &QAction::triggered, this, [this] {
        dock(Pane::Client)->show();
        m_client->focusUrl();
    });
    connect(ui->actionWatchUrl, &QAction::triggered, this, [this] {
        const QUrl url = m_workbench->request().url;
        const Watch watch{m_workbench->request().method,
                          url.path().isEmpty() ? QStringLiteral("/") : url.path()};
        QList<Watch> w = m_workbench->watches();
        if (!w.contains(watch))
            w.append(watch);
        m_workbench->setWatches(w);
        dock(Pane::Watched)->show();
    });
    connect(ui->actionFollowLive, &QAction::triggered, this, &MainWindow::followLive);
    connect(ui->actionRestartServer, &QAction::triggered, this, &MainWindow::applyPort);
    ui->actionProxy->setChecked(m_workbench->scenario().proxy);
    connect(ui->actionProxy, &QAction::toggled, this, [this](bool on) {
        m_workbench->setProxy(on);
        const QString url = m_workbench->serverUrl().toString(QUrl::RemovePath);
        statusBar()->showMessage(
            on ? tr("The server is also an authenticating proxy: curl -x %1 --proxy-user bob:builder "
                    "%1/staff gets past it (407 without --proxy-user).")
                     .arg(url)
               : tr("Proxy mode off: absolute-form requests are served as by an origin server."),
            8000);
    });
    connect(ui->actionFilterLog, &QAction::triggered, this, [this] {
        dock(Pane::Log)->show();
        dock(Pane::Log)->raise();
        m_log->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_log->filterEdit()->selectAll();
    });
    connect(ui->actionClearLog, &QAction::triggered, m_logModel, &ExchangeLogModel::clear);
    connect(ui->actionResetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(ui->actionZoomIn, &QAction::triggered, this, [this] { stepZoom(+1); });
    connect(ui->actionZoomOut, &QAction::triggered, this, [this] { stepZoom(-1); });
    connect(ui->actionZoomReset, &QAction::triggered, this, [this] { setZoom(1.0); });
    connect(ui->actionPresenter, &QAction::toggled, this, &MainWindow::setPresenterMode);
    m_files = new FileActions(this, ui.get(), m_document);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
}

// --- layout, zoom, presenter mode

void MainWindow::resetLayout()
{
    for (QDockWidget *d : std::as_const(m_docks)) {
        d->setFloating(false);
        removeDockWidget(d);
    }
    QDockWidget *client = dock(Pane::Client), *watched = dock(Pane::Watched), *users = dock(Pane::Users),
                *resources = dock(Pane::Resources), *log = dock(Pane::Log),
                *behaviour = dock(Pane::Behaviour), *matrixDock = dock(Pane::Matrix),
                *checkDock = dock(Pane::Check);
    addDockWidget(Qt::LeftDockWidgetArea, client);
    splitDockWidget(client, watched, Qt::Vertical);
    const bool wide = width() >= kWideLayoutWidth;
    if (wide) {
        addDockWidget(Qt::RightDockWidgetArea, users);
        splitDockWidget(users, resources, Qt::Vertical);
        splitDockWidget(resources, log, Qt::Vertical);
        tabifyDockWidget(log, behaviour);
        tabifyDockWidget(behaviour, matrixDock);
        tabifyDockWidget(matrixDock, checkDock);
        tabifyDockWidget(matrixDock, dock(Pane::Lessons));
    } else {
        // The log first: it is the tab shown.
        addDockWidget(Qt::BottomDockWidgetArea, log);
        tabifyDockWidget(log, users);
        tabifyDockWidget(users, resources);
        tabifyDockWidget(resources, behaviour);
        tabifyDockWidget(behaviour, matrixDock);
        tabifyDockWidget(matrixDock, checkDock);
        tabifyDockWidget(matrixDock, dock(Pane::Lessons));
    }
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
    if (m_presenter) {
        for (Pane p : {Pane::Users, Pane::Resources, Pane::Log, Pane::Behaviour})
            dock(p)->hide();
    }
    sizeDocks(wide);
    // Sizes (and the raised tab) only stick once the layout has its final geometry: once more
    // after this event.
    log->raise();
    QTimer::singleShot(0, this, [this, wide] {
        sizeDocks(wide);
        dock(Pane::Log)->raise();
    });
}

void MainWindow::sizeDocks(bool wide)
{
    QDockWidget *client = dock(Pane::Client), *watched = dock(Pane::Watched), *users = dock(Pane::Users),
                *resources = dock(Pane::Resources), *log = dock(Pane::Log);
    const QSize size = this->size();
    // A table shows all its rows (up to a few) without scrolling; the log takes the rest.
    auto tableHeight = [](const QTableView *v, int maxRows) {
        const int rows = qBound(2, v->model()->rowCount(), maxRows);
        return v->horizontalHeader()->sizeHint().height() +
               (rows + 1) * v->verticalHeader()->defaultSectionSize() + 2 * v->frameWidth() +
               v->fontMetrics().height() + 16;
    };
    // A share of the window, but never less than the form needs (with its scroll bar and the
    // dock's frame): a client pane that scrolls sideways hides its buttons' right edge.
    const int formWidth = m_client->minimumSizeHint().width() +
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                          2 * style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth) + 8;
    const int clientWidth = qMin(qMax(size.width() * (wide ? 28 : 42) / 100, formWidth), size.width() / 2);
    // The whole form, wrapped summary included, plus the dock's title bar.
    const int formHeight = m_client->hasHeightForWidth() ? m_client->heightForWidth(clientWidth - 24)
                                                         : m_client->sizeHint().height();
    const int clientHeight = qMin(formHeight + 3 * fontMetrics().height() + 16, size.height() * 62 / 100);
    resizeDocks({client, watched}, {clientHeight, size.height() - clientHeight}, Qt::Vertical);
    if (wide) {
        resizeDocks({client, users}, {clientWidth, size.width() * 32 / 100}, Qt::Horizontal);
        const int usersHeight = tableHeight(m_usersView, 8);
        const int resourcesHeight = tableHeight(m_resourcesView, 6);
        resizeDocks({users, resources, log},
                    {usersHeight, resourcesHeight,
                     qMax(size.height() / 3, size.height() - usersHeight - resourcesHeight)},
                    Qt::Vertical);
    } else {
        resizeDocks({client}, {clientWidth}, Qt::Horizontal);
        resizeDocks({log}, {size.height() * 30 / 100}, Qt::Vertical);
    }
}

double MainWindow::zoom() const
{
    return m_presenter ? m_presenterZoom : m_zoom;
}

void MainWindow::setZoom(double factor)
{
    factor = qBound(MinZoom, factor, MaxZoom);
    (m_presenter ? m_presenterZoom : m_zoom) = factor;
    applyZoom();
    statusBar()->showMessage(tr("Zoom: %1%").arg(qRound(factor * 100)), 3000);
}

void MainWindow::stepZoom(int direction)
{
    const double z = zoom() * std::pow(kZoomStep, direction);
    // Land on 100% exactly when passing it, so that the reset size can be found again.
    setZoom(std::abs(z - 1.0) < 0.05 ? 1.0 : z);
}

void MainWindow::applyZoom()
{
    // The whole window follows the application font; panes re-measure what they sized in
    // pixels on QEvent::FontChange, and monospaced views set only their family.
    const QFont f = scaled(m_baseFont, zoom());
    QApplication::setFont(f);
    for (size_t i = 0; i < std::size(kFontClasses); ++i)
        QApplication::setFont(scaled(m_baseClassFonts.at(qsizetype(i)), zoom()), kFontClasses[i]);
    responseView()->badge()->setEmphasis(m_presenter ? 1.5 : 1.0);
    // In presenter mode the server's address is what the room copies down: larger still.
    QFont label;
    if (m_presenter) {
        label.setBold(true);
        if (f.pointSizeF() > 0)
            label.setPointSizeF(f.pointSizeF() * 1.3);
        else
            label.setPixelSize(qRound(f.pixelSize() * 1.3));
    }
    m_serverLabel->setFont(m_presenter ? label : QFont());
    if (!m_presenter)
        m_serverLabel->setAttribute(Qt::WA_SetFont, false);
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenter)
        return;
    if (on) {
        m_stateBeforePresenter = saveState(kLayoutVersion);
        m_maximizedBeforePresenter = isMaximized();
        m_presenter = true;
        for (Pane p : {Pane::Users, Pane::Resources, Pane::Log, Pane::Behaviour})
            dock(p)->hide();
        if (isVisible())
            showFullScreen();
    } else {
        m_presenter = false;
        if (isFullScreen()) {
            if (m_maximizedBeforePresenter)
                showMaximized();
            else
                showNormal();
        }
        if (!m_stateBeforePresenter.isEmpty())
            restoreState(m_stateBeforePresenter, kLayoutVersion);
    }
    const QSignalBlocker block(ui->actionPresenter);
    ui->actionPresenter->setChecked(on);
    applyZoom();
    // The client form grew or shrank with the font: give its dock the height it now needs.
    QTimer::singleShot(0, this, [this] { sizeDocks(width() >= kWideLayoutWidth); });
    statusBar()->showMessage(
        on ? tr("Presenter mode: F11 returns to the normal window") : tr("Presenter mode off"), 4000);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    m_zoom = qBound(MinZoom, s.value(settingsKey("zoom"), 1.0).toDouble(), MaxZoom);
    m_presenterZoom = qBound(MinZoom, s.value(settingsKey("presenterZoom"), 1.6).toDouble(), MaxZoom);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableGeometry().size();
        resize(qMin(avail.width() * 95 / 100, 1920), qMin(avail.height() * 92 / 100, 1200));
    }
    const QByteArray geometry = s.value(settingsKey("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = s.value(settingsKey("state")).toByteArray();
    m_layoutRestored = !state.isEmpty() && restoreState(state, kLayoutVersion);
    if (!m_layoutRestored)
        resetLayout(); // again when first shown, at the size the window then has
    applyZoom();
    if (s.value(settingsKey("presenter"), false).toBool())
        QTimer::singleShot(0, this, [this] { setPresenterMode(true); });
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(settingsKey("zoom"), m_zoom);
    s.setValue(settingsKey("presenterZoom"), m_presenterZoom);
    s.setValue(settingsKey("presenter"), m_presenter);
    // The normal layout, not the presenter's: presenter mode is re-entered from it.
    s.setValue(settingsKey("state"), m_presenter ? m_stateBeforePresenter : saveState(kLayoutVersion));
    if (!m_presenter)
        s.setValue(settingsKey("geometry"), saveGeometry());
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        resetLayout();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files && !m_files->maySave()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

// --- one selection, one story

void MainWindow::followLive()
{
    m_shown = Shown::Live;
    m_shownCell = QModelIndex();
    m_shownWatch = -1;
    m_shownRecord.reset();
    m_watch->clearSelection();
    m_log->unpin();
    if (const auto &current = m_workbench->currentResult())
        responseView()->showExchange(*current);
    else
        responseView()->clear();
    updateShowing();
}

void MainWindow::showWatch(int row)
{
    if (row < 0 || row >= m_workbench->watches().size())
        return;
    m_shown = Shown::Watch;
    m_shownWatch = row;
    m_shownCell = QModelIndex();
    m_shownRecord.reset();
    m_log->unpin();
    if (const auto &result = m_workbench->watchResult(row))
        responseView()->showExchange(*result);
    else
        responseView()->clear();
    updateShowing();
}

void MainWindow::showRecord(const ExchangePtr &record)
{
    if (!record)
        return;
    m_shown = Shown::Log;
    m_shownWatch = -1;
    m_shownCell = QModelIndex();
    m_shownRecord = record;
    m_watch->clearSelection();
    responseView()->showExchange(asClientExchange(record));
    updateShowing();
}

void MainWindow::requestOrScenarioEdited()
{
    if (!m_workbench->isLive())
        m_stale = true;
    // A past exchange from the log says nothing about the new situation: show the answer to it.
    if (m_shown == Shown::Log)
        followLive();
    else
        updateShowing();
}

void MainWindow::updateShowing()
{
    QString text;
    bool pinned = false;
    const bool stale = m_stale && !m_workbench->isLive() && m_shown != Shown::Log && m_shown != Shown::Check;
    switch (m_shown) {
    case Shown::Live: {
        const RequestSpec &spec =
            m_workbench->currentResult() ? m_workbench->currentResult()->spec : m_workbench->request();
        text =
            tr("Showing the live answer to %1 %2").arg(QString::fromLatin1(spec.method), spec.url.toString());
        break;
    }
    case Shown::Watch: {
        const Watch &w = m_workbench->watches().at(m_shownWatch);
        text = tr("Showing the watched request %1 %2; it follows every change.")
                   .arg(QString::fromLatin1(w.method), w.path);
        pinned = true;
        break;
    }
    case Shown::Matrix: {
        const int r = m_shownCell.row(), c = m_shownCell.column();
        if (r >= 0 && r < m_matrix->rowCount() && c < m_matrix->columnCount())
            text = tr("Showing the matrix cell %1 on %2; it follows every change.")
                       .arg(m_matrixModel->headerData(r, Qt::Vertical).toString(),
                            m_matrix->resources().value(c));
        pinned = true;
        break;
    }
    case Shown::Check:
        text = tr("Showing the exchange behind the check finding “%1” (a past answer of the checked "
                  "server; Esc returns to the live answer).")
                   .arg(m_shownFinding);
        pinned = true;
        break;
    case Shown::Log: {
        const Exchange &e = *m_shownRecord;
        text =
            tr("Showing exchange #%1 from the log (%2, %3 %4 → %5): a past answer. Any change returns "
               "to the "
               "live answer.")
                .arg(e.id)
                .arg(QDateTime::fromMSecsSinceEpoch(e.receivedAtMs).toString(QStringLiteral("HH:mm:ss.zzz")),
                     QString::fromLatin1(e.method), QString::fromLatin1(e.target))
                .arg(e.status);
        if (!m_log->pinnedIsVisible())
            text += QLatin1Char(' ') +
                    tr("It is not among the rows the log lists now (filtered out or dropped).");
        pinned = true;
        break;
    }
    }
    if (stale)
        text = tr("Stale — Live is off and the request or scenario changed after this answer. Send "
                  "(Ctrl+Return) "
                  "to update it.") +
               QLatin1Char('\n') + text;
    responseView()->setShowing(text, pinned, stale);
}

// --- server, files, about

void MainWindow::updateServerStatus()
{
    HttpServer &s = m_workbench->server();
    if (s.isListening()) {
        const QString url = s.url().toString();
        m_serverLabel->setText(
            tr("Server listening on <a href=\"%1\">%1</a> (loopback only)").arg(url.toHtmlEscaped()));
        const QSignalBlocker block(m_port);
        m_port->setValue(s.port());
    } else {
        m_serverLabel->setText(tr("Server stopped"));
    }
    m_client->setServerUrl(m_workbench->serverUrl());
    responseView()->setOwnServer(m_workbench->serverUrl());
}

// --- lessons and workshops

void MainWindow::buildLessons()
{
    m_lessonRunner = new LessonRunner(m_workbench, this);
    m_lessonRunner->setLessons(LessonIO::builtIn());
    m_lessonsPane = new LessonsPane(m_lessonRunner, this);
    QDockWidget *d = addPane(Pane::Lessons, tr("Lessons"), QStringLiteral("lessonsDock"), m_lessonsPane,
                             QKeySequence(Qt::ALT | Qt::Key_9));
    connect(m_lessonsPane, &LessonsPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_lessonRunner, &LessonRunner::lessonStarted, this, [this, d] {
        d->show();
        d->raise();
        // Under the answer (narrow windows) the steps need more than the log's third of the height.
        if (dockWidgetArea(d) == Qt::BottomDockWidgetArea && !d->isFloating())
            resizeDocks({d}, {qMax(d->height(), height() * 42 / 100)}, Qt::Vertical);
        followLive();
        showExposure();
    });
    connect(m_lessonRunner, &LessonRunner::lessonLeft, this, &MainWindow::showExposure);
    // A lesson is a sandbox: the user's scenario, its file and its undo history wait unchanged
    // (ScenarioDocument::suspend) and come back when the lesson is left. New / Open / Revert leave
    // the lesson first.
    connect(m_lessonRunner, &LessonRunner::aboutToStart, this, [this](int index) {
        m_document->suspend(tr("Lesson: %1").arg(lessonText(m_lessonRunner->lessons().value(index).title)));
    });
    connect(m_lessonRunner, &LessonRunner::lessonLeft, m_document, &ScenarioDocument::resume);
    connect(m_document, &ScenarioDocument::aboutToLoad, m_lessonRunner, &LessonRunner::leave);
    // After showBehaviour() (connected earlier): a bug hunt keeps the behaviour secret.
    connect(m_workbench, &Workbench::scenarioChanged, this, &MainWindow::showExposure);
    connect(m_workbench, &Workbench::serverChanged, this, &MainWindow::showExposure);

    auto *lessons = new QAction(tr("&Lessons"), this);
    lessons->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    lessons->setStatusTip(tr("Guided lessons with live checks: the Lessons pane (Alt+9)"));
    connect(lessons, &QAction::triggered, this, [this, d] {
        d->show();
        d->raise();
        m_lessonsPane->focusLessons();
    });
    ui->helpMenu->insertAction(ui->helpMenu->actions().value(0), lessons);

    m_exposeAction = new QAction(tr("Expose to the local &network…"), this);
    m_exposeAction->setCheckable(true);
    m_exposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_exposeAction->setStatusTip(
        tr("Let attendees reach the mock server from their own machines (asks first; off again at the "
           "next start)"));
    connect(m_exposeAction, &QAction::triggered, this, [this](bool on) {
        if (!setExposed(on)) {
            const QSignalBlocker block(m_exposeAction);
            m_exposeAction->setChecked(!on);
        }
    });
    ui->serverMenu->insertAction(ui->actionProxy, m_exposeAction);

    // While exposed: a row of its own with the addresses attendees type, large (and larger still
    // in presenter mode, which zooms the whole window).
    m_attendeeBar = new QToolBar(tr("Addresses for attendees"), this);
    m_attendeeBar->setObjectName(QStringLiteral("attendeeToolBar"));
    m_attendeeBar->setMovable(false);
    m_attendeeLabel = new QLabel(m_attendeeBar);
    m_attendeeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_attendeeLabel->setOpenExternalLinks(true);
    m_attendeeBar->addWidget(m_attendeeLabel);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_attendeeBar);
    m_attendeeBar->hide();
    showExposure();
    // Exposure is never restored from a saved layout: not before the user asks again.
    QTimer::singleShot(0, this, &MainWindow::showExposure);
}

bool MainWindow::setExposed(bool on, bool ask)
{
    const quint16 port = m_workbench->server().port();
    if (on && ask) {
        QMessageBox box(QMessageBox::Warning, tr("Expose the server to the local network?"),
                        tr("Anyone on this network will reach the mock server."), QMessageBox::NoButton,
                        this);
        box.setInformativeText(lan::Texts::warning() + QStringLiteral("\n\n") +
                               tr("The server restarts on every address of this machine, port %1; the tool "
                                  "bar then lists the addresses attendees use.")
                                   .arg(port));
        QPushButton *expose = box.addButton(tr("Expose"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != expose)
            return false;
    }
    const QHostAddress host(on ? QHostAddress::Any : QHostAddress::LocalHost);
    if (!m_workbench->startServer(port, host)) {
        const QString error = m_workbench->server().errorString();
        m_workbench->startServer(port); // keep serving, on the loopback
        showProblem(tr("The server was not exposed"), tr("It cannot listen on every address: %1").arg(error));
        return false;
    }
    {
        const QSignalBlocker block(m_exposeAction);
        m_exposeAction->setChecked(on);
    }
    if (on && ask) {
        QMessageBox box(QMessageBox::Information, tr("Addresses for attendees"),
                        lan::Texts::addressList(m_attendeeUrls), QMessageBox::Ok, this);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        box.setInformativeText(tr("Presenter mode (F11) shows them large in the tool bar. Server ▸ Expose "
                                  "again turns it off."));
        box.exec();
    }
    statusBar()->showMessage(on ? tr("The server is exposed to the local network.")
                                : tr("The server listens on the loopback only again."),
                             6000);
    return true;
}

QString MainWindow::exposedLabelText(const QStringList &urls, const QUrl &local)
{
    QStringList links;
    for (const QString &u : urls)
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(u.toHtmlEscaped()));
    if (links.isEmpty())
        return tr("⚠ Exposed, but this machine has no network address; only %1 reaches the server")
            .arg(local.toString().toHtmlEscaped());
    return tr("⚠ On the network — attendees use: %1")
        .arg(QStringLiteral("<big><b>") + links.join(QStringLiteral(" · ")) + QStringLiteral("</b></big>"));
}

void MainWindow::showExposure()
{
    HttpServer &s = m_workbench->server();
    const bool exposed = s.isListening() && lan::isExposed(s.address());
    m_attendeeUrls =
        exposed ? lan::attendeeUrls(lan::systemInterfaces(), s.address(), s.port()) : QStringList();
    if (exposed) {
        const QString url = m_workbench->serverUrl().toString();
        m_serverLabel->setText(tr("On every address; here: <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
        m_attendeeLabel->setText(exposedLabelText(m_attendeeUrls, m_workbench->serverUrl()));
        m_attendeeLabel->setToolTip(lan::Texts::addressList(m_attendeeUrls) + QStringLiteral("\n\n") +
                                    lan::Texts::warning());
    }
    m_attendeeBar->setVisible(exposed);
    {
        const QSignalBlocker block(m_exposeAction);
        m_exposeAction->setChecked(exposed);
    }
    // A bug hunt: the student names the behaviour, so the window does not show it.
    const bool secret = m_lessonRunner->hidesBehaviour();
    m_behaviour->setEnabled(!secret);
    m_behaviour->setPlaceholderText(tr("(secret: bug hunt)"));
    if (secret)
        m_behaviour->setCurrentIndex(-1);
    else if (m_behaviour->currentIndex() < 0)
        showBehaviour();
    m_behaviourPane->setVisible(!secret);
    if (secret != behaviourSecret()) {
        // Every view that words the server's reasons says it again, with or without the name.
        setBehaviourSecret(secret);
        m_logModel->refreshReasons();
        m_watchModel->refreshReasons();
        responseView()->refreshReasons();
    }
}

void MainWindow::applyPort()
{
    const quint16 wanted = quint16(m_port->value());
    const quint16 before = m_workbench->server().port();
    QHostAddress host = m_workbench->server().address(); // exposed or not, as it was
    if (!m_workbench->server().isListening())
        host = QHostAddress(QHostAddress::LocalHost);
    if (m_workbench->startServer(wanted, host)) {
        statusBar()->showMessage(tr("Server restarted on port %1.").arg(m_workbench->server().port()), 5000);
        return;
    }
    const QString error = m_workbench->server().errorString();
    // Keep serving: go back to the port that worked.
    m_workbench->startServer(before, host);
    showProblem(tr("Cannot use port %1").arg(wanted),
                tr("The server cannot listen on port %1: %2\nIt keeps serving on port %3.")
                    .arg(wanted)
                    .arg(error)
                    .arg(m_workbench->server().port()));
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    statusBar()->showMessage(title, 10000);
    QMessageBox::warning(this, title, text);
}

bool MainWindow::openScenario(const QString &path)
{
    return m_files->open(path);
}

// --- scenario editing: the Users and Resources panes edit through the document; File and Edit
// menus (fileactions.h); a scenario file dropped on the window opens.

void MainWindow::buildEditing()
{
    m_document = new ScenarioDocument(m_workbench, this);
    setAcceptDrops(true);

    m_usersView = newTableView(tr("Users and their groups"), this);
    m_usersView->setModel(m_usersModel);
    m_usersView->setToolTip(tr("Tick a box (or press Space on it) to change a user's membership; Enter "
                               "edits the user, Insert adds one, Delete removes it"));
    m_usersPane = new SectionPane(SectionPane::Section::Users, m_document, m_usersView, this);
    m_usersPane->addExtra(tr("Groups…"), tr("Add, rename, describe and remove groups"), [this] {
        auto *d = new GroupsDialog(m_document, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    addPane(Pane::Users, tr("Users"), QStringLiteral("usersDock"), m_usersPane,
            QKeySequence(Qt::ALT | Qt::Key_3));

    m_resourcesView = newTableView(tr("Resources and their rules"), this);
    m_resourcesView->setModel(m_resourcesModel);
    m_resourcesView->setToolTip(tr("Enter edits the resource, Insert adds one, Delete removes it"));
    m_resourcesPane = new SectionPane(SectionPane::Section::Resources, m_document, m_resourcesView, this);
    m_resourcesPane->addExtra(tr("Request it"), tr("Make the selected resource the client's URL"), [this] {
        const QModelIndex index = m_resourcesView->currentIndex();
        if (!index.isValid())
            return;
        RequestSpec s = m_workbench->request();
        s.url = m_workbench->urlFor(index.data(ResourcesModel::PathRole).toString());
        m_workbench->setRequest(s);
    });
    addPane(Pane::Resources, tr("Resources"), QStringLiteral("resourcesDock"), m_resourcesPane,
            QKeySequence(Qt::ALT | Qt::Key_4));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileActions::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = FileActions::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: opening may ask about unsaved changes (a dialog).
    QTimer::singleShot(0, this, [this, path] { openScenario(path); });
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About AuthLab"),
        tr("<h3>AuthLab %1</h3><p>Should this request get 401, 403 or 200? Change who asks, "
           "their groups and the server's rules, and watch the answer change — with the reason "
           "and the RFC 9110 clause behind it.</p>")
            .arg(QLatin1String(AUTHLAB_VERSION)));
}

} // namespace authlab::gui
