// `authlab check URL` (session/check.h): against the embedded server under every behaviour
// (rfc9110 gives no MUST or SHOULD finding on any resource; each other behaviour is caught by a
// finding that names it), the analysis alone on made-up answers (what a loopback server cannot
// show: Basic over plain http, charset, duplicate parameters, ...), and the command's output and
// exit codes. Real servers (nginx, Apache httpd) are in tst_checkrealservers.
#include "scenario/scenarioio.h"
#include "server/httpserver.h"
#include "session/check.h"
#include "testcertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace authlab;

Q_DECLARE_METATYPE(authlab::CheckProbe)

namespace {

// What the check of one behaviour looks at and must find. A school (kind "school") may be
// legitimately finding-free at MUST/SHOULD level; its row says why in `note`.
struct BehaviourCase
{
    const char *behaviour;
    const char *path;
    const char *user;  // NAME:PASSWORD or nullptr
    const char *other; // NAME:PASSWORD or nullptr
    const char *token;
    QList<const char *> expected; // finding ids the check must report
    const char *note;
};

const QList<BehaviourCase> &behaviourCases()
{
    static const QList<BehaviourCase> cases = {
        {"rfc9110", "/staff", "alice:wonderland", "carol:songbird", nullptr, {}, "correct: nothing to find"},
        {"never-401",
         "/staff",
         "alice:wonderland",
         nullptr,
         nullptr,
         {"403-for-anonymous", "403-for-wrong-credentials"},
         "a school, but it breaks RFC 9110 §11.4's SHOULD: no 401 where credentials would help"},
        {"hide-all",
         "/staff",
         "alice:wonderland",
         nullptr,
         nullptr,
         {"404-instead-of-challenge"},
         "a school: hiding is a MAY (RFC 9110 §15.5.4), so it is found as advice only, not as a violation"},
        {"401-without-challenge", "/staff", nullptr, nullptr, nullptr, {"401-without-challenge"}, "bug"},
        {"403-for-anonymous", "/staff", "alice:wonderland", nullptr, nullptr, {"403-for-anonymous"}, "bug"},
        {"401-for-forbidden",
         "/admin",
         "alice:wonderland",
         "bob:builder",
         nullptr,
         {"401-for-forbidden"},
         "bug, found as advice: RFC 9110 §11.4 says \"ought to\", no BCP 14 keyword"},
        {"login-redirect-for-api",
         "/app/",
         nullptr,
         nullptr,
         "alice-token",
         {"login-redirect-for-json"},
         "bug, found as advice: cookie logins are outside RFC 9110 §11.4 (standards.md row 12)"},
        {"soft-401",
         "/staff",
         "alice:wonderland",
         nullptr,
         nullptr,
         {"soft-401"},
         "bug, found as advice: a login form is a cookie login, outside RFC 9110 §11.4"},
        {"leaky-hide",
         "/vault",
         nullptr,
         nullptr,
         nullptr,
         {"hiding-404-distinguishable"},
         "bug, found as advice: the hiding 404 is a MAY, its leak breaks no keyword"},
        {"odd-challenge-syntax", "/staff", nullptr, nullptr, nullptr, {"realm-not-quoted"}, "bug"},
        {"trusts-x-forwarded-for",
         "/lan-only",
         "alice:wonderland",
         nullptr,
         nullptr,
         {"trusts-x-forwarded-for"},
         "bug, found as advice: RFC 7239 §8.1 warns, it has no keyword"},
    };
    return cases;
}

CheckOptions optionsFor(const QUrl &url, const char *user, const char *other, const char *token)
{
    CheckOptions o;
    o.url = url;
    auto split = [](const char *v, QString &n, QString &p) {
        if (!v)
            return;
        const QString s = QString::fromUtf8(v);
        n = s.section(QLatin1Char(':'), 0, 0);
        p = s.section(QLatin1Char(':'), 1);
    };
    split(user, o.user, o.password);
    split(other, o.otherUser, o.otherPassword);
    if (token)
        o.token = QString::fromUtf8(token);
    o.timeoutMs = 5000;
    return o;
}

QStringList ids(const CheckReport &r, bool violationsOnly = false)
{
    QStringList out;
    for (const CheckFinding &f : r.findings) {
        if (!violationsOnly || f.severity() != Severity::Advice)
            out.append(QLatin1String(findingInfo(f.finding).id));
    }
    return out;
}

// A made-up finished probe: one leg with the given response.
CheckProbe madeUp(const char *name, CheckProbe::Kind kind, const QByteArray &method, int status,
                  const HeaderList &response, const HeaderList &request = {}, const QByteArray &body = {})
{
    CheckProbe p;
    p.name = QString::fromLatin1(name);
    p.kind = kind;
    p.done = true;
    p.spec.method = method;
    ClientLeg leg;
    leg.method = method;
    leg.requestHeaders = request; // leg.url: analysis() sets the URL checked
    leg.status = status;
    leg.reasonPhrase = "Reason";
    leg.responseHeaders = response;
    leg.responseBody = body;
    p.exchange.legs.append(leg);
    return p;
}

// A made-up leg of a probe with several (a redirect chain).
ClientLeg madeUpLeg(const char *url, int status, const HeaderList &response, const QByteArray &body = {})
{
    ClientLeg leg;
    leg.method = "GET";
    leg.url = QUrl(QString::fromLatin1(url));
    leg.status = status;
    leg.reasonPhrase = "Reason";
    leg.responseHeaders = response;
    leg.responseBody = body;
    return leg;
}

CheckProbe chain(const char *name, CheckProbe::Kind kind, const QList<ClientLeg> &legs, bool json = false)
{
    CheckProbe p;
    p.name = QString::fromLatin1(name);
    p.kind = kind;
    p.json = json;
    p.done = true;
    p.spec.method = "GET";
    p.exchange.legs = legs;
    return p;
}

// Findings that name a behaviour the correct server (rfc9110) does not have: it must never get
// them, advice included.
const char *const kNotRfc9110[] = {"trusts-x-forwarded-for",
                                   "hiding-404-distinguishable",
                                   "unknown-user-distinguishable",
                                   "login-redirect-for-json",
                                   "soft-401",
                                   "401-for-forbidden",
                                   "authenticated-shared-cacheable",
                                   "challenges-on-one-line",
                                   "407-from-origin",
                                   "no-response"};

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyBehaviourHasARow();
    void behaviours_data();
    void behaviours();
    void rfc9110HasNoViolations_data();
    void rfc9110HasNoViolations();
    void bearerRefusalWithoutChallenge_data();
    void bearerRefusalWithoutChallenge();
    void severitiesFollowTheRfcWords();
    void quotesAreWholeSentences_data();
    void quotesAreWholeSentences();
    void analysis_data();
    void analysis();
    void evidenceNamesTheExchange();
    void unreachableServer();
    void tlsCertificateStopsTheCheckUnlessInsecure();
    void validation_data();
    void validation();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliJson();

private:
    CheckReport run(const CheckOptions &options);
    void startServer(Behaviour behaviour);

    HttpServer m_server;
    QString m_binary;
};

void TestCheck::initTestCase()
{
    m_binary = qEnvironmentVariable("AUTHLAB_BINARY");
    QVERIFY2(m_server.listen(QHostAddress::LocalHost, 0), qPrintable(m_server.errorString()));
}

void TestCheck::startServer(Behaviour behaviour)
{
    Scenario s = ScenarioIO::defaultScenario();
    s.behaviour = behaviour;
    m_server.setScenario(makeSnapshot(s));
}

CheckReport TestCheck::run(const CheckOptions &options)
{
    Checker checker;
    QSignalSpy done(&checker, &Checker::finished);
    checker.start(options);
    if (!done.wait(20000))
        return {};
    return checker.report();
}

void TestCheck::everyBehaviourHasARow()
{
    QStringList covered;
    for (const BehaviourCase &c : behaviourCases())
        covered.append(QString::fromLatin1(c.behaviour));
    for (const QString &id : behaviourIds())
        QVERIFY2(covered.contains(id),
                 qPrintable(QStringLiteral("behaviour %1 has no row in behaviourCases()").arg(id)));
}

void TestCheck::behaviours_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < behaviourCases().size(); ++i)
        QTest::newRow(behaviourCases()[i].behaviour) << i;
}

void TestCheck::behaviours()
{
    QFETCH(int, row);
    const BehaviourCase &c = behaviourCases()[row];
    const std::optional<Behaviour> b = behaviourFromId(QString::fromLatin1(c.behaviour));
    QVERIFY(b);
    startServer(*b);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(QLatin1String(c.path)));
    const CheckReport r = run(optionsFor(url, c.user, c.other, c.token));
    QCOMPARE(r.outcome, CheckReport::Outcome::Checked);
    const QStringList found = ids(r);
    for (const char *e : c.expected) {
        const QString expected = QString::fromLatin1(e);
        QVERIFY2(found.contains(expected),
                 qPrintable(QStringLiteral("%1 (%2): %3 not among %4")
                                .arg(QLatin1String(c.behaviour), QString::fromUtf8(c.note), expected,
                                     found.join(QLatin1Char(' ')))));
    }
    if (QString::fromUtf8(c.note).contains(QLatin1String("found as advice"))) {
        for (const CheckFinding &f : r.findings) {
            for (const char *e : c.expected) {
                if (QLatin1String(findingInfo(f.finding).id) == QLatin1String(e))
                    QVERIFY2(f.severity() == Severity::Advice,
                             qPrintable(QStringLiteral("%1: %2 is not advice")
                                            .arg(QLatin1String(c.behaviour), QLatin1String(e))));
            }
        }
    }
    if (*b == Behaviour::Rfc9110)
        QVERIFY2(!r.violates(), Checker::toText(r).constData());
    if (QString::fromUtf8(c.note).startsWith(QLatin1String("bug")) &&
        !QString::fromUtf8(c.note).contains(QLatin1String("advice")))
        QVERIFY2(
            r.violates(),
            qPrintable(QStringLiteral("%1 is a bug but the check exits 0").arg(QLatin1String(c.behaviour))));
}

void TestCheck::rfc9110HasNoViolations_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("token");
    QTest::newRow("/staff alice carol") << QStringLiteral("/staff") << QStringLiteral("alice:wonderland")
                                        << QStringLiteral("carol:songbird") << QStringLiteral("");
    QTest::newRow("/staff anonymous only")
        << QStringLiteral("/staff") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("/admin alice bob") << QStringLiteral("/admin") << QStringLiteral("alice:wonderland")
                                      << QStringLiteral("bob:builder") << QStringLiteral("");
    QTest::newRow("/digest/staff bob carol")
        << QStringLiteral("/digest/staff") << QStringLiteral("bob:builder")
        << QStringLiteral("carol:songbird") << QStringLiteral("");
    QTest::newRow("/api/reports bob-token") << QStringLiteral("/api/reports") << QStringLiteral("")
                                            << QStringLiteral("") << QStringLiteral("bob-token");
    QTest::newRow("/api/admin bob-token") << QStringLiteral("/api/admin") << QStringLiteral("")
                                          << QStringLiteral("") << QStringLiteral("bob-token");
    QTest::newRow("/app/ alice-token") << QStringLiteral("/app/") << QStringLiteral("") << QStringLiteral("")
                                       << QStringLiteral("alice-token");
    QTest::newRow("/app/ anonymous only")
        << QStringLiteral("/app/") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("/vault alice bob") << QStringLiteral("/vault") << QStringLiteral("alice:wonderland")
                                      << QStringLiteral("bob:builder") << QStringLiteral("");
    QTest::newRow("/lan-only alice") << QStringLiteral("/lan-only") << QStringLiteral("alice:wonderland")
                                     << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("/public alice") << QStringLiteral("/public") << QStringLiteral("alice:wonderland")
                                   << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("/missing") << QStringLiteral("/missing") << QStringLiteral("") << QStringLiteral("")
                              << QStringLiteral("");
}

void TestCheck::rfc9110HasNoViolations()
{
    QFETCH(QString, path);
    QFETCH(QString, user);
    QFETCH(QString, other);
    QFETCH(QString, token);
    startServer(Behaviour::Rfc9110);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path));
    const QByteArray u = user.toUtf8(), o = other.toUtf8(), t = token.toUtf8();
    const CheckReport r =
        run(optionsFor(url, user.isEmpty() ? nullptr : u.constData(),
                       other.isEmpty() ? nullptr : o.constData(), token.isEmpty() ? nullptr : t.constData()));
    QCOMPARE(r.outcome, CheckReport::Outcome::Checked);
    QVERIFY2(r.probes.size() >= 8, "the check sent its probes");
    QVERIFY2(!r.violates(), Checker::toText(r).constData());
    // The credentials given are good ones: no "refused" advice either.
    QVERIFY2(!ids(r).contains(QStringLiteral("credentials-refused")), Checker::toText(r).constData());
    // Nor any advice that names a behaviour this server does not have.
    for (const char *id : kNotRfc9110)
        QVERIFY2(!ids(r).contains(QLatin1String(id)), Checker::toText(r).constData());
}

void TestCheck::bearerRefusalWithoutChallenge_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("found");
    QTest::newRow("403-for-anonymous /api/reports: MUST")
        << QStringLiteral("403-for-anonymous") << QStringLiteral("/api/reports") << true;
    QTest::newRow("rfc9110 /api/reports: none")
        << QStringLiteral("rfc9110") << QStringLiteral("/api/reports") << false;
    QTest::newRow("rfc9110 /api/admin (scope): none")
        << QStringLiteral("rfc9110") << QStringLiteral("/api/admin") << false;
}

// RFC 6750 §3: a request without a token (or with one that does not open the resource) MUST get
// a WWW-Authenticate; a 403 without one breaks it (standards.md rows 1 and 8).
void TestCheck::bearerRefusalWithoutChallenge()
{
    QFETCH(QString, behaviour);
    QFETCH(QString, path);
    QFETCH(bool, found);
    startServer(*behaviourFromId(behaviour));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path));
    const CheckReport r = run(optionsFor(url, nullptr, nullptr, "bob-token"));
    QCOMPARE(r.outcome, CheckReport::Outcome::Checked);
    QCOMPARE(ids(r).contains(QStringLiteral("403-without-bearer-challenge")), found);
    if (found) {
        QVERIFY2(r.count(Severity::Must) > 0, Checker::toText(r).constData());
        QCOMPARE(findingInfo(findingById(QStringLiteral("403-without-bearer-challenge"))).severity,
                 Severity::Must);
    }
}

// The severity is the keyword of the sentence quoted: MUST (or REQUIRED) for MUST, SHOULD for
// SHOULD; a sentence without a BCP 14 keyword ("ought to", "only allowed") gives advice.
void TestCheck::severitiesFollowTheRfcWords()
{
    static const QRegularExpression must(QStringLiteral(R"(\b(MUST|REQUIRED|SHALL)\b)"));
    static const QRegularExpression should(QStringLiteral(R"(\b(SHOULD|RECOMMENDED)\b)"));
    for (int i = 0; i < int(Finding::Count); ++i) {
        const FindingInfo &f = findingInfo(Finding(i));
        const QString sentence = QString::fromUtf8(f.rfcSentence);
        const QString what = QLatin1String(f.id) + QStringLiteral(": ") + sentence;
        if (f.severity == Severity::Must)
            QVERIFY2(must.match(sentence).hasMatch(), qPrintable(what));
        if (f.severity == Severity::Should)
            QVERIFY2(should.match(sentence).hasMatch(), qPrintable(what));
        if (!must.match(sentence).hasMatch() && !should.match(sentence).hasMatch())
            QVERIFY2(f.severity == Severity::Advice, qPrintable(what));
    }
}

void TestCheck::quotesAreWholeSentences_data()
{
    QTest::addColumn<int>("finding");
    for (int i = 0; i < int(Finding::Count); ++i)
        QTest::newRow(findingInfo(Finding(i)).id) << i;
}

// The quote is the RFC's words: whole sentences, no labels or grammar of ours inside the quotes.
void TestCheck::quotesAreWholeSentences()
{
    QFETCH(int, finding);
    const FindingInfo &f = findingInfo(Finding(finding));
    const QString s = QString::fromUtf8(f.rfcSentence);
    QVERIFY2(!s.isEmpty() && (s.front().isUpper() || s.front() == QLatin1Char('"')), qPrintable(s));
    QVERIFY2(s.endsWith(QLatin1Char('.')), qPrintable(s));
    static const QRegularExpression label(QStringLiteral(R"(\b[a-z]+_[a-z_]+:)"));
    QVERIFY2(!label.match(s).hasMatch(), qPrintable(s));
    QVERIFY2(!s.contains(QLatin1String(" = ")), qPrintable(s));
    if (Finding(finding) == Finding::BearerErrorStatus) // the whole insufficient_scope sentence
        QVERIFY2(
            s.contains(QLatin1String("SHOULD respond with the HTTP 403 (Forbidden) status code and MAY "
                                     "include the \"scope\" attribute with the scope necessary to access "
                                     "the protected resource.")),
            qPrintable(s));
}

void TestCheck::analysis_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<CheckProbe>>("probes");
    QTest::addColumn<QString>("expected"); // a finding id, or "" for none at all
    using K = CheckProbe::Kind;
    const HeaderList none;
    auto www = [](const char *v) { return HeaderList{{"WWW-Authenticate", v}}; };
    const HeaderList basicSent{{"Authorization", "Basic YTpi"}};
    const HeaderList bearerSent{{"Authorization", "Bearer t"}};
    QTest::newRow("correct Basic challenge")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                    www("Basic realm=\"r\", charset=\"UTF-8\""))}
        << QStringLiteral("");
    QTest::newRow("Basic over http, not loopback")
        << QStringLiteral("http://example.test/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401, www("Basic realm=\"r\""))}
        << QStringLiteral("basic-over-http");
    QTest::newRow("Basic over https")
        << QStringLiteral("https://example.test/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401, www("Basic realm=\"r\""))}
        << QStringLiteral("");
    QTest::newRow("401 without a challenge")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401, none)}
        << QStringLiteral("401-without-challenge");
    QTest::newRow("401 with Proxy-Authenticate")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                    {{"Proxy-Authenticate", "Basic realm=\"p\""}})}
        << QStringLiteral("401-without-challenge");
    QTest::newRow("realm as token") << QStringLiteral("http://127.0.0.1/x")
                                    << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                                                www("Basic realm=r"))}
                                    << QStringLiteral("realm-not-quoted");
    QTest::newRow("duplicate realm") << QStringLiteral("http://127.0.0.1/x")
                                     << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                                                 www("Basic realm=\"a\", REALM=\"b\""))}
                                     << QStringLiteral("duplicate-parameter");
    QTest::newRow("Basic without realm")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401, www("Basic charset=\"UTF-8\""))}
        << QStringLiteral("basic-without-realm");
    QTest::newRow("charset latin1") << QStringLiteral("http://127.0.0.1/x")
                                    << QList<CheckProbe>{madeUp(
                                           "anonymous", K::Anonymous, "GET", 401,
                                           www("Basic realm=\"r\", charset=\"ISO-8859-1\""))}
                                    << QStringLiteral("bad-charset");
    QTest::newRow("unparsable") << QStringLiteral("http://127.0.0.1/x")
                                << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                                            www("Basic realm=\"r\" ; x"))}
                                << QStringLiteral("challenge-syntax");
    QTest::newRow("two on a line") << QStringLiteral("http://127.0.0.1/x")
                                   << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                                               www("Basic realm=\"r\", Bearer realm=\"r\""))}
                                   << QStringLiteral("challenges-on-one-line");
    QTest::newRow("bare Bearer") << QStringLiteral("http://127.0.0.1/x")
                                 << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                                             www("Bearer"))}
                                 << QStringLiteral("bearer-without-parameters");
    QTest::newRow("Bearer error without a token")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401,
                                    www("Bearer realm=\"r\", error=\"invalid_token\""))}
        << QStringLiteral("bearer-error-without-token");
    QTest::newRow("insufficient_scope on a 401")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-bearer", K::Good, "GET", 401,
                                    www("Bearer realm=\"r\", error=\"insufficient_scope\""), bearerSent)}
        << QStringLiteral("bearer-error-status");
    QTest::newRow("invalid_token on a 401 is right")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("wrong-token-bearer", K::WrongPassword, "GET", 401,
                                    www("Bearer realm=\"r\", error=\"invalid_token\""), bearerSent)}
        << QStringLiteral("");
    QTest::newRow("407 from the origin")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 407,
                                    {{"Proxy-Authenticate", "Basic realm=\"p\""}})}
        << QStringLiteral("407-from-origin");
    QTest::newRow("407 without challenge")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 407, none)}
        << QStringLiteral("407-without-challenge");
    QTest::newRow("public on an authenticated answer")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 200,
                                    {{"Cache-Control", "max-age=60, public"}}, basicSent)}
        << QStringLiteral("authenticated-shared-cacheable");
    QTest::newRow("private on an authenticated answer")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 200,
                                    {{"Cache-Control", "private, max-age=60"}}, basicSent)}
        << QStringLiteral("");
    QTest::newRow("Basic after a redirect to https")
        << QStringLiteral("http://example.test/x")
        << QList<CheckProbe>{chain(
               "anonymous", K::Anonymous,
               {madeUpLeg("http://example.test/x", 301, {{"Location", "https://example.test/x"}}),
                madeUpLeg("https://example.test/x", 401, www("Basic realm=\"r\""))})}
        << QStringLiteral("");
    QTest::newRow("Basic after a redirect to plain http")
        << QStringLiteral("https://example.test/x")
        << QList<CheckProbe>{chain(
               "anonymous", K::Anonymous,
               {madeUpLeg("https://example.test/x", 302, {{"Location", "http://example.test/x"}}),
                madeUpLeg("http://example.test/x", 401, www("Basic realm=\"r\""))})}
        << QStringLiteral("basic-over-http");
    const HeaderList html{{"Content-Type", "text/html"}};
    const QByteArray form = "<form><input type=\"password\" name=\"p\"></form>";
    QTest::newRow("JSON redirected to the login form")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{chain("anonymous-json", K::Anonymous,
                                   {madeUpLeg("http://127.0.0.1/x", 302, {{"Location", "/login?next=/x"}}),
                                    madeUpLeg("http://127.0.0.1/login?next=/x", 200, html, form)},
                                   true)}
        << QStringLiteral("login-redirect-for-json");
    QTest::newRow("JSON redirected to /account/login, a page")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{chain("anonymous-json", K::Anonymous,
                                   {madeUpLeg("http://127.0.0.1/x", 302, {{"Location", "/account/login"}}),
                                    madeUpLeg("http://127.0.0.1/account/login", 200, html, "<p>JS</p>")},
                                   true)}
        << QStringLiteral("login-redirect-for-json");
    QTest::newRow("JSON redirected to /lesson/, ending on 401")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{chain("anonymous-json", K::Anonymous,
                                   {madeUpLeg("http://127.0.0.1/x", 302, {{"Location", "/lesson/1"}}),
                                    madeUpLeg("http://127.0.0.1/lesson/1", 401, www("Bearer realm=\"r\""))},
                                   true)}
        << QStringLiteral("");
    QTest::newRow("JSON redirected to /basic-auth/, ending on 401")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{chain(
               "anonymous-json", K::Anonymous,
               {madeUpLeg("http://127.0.0.1/x", 307, {{"Location", "/basic-auth/x"}}),
                madeUpLeg("http://127.0.0.1/basic-auth/x", 401, www("Basic realm=\"r\""))},
               true)}
        << QStringLiteral("");
    QTest::newRow("JSON redirected to /author/, a page without a form")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{chain("anonymous-json", K::Anonymous,
                                   {madeUpLeg("http://127.0.0.1/x", 301, {{"Location", "/author/"}}),
                                    madeUpLeg("http://127.0.0.1/author/", 200, html, "<p>About</p>")},
                                   true)}
        << QStringLiteral("");
    QTest::newRow("no-cache, no-store, must-revalidate")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 200,
                                    {{"Cache-Control", "no-cache, no-store, must-revalidate"}}, basicSent)}
        << QStringLiteral("");
    QTest::newRow("private, must-revalidate")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 200,
                                    {{"Cache-Control", "private, must-revalidate"}}, basicSent)}
        << QStringLiteral("");
    QTest::newRow("must-revalidate alone")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 200,
                                    {{"Cache-Control", "max-age=60, must-revalidate"}}, basicSent)}
        << QStringLiteral("authenticated-shared-cacheable");
    QTest::newRow("s-maxage with a qualified private")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 200,
                                    {{"Cache-Control", "s-maxage=60, private=\"Set-Cookie\""}}, basicSent)}
        << QStringLiteral("authenticated-shared-cacheable");
    QTest::newRow("valid token, 403 without a challenge")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-bearer", K::Good, "GET", 403, none, bearerSent)}
        << QStringLiteral("403-without-bearer-challenge");
    QTest::newRow("valid token, 403 insufficient_scope")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-bearer", K::Good, "GET", 403,
                                    www("Bearer realm=\"r\", error=\"insufficient_scope\""), bearerSent)}
        << QStringLiteral("");
    QTest::newRow("403 to Basic without a challenge is no Bearer matter")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("good-basic", K::Good, "GET", 403, none, basicSent)}
        << QStringLiteral("");
    QTest::newRow("HEAD loses the challenge")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("anonymous", K::Anonymous, "GET", 401, www("Basic realm=\"r\"")),
                             madeUp("anonymous-head", K::Anonymous, "HEAD", 403, none)}
        << QStringLiteral("head-differs-from-get");
    QTest::newRow("wrong and unknown differ")
        << QStringLiteral("http://127.0.0.1/x")
        << QList<CheckProbe>{madeUp("wrong-password-basic", K::WrongPassword, "GET", 401,
                                    www("Basic realm=\"r\""), basicSent, "wrong password"),
                             madeUp("unknown-user-basic", K::UnknownUser, "GET", 401,
                                    www("Basic realm=\"r\""), basicSent, "no such user")}
        << QStringLiteral("unknown-user-distinguishable");
}

void TestCheck::analysis()
{
    QFETCH(QString, url);
    QFETCH(QList<CheckProbe>, probes);
    QFETCH(QString, expected);
    CheckOptions o;
    o.url = QUrl(url);
    for (CheckProbe &p : probes) {
        for (ClientLeg &l : p.exchange.legs) {
            if (l.url.isEmpty())
                l.url = o.url;
        }
    }
    const QList<CheckFinding> findings = Checker::analyze(o, probes);
    QStringList found;
    for (const CheckFinding &f : findings)
        found.append(QLatin1String(findingInfo(f.finding).id));
    if (expected.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    else
        QVERIFY2(found.contains(expected), qPrintable(found.join(QLatin1Char(' '))));
}

void TestCheck::evidenceNamesTheExchange()
{
    startServer(Behaviour::Unchallenged401);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/staff").arg(m_server.port()));
    const CheckReport r = run(optionsFor(url, "alice:wonderland", nullptr, nullptr));
    const auto it = std::find_if(r.findings.cbegin(), r.findings.cend(),
                                 [](const CheckFinding &f) { return f.finding == Finding::Unchallenged401; });
    QVERIFY(it != r.findings.cend());
    const QString evidence = r.evidence(*it).join(QLatin1Char('\n'));
    QVERIFY2(evidence.contains(QLatin1String("> GET /staff")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QLatin1String("< HTTP/1.1 401")), qPrintable(evidence));
    QVERIFY2(!evidence.contains(QLatin1String("wonderland")), "no password in the evidence");
    const QByteArray text = Checker::toText(r);
    QVERIFY(text.contains("RFC 9110 §15.5.2"));
    QVERIFY(text.contains("MUST send a WWW-Authenticate"));
    QVERIFY(!text.contains("wonderland"));
    QVERIFY(!Checker::toJson(r).contains("wonderland"));
}

void TestCheck::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    CheckOptions o;
    o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const CheckReport r = run(o);
    QCOMPARE(r.outcome, CheckReport::Outcome::Unreachable);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.findings.isEmpty());
}

// An https server with a certificate no client accepts, answering 401 with a Basic challenge.
void TestCheck::tlsCertificateStopsTheCheckUnlessInsecure()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QSslServer origin;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(QByteArray(kTestCertificate)));
    config.setPrivateKey(QSslKey(QByteArray(kTestKey), QSsl::Ec));
    origin.setSslConfiguration(config);
    connect(&origin, &QTcpServer::pendingConnectionAvailable, &origin, [&origin] {
        while (QTcpSocket *s = origin.nextPendingConnection()) {
            auto received = std::make_shared<QByteArray>(); // lives as long as the socket's lambda
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, s, [s, received] {
                *received += s->readAll();
                if (received->contains("\r\n\r\n")) {
                    s->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"tls\"\r\n"
                             "Content-Length: 0\r\n\r\n");
                    s->disconnectFromHost();
                }
            });
        }
    });
    QVERIFY(origin.listen(QHostAddress::LocalHost, 0));
    CheckOptions o;
    o.url = QUrl(QStringLiteral("https://127.0.0.1:%1/secure").arg(origin.serverPort()));
    const CheckReport stopped = run(o);
    QCOMPARE(stopped.outcome, CheckReport::Outcome::StoppedByTls);
    QVERIFY(ids(stopped).contains(QStringLiteral("tls-certificate")));
    QVERIFY(stopped.violates());

    o.insecure = true;
    const CheckReport insecure = run(o);
    QCOMPARE(insecure.outcome, CheckReport::Outcome::Checked);
    QVERIFY2(ids(insecure) == QStringList{QStringLiteral("tls-certificate-accepted")},
             Checker::toText(insecure).constData());
    QVERIFY(!insecure.violates());
}

void TestCheck::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("valid");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1/") << 1000 << QStringLiteral("") << true;
    QTest::newRow("https") << QStringLiteral("https://example.test/x") << 1000 << QStringLiteral("") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.test/") << 1000 << QStringLiteral("") << false;
    QTest::newRow("no host") << QStringLiteral("http:///x") << 1000 << QStringLiteral("") << false;
    QTest::newRow("not a url") << QStringLiteral("example") << 1000 << QStringLiteral("") << false;
    QTest::newRow("zero timeout") << QStringLiteral("http://127.0.0.1/") << 0 << QStringLiteral("") << false;
}

void TestCheck::validation()
{
    QFETCH(QString, url);
    QFETCH(int, timeout);
    QFETCH(QString, user);
    QFETCH(bool, valid);
    CheckOptions o;
    o.url = QUrl(url);
    o.timeoutMs = timeout;
    o.user = user;
    QCOMPARE(Checker::validate(o).isEmpty(), valid);
}

void TestCheck::cliExitCodes_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QStringList>("args"); // %1 is replaced by the server's base URL
    QTest::addColumn<int>("exitCode");
    QTest::newRow("rfc9110: 0") << QStringLiteral("rfc9110")
                                << QStringList{QStringLiteral("%1/staff"), QStringLiteral("--user"),
                                               QStringLiteral("alice:wonderland")}
                                << 0;
    QTest::newRow("hide-all, advice only: 0")
        << QStringLiteral("hide-all")
        << QStringList{QStringLiteral("%1/staff"), QStringLiteral("--user"),
                       QStringLiteral("alice:wonderland")}
        << 0;
    QTest::newRow("401 without challenge: 1")
        << QStringLiteral("401-without-challenge") << QStringList{QStringLiteral("%1/staff")} << 1;
    QTest::newRow("bad URL: 2") << QStringLiteral("rfc9110")
                                << QStringList{QStringLiteral("ftp://127.0.0.1/")} << 2;
    QTest::newRow("bad flag: 2") << QStringLiteral("rfc9110")
                                 << QStringList{QStringLiteral("%1/staff"), QStringLiteral("--frobnicate")}
                                 << 2;
    QTest::newRow("--user U --password P: 0")
        << QStringLiteral("rfc9110")
        << QStringList{QStringLiteral("%1/admin"),   QStringLiteral("--user"),
                       QStringLiteral("alice"),      QStringLiteral("--password"),
                       QStringLiteral("wonderland"), QStringLiteral("--other-user"),
                       QStringLiteral("bob"),        QStringLiteral("--other-password"),
                       QStringLiteral("builder")}
        << 0;
    QTest::newRow("--password without --user: 2")
        << QStringLiteral("rfc9110")
        << QStringList{QStringLiteral("%1/admin"), QStringLiteral("--password"), QStringLiteral("x")} << 2;
    QTest::newRow("bad --user: 2") << QStringLiteral("rfc9110")
                                   << QStringList{QStringLiteral("%1/staff"), QStringLiteral("--user"),
                                                  QStringLiteral("alice")}
                                   << 2;
    QTest::newRow("bad --format: 2") << QStringLiteral("rfc9110")
                                     << QStringList{QStringLiteral("%1/staff"), QStringLiteral("--format"),
                                                    QStringLiteral("xml")}
                                     << 2;
    QTest::newRow("no URL: 2") << QStringLiteral("rfc9110") << QStringList{} << 2;
    QTest::newRow("refused: 3") << QStringLiteral("rfc9110")
                                << QStringList{QStringLiteral("http://127.0.0.1:1/")} << 3;
}

void TestCheck::cliExitCodes()
{
    QFETCH(QString, behaviour);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QVERIFY2(QFile::exists(m_binary), "AUTHLAB_BINARY must point at the built authlab");
    startServer(*behaviourFromId(behaviour));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
    for (QString &a : args)
        a.replace(QLatin1String("%1"), base);
    QProcess p;
    p.start(m_binary, QStringList{QStringLiteral("check")} + args);
    QVERIFY(p.waitForStarted());
    // The server runs in this thread's event loop's stead (its I/O threads answer).
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == exitCode, QByteArray(out + err).constData());
    if (exitCode == 2 || exitCode == 3)
        QVERIFY2(!err.isEmpty(), "a message on stderr");
    if (exitCode == 3) // said once, on stderr, not again on stdout
        QVERIFY2(out.isEmpty(), out.constData());
}

void TestCheck::cliJson()
{
    startServer(Behaviour::Forbidden403ForAnonymous);
    QProcess p;
    p.start(m_binary,
            {QStringLiteral("check"), QStringLiteral("http://127.0.0.1:%1/staff").arg(m_server.port()),
             QStringLiteral("--user"), QStringLiteral("alice:wonderland"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("authlab-check"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("outcome")).toString(), QStringLiteral("checked"));
    QVERIFY(root.value(QStringLiteral("violations")).toBool());
    bool seen = false;
    for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("id")).toString() != QLatin1String("403-for-anonymous"))
            continue;
        seen = true;
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("SHOULD"));
        QCOMPARE(f.value(QStringLiteral("citation")).toString(), QStringLiteral("RFC 9110 §11.4"));
        QVERIFY(f.value(QStringLiteral("rfc")).toString().contains(QLatin1String("SHOULD send a 401")));
        QVERIFY(!f.value(QStringLiteral("evidence")).toArray().isEmpty());
        QCOMPARE(f.value(QStringLiteral("seen"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("probe"))
                     .toString(),
                 QStringLiteral("anonymous"));
    }
    QVERIFY(seen);
    QVERIFY(root.value(QStringLiteral("probes")).toArray().size() >= 8);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
