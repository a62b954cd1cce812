// `authlab check` against servers of another make, started by the test from the Debian packages
// (realserver.h): nginx's auth_basic and Apache httpd's mod_auth_basic and mod_auth_digest. Their
// correct configurations give no MUST or SHOULD finding (no false positives), and the broken ones
// are caught: nginx `return 401;` without auth_basic (no challenge), an nginx `if` that answers 403
// before authentication, Apache with a server-wide RewriteRule [F] for callers without Authorization
// (it runs before authentication) and with a hand-written challenge whose realm is not quoted. A missing
// binary skips its rows, naming the package.
#include "realserver.h"
#include "session/check.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace authlab;
using namespace realserver;

namespace {
const QByteArray kRealm = "AuthLab check";
} // namespace

class TestCheckRealServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void cleanupTestCase();

private:
    void startNginx();
    void startApache();

    RealServer m_nginx;
    RealServer m_apache;
};

void TestCheckRealServers::initTestCase()
{
    startNginx();
    if (QTest::currentTestFailed())
        return;
    startApache();
}

void TestCheckRealServers::startNginx()
{
    RealServer &s = m_nginx;
    QString binary;
    prepareNginx(s, &binary);
    if (binary.isEmpty() || QTest::currentTestFailed())
        return;
    const QByteArray d = s.dir.path().toUtf8();
    const QByteArray auth = "            auth_basic \"" + kRealm + "\";\n            auth_basic_user_file " +
                            d +
                            "/htpasswd;\n"
                            // try_files runs after the access phase (auth_basic), return before it.
                            "            try_files /.none @ok;\n";
    QByteArray conf = nginxConfigHead(s);
    // Correct: auth_basic.
    conf += "        location = /basic/staff {\n" + auth +
            "        }\n"
            // Broken: a 401 by hand, without auth_basic and so without a challenge.
            "        location = /broken/no-challenge { return 401; }\n"
            // Broken: an if that refuses callers without Authorization before auth_basic runs.
            "        location = /broken/forbidden-first {\n"
            "            if ($http_authorization = \"\") { return 403; }\n" +
            auth +
            "        }\n"
            "        location @ok { default_type text/plain; return 200 \"ok\\n\"; }\n"
            "    }\n}\n";
    runNginx(s, binary, conf);
}

void TestCheckRealServers::startApache()
{
    RealServer &s = m_apache;
    QString binary;
    prepareApache(s, kRealm, &binary);
    if (binary.isEmpty() || QTest::currentTestFailed())
        return;
    // {SHA} is SHA-1 in base64, which mod_authn_file accepts on every platform.
    const QByteArray sha = QCryptographicHash::hash("builder", QCryptographicHash::Sha1).toBase64();
    QVERIFY(writeFile(s.path(QStringLiteral("htpasswd")), "bob:{SHA}" + sha + '\n'));
    const QByteArray d = s.dir.path().toUtf8();
    QByteArray conf =
        apacheConfigHead(s, {"mpm_event", "authn_core", "authn_file", "authz_core", "authz_user",
                             "auth_basic", "auth_digest", "alias", "mime", "headers", "rewrite"});
    conf += "TypesConfig /etc/mime.types\n"
            "StartServers 1\nServerLimit 1\nThreadLimit 8\nThreadsPerChild 8\nMinSpareThreads 1\n"
            "MaxSpareThreads 8\nMaxRequestWorkers 8\n";
    for (const char *path : {"/basic/staff", "/digest/staff", "/broken/staff", "/broken-realm/staff"})
        conf += "Alias " + QByteArray(path) + " \"" + d + "/htdocs/ok.txt\"\n";
    const QByteArray basic = "    AuthType Basic\n    AuthName \"" + kRealm +
                             "\"\n    AuthBasicProvider file\n    AuthUserFile \"" + d +
                             "/htpasswd\"\n    Require valid-user\n";
    conf += "<Location \"/basic/\">\n" + basic + "</Location>\n";
    conf += "<Location \"/digest/\">\n    AuthType Digest\n    AuthName \"" + kRealm +
            "\"\n    AuthDigestDomain \"/digest/\"\n    AuthDigestProvider file\n    AuthUserFile \"" + d +
            "/htdigest\"\n    AuthDigestAlgorithm MD5\n    AuthDigestQop auth\n    Require "
            "valid-user\n</Location>\n";
    // Broken: a server-wide rewrite (it runs before authentication) that refuses callers without
    // Authorization with 403, the Apache twin of nginx's if.
    conf += "<Location \"/broken/\">\n" + basic +
            "</Location>\n"
            "RewriteEngine On\nRewriteCond %{HTTP:Authorization} ^$\nRewriteRule ^/broken/staff$ - [F]\n";
    // Broken: a hand-written challenge with the realm as a token.
    conf += "<Location \"/broken-realm/\">\n" + basic +
            "    Header always set WWW-Authenticate \"Basic realm=Restricted\"\n</Location>\n";
    runApache(s, binary, conf);
}

void TestCheckRealServers::cleanupTestCase()
{
    m_nginx.stop();
    m_apache.stop();
}

void TestCheckRealServers::check_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withUser");
    QTest::addColumn<bool>("violations");
    // Correct configurations: exactly these findings (advice), each explained here. Broken
    // ones: at least these.
    QTest::addColumn<QStringList>("findings");
    QTest::newRow("nginx auth_basic")
        << QStringLiteral("nginx") << QStringLiteral("/basic/staff") << true << false << QStringList{};
    QTest::newRow("nginx auth_basic, no credentials given")
        << QStringLiteral("nginx") << QStringLiteral("/basic/staff") << false << false << QStringList{};
    QTest::newRow("nginx return 401") << QStringLiteral("nginx") << QStringLiteral("/broken/no-challenge")
                                      << true << true << QStringList{QStringLiteral("401-without-challenge")};
    QTest::newRow("nginx if 403 before auth")
        << QStringLiteral("nginx") << QStringLiteral("/broken/forbidden-first") << true << true
        << QStringList{QStringLiteral("403-for-anonymous")};
    QTest::newRow("apache mod_auth_basic")
        << QStringLiteral("apache2") << QStringLiteral("/basic/staff") << true << false << QStringList{};
    QTest::newRow("apache mod_auth_digest")
        << QStringLiteral("apache2") << QStringLiteral("/digest/staff") << true << false << QStringList{};
    QTest::newRow("apache rewrite 403 before auth")
        << QStringLiteral("apache2") << QStringLiteral("/broken/staff") << true << true
        << QStringList{QStringLiteral("403-for-anonymous")};
    QTest::newRow("apache realm unquoted")
        << QStringLiteral("apache2") << QStringLiteral("/broken-realm/staff") << true << true
        << QStringList{QStringLiteral("realm-not-quoted")};
}

void TestCheckRealServers::check()
{
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(bool, withUser);
    QFETCH(bool, violations);
    QFETCH(QStringList, findings);
    RealServer &s = server == QLatin1String("nginx") ? m_nginx : m_apache;
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    CheckOptions o;
    o.url = s.url(path);
    if (withUser) {
        o.user = QStringLiteral("bob");
        o.password = QStringLiteral("builder");
    }
    Checker checker;
    QSignalSpy done(&checker, &Checker::finished);
    checker.start(o);
    QVERIFY(done.wait(20000));
    const CheckReport &r = checker.report();
    const QByteArray text = Checker::toText(r) + Checker::toJson(r);
    QCOMPARE(r.outcome, CheckReport::Outcome::Checked);
    QStringList found;
    for (const CheckFinding &f : r.findings)
        found.append(QLatin1String(findingInfo(f.finding).id));
    QVERIFY2(r.violates() == violations, text.constData());
    if (violations) {
        for (const QString &id : findings)
            QVERIFY2(found.contains(id), text.constData());
    } else {
        QVERIFY2(found == findings, text.constData());
    }
    // The good credentials were taken where the configuration is not broken for them.
    if (withUser && !violations) {
        bool goodOk = false;
        for (const CheckProbe &p : r.probes)
            goodOk |= p.kind == CheckProbe::Kind::Good && p.status() == 200;
        QVERIFY2(goodOk, text.constData());
    }
}

QTEST_GUILESS_MAIN(TestCheckRealServers)
#include "tst_checkrealservers.moc"
