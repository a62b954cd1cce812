// The client's challenge/retry against servers of another make, started by the test: nginx
// (auth_basic, a {PLAIN} htpasswd) for Basic and Apache httpd 2.4 (mod_auth_digest, MD5, qop=auth)
// for Digest; the same rows run against the embedded server too. Each real server runs from a
// temporary prefix on a free loopback port, in the foreground, as a child of this test, and is
// stopped by its PID at the end. A missing binary skips its rows, naming the Debian package
// (tools/dev.sh deps installs them).
#include "client/clientengine.h"
#include "realserver.h"
#include "scenario/scenarioio.h"
#include "server/httpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <memory>

using namespace authlab;
using namespace realserver;

namespace {
const QByteArray kNginxRealm = "AuthLab on nginx";
const QByteArray kApacheRealm = "AuthLab on Apache";

QByteArray field(const QByteArray &raw, const QByteArray &name)
{
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n") + 2);
    const QByteArray key = "\r\n" + name + ": ";
    const qsizetype at = head.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    return head.mid(from, head.indexOf("\r\n", from) - from);
}
} // namespace

class TestRealServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void basic_data();
    void basic();
    void digest_data();
    void digest();
    void apacheTakesTheRememberedNonceWithTheNextCount();
    void apacheStaleNonceIsRetriedOnce();
    void cleanupTestCase();

private:
    void startNginx();
    void startApache();
    ClientExchange run(ClientEngine &engine, const RequestSpec &spec);
    RequestSpec spec(const QString &server, const QString &password, ClientScheme scheme, ClientFlow flow);

    Scenario m_scenario;
    HttpServer m_embedded;
    RealServer m_nginx;
    RealServer m_apache;
};

void TestRealServers::initTestCase()
{
    m_scenario = ScenarioIO::defaultScenario();
    m_embedded.setScenario(makeSnapshot(m_scenario));
    QVERIFY2(m_embedded.listen(QHostAddress::LocalHost, 0), qPrintable(m_embedded.errorString()));
    startNginx();
    if (QTest::currentTestFailed())
        return;
    startApache();
}

void TestRealServers::startNginx()
{
    RealServer &s = m_nginx;
    QString binary;
    prepareNginx(s, &binary);
    if (binary.isEmpty() || QTest::currentTestFailed())
        return;
    const QByteArray d = s.dir.path().toUtf8();
    QByteArray conf = nginxConfigHead(s);
    conf += "        location = /basic/staff {\n"
            "            auth_basic \"" +
            kNginxRealm +
            "\";\n"
            "            auth_basic_user_file " +
            d +
            "/htpasswd;\n"
            // try_files runs after the access phase (auth_basic), return before it.
            "            try_files /.none @ok;\n"
            "        }\n"
            "        location @ok { default_type text/plain; return 200 \"ok\\n\"; }\n"
            "    }\n"
            "}\n";
    runNginx(s, binary, conf);
}

void TestRealServers::startApache()
{
    RealServer &s = m_apache;
    QString binary;
    prepareApache(s, kApacheRealm, &binary);
    if (binary.isEmpty() || QTest::currentTestFailed())
        return;
    const QByteArray d = s.dir.path().toUtf8();
    QByteArray conf = apacheConfigHead(
        s, {"mpm_event", "authn_core", "authn_file", "authz_core", "authz_user", "auth_digest", "alias"});
    conf += "StartServers 1\nServerLimit 1\nThreadLimit 4\nThreadsPerChild 4\nMinSpareThreads 1\n"
            "MaxSpareThreads 4\nMaxRequestWorkers 4\n"
            "Alias /digest/staff \"" +
            d +
            "/htdocs/ok.txt\"\n"
            "Alias /digest-stale/staff \"" +
            d + "/htdocs/ok.txt\"\n";
    for (const QByteArray &location : {QByteArrayLiteral("/digest/"), QByteArrayLiteral("/digest-stale/")}) {
        conf += "<Location \"" + location +
                "\">\n"
                "    AuthType Digest\n"
                "    AuthName \"" +
                kApacheRealm +
                "\"\n"
                "    AuthDigestDomain \"" +
                location +
                "\"\n"
                "    AuthDigestProvider file\n"
                "    AuthUserFile \"" +
                d +
                "/htdigest\"\n"
                "    AuthDigestAlgorithm MD5\n"
                "    AuthDigestQop auth\n"
                "    Require valid-user\n";
        // A nonce older than a second is stale: the shortest lifetime Apache has.
        if (location == "/digest-stale/")
            conf += "    AuthDigestNonceLifetime 1\n";
        conf += "</Location>\n";
    }
    runApache(s, binary, conf);
}

void TestRealServers::cleanupTestCase()
{
    for (RealServer *s : {&m_nginx, &m_apache}) {
        if (s->process.state() == QProcess::NotRunning)
            continue;
        s->stop();
        QCOMPARE(s->process.state(), QProcess::NotRunning);
        QVERIFY2(s->process.exitStatus() == QProcess::NormalExit,
                 qPrintable(s->name + QStringLiteral(" crashed")));
    }
}

RequestSpec TestRealServers::spec(const QString &server, const QString &password, ClientScheme scheme,
                                  ClientFlow flow)
{
    RequestSpec s;
    s.identity =
        password.isNull() ? Identity::anonymous() : Identity::custom(QStringLiteral("bob"), password);
    s.scheme = scheme;
    s.flow = flow;
    const bool digest = scheme == ClientScheme::Digest;
    if (server == QLatin1String("embedded"))
        s.url = m_embedded.url().resolved(
            QUrl(digest ? QStringLiteral("/digest/staff") : QStringLiteral("/staff")));
    else if (server == QLatin1String("nginx"))
        s.url = m_nginx.url(QStringLiteral("/basic/staff"));
    else
        s.url = m_apache.url(QStringLiteral("/digest/staff"));
    return s;
}

ClientExchange TestRealServers::run(ClientEngine &engine, const RequestSpec &s)
{
    QSignalSpy spy(&engine, &ClientEngine::finished);
    engine.send(s, CredentialBuilder::build(m_scenario, s));
    if (!spy.wait(10000))
        return {};
    return spy.takeFirst().at(0).value<ClientExchange>();
}

// Basic: preemptive (like curl -u) and challenge-first (like a browser).
void TestRealServers::basic_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("flow");
    QTest::addColumn<QString>("password"); // null: no credentials
    QTest::addColumn<QList<int>>("statuses");
    const int pre = int(ClientFlow::Preemptive), first = int(ClientFlow::ChallengeFirst);
    for (const QString &server : {QStringLiteral("nginx"), QStringLiteral("embedded")}) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(server + QStringLiteral(": ") + QLatin1String(name)));
        };
        *row("preemptive, right password") << server << pre << QStringLiteral("builder") << QList<int>{200};
        *row("preemptive, wrong password") << server << pre << QStringLiteral("wrong") << QList<int>{401};
        *row("challenge-first, right password")
            << server << first << QStringLiteral("builder") << QList<int>{401, 200};
        *row("challenge-first, wrong password: one retry")
            << server << first << QStringLiteral("wrong") << QList<int>{401, 401};
        *row("challenge-first, no credentials") << server << first << QString() << QList<int>{401};
    }
}

void TestRealServers::basic()
{
    QFETCH(QString, server);
    QFETCH(int, flow);
    QFETCH(QString, password);
    QFETCH(QList<int>, statuses);
    if (server == QLatin1String("nginx") && !m_nginx.skip.isEmpty())
        QSKIP(qPrintable(m_nginx.skip));
    ClientEngine engine;
    const ClientExchange e = run(engine, spec(server, password, ClientScheme::Basic, ClientFlow(flow)));
    QList<int> got;
    for (const ClientLeg &l : e.legs)
        got.append(l.status);
    QCOMPARE(got, statuses);
    const QByteArray sent = "Basic " + QByteArray("bob:" + password.toUtf8()).toBase64();
    for (qsizetype i = 0; i < e.legs.size(); ++i) {
        const ClientLeg &leg = e.legs[i];
        const bool answers = !password.isNull() && (ClientFlow(flow) == ClientFlow::Preemptive || i > 0);
        QCOMPARE(field(leg.rawRequest, "Authorization"), answers ? sent : QByteArray());
        QVERIFY(leg.rawRequest.startsWith(QByteArray("GET " + leg.url.path().toUtf8() + " HTTP/1.1\r\n")));
        QVERIFY(leg.rawResponse.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(leg.status) + ' ')));
        if (leg.status == 401) {
            const QByteArray challenge = leg.responseHeader("WWW-Authenticate");
            QVERIFY2(challenge.startsWith("Basic realm=\""), challenge.constData());
            if (server == QLatin1String("nginx"))
                QCOMPARE(challenge, "Basic realm=\"" + kNginxRealm + '"');
        }
    }
    if (e.legs.size() > 1) {
        QCOMPARE(e.legs[1].why, ClientLeg::Why::ChallengeRetry);
        QVERIFY(e.legs[1].challengeChoice.contains(QStringLiteral("Basic")));
    }
}

// Digest: the client sends nothing before the server's nonce, then answers the challenge once.
void TestRealServers::digest_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("flow");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QList<int>>("statuses");
    const int pre = int(ClientFlow::Preemptive), first = int(ClientFlow::ChallengeFirst);
    for (const QString &server : {QStringLiteral("apache"), QStringLiteral("embedded")}) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(server + QStringLiteral(": ") + QLatin1String(name)));
        };
        *row("challenge-first, right password")
            << server << first << QStringLiteral("builder") << QList<int>{401, 200};
        *row("challenge-first, wrong password: one retry")
            << server << first << QStringLiteral("wrong") << QList<int>{401, 401};
        *row("challenge-first, no credentials") << server << first << QString() << QList<int>{401};
        // "Preemptive" Digest is curl --digest: no nonce yet, so it too waits for the challenge.
        *row("curl --digest way, right password")
            << server << pre << QStringLiteral("builder") << QList<int>{401, 200};
    }
}

void TestRealServers::digest()
{
    QFETCH(QString, server);
    QFETCH(int, flow);
    QFETCH(QString, password);
    QFETCH(QList<int>, statuses);
    const bool apache = server == QLatin1String("apache");
    if (apache && !m_apache.skip.isEmpty())
        QSKIP(qPrintable(m_apache.skip));
    ClientEngine engine;
    const ClientExchange e = run(engine, spec(server, password, ClientScheme::Digest, ClientFlow(flow)));
    QList<int> got;
    for (const ClientLeg &l : e.legs)
        got.append(l.status);
    QCOMPARE(got, statuses);
    QCOMPARE(field(e.legs[0].rawRequest, "Authorization"), QByteArray());
    const QByteArray challenge = e.legs[0].responseHeader("WWW-Authenticate");
    QVERIFY2(challenge.startsWith("Digest "), challenge.constData());
    if (apache) {
        QVERIFY2(challenge.contains(QByteArray("realm=\"" + kApacheRealm + '"')), challenge.constData());
        QVERIFY2(challenge.contains("qop=\"auth\""), challenge.constData());
    }
    if (e.legs.size() < 2)
        return;
    const ClientLeg &answer = e.legs[1];
    QCOMPARE(answer.why, ClientLeg::Why::ChallengeRetry);
    QVERIFY(answer.digest);
    const ClientDigest &d = *answer.digest;
    // Apache offers MD5 only; the embedded server SHA-256 first, which the client prefers.
    QCOMPARE(d.breakdown.algorithm, apache ? digest::Algorithm::Md5 : digest::Algorithm::Sha256);
    QVERIFY2(challenge.contains(QByteArray("nonce=\"" + d.nonce + '"')),
             "the nonce answered is the one offered");
    const QByteArray authorization = field(answer.rawRequest, "Authorization");
    const QByteArray realm = apache ? kApacheRealm : d.realm;
    const QList<QByteArray> parts = {
        "Digest username=\"bob\", realm=\"" + realm + "\", uri=\"/digest/staff\"",
        "algorithm=" + QByteArray(apache ? "MD5" : "SHA-256"),
        "nonce=\"" + d.nonce + '"',
        QByteArrayLiteral("nc=00000001"),
        "cnonce=\"" + d.cnonce + '"',
        QByteArrayLiteral("qop=auth"),
        "response=\"" + d.breakdown.response.output + '"',
    };
    for (const QByteArray &part : parts) {
        QVERIFY2(authorization.contains(part),
                 qPrintable(QString::fromUtf8(part + " not in " + authorization)));
    }
    QVERIFY(!authorization.contains(password.toUtf8()));
    if (answer.status != 200) {
        QCOMPARE(d.rspauth, ClientDigest::Rspauth::NotSent);
        return;
    }
    // Authentication-Info (RFC 7616 §3.5): whatever the server sends, the client judged it.
    const QByteArray info = answer.responseHeader("Authentication-Info");
    if (info.isEmpty()) {
        QCOMPARE(d.rspauth, ClientDigest::Rspauth::NotSent);
    } else {
        QVERIFY2(info.contains("rspauth="), info.constData());
        QCOMPARE(d.rspauth, ClientDigest::Rspauth::Valid);
    }
    if (apache)
        qInfo("Apache's Authentication-Info: %s", info.isEmpty() ? "(none)" : info.constData());
}

// The curl --digest way ("preemptive" Digest): the nonce Apache gave is reused for the next request
// with nc=00000002, no challenge round trip. (The browser-like flow always waits for a challenge.)
void TestRealServers::apacheTakesTheRememberedNonceWithTheNextCount()
{
    if (!m_apache.skip.isEmpty())
        QSKIP(qPrintable(m_apache.skip));
    ClientEngine engine;
    const RequestSpec s = spec(QStringLiteral("apache"), QStringLiteral("builder"), ClientScheme::Digest,
                               ClientFlow::Preemptive);
    const ClientExchange first = run(engine, s);
    QCOMPARE(first.legs.size(), 2);
    QCOMPARE(first.status(), 200);
    const ClientExchange again = run(engine, s);
    QCOMPARE(again.legs.size(), 1);
    QCOMPARE(again.status(), 200);
    QVERIFY(again.legs[0].digest);
    QCOMPARE(again.legs[0].digest->nonce, first.legs[1].digest->nonce);
    QVERIFY(field(again.legs[0].rawRequest, "Authorization").contains(", nc=00000002,"));
    QVERIFY(again.legs[0].digest->rspauth != ClientDigest::Rspauth::Invalid);
}

// AuthDigestNonceLifetime 1: once the remembered nonce is older than a second Apache answers 401
// with stale=true, and the client (curl --digest way, which reuses nonces) retries once with the new nonce
// without asking (RFC 7616 §3.3).
void TestRealServers::apacheStaleNonceIsRetriedOnce()
{
    if (!m_apache.skip.isEmpty())
        QSKIP(qPrintable(m_apache.skip));
    ClientEngine engine;
    RequestSpec s = spec(QStringLiteral("apache"), QStringLiteral("builder"), ClientScheme::Digest,
                         ClientFlow::Preemptive);
    s.url = m_apache.url(QStringLiteral("/digest-stale/staff"));
    QCOMPARE(run(engine, s).status(), 200);
    // Requests with the remembered nonce pass until it expires; wait for the one that meets it.
    ClientExchange e;
    // (QTRY re-evaluates its condition after the loop: the request goes out only until it is met.)
    bool met = false;
    const auto meetsExpiredNonce = [&] {
        if (!met) {
            e = run(engine, s);
            met = e.legs.size() != 1 || e.status() != 200;
        }
        return met;
    };
    QTRY_VERIFY_WITH_TIMEOUT(meetsExpiredNonce(), 10000);
    QList<int> got;
    for (const ClientLeg &l : e.legs)
        got.append(l.status);
    QCOMPARE(got, (QList<int>{401, 200}));
    QVERIFY(e.legs[0].digest); // the expired nonce, answered right
    const QByteArray challenge = e.legs[0].responseHeader("WWW-Authenticate");
    QVERIFY2(challenge.contains("stale=true"), challenge.constData());
    QCOMPARE(e.legs[1].why, ClientLeg::Why::StaleRetry);
    QVERIFY(e.legs[1].digest);
    QVERIFY(e.legs[1].digest->nonce != e.legs[0].digest->nonce);
    QVERIFY(field(e.legs[1].rawRequest, "Authorization").contains(", nc=00000001,"));
}

QTEST_GUILESS_MAIN(TestRealServers)
#include "tst_realservers.moc"
