// authlab_guiprobe: the real window on the real workbench, with the benchmark probe attached
// (event-loop lag, RSS, log rows, live badges while bob's "admins" toggles). Not part of the
// product: bench/gui-flood.sh runs it. Usage: authlab_guiprobe --out FILE [--seconds N] [--port P]
// With --scroll N (bench/scenario-scale.sh): open --scenario FILE, write how long until the window
// was shown and painted, then page through the users table N times, timing each synchronous
// repaint, and quit.
#include "benchprobe.h"
#include "mainwindow.h"
#include "scenario/scenarioio.h"
#include "session/workbench.h"
#include "usersmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace {

// Pages through the users table: each step moves the scroll bar one page (down, then up again
// at the end) and repaints the viewport at once; the time of each step is what a user waits.
QJsonObject scrollUsers(authlab::gui::MainWindow &window, int steps)
{
    QTableView *view = nullptr;
    for (QTableView *v : window.findChildren<QTableView *>()) {
        if (v->model() == window.usersModel())
            view = v;
    }
    if (!view)
        return {{QStringLiteral("error"), QStringLiteral("no users table")}};
    for (QWidget *w = view; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
        }
    }
    QApplication::processEvents();
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> ms;
    int direction = 1;
    for (int i = 0; i < steps; ++i) {
        if (bar->value() >= bar->maximum())
            direction = -1;
        else if (bar->value() <= bar->minimum())
            direction = 1;
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + direction * bar->pageStep());
        view->viewport()->repaint();
        QApplication::processEvents();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) {
        return sorted.isEmpty() ? 0.0 : sorted[qMin(sorted.size() - 1, qsizetype(q * sorted.size()))];
    };
    return {{QStringLiteral("rows"), view->model()->rowCount()},
            {QStringLiteral("columns"), view->model()->columnCount()},
            {QStringLiteral("visibleRows"), view->viewport()->height() / qMax(1, view->rowHeight(0))},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("p50Ms"), at(0.5)},
            {QStringLiteral("p99Ms"), at(0.99)},
            {QStringLiteral("maxMs"), sorted.isEmpty() ? 0.0 : sorted.last()}};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AuthLabGuiProbe")); // own settings, not the user's
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the numbers (JSON) to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Duration (0: quit at the first badge)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port of the embedded server."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Open this scenario."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption scroll(QStringLiteral("scroll"),
                                    QStringLiteral("Page through the users table N times, then quit."),
                                    QStringLiteral("N"));
    parser.addOptions({out, seconds, port, scenario, scroll});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(out))
        parser.showHelp(2);

    QElapsedTimer sinceStart; // from QApplication's construction
    sinceStart.start();
    authlab::Workbench workbench;
    if (parser.isSet(scenario)) {
        const authlab::ScenarioLoad load = authlab::ScenarioIO::load(parser.value(scenario));
        if (!load.scenario)
            return 4;
        workbench.setScenario(*load.scenario);
    }
    const double loadedMs = double(sinceStart.nsecsElapsed()) / 1e6;
    if (!workbench.startServer(quint16(parser.value(port).toUInt())))
        return 3;
    authlab::gui::MainWindow window(&workbench);
    window.show();
    if (parser.isSet(scroll)) {
        QTimer::singleShot(0, &window, [&] {
            window.repaint(); // the first frame, painted
            const double shownMs = double(sinceStart.nsecsElapsed()) / 1e6;
            QJsonObject o = scrollUsers(window, parser.value(scroll).toInt());
            o.insert(QStringLiteral("scenarioLoadedMs"), loadedMs);
            o.insert(QStringLiteral("shownMs"), shownMs);
            QFile f(parser.value(out));
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(o).toJson());
            QApplication::quit();
        });
        return QApplication::exec();
    }
    auto *probe = new authlab::gui::BenchProbe(&workbench, window.logModel(), parser.value(out),
                                               parser.value(seconds).toInt(), &window);
    probe->start();
    return QApplication::exec();
}
