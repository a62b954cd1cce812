#include "cli.h"

#include "auth/scheme.h"
#include "http/exchangetext.h"
#include "policy/overrides.h"
#include "scenario/scenarioio.h"
#include "server/httpserver.h"
#include "session/check.h"
#include "session/har.h"
#include "session/lan.h"
#include "session/languages.h"
#include "session/matrix.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <deque>
#include <optional>

namespace authlab::cli {

// Translation context for everything the command line says.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(authlab::cli::Cli)
};

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &command, const QString &message)
{
    err() << "authlab" << (command.isEmpty() ? QString() : QLatin1Char(' ') + command) << ": " << message
          << '\n'
          << (command.isEmpty() ? Cli::tr("Try 'authlab --help'.")
                                : Cli::tr("Try 'authlab %1 --help'.").arg(command))
          << '\n';
    err().flush();
    return ExitUsage;
}

// "  -h, --help      Show this help." lines, from the options the parser really takes.
QString optionLines(const QList<QCommandLineOption> &options)
{
    QStringList left;
    int width = 0;
    for (const QCommandLineOption &o : options) {
        QStringList names;
        for (const QString &n : o.names())
            names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        QString l = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            l += QLatin1Char(' ') + o.valueName();
        width = qMax(width, int(l.size()));
        left.append(l);
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i)
        text += QStringLiteral("  ") + left[i].leftJustified(width + 2) + options[i].description() +
                QLatin1Char('\n');
    return text;
}

// Loads --scenario or the built-in default; on failure prints every problem (file, JSON path,
// what is wrong) and returns nullopt.
std::optional<Scenario> scenarioFrom(const QCommandLineParser &p, const QCommandLineOption &opt)
{
    if (!p.isSet(opt))
        return ScenarioIO::defaultScenario();
    const ScenarioLoad l = ScenarioIO::load(p.value(opt));
    if (!l.ok()) {
        err() << Cli::tr("authlab: the scenario cannot be used:") << '\n' << l.errorText() << '\n';
        err().flush();
        return std::nullopt;
    }
    return l.scenario;
}

QCommandLineOption behaviourOption()
{
    return QCommandLineOption(QStringLiteral("behaviour"),
                              Cli::tr("Server behaviour, instead of the scenario's (default rfc9110): %1.")
                                  .arg(behaviourIds().join(QLatin1String(", "))),
                              Cli::tr("NAME"));
}

// The scenario (as above) with --behaviour applied; an unknown behaviour is reported (listing
// the known ones) and gives nullopt.
std::optional<Scenario> scenarioFrom(const QCommandLineParser &p, const QCommandLineOption &scenarioOpt,
                                     const QCommandLineOption &behaviourOpt, const QString &command)
{
    std::optional<Scenario> scenario = scenarioFrom(p, scenarioOpt);
    if (scenario && p.isSet(behaviourOpt)) {
        const std::optional<Behaviour> b = behaviourFromId(p.value(behaviourOpt));
        if (!b) {
            usageError(command, Cli::tr("unknown behaviour '%1'; the behaviours are: %2")
                                    .arg(p.value(behaviourOpt), behaviourIds().join(QLatin1String(", "))));
            return std::nullopt;
        }
        scenario->behaviour = *b;
    }
    return scenario;
}

// serve --har: the newest kMaxHarExchanges records (and at most kMaxHarBytes of their raw
// bytes), written as HAR 1.2 when serve stops.
constexpr qsizetype kMaxHarExchanges = 10000;
constexpr qint64 kMaxHarBytes = 64 * 1024 * 1024;
constexpr int kExitHarNotWritten = 1; // serve's exit code when the HAR cannot be written at exit

struct HarRecorder
{
    QString path;
    bool redact = true;
    HarKeeper keeper{kMaxHarExchanges, kMaxHarBytes};

    // Fails early: a path that cannot be written is reported before serving, not after an hour.
    QString checkWritable() const
    {
        if (QFileInfo(path).isDir())
            return Cli::tr("%1 is a folder").arg(path);
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
        probe.cancelWriting(); // nothing replaced; the temporary file is removed
        return {};
    }
    void add(const Exchange &e) { keeper.add(e); }
    bool write(const QUrl &server, quint64 unrecorded, QString *error) const
    {
        QList<RecordedExchange> entries;
        const std::deque<Exchange> &kept = keeper.kept();
        entries.reserve(qsizetype(kept.size()));
        for (const Exchange &e : kept)
            entries.append(fromServerRecord(e, server));
        HarOptions options;
        options.redact = redact;
        options.comment =
            Cli::tr("authlab serve on %1: %n exchange(s).", nullptr, int(kept.size())).arg(server.toString());
        if (const quint64 dropped = keeper.dropped())
            options.comment +=
                QLatin1Char(' ') +
                Cli::tr("The %n oldest were dropped (only the newest %1, at most %2 MiB, are kept).", nullptr,
                        int(dropped))
                    .arg(kMaxHarExchanges)
                    .arg(kMaxHarBytes / (1024 * 1024));
        if (unrecorded)
            options.comment +=
                QLatin1Char(' ') + Cli::tr("%n exchange(s) were served but not recorded (too many at once).",
                                           nullptr, int(unrecorded));
        return Har::write(path, entries, options, error);
    }
};

int serve(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), Cli::tr("Scenario file (JSON)."),
                                         Cli::tr("FILE"));
    const QCommandLineOption hostOpt(QStringLiteral("host"),
                                     Cli::tr("Address to listen on (default 127.0.0.1)."), Cli::tr("ADDR"),
                                     QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     Cli::tr("Port (default 8080; 0 picks a free one)."), Cli::tr("N"),
                                     QStringLiteral("8080"));
    const QCommandLineOption proxyOpt(
        QStringLiteral("proxy"), Cli::tr("Also be an authenticating proxy in front of this server (407)."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), Cli::tr("No line per exchange."));
    const QCommandLineOption harOpt(
        QStringLiteral("har"),
        Cli::tr("On exit, write the exchanges (the newest 10,000) to FILE as HAR 1.2, "
                "passwords, tokens and cookie values redacted."),
        Cli::tr("FILE"));
    const QCommandLineOption harSecretsOpt(
        QStringLiteral("har-secrets"), Cli::tr("Keep passwords, tokens and cookie values in the HAR file."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), Cli::tr("I/O threads (default 1)."),
                                        Cli::tr("N"), QStringLiteral("1"));
    const QCommandLineOption behaviourOpt = behaviourOption();
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")},
                                     Cli::tr("Show this help."));
    const QList<QCommandLineOption> options{scenarioOpt, hostOpt,  portOpt, threadsOpt,    behaviourOpt,
                                            proxyOpt,    quietOpt, harOpt,  harSecretsOpt, helpOpt};
    p.addOptions(options);
    if (!p.parse(args))
        return usageError(QStringLiteral("serve"), p.errorText());
    if (p.isSet(helpOpt)) {
        out()
            << Cli::tr(
                   "Usage: authlab serve [--scenario FILE] [--host ADDR] [--port N] [--threads N]\n"
                   "                     [--behaviour NAME] [--proxy] [--quiet] [--har FILE "
                   "[--har-secrets]]\n"
                   "\n"
                   "A headless mock server for the scenario (the built-in default unless --scenario names\n"
                   "one). It prints its URL, then one line per exchange: time, client, method, target,\n"
                   "status, user, reason. Ctrl+C, SIGTERM or SIGHUP stops it.\n"
                   "\n"
                   "With --proxy it is also the forward proxy in front of itself: try\n"
                   "  curl -x http://127.0.0.1:PORT --proxy-user bob:builder -u bob:builder "
                   "http://127.0.0.1:PORT/staff\n"
                   "\n"
                   "With --har FILE it keeps every exchange (the newest 10,000, at most 64 MiB of them) and\n"
                   "writes them to FILE as HAR 1.2 when it stops; Authorization values, cookie values,\n"
                   "access_token and password parameters show as <redacted> unless --har-secrets is given.\n"
                   "\n"
                   "Options:\n")
            << optionLines(options) << '\n'
            << Cli::tr("Exit codes: 0 ok; 1 the HAR file could not be written at exit; 2 bad arguments, bad\n"
                       "scenario or a --har FILE that cannot be written; 3 cannot listen (port in use).\n");
        out().flush();
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("serve"),
                          Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = p.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("serve"),
                          Cli::tr("--port must be a number from 0 to 65535, not '%1'").arg(p.value(portOpt)));
    const int threads = p.value(threadsOpt).toInt(&ok);
    if (!ok || threads < 1 || threads > 16)
        return usageError(
            QStringLiteral("serve"),
            Cli::tr("--threads must be a number from 1 to 16, not '%1'").arg(p.value(threadsOpt)));
    QHostAddress host;
    const QString hostText = p.value(hostOpt);
    if (hostText == QLatin1String("localhost"))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (!host.setAddress(hostText))
        return usageError(QStringLiteral("serve"),
                          Cli::tr("--host must be an IP address, not '%1'").arg(hostText));

    std::optional<Scenario> scenario = scenarioFrom(p, scenarioOpt, behaviourOpt, QStringLiteral("serve"));
    if (!scenario)
        return ExitUsage;
    if (p.isSet(proxyOpt))
        scenario->proxy = true; // the scenario file may turn it on too; the option only adds it

    if (p.isSet(harSecretsOpt) && !p.isSet(harOpt))
        return usageError(QStringLiteral("serve"), Cli::tr("--har-secrets needs --har FILE"));
    std::optional<HarRecorder> har;
    if (p.isSet(harOpt)) {
        har.emplace();
        har->path = p.value(harOpt);
        har->redact = !p.isSet(harSecretsOpt);
        if (const QString problem = har->checkWritable(); !problem.isEmpty())
            return usageError(QStringLiteral("serve"),
                              Cli::tr("cannot write the HAR file %1: %2").arg(har->path, problem));
    }

    const bool quiet = p.isSet(quietOpt);
    // Before the URL is printed (a script starts sending, and may stop serve, once it reads it):
    // a signal that comes before exec() waits in the watcher's socket and ends exec() at once.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp,
                     [](int) { QCoreApplication::quit(); });
    HttpServer server;
    server.setIoThreads(threads);
    server.setRecordLevel(har ? RecordLevel::Full : quiet ? RecordLevel::Off : RecordLevel::Summary);
    server.setScenario(makeSnapshot(*scenario));
    if (!server.listen(host, quint16(port))) {
        err() << Cli::tr("authlab serve: cannot listen on %1 port %2: %3")
                     .arg(hostText)
                     .arg(port)
                     .arg(server.errorString())
              << '\n';
        if (port != 0)
            err() << Cli::tr("Another program may be using port %1; choose another with --port, or --port 0 "
                             "for any free port.")
                         .arg(port)
                  << '\n';
        err().flush();
        return ExitCannotListen;
    }
    if (lan::isExposed(host)) {
        // The same warning the window asks with, and the addresses attendees can type.
        err() << Cli::tr("Warning: listening on %1, reachable from other machines.").arg(hostText) << ' '
              << lan::Texts::warning() << '\n'
              << lan::Texts::addressList(lan::attendeeUrls(lan::systemInterfaces(), host, server.port()))
              << '\n';
        err().flush();
    }
    out() << Cli::tr("AuthLab serving \"%1\" on %2").arg(scenario->name, server.url().toString()) << '\n';
    if (scenario->behaviour != Behaviour::Rfc9110)
        out() << Cli::tr("Server behaviour: %1 — %2")
                     .arg(behaviourId(scenario->behaviour), behaviourTitle(scenario->behaviour))
              << '\n';
    if (scenario->proxy)
        err() << Cli::tr("Also a forward proxy for %1 (curl -x %1): Proxy-Authorization: Basic with the "
                         "scenario's users, realm \"%2\"; any other target gets 403.")
                     .arg(server.url().toString(QUrl::RemovePath), QLatin1String(auth::kProxyRealm))
              << '\n';
    out().flush();
    err() << Cli::tr("Press Ctrl+C to stop.") << '\n';
    err().flush();

    auto take = [&server, &har, quiet] {
        for (const Exchange &e : server.takeExchanges()) {
            if (!quiet)
                out() << exchangeLogLine(e) << '\n';
            if (har)
                har->add(e);
        }
        out().flush();
    };
    QObject::connect(&server, &HttpServer::exchangesReady, &server, take);
    QCoreApplication::exec();

    // Closed first: the exchanges that finish while the I/O threads stop are taken too.
    const QUrl url = server.url();
    server.close();
    take();
    const ServerStats st = server.stats();
    if (har) {
        QString error;
        if (!har->write(url, st.exchangesUnrecorded + st.exchangesDropped, &error)) {
            err() << Cli::tr("authlab serve: the HAR file was not written: %1").arg(error) << '\n';
            err().flush();
            return kExitHarNotWritten;
        }
        err() << Cli::tr("authlab serve: wrote %n exchange(s) to %1.", nullptr,
                         int(har->keeper.kept().size()))
                     .arg(har->path)
              << '\n';
    }
    err() << Cli::tr("authlab serve: stopped. Requests served: %1.").arg(st.requests) << '\n';
    err().flush();
    return ExitOk;
}

// authlab matrix: the default matrix of the scenario from real requests through an embedded
// server on a free loopback port, printed as text, JSON or CSV.
int matrix(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), Cli::tr("Scenario file (JSON)."),
                                         Cli::tr("FILE"));
    const QCommandLineOption behaviourOpt = behaviourOption();
    const QCommandLineOption formatOpt(QStringLiteral("format"), Cli::tr("text (default), json or csv."),
                                       Cli::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")},
                                     Cli::tr("Show this help."));
    const QList<QCommandLineOption> options{scenarioOpt, behaviourOpt, formatOpt, helpOpt};
    p.addOptions(options);
    if (!p.parse(args))
        return usageError(QStringLiteral("matrix"), p.errorText());
    if (p.isSet(helpOpt)) {
        out() << Cli::tr(
                     "Usage: authlab matrix [--scenario FILE] [--behaviour NAME] [--format text|json|csv]\n"
                     "\n"
                     "Every identity (anonymous, each user, a wrong password, an unknown user, a malformed\n"
                     "header) against every resource, each cell the status of a real request to an\n"
                     "embedded server on a free loopback port.\n"
                     "\n"
                     "Options:\n")
              << optionLines(options) << '\n'
              << Cli::tr("Exit codes: 0 ok; 2 bad arguments or bad scenario; 3 cannot listen.\n");
        out().flush();
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("matrix"),
                          Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));
    const QString format = p.value(formatOpt);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(QStringLiteral("matrix"),
                          Cli::tr("--format must be text, json or csv, not '%1'").arg(format));
    const std::optional<Scenario> scenario =
        scenarioFrom(p, scenarioOpt, behaviourOpt, QStringLiteral("matrix"));
    if (!scenario)
        return ExitUsage;

    Matrix m;
    if (!m.start()) {
        err() << Cli::tr("authlab matrix: cannot listen on 127.0.0.1: %1").arg(m.errorString()) << '\n';
        err().flush();
        return ExitCannotListen;
    }
    QObject::connect(&m, &Matrix::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m.recompute(*scenario);
    if (m.isRunning())
        QCoreApplication::exec();
    out() << QString::fromUtf8(format == QLatin1String("json")  ? m.toJson()
                               : format == QLatin1String("csv") ? m.toCsv()
                                                                : m.toText());
    out().flush();
    return ExitOk;
}

// authlab check URL: probes a real server and reports what the RFCs say of its answers
// (session/check.h). Exit 0: no MUST or SHOULD violated; 1: violations (or the certificate
// refused); 2: bad arguments; 3: the server cannot be reached.
int check(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption userOpt(
        QStringLiteral("user"),
        Cli::tr("A user who may see the URL: NAME:PASSWORD (or NAME and --password)."),
        Cli::tr("NAME:PASSWORD"));
    const QCommandLineOption passwordOpt(QStringLiteral("password"), Cli::tr("The password of --user NAME."),
                                         Cli::tr("PASSWORD"));
    const QCommandLineOption otherOpt(
        QStringLiteral("other-user"),
        Cli::tr("A valid user with other rights: NAME:PASSWORD (or NAME and --other-password)."),
        Cli::tr("NAME:PASSWORD"));
    const QCommandLineOption otherPasswordOpt(
        QStringLiteral("other-password"), Cli::tr("The password of --other-user NAME."), Cli::tr("PASSWORD"));
    const QCommandLineOption tokenOpt(QStringLiteral("token"), Cli::tr("A valid Bearer token."),
                                      Cli::tr("TOKEN"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), Cli::tr("text (default) or json."),
                                       Cli::tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption insecureOpt(QStringLiteral("insecure"),
                                         Cli::tr("Go on despite TLS certificate errors (like curl -k)."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        Cli::tr("Time-out of each request in ms (default 5000)."),
                                        Cli::tr("MS"), QStringLiteral("5000"));
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")},
                                     Cli::tr("Show this help."));
    const QList<QCommandLineOption> options{userOpt,   passwordOpt, otherOpt,   otherPasswordOpt, tokenOpt,
                                            formatOpt, insecureOpt, timeoutOpt, helpOpt};
    p.addOptions(options);
    const QString cmd = QStringLiteral("check");
    if (!p.parse(args))
        return usageError(cmd, p.errorText());
    if (p.isSet(helpOpt)) {
        out()
            << Cli::tr(
                   "Usage: authlab check URL [--user NAME:PASSWORD] [--other-user NAME:PASSWORD] [--token "
                   "TOKEN]\n"
                   "                         [--format text|json] [--insecure] [--timeout MS]\n"
                   "\n"
                   "Probes a real server (http or https) the way the matrix probes AuthLab's own: without\n"
                   "credentials (as a browser and as an API client asking for JSON, GET and HEAD), with\n"
                   "malformed and wrong credentials, an unknown user, the good credentials and the other\n"
                   "user's for each scheme the server offers, and reports each finding with its severity,\n"
                   "the exchange and the RFC sentence. No credentials are needed; with them more is "
                   "checked.\n"
                   "\n"
                   "Options:\n")
            << optionLines(options) << '\n'
            << Cli::tr(
                   "Exit codes: 0 no MUST or SHOULD violated (advice only, or nothing); 1 a MUST or SHOULD\n"
                   "violated, or the TLS certificate refused; 2 bad arguments; 3 the server cannot be\n"
                   "reached (connection refused, no such host, time-out).\n");
        out().flush();
        return ExitOk;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usageError(cmd, Cli::tr("the URL to check is missing"));
    if (positional.size() > 1)
        return usageError(cmd, Cli::tr("unexpected argument '%1'").arg(positional.at(1)));
    const QString format = p.value(formatOpt);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(cmd, Cli::tr("--format must be text or json, not '%1'").arg(format));
    CheckOptions o;
    o.url = QUrl(positional.constFirst(), QUrl::StrictMode);
    // NAME:PASSWORD, or NAME with the password in its own option (BRIEF.md's --user U --password P).
    auto split = [&](const QCommandLineOption &opt, const QCommandLineOption &passwordOpt, QString &name,
                     QString &password) -> QString {
        if (!p.isSet(opt))
            return p.isSet(passwordOpt) ? Cli::tr("--%1 needs --%2")
                                              .arg(passwordOpt.names().constFirst(), opt.names().constFirst())
                                        : QString();
        const QString v = p.value(opt);
        const qsizetype colon = v.indexOf(QLatin1Char(':'));
        if (colon == 0 || v.isEmpty())
            return Cli::tr("--%1 must name a user").arg(opt.names().constFirst());
        if (colon > 0 && p.isSet(passwordOpt))
            return Cli::tr("--%1 NAME:PASSWORD and --%2 both give a password")
                .arg(opt.names().constFirst(), passwordOpt.names().constFirst());
        if (colon < 0 && !p.isSet(passwordOpt))
            return Cli::tr("--%1 must be NAME:PASSWORD (or NAME with --%2)")
                .arg(opt.names().constFirst(), passwordOpt.names().constFirst());
        name = colon > 0 ? v.left(colon) : v;
        password = colon > 0 ? v.mid(colon + 1) : p.value(passwordOpt);
        return {};
    };
    if (const QString problem = split(userOpt, passwordOpt, o.user, o.password); !problem.isEmpty())
        return usageError(cmd, problem);
    if (const QString problem = split(otherOpt, otherPasswordOpt, o.otherUser, o.otherPassword);
        !problem.isEmpty())
        return usageError(cmd, problem);
    if (p.isSet(otherOpt) && !p.isSet(userOpt))
        return usageError(cmd, Cli::tr("--other-user needs --user"));
    o.token = p.value(tokenOpt);
    if (p.isSet(tokenOpt) && o.token.isEmpty())
        return usageError(cmd, Cli::tr("--token must not be empty"));
    o.insecure = p.isSet(insecureOpt);
    bool ok = false;
    o.timeoutMs = p.value(timeoutOpt).toInt(&ok);
    if (!ok)
        return usageError(
            cmd, Cli::tr("--timeout must be a number of milliseconds, not '%1'").arg(p.value(timeoutOpt)));
    if (const QString problem = Checker::validate(o); !problem.isEmpty())
        return usageError(cmd, problem);

    Checker checker;
    QObject::connect(&checker, &Checker::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    checker.start(o);
    if (checker.isRunning())
        QCoreApplication::exec();
    const CheckReport &r = checker.report();
    const bool json = format == QLatin1String("json");
    const bool unreachable = r.outcome == CheckReport::Outcome::Unreachable;
    // Unreachable: the reason goes to stderr (below); a program reading JSON still gets its report.
    if (json || !unreachable)
        out() << QString::fromUtf8(json ? Checker::toJson(r) : Checker::toText(r));
    out().flush();
    if (unreachable) {
        err() << Cli::tr("authlab check: cannot reach %1: %2")
                     .arg(o.url.toString(QUrl::RemoveUserInfo), r.error)
              << '\n';
        err().flush();
        return ExitCannotReach;
    }
    return r.violates() ? ExitViolations : ExitOk;
}

} // namespace

QString versionText()
{
    return QStringLiteral("authlab ") + QLatin1String(AUTHLAB_VERSION);
}

QString helpText()
{
    // Only the languages whose catalogue exists (English is the source language).
    return Cli::
        tr("Usage:\n"
           "  authlab [FILE.json | --scenario FILE] [--lang %1] [--port N]\n"
           "                                                  start the GUI (with that scenario file)\n"
           "  authlab serve [--scenario FILE] [--host ADDR] [--port N] [--threads N] [--behaviour NAME] "
           "[--proxy] [--quiet]\n"
           "                                                  headless mock server, one log line per "
           "exchange\n"
           "  authlab serve --help                            the server's options\n"
           "  authlab matrix [--scenario FILE] [--behaviour NAME] [--format text|json|csv]\n"
           "                                                  every identity against every resource\n"
           "  authlab check URL [--user U:P] [--other-user U:P] [--token T] [--format text|json] "
           "[--insecure] [--timeout MS]\n"
           "                                                  check a real server's authentication against "
           "the RFCs\n"
           "  authlab --help | --version\n"
           "\n"
           "serve listens on 127.0.0.1:8080 unless told otherwise (--port 0: any free port); it prints\n"
           "its URL, then one line per exchange: time, client, method, target, status, user, reason.\n"
           "Ctrl+C or SIGTERM stops it.\n"
           "\n"
           "Exit codes: 0 ok; 1 check found MUST or SHOULD violations; 2 bad arguments or bad scenario; 3 "
           "cannot listen (port in use), or check cannot reach the server.\n")
            .arg(uiLanguages().join(QLatin1Char('|')));
}

bool isCliInvocation(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString &first = args.at(1);
    static const QStringList cli = {QStringLiteral("serve"), QStringLiteral("matrix"),
                                    QStringLiteral("check"), QStringLiteral("--help"),
                                    QStringLiteral("-h"),    QStringLiteral("--version"),
                                    QStringLiteral("-v")};
    if (cli.contains(first))
        return true;
    // `authlab FILE.json`: the window opens the file.
    if (first.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return false;
    // A word that is not an option is a subcommand; unknown ones are reported headlessly.
    return !first.startsWith(QLatin1Char('-'));
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authlab"));
    QCoreApplication::setApplicationVersion(QLatin1String(AUTHLAB_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString cmd = args.value(1);
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h")) {
        out() << helpText();
        out().flush();
        return ExitOk;
    }
    if (cmd == QLatin1String("--version") || cmd == QLatin1String("-v")) {
        out() << versionText() << '\n';
        out().flush();
        return ExitOk;
    }
    QStringList rest = args;
    rest.removeAt(1); // QCommandLineParser expects the program name first
    if (cmd == QLatin1String("serve"))
        return serve(rest);
    if (cmd == QLatin1String("matrix"))
        return matrix(rest);
    if (cmd == QLatin1String("check"))
        return check(rest);
    return usageError(QString(), Cli::tr("unknown command '%1'").arg(cmd));
}

} // namespace authlab::cli
