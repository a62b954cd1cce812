#include "guiapp.h"

#include "mainwindow.h"
#include "scenario/scenarioio.h"
#include "session/languages.h"
#include "session/workbench.h"
#include "session/workspacefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

#ifdef AUTHLAB_HAVE_XCB
#include <xcb/xcb.h>
#endif

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

QString serveHint()
{
    return GuiApp::tr("Without a display, run the headless server instead:\n"
                      "    authlab serve [--scenario FILE] [--port N]\n"
                      "and point curl or a browser at the URL it prints.");
}

// Why the window cannot be shown, or empty. Qt itself aborts (exit 134) when its platform
// plugin cannot connect, so the common cases are found before QApplication exists.
QString displayProblem()
{
    // An explicit platform (offscreen for tests, xcb under xvfb-run...) is the user's choice.
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return {};
    const QString display = qEnvironmentVariable("DISPLAY");
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return {}; // Qt may use Wayland; the handler around QApplication catches a failure
    if (display.isEmpty())
        return GuiApp::tr("authlab: no display found (DISPLAY and WAYLAND_DISPLAY are not set).");
#ifdef AUTHLAB_HAVE_XCB
    // Qt's xcb plugin connects the same way: try it, and say clearly if it fails.
    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    const int error = xcb_connection_has_error(connection);
    xcb_disconnect(connection);
    if (error != 0)
        return GuiApp::tr("authlab: cannot open the display '%1' (no X server answers there, or it refuses "
                          "the connection).")
            .arg(display);
#endif
    return {};
}

// Installed only while QApplication starts: a platform plugin that cannot start makes Qt call
// qFatal() (and abort with 134); say what to do instead and exit with 2 like other start-up problems.
QtMessageHandler g_previousHandler = nullptr;
void startupMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (g_previousHandler)
            g_previousHandler(type, context, message);
        return;
    }
    const QString text = GuiApp::tr("authlab: the window cannot be shown: %1").arg(message) +
                         QLatin1Char('\n') + serveHint() + QLatin1Char('\n');
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::_Exit(2);
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
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), GuiApp::tr("Scenario file (JSON)."),
                                         GuiApp::tr("FILE"));
    const QStringList languages = uiLanguages(); // only those whose catalogue exists
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     GuiApp::tr("Language: %1.").arg(languages.join(QStringLiteral(", "))),
                                     GuiApp::tr("LANG"));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     GuiApp::tr("Port of the embedded server (default: any free one)."),
                                     GuiApp::tr("N"), QStringLiteral("0"));
    // The one timing option in the product (bench/startup.sh): how long until the first answer.
    const QCommandLineOption startupOpt(
        QStringLiteral("startup-time"),
        GuiApp::tr("Print the wall-clock time (ms since the epoch) of the first live answer, then quit."));
    parser.addOptions({scenarioOpt, langOpt, portOpt, startupOpt});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 GuiApp::tr("Scenario file to open, as with --scenario."),
                                 QStringLiteral("[FILE.json]"));
    if (!parser.parse(args))
        return fail(parser.errorText());
    // `authlab FILE.json` opens the file, like --scenario FILE.json (and like a file dropped on the window).
    QString scenarioFile = parser.value(scenarioOpt);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && parser.isSet(scenarioOpt)))
        return fail(GuiApp::tr("unexpected argument '%1'").arg(positional.constLast()));
    if (!positional.isEmpty())
        scenarioFile = positional.constFirst();
    const QString language = parser.value(langOpt);
    if (!language.isEmpty() && !languages.contains(language))
        return fail(GuiApp::tr("--lang must be one of %1, not '%2'")
                        .arg(languages.join(QStringLiteral(", ")), language));
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(
            GuiApp::tr("--port must be a number from 0 to 65535, not '%1'").arg(parser.value(portOpt)));
    if (const QString problem = displayProblem(); !problem.isEmpty()) {
        QTextStream(stderr) << problem << '\n' << serveHint() << '\n';
        return 2;
    }

    g_previousHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    QApplication::setApplicationName(QStringLiteral("AuthLab"));
    QApplication::setApplicationVersion(QLatin1String(AUTHLAB_VERSION));
    QApplication::setOrganizationName(QStringLiteral("AuthLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/authlab/icons/authlab.svg")));
    installTranslators(app, language);

    Workbench workbench;
    QString scenarioProblem;
    if (!scenarioFile.isEmpty()) {
        // Said on stderr too; the window opens it (with its client set-up) once the server listens.
        QStringList lines;
        for (const ScenarioProblem &p : WorkspaceFile::load(scenarioFile, QUrl()).problems)
            lines.append(p.toString());
        scenarioProblem = lines.join(QLatin1Char('\n'));
        if (!scenarioProblem.isEmpty())
            QTextStream(stderr) << scenarioProblem << '\n';
    }
    bool listening = workbench.startServer(quint16(port));
    QString portProblem;
    if (!listening && port != 0) {
        // The asked-for port is taken: serve on a free one rather than not at all, and say so.
        portProblem =
            GuiApp::tr("Port %1 cannot be used (%2).").arg(port).arg(workbench.server().errorString());
        listening = workbench.startServer(0);
    }

    MainWindow window(&workbench);
    window.show();
    if (parser.isSet(startupOpt)) {
        QObject::connect(&workbench, &Workbench::currentFinished, &window, [] {
            QTextStream(stdout) << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            QCoreApplication::quit();
        });
    }
    if (listening && !portProblem.isEmpty())
        QTimer::singleShot(0, &window, [&] {
            window.showProblem(
                GuiApp::tr("The embedded server uses another port"),
                portProblem + QLatin1Char('\n') +
                    GuiApp::tr("It listens on %1 instead.").arg(workbench.serverUrl().toString()));
        });
    if (!listening)
        QTimer::singleShot(0, &window, [&] {
            window.showProblem(GuiApp::tr("The embedded server is not running"),
                               workbench.server().errorString());
        });
    if (!scenarioFile.isEmpty())
        QTimer::singleShot(0, &window, [&window, scenarioFile] { window.openScenario(scenarioFile); });
    return QApplication::exec();
}

} // namespace authlab::gui
