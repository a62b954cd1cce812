// The binary as users and scripts run it: arguments, exit codes, `serve` over real sockets.
#include "auth/digest.h"
#include "auth/digestscheme.h"
#include "client/clientengine.h"
#include "client/curlcommand.h"
#include "client/legrecord.h"
#include "http/recorded.h"
#include "scenario/scenarioio.h"
#include "session/lan.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace authlab;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void serveHelp_data();
    void serveHelp();
    void languagesAreOnlyThoseWithACatalogue();
    void badArguments_data();
    void badArguments();
    void badScenarioNamesFileAndField();
    void unsafeScenarioPathExitsWith2_data();
    void unsafeScenarioPathExitsWith2();
    void portInUseExitsWith3();
    void noDisplaySaysHowToServe();
    void unreachableDisplaySaysHowToServe();
    void offscreenStartsDespiteABadDisplay();
    void reachableDisplayStartsTheGui();
    void serveAnswersTheBriefTable_data();
    void serveAnswersTheBriefTable();
    void serveAnswersTheDigestRow_data();
    void serveAnswersTheDigestRow();
    void curlSpeaksDigest_data();
    void curlSpeaksDigest();
    void curlSessionLogin();
    void curlBearerMethods_data();
    void curlBearerMethods();
    void curlThroughTheProxy_data();
    void curlThroughTheProxy();
    void wgetSpeaksDigest_data();
    void wgetSpeaksDigest();
    void serveLogsOneLinePerExchangeAndStopsCleanly();
    void serveOnTheNetworkWarnsAndListsAddresses();
    void curlMeetsBehaviours_data();
    void curlMeetsBehaviours();
    void scenarioFileWithAClientSetUpServes();
    void positionalFileOpensInTheWindow();
    // Handing over: serve --har, and "Copy as curl" run by the real curl.
    void serveWritesHarOnExit_data();
    void serveWritesHarOnExit();
    void serveRefusesAnUnwritableHar();
    void serveWritesHarWhenStopped_data();
    void serveWritesHarWhenStopped();
    void serveStopsCleanlyRightAfterItsUrl();
    void curlRoundTrip_data();
    void curlRoundTrip();
    void curlReplayOfDigestIsRefused();
    void cleanupTestCase();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    bool startServe(QProcess &p, const QStringList &extra = {});
    static QProcessEnvironment guiEnvironment(const QString &display); // no platform chosen, no Wayland
    static QByteArray get(quint16 port, const QByteArray &path, const QByteArray &authorization);
    // The real curl: its path (empty: not installed, the test skips), and a quiet run of it
    // (no proxy from the environment: only -x decides) giving its standard output.
    static QString curlPath() { return QStandardPaths::findExecutable(QStringLiteral("curl")); }
    static QByteArray curl(const QStringList &args);
    // -s -o /dev/null -w %{http_code} ARGS: the status code, as curl prints it.
    static QByteArray curlStatus(const QStringList &args);

    // serve --har FILE in `p` (quiet), its port in m_port; stop() sends SIGTERM and reads the file.
    bool startHarServe(QProcess &p, const QString &har, const QStringList &extra = {});
    static QJsonObject stopAndReadHar(QProcess &p, const QString &har);
    // A raw request to the port and the whole answer (the server closes: Connection: close).
    static QByteArray exchangeRaw(quint16 port, const QByteArray &request);

    QString m_binary;
    QProcess m_serve;
    quint16 m_port = 0;
    QProcess m_proxyServe; // `serve --proxy`
    quint16 m_proxyPort = 0;
};

void TestCli::initTestCase()
{
    m_binary = qEnvironmentVariable("AUTHLAB_BINARY");
    QVERIFY2(QFile::exists(m_binary), "AUTHLAB_BINARY must point at the built authlab");
    QVERIFY(startServe(m_proxyServe, {QStringLiteral("--proxy")}));
    m_proxyPort = m_port;
    QVERIFY(startServe(m_serve));
}

TestCli::Run TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_binary, args);
    Run r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool TestCli::startServe(QProcess &p, const QStringList &extra)
{
    p.start(m_binary,
            QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + extra);
    // The first line names the URL: wait for it rather than for time to pass.
    while (!p.canReadLine()) {
        if (!p.waitForReadyRead(10000))
            return false;
    }
    const QByteArray line = p.readLine();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/")).match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return false;
    m_port = quint16(m.captured(1).toUInt());
    return true;
}

QByteArray TestCli::get(quint16 port, const QByteArray &path, const QByteArray &authorization)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    QByteArray req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!authorization.isEmpty())
        req += "Authorization: " + authorization + "\r\n";
    s.write(req + "\r\n");
    QByteArray response;
    while (s.waitForReadyRead(5000))
        response += s.readAll();
    response += s.readAll();
    return response;
}

QByteArray TestCli::curl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(curlPath(), QStringList{QStringLiteral("-s")} + args);
    if (!p.waitForFinished(20000))
        return "(curl did not finish)";
    return p.readAllStandardOutput();
}

QByteArray TestCli::curlStatus(const QStringList &args)
{
    return curl(QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                            QStringLiteral("%{http_code}")} +
                args);
}

void TestCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("authlab serve"));
    QVERIFY(help.out.contains("Exit codes"));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("authlab 0."));
}

void TestCli::serveHelp_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestCli::serveHelp()
{
    QFETCH(QString, flag);
    const Run r = run({QStringLiteral("serve"), flag});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("authlab serve"), r.out.constData());
    for (const char *option : {"--scenario", "--host", "--port", "--threads", "--proxy", "--quiet"})
        QVERIFY2(r.out.contains(option), option);
    QVERIFY2(!r.out.contains("--lang"), "serve's usage, not the GUI's");
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCli::languagesAreOnlyThoseWithACatalogue()
{
    // English is the source language; German is the one catalogue there is.
    const Run help = run({QStringLiteral("--help")});
    QVERIFY2(help.out.contains("--lang en|de]"), help.out.constData());
    for (const char *lang : {"fr", "es"}) {
        const Run r = run({QStringLiteral("--lang"), QString::fromLatin1(lang)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QByteArray(QByteArray("'") + lang + "'")), r.err.constData());
        QVERIFY2(r.err.contains("en, de"), r.err.constData());
    }
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown serve option")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--bogus")} << QByteArray("bogus");
    QTest::newRow("port not a number")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("http")}
        << QByteArray("--port");
    QTest::newRow("port too large") << QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                                   QStringLiteral("70000")}
                                    << QByteArray("70000");
    QTest::newRow("host not an address")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--host"), QStringLiteral("my laptop")}
        << QByteArray("--host");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("unknown behaviour lists the known ones")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--behaviour"), QStringLiteral("never-402")}
        << QByteArray("'never-402'; the behaviours are: rfc9110, never-401, hide-all");
    QTest::newRow("matrix with an unknown format")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QByteArray("--format must be text, json or csv, not 'xml'");
    QTest::newRow("matrix with an unknown behaviour")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("--behaviour"), QStringLiteral("never-402")}
        << QByteArray("the behaviours are: rfc9110");
    QTest::newRow("unknown serve short option")
        << QStringList{QStringLiteral("serve"), QStringLiteral("-x")} << QByteArray("'x'");
    QTest::newRow("unknown GUI option") << QStringList{QStringLiteral("--bogus")} << QByteArray("bogus");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("klingon")} << QByteArray("klingon");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), r.err.constData());
}

void TestCli::badScenarioNamesFileAndField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "authlab-scenario", "version": 1, "groups": [{"name": "staff"}],
               "users": [{"name": "bob", "password": "builder", "groups": ["admins"]}]})");
    f.close();
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--scenario"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("users[0].groups[0]"), r.err.constData());
    QVERIFY2(r.err.contains("admins"), r.err.constData());

    const Run missing = run(
        {QStringLiteral("serve"), QStringLiteral("--scenario"), dir.filePath(QStringLiteral("nope.json"))});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("nope.json"));
}

// A --scenario that is not a regular file is refused at once (exit 2, file and reason named):
// a symlink to /dev/zero once grew to gigabytes and a FIFO hung for ever.
void TestCli::unsafeScenarioPathExitsWith2_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("symlink to /dev/zero") << QStringLiteral("zero") << QByteArray("character device");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QByteArray("FIFO");
    QTest::newRow("directory") << QStringLiteral("dir") << QByteArray("directory");
    QTest::newRow("16 MiB + 1 byte") << QStringLiteral("big") << QByteArray("16 MiB");
}

void TestCli::unsafeScenarioPathExitsWith2()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(kind + QStringLiteral(".json"));
    if (kind == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("dir")) {
        QVERIFY(QDir(dir.path()).mkdir(kind + QStringLiteral(".json")));
    } else {
        QFile f(path); // sparse: costs no disk
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(16 * 1024 * 1024 + 1));
    }
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--scenario"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + ": ")), r.err.constData());
    QVERIFY2(r.err.contains(mentions), r.err.constData());
}

void TestCli::portInUseExitsWith3()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(squatter.serverPort());
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), port});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(port.toUtf8()), r.err.constData());
}

void TestCli::noDisplaySaysHowToServe()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run r = run({}, env);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("authlab serve"), r.err.constData());
}

QProcessEnvironment TestCli::guiEnvironment(const QString &display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("DISPLAY"), display);
    return env;
}

void TestCli::unreachableDisplaySaysHowToServe()
{
    const Run r = run({}, guiEnvironment(QStringLiteral(":58")));
    QCOMPARE(r.code, 2); // not Qt's abort (134)
    QVERIFY2(r.err.contains("':58'"), r.err.constData());
    QVERIFY2(r.err.contains("authlab serve"), r.err.constData());
}

void TestCli::offscreenStartsDespiteABadDisplay()
{
    // An explicit platform is the user's choice: the display is not probed.
    QProcessEnvironment env = guiEnvironment(QStringLiteral(":58"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // --startup-time: quit at the first live answer, printing when it came.
    const Run r = run({QStringLiteral("--startup-time")}, env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.trimmed().toLongLong() > 1700000000000LL, r.out.constData());
}

void TestCli::reachableDisplayStartsTheGui()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        QSKIP("Xvfb is not installed");
    QProcess server;
    // A display of our own: neither a lock file nor a socket of an earlier X server (a crashed one
    // leaves its socket behind, and Xvfb's own choice only looks at lock files). Other test runs
    // (and other programs) on this machine may pick a number at the same moment: when Xvfb cannot
    // have the one chosen it exits, and the next is tried. -displayfd 1: Xvfb writes the number
    // to stdout when it is ready.
    QString why;
    for (int attempt = 0; attempt < 20; ++attempt) {
        int number = 200 + int(QRandomGenerator::global()->bounded(700));
        if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(number)) ||
            QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
            continue;
        server.start(xvfb, {QStringLiteral(":%1").arg(number), QStringLiteral("-displayfd"),
                            QStringLiteral("1"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                            QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x800x24")});
        QVERIFY(server.waitForStarted(10000));
        while (!server.canReadLine() && server.state() == QProcess::Running)
            server.waitForReadyRead(20000);
        if (server.canReadLine())
            break;
        server.waitForFinished(5000);
        why = QString::fromLocal8Bit(server.readAllStandardError());
    }
    QVERIFY2(server.canReadLine(), qPrintable(u"Xvfb did not say which display it took: "_s + why));
    const QString display = QLatin1Char(':') + QString::fromLatin1(server.readLine().trimmed());
    // Xvfb names its display before every client can connect on a loaded machine: wait until the
    // GUI starts (or say why it did not, after 30 s).
    // Not QTRY: it evaluates its expression again after a success, and a run is a whole start.
    Run r;
    QDeadlineTimer deadline(30000);
    while ((r = run({QStringLiteral("--startup-time")}, guiEnvironment(display))).code != 0 &&
           !deadline.hasExpired())
        QTest::qWait(100);
    QVERIFY2(r.code == 0, qPrintable(QString::fromLocal8Bit(r.err) + u"\nXvfb "_s +
                                     (server.state() == QProcess::Running ? u"runs"_s : u"has exited: "_s) +
                                     QString::fromLocal8Bit(server.readAllStandardError())));
    server.terminate();
    server.waitForFinished(10000);
    QVERIFY2(r.out.trimmed().toLongLong() > 1700000000000LL, r.out.constData());
}

void TestCli::serveAnswersTheBriefTable_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<int>>("statuses"); // alice, bob, carol, anonymous, wrong password

    QTest::newRow("/") << QByteArray("/") << QList<int>{200, 200, 200, 200, 200};
    QTest::newRow("/public") << QByteArray("/public") << QList<int>{200, 200, 200, 200, 200};
    QTest::newRow("/staff") << QByteArray("/staff") << QList<int>{200, 200, 403, 401, 401};
    QTest::newRow("/admin") << QByteArray("/admin") << QList<int>{200, 403, 403, 401, 401};
    QTest::newRow("/vault") << QByteArray("/vault") << QList<int>{200, 404, 404, 404, 404};
    QTest::newRow("/lan-only") << QByteArray("/lan-only") << QList<int>{403, 403, 403, 403, 403};
}

void TestCli::serveAnswersTheBriefTable()
{
    QFETCH(QByteArray, path);
    QFETCH(QList<int>, statuses);
    const QList<QByteArray> auth = {"Basic YWxpY2U6d29uZGVybGFuZA==", "Basic Ym9iOmJ1aWxkZXI=",
                                    "Basic Y2Fyb2w6c29uZ2JpcmQ=", QByteArray(), "Basic YWxpY2U6d3Jvbmc="};
    for (int i = 0; i < auth.size(); ++i) {
        const QByteArray response = get(m_port, path, auth[i]);
        const QByteArray expected = "HTTP/1.1 " + QByteArray::number(statuses[i]) + ' ';
        QVERIFY2(
            response.startsWith(expected),
            QByteArray(path + " column " + QByteArray::number(i) + ": " + response.left(40)).constData());
        if (statuses[i] == 401)
            QVERIFY(
                response.contains("\r\nWWW-Authenticate: Basic realm=\"AuthLab\", charset=\"UTF-8\"\r\n"));
    }
}

// BRIEF.md's /digest/staff row over a real socket: the test's client cannot send a fixed
// Authorization for Digest, so it takes the nonce of a 401 and computes the answer (RFC 7616).
void TestCli::serveAnswersTheDigestRow_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("alice") << QByteArray("alice") << QByteArray("wonderland") << 200;
    QTest::newRow("bob") << QByteArray("bob") << QByteArray("builder") << 200;
    QTest::newRow("carol") << QByteArray("carol") << QByteArray("songbird") << 403;
    QTest::newRow("anonymous") << QByteArray() << QByteArray() << 401;
    QTest::newRow("wrong password") << QByteArray("alice") << QByteArray("wrong") << 401;
}

void TestCli::serveAnswersTheDigestRow()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    QFETCH(int, status);
    const QByteArray challenge = get(m_port, "/digest/staff", {});
    QVERIFY2(challenge.startsWith("HTTP/1.1 401 "), challenge.left(40).constData());
    const QRegularExpressionMatch m =
        QRegularExpression(
            QStringLiteral("\r\nWWW-Authenticate: Digest [^\r]*algorithm=SHA-256[^\r]*nonce=\"([^\"]+)\""))
            .match(QString::fromLatin1(challenge));
    QVERIFY2(m.hasMatch(), challenge.constData());
    QByteArray response = challenge;
    if (!user.isEmpty()) {
        digest::Credentials c;
        c.algorithm = digest::Algorithm::Sha256;
        c.algorithmGiven = true;
        c.username = user;
        c.realm = "AuthLab";
        c.uri = "/digest/staff";
        c.nonce = m.captured(1).toLatin1();
        c.cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        c.opaque = digest::serverOpaque().toByteArray();
        c.opaqueGiven = true;
        c.qop = "auth";
        c.nc = "00000001";
        c.count = 1;
        c.response = digest::compute(c, "GET", user, password).response.output;
        response = get(m_port, "/digest/staff", digest::formatCredentials(c));
    }
    const QByteArray expected = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    QVERIFY2(response.startsWith(expected), response.left(300).constData());
    QCOMPARE(response.contains("\r\nAuthentication-Info: rspauth=\""), status == 200);
    QCOMPARE(response.count("\r\nWWW-Authenticate: Digest "), status == 401 ? 2 : 0);
}

// The real curl (RFC 7616 with SHA-256 and userhash=true, or --anyauth) against `authlab serve`.
void TestCli::curlSpeaksDigest_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("status");
    const QString digestFlag = QStringLiteral("--digest");
    QTest::newRow("bob") << QStringList{digestFlag, QStringLiteral("-u"), QStringLiteral("bob:builder")}
                         << QByteArray("200");
    QTest::newRow("bob, wrong password")
        << QStringList{digestFlag, QStringLiteral("-u"), QStringLiteral("bob:wrong")} << QByteArray("401");
    QTest::newRow("carol") << QStringList{digestFlag, QStringLiteral("-u"), QStringLiteral("carol:songbird")}
                           << QByteArray("403");
    const QString anyauth = QStringLiteral("--anyauth");
    QTest::newRow("alice, --anyauth")
        << QStringList{anyauth, QStringLiteral("-u"), QStringLiteral("alice:wonderland")}
        << QByteArray("200");
    QTest::newRow("bob, --anyauth") << QStringList{anyauth, QStringLiteral("-u"),
                                                   QStringLiteral("bob:builder")}
                                    << QByteArray("200");
    QTest::newRow("bob, wrong password, --anyauth")
        << QStringList{anyauth, QStringLiteral("-u"), QStringLiteral("bob:wrong")} << QByteArray("401");
    QTest::newRow("carol, --anyauth")
        << QStringList{anyauth, QStringLiteral("-u"), QStringLiteral("carol:songbird")} << QByteArray("403");
}

void TestCli::curlSpeaksDigest()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, status);
    if (curlPath().isEmpty())
        QSKIP("curl is not installed (apt-get install curl): the Digest interop test needs the real client");
    QCOMPARE(curlStatus(args + QStringList{QStringLiteral("http://127.0.0.1:%1/digest/staff").arg(m_port)}),
             status);
}

// The real curl sending a Bearer token by the methods of RFC 6750 §2, over the wire: the form
// body reaches the judge (§2.2), and two methods are a 400 invalid_request (§3.1).
void TestCli::curlBearerMethods_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("status");
    const QString header = QStringLiteral("-H");
    const QString form = QStringLiteral("-d"); // POST, application/x-www-form-urlencoded
    QTest::newRow("header") << QStringList{header, QStringLiteral("Authorization: Bearer bob-token")}
                            << QStringLiteral("/api/reports") << QByteArray("200");
    QTest::newRow("header + query") << QStringList{header, QStringLiteral("Authorization: Bearer bob-token")}
                                    << QStringLiteral("/api/reports?access_token=bob-token")
                                    << QByteArray("400");
    QTest::newRow("form body, scope missing") << QStringList{form, QStringLiteral("access_token=bob-token")}
                                              << QStringLiteral("/api/admin") << QByteArray("403");
    QTest::newRow("header + form body")
        << QStringList{header, QStringLiteral("Authorization: Bearer bob-token"), form,
                       QStringLiteral("access_token=bob-token")}
        << QStringLiteral("/api/reports") << QByteArray("400");
    QTest::newRow("query alone") << QStringList() << QStringLiteral("/api/reports?access_token=bob-token")
                                 << QByteArray("401");
}

void TestCli::curlBearerMethods()
{
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    QFETCH(QByteArray, status);
    if (curlPath().isEmpty())
        QSKIP("curl is not installed (apt-get install curl): the Bearer interop test needs the real client");
    QCOMPARE(curlStatus(args + QStringList{QStringLiteral("http://127.0.0.1:%1").arg(m_port) + path}),
             status);
}

// The real curl with a cookie jar: log in with the form, then /app/ with the jar's cookie.
void TestCli::curlSessionLogin()
{
    if (curlPath().isEmpty())
        QSKIP("curl is not installed (apt-get install curl): the cookie-login interop test needs the real "
              "client");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString jar = dir.filePath(QStringLiteral("jar"));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    QCOMPARE(curlStatus({QStringLiteral("-c"), jar, QStringLiteral("-d"),
                         QStringLiteral("username=bob&password=builder&next=/app/"),
                         base + QStringLiteral("/login")}),
             QByteArray("303"));
    QCOMPARE(curlStatus({QStringLiteral("-b"), jar, base + QStringLiteral("/app/")}), QByteArray("200"));
    QCOMPARE(curlStatus({base + QStringLiteral("/app/")}), QByteArray("401"));
}

// The real curl through `serve --proxy` (RFC 9110 §11.7): Proxy-Authorization for the proxy,
// Authorization for the origin, and nothing forwarded anywhere else.
void TestCli::curlThroughTheProxy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("url"); // %1: the server's port
    QTest::addColumn<QByteArray>("status");
    const QString proxyUser = QStringLiteral("--proxy-user");
    const QString user = QStringLiteral("-u");
    const QString staff = QStringLiteral("http://127.0.0.1:%1/staff");
    QTest::newRow("bob at the proxy and at the origin")
        << QStringList{proxyUser, QStringLiteral("bob:builder"), user, QStringLiteral("bob:builder")} << staff
        << QByteArray("200");
    QTest::newRow("without --proxy-user")
        << QStringList{user, QStringLiteral("bob:builder")} << staff << QByteArray("407");
    QTest::newRow("wrong proxy password")
        << QStringList{proxyUser, QStringLiteral("bob:wrong"), user, QStringLiteral("bob:builder")} << staff
        << QByteArray("407");
    QTest::newRow("past the proxy, no -u")
        << QStringList{proxyUser, QStringLiteral("bob:builder")} << staff << QByteArray("401");
    QTest::newRow("carol at the origin")
        << QStringList{proxyUser, QStringLiteral("bob:builder"), user, QStringLiteral("carol:songbird")}
        << staff << QByteArray("403");
    QTest::newRow("another host: not an open proxy")
        << QStringList{proxyUser, QStringLiteral("bob:builder")} << QStringLiteral("http://example.invalid/")
        << QByteArray("403");
}

void TestCli::curlThroughTheProxy()
{
    QFETCH(QStringList, args);
    QFETCH(QString, url);
    QFETCH(QByteArray, status);
    if (curlPath().isEmpty())
        QSKIP("curl is not installed (apt-get install curl): the proxy interop test needs the real client");
    const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
    const QByteArray out =
        curl(QStringList{QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("-w"),
                         QStringLiteral("\n%{http_code}"), QStringLiteral("-x"), proxy} +
             args + QStringList{url.contains(QLatin1String("%1")) ? url.arg(m_proxyPort) : url});
    QCOMPARE(out.mid(out.lastIndexOf('\n') + 1), status);
    if (url.contains(QLatin1String("example.invalid")))
        QVERIFY2(out.contains("AuthLab is not an open proxy") && out.contains("example.invalid"),
                 out.constData());
}

// wget 1.21 (MD5, the user's name) the same way; -S prints each response's status line.
void TestCli::wgetSpeaksDigest_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("bob") << QStringLiteral("bob") << QStringLiteral("builder") << QByteArray("200");
    QTest::newRow("bob, wrong password")
        << QStringLiteral("bob") << QStringLiteral("wrong") << QByteArray("401");
    QTest::newRow("carol") << QStringLiteral("carol") << QStringLiteral("songbird") << QByteArray("403");
    QTest::newRow("alice") << QStringLiteral("alice") << QStringLiteral("wonderland") << QByteArray("200");
}

void TestCli::wgetSpeaksDigest()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, status);
    const QString wget = QStandardPaths::findExecutable(QStringLiteral("wget"));
    if (wget.isEmpty())
        QSKIP("wget is not installed (apt-get install wget, or tools/dev.sh): the Digest interop test needs "
              "it");
    QProcess p;
    p.start(wget, {QStringLiteral("-S"), QStringLiteral("-O"), QStringLiteral("/dev/null"),
                   QStringLiteral("--user=") + user, QStringLiteral("--password=") + password,
                   QStringLiteral("http://127.0.0.1:%1/digest/staff").arg(m_port)});
    QVERIFY(p.waitForFinished(20000));
    const QByteArray log = p.readAllStandardError();
    const QList<QByteArray> lines = log.split('\n');
    QByteArray last;
    for (const QByteArray &l : lines) {
        if (l.trimmed().startsWith("HTTP/1.1 "))
            last = l.trimmed().mid(9, 3);
    }
    QVERIFY2(last == status, log.constData());
}

// What each behaviour's explanation says curl does, with the real curl: the same command against
// `serve --behaviour NAME` and against the correct server. %1 in an argument is the server's URL.
void TestCli::curlMeetsBehaviours_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("answer");  // what curl prints under the behaviour
    QTest::addColumn<QByteArray>("correct"); // and under rfc9110

    const QString code = QStringLiteral("%{http_code}");
    auto row = [&](const char *name, const char *behaviour, QStringList args, const char *answer,
                   const char *correct, const QString &format = {}) {
        args.prepend(format.isEmpty() ? code : format);
        args.prepend(QStringLiteral("-w"));
        QTest::newRow(name) << QString::fromLatin1(behaviour) << args << QByteArray(answer)
                            << QByteArray(correct);
    };
    const QString anyauth = QStringLiteral("--anyauth");
    const QString u = QStringLiteral("-u");
    const QString bob = QStringLiteral("bob:builder");
    const QString staff = QStringLiteral("%1/staff");
    row("never-401: curl --anyauth never sends credentials", "never-401", {anyauth, u, bob, staff}, "403",
        "200");
    row("never-401: curl -u sends them unasked", "never-401", {u, bob, staff}, "200", "200");
    row("hide-all: curl --anyauth sees 404", "hide-all", {anyauth, u, bob, staff}, "404", "200");
    row("hide-all: curl -u gets in", "hide-all", {u, bob, staff}, "200", "200");
    row("401-without-challenge: --anyauth gives up", "401-without-challenge", {anyauth, u, bob, staff}, "401",
        "200");
    row("401-without-challenge: --digest gives up", "401-without-challenge",
        {QStringLiteral("--digest"), u, bob, QStringLiteral("%1/digest/staff")}, "401", "200");
    row("403-for-anonymous: --anyauth stops at 403", "403-for-anonymous", {anyauth, u, bob, staff}, "403",
        "200");
    row("401-for-forbidden: carol reads it as a wrong password", "401-for-forbidden",
        {u, QStringLiteral("carol:songbird"), staff}, "401", "403");
    row("login-redirect-for-api: curl -L ends on the HTML form", "login-redirect-for-api",
        {QStringLiteral("-L"), QStringLiteral("-H"), QStringLiteral("Accept: application/json"),
         QStringLiteral("%1/app/")},
        "200 1 text/html; charset=utf-8", "401 0 application/problem+json",
        QStringLiteral("%{http_code} %{num_redirects} %{content_type}"));
    row("soft-401: 200 for nobody", "soft-401", {staff}, "200", "401");
    row("leaky-hide: lengths differ", "leaky-hide",
        {QStringLiteral("%1/vault"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
         QStringLiteral("%1/nope")},
        "404:159 404:186 ", "404:186 404:186 ", QStringLiteral("%{http_code}:%{size_download} "));
    row("odd-challenge-syntax: curl --anyauth copes", "odd-challenge-syntax", {anyauth, u, bob, staff}, "200",
        "200");
    row("odd-challenge-syntax: curl --digest copes", "odd-challenge-syntax",
        {QStringLiteral("--digest"), u, bob, QStringLiteral("%1/digest/staff")}, "200", "200");
    row("trusts-x-forwarded-for: the field opens /lan-only", "trusts-x-forwarded-for",
        {u, QStringLiteral("alice:wonderland"), QStringLiteral("-H"),
         QStringLiteral("X-Forwarded-For: 10.1.2.3"), QStringLiteral("%1/lan-only")},
        "200", "403");
}

void TestCli::curlMeetsBehaviours()
{
    QFETCH(QString, behaviour);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, correct);
    if (curlPath().isEmpty())
        QSKIP(
            "curl is not installed (apt-get install curl): the behaviour interop test needs the real client");
    const quint16 shared = m_port;
    QProcess server;
    QVERIFY(startServe(server, {QStringLiteral("--quiet"), QStringLiteral("--behaviour"), behaviour}));
    const quint16 port = m_port;
    QProcess correctServer; // its own: the shared one may have been stopped by an earlier test
    QVERIFY(startServe(correctServer, {QStringLiteral("--quiet")}));
    const quint16 correctPort = m_port;
    m_port = shared;
    auto ask = [&](quint16 at) {
        QStringList a{QStringLiteral("-o"), QStringLiteral("/dev/null")};
        for (const QString &arg : args)
            a.append(
                QString(arg).replace(QLatin1String("%1"), QStringLiteral("http://127.0.0.1:%1").arg(at)));
        return curl(a);
    };
    QCOMPARE(ask(port), answer);
    QCOMPARE(ask(correctPort), correct);
    for (QProcess *p : {&server, &correctServer}) {
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
    }
}

void TestCli::serveLogsOneLinePerExchangeAndStopsCleanly()
{
    QProcess p;
    QVERIFY(startServe(p));
    const quint16 port = m_port;
    QVERIFY(get(port, "/admin", "Basic Ym9iOmJ1aWxkZXI=").startsWith("HTTP/1.1 403"));
    QVERIFY(get(port, "/staff", "Basic bWFsbG9yeTp4").startsWith("HTTP/1.1 401")); // mallory:x
    QByteArray log;
    while (log.count('\n') < 2 && p.waitForReadyRead(5000))
        log += p.readAllStandardOutput();
    const QList<QByteArray> lines = log.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} 127\\.0\\.0\\.1:\\d+ "
                                "GET /admin 403 bob not-in-group \\[RFC 9110 §11\\.4, §15\\.5\\.4\\]$"))
                 .match(QString::fromUtf8(lines[0]))
                 .hasMatch(),
             lines[0].constData());
    QVERIFY2(lines[1].contains(" GET /staff 401 mallory (not authenticated) user-unknown "),
             lines[1].constData());
    QVERIFY2(!log.contains("bWFsbG9yeTp4") && !log.contains("builder"), "no secrets in the log");

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardError().contains("stopped. Requests served: 2."));
}

// A file the GUI saved holds the client set-up ("client"): serve and matrix read the scenario
// and ignore the rest.
void TestCli::scenarioFileWithAClientSetUpServes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("with-client.json"));
    Scenario s = ScenarioIO::defaultScenario();
    s.users[1].groups.append(QStringLiteral("admins")); // bob may see /admin here
    const QJsonObject client{{QStringLiteral("url"), QStringLiteral("/admin")},
                             {QStringLiteral("identity"), QStringLiteral("user")},
                             {QStringLiteral("user"), QStringLiteral("bob")},
                             {QStringLiteral("watched"), QJsonArray{QStringLiteral("GET /staff")}}};
    QVERIFY(ScenarioIO::saveBytes(ScenarioIO::toJson(s, {}, client), path, nullptr));

    const Run matrix = run({QStringLiteral("matrix"), QStringLiteral("--scenario"), path});
    QVERIFY2(matrix.code == 0, matrix.err.constData());
    QVERIFY(matrix.out.contains("/admin"));

    const quint16 sharedPort = m_port;
    QProcess serve;
    QVERIFY(startServe(serve, {QStringLiteral("--scenario"), path}));
    const QByteArray answer = get(m_port, "/admin", "Basic " + QByteArray("bob:builder").toBase64());
    m_port = sharedPort;
    serve.terminate();
    serve.waitForFinished(10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
}

// `authlab FILE.json` is the window opening that file (not an unknown subcommand): a broken
// one is reported on stderr, with the file and the JSON path, and the window starts anyway.
void TestCli::positionalFileOpensInTheWindow()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QVERIFY(ScenarioIO::save(ScenarioIO::defaultScenario(), good, nullptr));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "authlab-scenario", "version": 1, "users": [{"name": "x", "password": "y", "groups": ["nope"]}]})");
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    Run r = run({good, QStringLiteral("--startup-time")}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.err.contains("good.json"), r.err.constData());
    r = run({broken, QStringLiteral("--startup-time")}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains(QByteArray(broken.toUtf8() + ": users[0].groups[0]")), r.err.constData());
    // Two files, or a file and --scenario, are one too many.
    r = run({good, broken}, env);
    QCOMPARE(r.code, 2);
}

// --- handing over: serve --har and "Copy as curl"

bool TestCli::startHarServe(QProcess &p, const QString &har, const QStringList &extra)
{
    return startServe(p, QStringList{QStringLiteral("--quiet"), QStringLiteral("--har"), har} + extra);
}

QJsonObject TestCli::stopAndReadHar(QProcess &p, const QString &har)
{
    ::kill(pid_t(p.processId()), SIGTERM);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "serve --har did not stop cleanly:" << p.readAllStandardError();
        return {};
    }
    QFile f(har);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray TestCli::exchangeRaw(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    QByteArray answer;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
        answer += s.readAll();
    return answer + s.readAll();
}

void TestCli::serveWritesHarOnExit_data()
{
    QTest::addColumn<bool>("secrets");
    QTest::newRow("redacted (default)") << false;
    QTest::newRow("--har-secrets") << true;
}

void TestCli::serveWritesHarOnExit()
{
    QFETCH(bool, secrets);
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("serve.har"));
    QProcess p;
    QVERIFY(startHarServe(p, har, secrets ? QStringList{QStringLiteral("--har-secrets")} : QStringList()));
    const quint16 port = m_port;
    QVERIFY(get(port, "/staff", "Basic Ym9iOmJ1aWxkZXI=").startsWith("HTTP/1.1 200"));
    QVERIFY(get(port, "/admin", "Basic Ym9iOmJ1aWxkZXI=").startsWith("HTTP/1.1 403"));
    QVERIFY(get(port, "/api/reports?access_token=alice-token", {}).startsWith("HTTP/1.1 "));
    QVERIFY(!QFile::exists(har)); // written on exit
    const QJsonObject doc = stopAndReadHar(p, har);
    const QJsonObject log = doc[QStringLiteral("log")].toObject();
    QCOMPARE(log[QStringLiteral("version")].toString(), QStringLiteral("1.2"));
    QCOMPARE(log[QStringLiteral("creator")][QStringLiteral("name")].toString(), QStringLiteral("AuthLab"));
    const QJsonArray entries = log[QStringLiteral("entries")].toArray();
    QCOMPARE(entries.size(), 3);
    QList<int> statuses;
    for (const QJsonValue &e : entries)
        statuses.append(e[QStringLiteral("response")][QStringLiteral("status")].toInt());
    QCOMPARE(statuses.mid(0, 2), (QList<int>{200, 403}));
    QCOMPARE(entries[1][QStringLiteral("_authlab")][QStringLiteral("rule")].toString(),
             QStringLiteral("not-in-group"));
    QCOMPARE(entries[0][QStringLiteral("request")][QStringLiteral("url")].toString(),
             QStringLiteral("http://127.0.0.1/staff")); // the Host field as sent
    const QByteArray text = QJsonDocument(doc).toJson();
    QCOMPARE(text.contains("Ym9iOmJ1aWxkZXI="), secrets);
    QCOMPARE(text.contains("alice-token"), secrets);
    QCOMPARE(text.contains("Basic <redacted>"), !secrets);
    QVERIFY(log[QStringLiteral("comment")].toString().contains(QLatin1String("3 exchange")));
    // The independent validator, when tst_har (or tools/dev.sh) installed it.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = QStringLiteral(AUTHLAB_SOURCE_DIR "/build/npm/node_modules");
    if (node.isEmpty() || !QFile::exists(modules + QStringLiteral("/har-validator/package.json")))
        QSKIP("node or har-validator missing (tools/dev.sh deps installs it): checked structurally only");
    QProcess v;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    v.setProcessEnvironment(env);
    v.start(node, {QStringLiteral(AUTHLAB_SOURCE_DIR "/tools/validate-har.js"), har});
    QVERIFY(v.waitForFinished(60000));
    QVERIFY2(v.exitCode() == 0, QByteArray(v.readAllStandardOutput() + v.readAllStandardError()).constData());
}

void TestCli::serveWritesHarWhenStopped_data()
{
    // However serve is stopped (Ctrl+C, a closed terminal, kill), and when nobody reads its log
    // any more (`authlab serve --har f | head -3`), the HAR is written.
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("closeStdout");
    QTest::newRow("SIGINT") << int(SIGINT) << false;
    QTest::newRow("SIGHUP") << int(SIGHUP) << false;
    QTest::newRow("stdout closed, then SIGTERM") << int(SIGTERM) << true;
}

void TestCli::serveWritesHarWhenStopped()
{
    QFETCH(int, signal);
    QFETCH(bool, closeStdout);
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("stopped.har"));
    QProcess p;
    QProcess head; // `| head -n 1`: reads the first line (the URL) and goes
    if (closeStdout) {
        p.setStandardOutputProcess(&head);
        head.start(QStringLiteral("head"), {QStringLiteral("-n"), QStringLiteral("1")});
        p.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--har"), har});
        QVERIFY(head.waitForFinished(10000));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"))
                                              .match(QString::fromUtf8(head.readAllStandardOutput()));
        QVERIFY(m.hasMatch());
        m_port = quint16(m.captured(1).toUInt());
    } else {
        QVERIFY(startServe(p, {QStringLiteral("--har"), har})); // not quiet: a log line per exchange
    }
    QVERIFY(get(m_port, "/staff", "Basic Ym9iOmJ1aWxkZXI=").startsWith("HTTP/1.1 200"));
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(10000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAllStandardError().constData());
    QFile f(har);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(f.readAll())[QStringLiteral("log")][QStringLiteral("entries")].toArray();
    QCOMPARE(entries.size(), 1);
}

void TestCli::serveStopsCleanlyRightAfterItsUrl()
{
    // A script may stop serve as soon as it has read the URL: the signal must not find it
    // without its handler (it would die and write no HAR). Several times, for the race.
    for (int i = 0; i < 5; ++i) {
        QTemporaryDir dir;
        const QString har = dir.filePath(QStringLiteral("early.har"));
        QProcess p;
        QVERIFY(startHarServe(p, har));
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(har));
    }
}

void TestCli::serveRefusesAnUnwritableHar()
{
    // Told at the start (exit 2), not after an hour of serving.
    const Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--har"), QStringLiteral("/nonexistent-folder/x.har")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot write the HAR file /nonexistent-folder/x.har"), r.err.constData());
    QVERIFY(!r.out.contains("AuthLab serving"));
    const Run secrets = run({QStringLiteral("serve"), QStringLiteral("--har-secrets")});
    QCOMPARE(secrets.code, 2);
    QVERIFY(secrets.err.contains("--har-secrets needs --har FILE"));
}

void TestCli::curlRoundTrip_data()
{
    // Either a raw request (sent as is; %PORT% is the server's port) or AuthLab's client with
    // a scheme and credential state; the status both the original and curl's copy get.
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: 127.0.0.1:%PORT%\r\n";
    QTest::newRow("Basic, bob") << QByteArray() << QStringLiteral("/staff") << QStringLiteral("bob")
                                << int(ClientScheme::Basic) << int(CredentialState::Correct) << 200;
    QTest::newRow("Basic, wrong password")
        << QByteArray() << QStringLiteral("/staff") << QStringLiteral("bob") << int(ClientScheme::Basic)
        << int(CredentialState::WrongPassword) << 401;
    QTest::newRow("Basic, forbidden") << QByteArray() << QStringLiteral("/admin") << QStringLiteral("bob")
                                      << int(ClientScheme::Basic) << int(CredentialState::Correct) << 403;
    QTest::newRow("Bearer") << QByteArray() << QStringLiteral("/api/reports") << QStringLiteral("alice")
                            << int(ClientScheme::Bearer) << int(CredentialState::Correct) << 200;
    QTest::newRow("anonymous, hidden") << QByteArray() << QStringLiteral("/vault") << QString()
                                       << int(ClientScheme::Basic) << int(CredentialState::None) << 404;
    QTest::newRow("HEAD") << QByteArray("HEAD /staff HTTP/1.1\r\n" + host +
                                        "Authorization: Basic Ym9iOmJ1aWxkZXI=\r\n")
                          << QString() << QString() << 0 << 0 << 200;
    QTest::newRow("POST form")
        << QByteArray("POST /login HTTP/1.1\r\n" + host +
                      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 44\r\n") +
               "\r\nusername=bob&password=builder&next=%2Fapp%2F"
        << QString() << QString() << 0 << 0 << 303;
    QTest::newRow("POST form, quote in the password")
        << QByteArray("POST /login HTTP/1.1\r\n" + host +
                      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 41\r\n") +
               "\r\nusername=bob&password=it's&next=%2Fapp%2F"
        << QString() << QString() << 0 << 0 << 200;
    QTest::newRow("single quotes in a field and the query")
        << QByteArray("GET /public?q='x' HTTP/1.1\r\n" + host +
                      "X-Note: it's 'quoted' $HOME\r\nAccept: */*\r\n")
        << QString() << QString() << 0 << 0 << 200;
    QTest::newRow("binary content")
        << QByteArray("PUT /public HTTP/1.1\r\n" + host +
                      "Content-Type: application/octet-stream\r\nContent-Length: 5\r\n") +
               "\r\n" + QByteArray("\x01\x00\xff'%", 5)
        << QString() << QString() << 0 << 0 << 405;
    // Review of the hand-over: a content starting with '@' is not a file name for curl; a GET
    // with content stays a GET; the proxy's request adds no Proxy-Connection; OPTIONS * reaches
    // the server as '*'.
    QTest::newRow("content starting with @")
        << QByteArray("PUT /public HTTP/1.1\r\n" + host +
                      "Content-Type: text/plain\r\nContent-Length: 14\r\n") +
               "\r\n@/etc/hostname"
        << QString() << QString() << 0 << 0 << 405;
    QTest::newRow("GET with content") << QByteArray("GET /public HTTP/1.1\r\n" + host +
                                                    "Content-Type: text/plain\r\nContent-Length: 5\r\n") +
                                             "\r\nhello"
                                      << QString() << QString() << 0 << 0 << 200;
    QTest::newRow("through the proxy") << QByteArray("GET http://127.0.0.1:%PORT%/public HTTP/1.1\r\n" +
                                                     host + "Proxy-Authorization: Basic Ym9iOmJ1aWxkZXI=\r\n")
                                       << QString() << QString() << 0 << 0 << 200;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\n" + host) << QString() << QString() << 0
                               << 0 << 200;
    QTest::newRow("Latin-1 byte in a field")
        << QByteArray("GET /staff HTTP/1.1\r\n" + host +
                      "Authorization: Basic em/rOmNyw6htZQ==\r\nX-Name: Zo\xeb\r\n")
        << QString() << QString() << 0 << 0 << 401;
}

void TestCli::curlRoundTrip()
{
    if (curlPath().isEmpty())
        QSKIP("curl is not installed (Debian: curl)");
    QFETCH(QByteArray, raw);
    QFETCH(QString, path);
    QFETCH(QString, user);
    QFETCH(int, scheme);
    QFETCH(int, state);
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("round.har"));
    QProcess serve;
    QVERIFY(startHarServe(serve, har, {QStringLiteral("--proxy")}));
    const quint16 port = m_port;
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(port);

    RecordedExchange original;
    if (raw.isEmpty()) {
        // AuthLab's own client: the leg as it recorded it (its exact bytes).
        const Scenario scenario = ScenarioIO::defaultScenario();
        RequestSpec s;
        s.url = QUrl(QString::fromLatin1(origin) + path);
        s.identity = user.isEmpty() ? Identity::anonymous() : Identity::scenarioUser(user);
        s.scheme = ClientScheme(scheme);
        s.credentials = CredentialState(state);
        ClientEngine engine;
        QSignalSpy done(&engine, &ClientEngine::finished);
        engine.send(s, CredentialBuilder::build(scenario, s));
        QVERIFY(done.wait(10000));
        const ClientExchange e = done.takeFirst().at(0).value<ClientExchange>();
        QCOMPARE(e.status(), status);
        original = recordedLeg(e, int(e.legs.size()) - 1);
    } else {
        // A request from anywhere: what the log's record of it gives.
        raw.replace("%PORT%", QByteArray::number(port));
        const qsizetype end = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") + 2 : raw.size();
        raw.insert(end, "X-Request-ID: copy-" + QByteArray(QTest::currentDataTag()).toHex().left(24) +
                            "\r\nConnection: close\r\n" + (raw.indexOf("\r\n\r\n") >= 0 ? "" : "\r\n"));
        const QByteArray answer = exchangeRaw(port, raw);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
                 answer.left(200).constData());
        Exchange record;
        record.rawRequest = raw;
        record.rawResponse = answer;
        original = fromServerRecord(record, QUrl(QString::fromLatin1(origin)));
    }
    const CurlCommand c = Curl::command(original);
    QVERIFY2(c.notes.isEmpty(), qPrintable(c.notes.join(QLatin1Char('\n'))));
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), c.command});
    QVERIFY(sh.waitForFinished(20000));
    const QByteArray out = sh.readAllStandardOutput();
    QVERIFY2(sh.exitCode() == 0, qPrintable(c.command + QString::fromLocal8Bit(sh.readAllStandardError())));
    QVERIFY2(out.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             qPrintable(c.command + QString::fromLatin1(out.left(200))));

    // The server's records (its HAR, with secrets): the copy carried the same request id and got
    // the same status by the same decisive rule, with the same method, target, fields and body.
    const QJsonObject doc = stopAndReadHar(serve, har);
    const QJsonArray entries = doc[QStringLiteral("log")][QStringLiteral("entries")].toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject a = entries[0].toObject(), b = entries[1].toObject();
    QCOMPARE(b[QStringLiteral("_authlab")][QStringLiteral("requestId")],
             a[QStringLiteral("_authlab")][QStringLiteral("requestId")]);
    QCOMPARE(b[QStringLiteral("_authlab")][QStringLiteral("rule")],
             a[QStringLiteral("_authlab")][QStringLiteral("rule")]);
    QCOMPARE(b[QStringLiteral("response")][QStringLiteral("status")].toInt(), status);
    for (const char *field : {"method", "url", "postData"})
        QCOMPARE(b[QStringLiteral("request")][QLatin1String(field)],
                 a[QStringLiteral("request")][QLatin1String(field)]);
    auto fields = [](const QJsonObject &entry) {
        QStringList out;
        for (const QJsonValue &h : entry[QStringLiteral("request")][QStringLiteral("headers")].toArray()) {
            if (h[QStringLiteral("name")].toString().compare(QLatin1String("Host"), Qt::CaseInsensitive) != 0)
                out.append(h[QStringLiteral("name")].toString() + QStringLiteral(": ") +
                           h[QStringLiteral("value")].toString());
        }
        return out;
    };
    QCOMPARE(fields(b), fields(a));
}

void TestCli::curlReplayOfDigestIsRefused()
{
    // A copied Digest request repeats its nonce and nc: the server counts nc, so the copy is a
    // replay and gets 401 — the right outcome — and the command says so in a comment line.
    if (curlPath().isEmpty())
        QSKIP("curl is not installed (Debian: curl)");
    QProcess serve;
    QVERIFY(startServe(serve, {QStringLiteral("--quiet")}));
    RequestSpec s;
    s.url = QUrl(QStringLiteral("http://127.0.0.1:%1/digest/staff").arg(m_port));
    s.identity = Identity::scenarioUser(QStringLiteral("bob"));
    s.scheme = ClientScheme::Digest;
    s.flow = ClientFlow::ChallengeFirst;
    ClientEngine engine;
    QSignalSpy done(&engine, &ClientEngine::finished);
    engine.send(s, CredentialBuilder::build(ScenarioIO::defaultScenario(), s));
    QVERIFY(done.wait(10000));
    const ClientExchange e = done.takeFirst().at(0).value<ClientExchange>();
    QCOMPARE(e.status(), 200);
    const CurlCommand c = Curl::command(recordedLeg(e, int(e.legs.size()) - 1));
    QCOMPARE(c.notes.size(), 1);
    QVERIFY(c.command.startsWith(QLatin1String("# Digest:")));
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), c.command});
    QVERIFY(sh.waitForFinished(20000));
    const QByteArray out = sh.readAllStandardOutput();
    QVERIFY2(out.startsWith("HTTP/1.1 401 "), out.left(300).constData());
    QVERIFY(out.contains("WWW-Authenticate: Digest"));
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

void TestCli::cleanupTestCase()
{
    for (QProcess *p : {&m_serve, &m_proxyServe}) {
        if (p->state() == QProcess::NotRunning)
            continue; // initTestCase failed before starting it
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
    }
}

// `serve --host 0.0.0.0`: the window's warning about the published fake credentials, and every
// address attendees can use (as the window lists them), before serving.
void TestCli::serveOnTheNetworkWarnsAndListsAddresses()
{
    QProcess p;
    p.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                       QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")});
    while (!p.canReadLine())
        QVERIFY(p.waitForReadyRead(10000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://0\\.0\\.0\\.0:(\\d+)/"))
                                          .match(QString::fromUtf8(p.readLine()));
    QVERIFY(m.hasMatch());
    const quint16 port = quint16(m.captured(1).toUInt());
    p.setReadChannel(QProcess::StandardError);
    QByteArray err = p.readAllStandardError();
    while (!err.contains("Press Ctrl+C")) {
        QVERIFY2(p.waitForReadyRead(10000), err.constData());
        err += p.readAllStandardError();
    }
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    const QString text = QString::fromUtf8(err);
    QVERIFY2(text.contains(lan::Texts::warning()), err.constData());
    const QStringList urls =
        lan::attendeeUrls(lan::systemInterfaces(), QHostAddress(QStringLiteral("0.0.0.0")), port);
    QVERIFY2(text.contains(lan::Texts::addressList(urls)), err.constData());
    for (const QString &u : urls)
        QVERIFY(!u.contains(QLatin1Char('[')) &&
                !u.contains(QStringLiteral("127.0.0.1"))); // IPv4, not loopback
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
