#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "clientpane.h"
#include "exchangelogmodel.h"
#include "resourcesmodel.h"
#include "responseview.h"
#include "scenarioio.h"
#include "serverpane.h"
#include "statusdelegate.h"
#include "usersmodel.h"
#include "watchmodel.h"
#include "workbench.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QGuiApplication>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QStatusBar>

namespace authlab::gui {

MainWindow::MainWindow(Workbench *workbench, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_workbench(workbench)
    , m_usersModel(new UsersModel(workbench, this))
    , m_resourcesModel(new ResourcesModel(workbench, this))
    , m_logModel(new ExchangeLogModel(this))
    , m_watchModel(new WatchModel(workbench, this))
{
    ui->setupUi(this);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableGeometry().size();
        resize(qMin(avail.width() * 95 / 100, 1920), qMin(avail.height() * 92 / 100, 1200));
    }
    ui->mainSplitter->setStretchFactor(0, 5);
    ui->mainSplitter->setStretchFactor(1, 6);
    // Extra height goes to the response: the form and the watch list need only their rows.
    ui->clientSplitter->setStretchFactor(0, 0);
    ui->clientSplitter->setStretchFactor(1, 1);
    buildToolBar();

    ClientPane *client = ui->clientPane;
    client->setWatchModel(m_watchModel);
    client->watchView()->setItemDelegateForColumn(
        WatchModel::StatusColumn, new StatusDelegate(WatchModel::StatusRole, WatchModel::PendingRole, client));
    client->setScenario(workbench->scenario());
    client->setServerUrl(workbench->serverUrl());
    client->setRequest(workbench->request());
    client->setCredentials(CredentialBuilder::build(workbench->scenario(), workbench->request()));
    ui->serverPane->setModels(m_usersModel, m_resourcesModel, m_logModel);

    // Intents from the panes go to the workbench...
    connect(client, &ClientPane::requestEdited, workbench, &Workbench::setRequest);
    connect(client, &ClientPane::membershipToggled, workbench, &Workbench::setMembership);
    connect(client, &ClientPane::sendRequested, workbench, &Workbench::sendNow);
    connect(client, &ClientPane::watchAddRequested, this, [this](const QByteArray &method, const QString &path) {
        QList<Watch> w = m_workbench->watches();
        const Watch watch{method, path};
        if (!w.contains(watch))
            w.append(watch);
        m_workbench->setWatches(w);
    });
    connect(client, &ClientPane::watchRemoveRequested, this, [this](int row) {
        QList<Watch> w = m_workbench->watches();
        if (row >= 0 && row < w.size())
            w.removeAt(row);
        m_workbench->setWatches(w);
    });
    connect(ui->serverPane, &ServerPane::resourceActivated, this, [this](const QString &path) {
        RequestSpec s = m_workbench->request();
        s.url = m_workbench->urlFor(path);
        m_workbench->setRequest(s);
    });
    connect(ui->actionSend, &QAction::triggered, workbench, &Workbench::sendNow);
    connect(ui->actionLive, &QAction::toggled, workbench, &Workbench::setLive);
    connect(ui->actionOpenScenario, &QAction::triggered, this, &MainWindow::openScenarioDialog);
    connect(ui->actionSaveScenarioAs, &QAction::triggered, this, &MainWindow::saveScenarioDialog);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::about);

    // ...and state comes back from it.
    auto showCredentials = [this] {
        ui->clientPane->setCredentials(CredentialBuilder::build(m_workbench->scenario(), m_workbench->request()));
    };
    connect(workbench, &Workbench::scenarioChanged, this, [this, showCredentials] {
        ui->clientPane->setScenario(m_workbench->scenario());
        showCredentials();
    });
    connect(workbench, &Workbench::requestChanged, this, [this, showCredentials] {
        ui->clientPane->setRequest(m_workbench->request());
        showCredentials();
    });
    connect(workbench, &Workbench::serverChanged, this, &MainWindow::updateServerStatus);
    connect(workbench, &Workbench::currentFinished, ui->responseView, &ResponseView::showExchange);
    connect(workbench, &Workbench::exchangesArrived, m_logModel, &ExchangeLogModel::append);
    updateServerStatus();

    // The server's own counters are exact even when the log samples under load.
    auto *stats = new QLabel(this);
    statusBar()->addPermanentWidget(stats);
    auto *statsTimer = new QTimer(this);
    statsTimer->setInterval(1000);
    connect(statsTimer, &QTimer::timeout, this, [this, stats] {
        const ServerStats s = m_workbench->server().stats();
        QString text = tr("Requests served: %L1 · open connections: %L2").arg(s.requests).arg(s.connectionsOpen);
        const quint64 sampled = s.exchangesUnrecorded + s.exchangesDropped;
        if (sampled)
            text += QStringLiteral(" · ") + tr("not logged (too many to show): %L1").arg(sampled);
        if (s.connectionsShed || s.connectionsRefused)
            text += QStringLiteral(" · ")
                    + tr("at the connection cap: shed %L1, turned away with 503: %L2")
                          .arg(s.connectionsShed)
                          .arg(s.connectionsRefused);
        stats->setText(text);
    });
    statsTimer->start();
}

MainWindow::~MainWindow() = default;

ClientPane *MainWindow::clientPane() const
{
    return ui->clientPane;
}

ResponseView *MainWindow::responseView() const
{
    return ui->responseView;
}

ServerPane *MainWindow::serverPane() const
{
    return ui->serverPane;
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
    connect(apply, &QPushButton::clicked, this, &MainWindow::applyPort);
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_port->value() != m_workbench->server().port())
            applyPort();
    });
    ui->serverToolBar->addWidget(portLabel);
    ui->serverToolBar->addWidget(m_port);
    ui->serverToolBar->addWidget(apply);
    ui->serverToolBar->addSeparator();
    ui->serverToolBar->addAction(ui->actionLive);
    ui->serverToolBar->addAction(ui->actionSend);
}

void MainWindow::updateServerStatus()
{
    HttpServer &s = m_workbench->server();
    if (s.isListening()) {
        const QString url = s.url().toString();
        m_serverLabel->setText(tr("Server listening on <a href=\"%1\">%1</a> (loopback only)").arg(url.toHtmlEscaped()));
        const QSignalBlocker block(m_port);
        m_port->setValue(s.port());
        setWindowTitle(tr("AuthLab — %1").arg(m_workbench->scenario().name));
    } else {
        m_serverLabel->setText(tr("Server stopped"));
    }
    ui->clientPane->setServerUrl(m_workbench->serverUrl());
}

void MainWindow::applyPort()
{
    const quint16 wanted = quint16(m_port->value());
    const quint16 before = m_workbench->server().port();
    if (m_workbench->startServer(wanted)) {
        statusBar()->showMessage(tr("Server restarted on port %1.").arg(m_workbench->server().port()), 5000);
        return;
    }
    const QString error = m_workbench->server().errorString();
    // Keep serving: go back to the port that worked.
    m_workbench->startServer(before);
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
    const ScenarioLoad load = ScenarioIO::load(path);
    if (!load.ok()) {
        showProblem(tr("The scenario was not opened"),
                    tr("%1 has problems; the current scenario is unchanged.\n\n%2").arg(path, load.errorText()));
        return false;
    }
    m_workbench->setScenario(*load.scenario);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    setWindowTitle(tr("AuthLab — %1").arg(m_workbench->scenario().name));
    return true;
}

void MainWindow::openScenarioDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                      tr("AuthLab scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenario(path);
}

void MainWindow::saveScenarioDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"), QStringLiteral("scenario.json"),
                                                      tr("AuthLab scenarios (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (ScenarioIO::save(m_workbench->scenario(), path, &error))
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    else
        showProblem(tr("The scenario was not saved"), error);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About AuthLab"),
                       tr("<h3>AuthLab %1</h3><p>Should this request get 401, 403 or 200? Change who asks, "
                          "their groups and the server's rules, and watch the answer change — with the reason "
                          "and the RFC 9110 clause behind it.</p>")
                           .arg(QLatin1String(AUTHLAB_VERSION)));
}

} // namespace authlab::gui
