#include "guiapp.h"

#include "benchprobe.h"
#include "mainwindow.h"
#include "scenarioio.h"
#include "workbench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace authlab::gui {

// Translation context for the GUI's start-up messages.
class GuiApp
{
    Q_DECLARE_TR_FUNCTIONS(authlab::gui::GuiApp)
};

namespace {

int fail(const QString &message)
{
    QTextStream err(stderr);
    err << "authlab: " << message << '\n' << GuiApp::tr("Try 'authlab --help'.") << '\n';
    return 2;
}

bool haveDisplay()
{
    // Tests and screenshots set QT_QPA_PLATFORM (offscreen, xcb under xvfb-run...).
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("authlab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}
} // namespace

int run(int argc, char **argv)
{
    // Parse before QApplication exists: a wrong flag must not need a display to be reported.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), GuiApp::tr("Scenario file (JSON)."), GuiApp::tr("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), GuiApp::tr("Language: de, fr, es or en."), GuiApp::tr("LANG"));
    const QCommandLineOption portOpt(QStringLiteral("port"), GuiApp::tr("Port of the embedded server (default: any free one)."),
                                     GuiApp::tr("N"), QStringLiteral("0"));
    // Benchmark mode (bench/gui-flood.sh, bench/startup.sh); not for everyday use.
    QCommandLineOption probeOpt(QStringLiteral("bench-probe"), QStringLiteral("Write benchmark numbers to FILE."),
                                QStringLiteral("FILE"));
    probeOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption secondsOpt(QStringLiteral("bench-seconds"), QStringLiteral("Benchmark duration."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    secondsOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({scenarioOpt, langOpt, portOpt, probeOpt, secondsOpt});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(GuiApp::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const QString language = parser.value(langOpt);
    if (!language.isEmpty() && !QStringList{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                            QStringLiteral("en")}
                                    .contains(language))
        return fail(GuiApp::tr("--lang must be de, fr, es or en, not '%1'").arg(language));
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(GuiApp::tr("--port must be a number from 0 to 65535, not '%1'").arg(parser.value(portOpt)));
    if (!haveDisplay()) {
        QTextStream err(stderr);
        err << GuiApp::tr("authlab: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                  "Without a display, run the headless server instead:\n"
                  "    authlab serve [--scenario FILE] [--port N]\n"
                  "and point curl or a browser at the URL it prints.")
            << '\n';
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AuthLab"));
    QApplication::setApplicationVersion(QLatin1String(AUTHLAB_VERSION));
    QApplication::setOrganizationName(QStringLiteral("AuthLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/authlab/icons/authlab.svg")));
    installTranslators(app, language);

    Workbench workbench;
    QString scenarioProblem;
    if (parser.isSet(scenarioOpt)) {
        const ScenarioLoad load = ScenarioIO::load(parser.value(scenarioOpt));
        if (load.ok()) {
            workbench.setScenario(*load.scenario);
        } else {
            // Say what is wrong, on stderr and in the window, and carry on with the default.
            scenarioProblem = load.errorText();
            QTextStream(stderr) << scenarioProblem << '\n';
        }
    }
    bool listening = workbench.startServer(quint16(port));
    QString portProblem;
    if (!listening && port != 0) {
        // The asked-for port is taken: serve on a free one rather than not at all, and say so.
        portProblem = GuiApp::tr("Port %1 cannot be used (%2).").arg(port).arg(workbench.server().errorString());
        listening = workbench.startServer(0);
    }

    MainWindow window(&workbench);
    window.show();
    if (parser.isSet(probeOpt)) {
        auto *probe = new BenchProbe(&workbench, window.logModel(), parser.value(probeOpt),
                                     parser.value(secondsOpt).toInt(), &window);
        probe->start();
    }
    if (listening && !portProblem.isEmpty())
        QTimer::singleShot(0, &window, [&] {
            window.showProblem(GuiApp::tr("The embedded server uses another port"),
                               portProblem + QLatin1Char('\n') +
                                   GuiApp::tr("It listens on %1 instead.").arg(workbench.serverUrl().toString()));
        });
    if (!listening)
        QTimer::singleShot(0, &window, [&] {
            window.showProblem(GuiApp::tr("The embedded server is not running"), workbench.server().errorString());
        });
    if (!scenarioProblem.isEmpty())
        QTimer::singleShot(0, &window, [&] {
            window.showProblem(GuiApp::tr("The scenario was not opened"),
                               GuiApp::tr("%1\n\nAuthLab started with its default scenario instead.").arg(scenarioProblem));
        });
    return QApplication::exec();
}

} // namespace authlab::gui
