// authlab_guiprobe: the real window on the real workbench, with the benchmark probe attached
// (event-loop lag, RSS, log rows, live badges while bob's "admins" toggles). Not part of the
// product: bench/gui-flood.sh runs it. Usage: authlab_guiprobe --out FILE [--seconds N] [--port P]
#include "benchprobe.h"
#include "mainwindow.h"
#include "session/workbench.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.addOptions({out, seconds, port});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(out))
        parser.showHelp(2);

    authlab::Workbench workbench;
    if (!workbench.startServer(quint16(parser.value(port).toUInt())))
        return 3;
    authlab::gui::MainWindow window(&workbench);
    window.show();
    auto *probe = new authlab::gui::BenchProbe(&workbench, window.logModel(), parser.value(out),
                                               parser.value(seconds).toInt(), &window);
    probe->start();
    return QApplication::exec();
}
