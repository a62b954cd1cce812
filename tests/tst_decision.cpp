// The pure decision function decide(scenario, facts) against the default scenario of
// BRIEF.md: every cell of its table for the Basic resources, and the response details
// RFC 9110 / 7617 / 6750 require (challenges, hiding, caching, error bodies, trace).

#include "policy/decision.h"

#include "auth/digest.h"
#include "auth/digestscheme.h"
#include "auth/sessions.h"
#include "auth/state.h"
#include "http/methods.h"
#include "http/request.h"
#include "policy/renderkey.h"
#include "policy/rules.h"
#include "policy/trace.h"
#include "scenario/scenario.h"
#include "scenario/scenarioio.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <utility>

using namespace authlab;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// A request as the test writes it. facts() returns views into this object's byte arrays,
// so the object must outlive the decision.
struct Request
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray target;
    Headers headers;
    QHostAddress peer{QHostAddress::LocalHost};
    // The socket's own end, as the server sees it (what a proxy request must name).
    QHostAddress local{QHostAddress::LocalHost};
    quint16 localPort = 8080;
    Problem problem = Problem::None;
    QByteArray problemDetail;
    qint64 limit = 0;
    QByteArray body;
    QByteArray newSessionId; // what the server draws before judging a POST

    RequestFacts facts() const
    {
        RequestFacts f;
        f.body = body;
        f.newSessionId = newSessionId;
        f.method = method;
        f.target = target;
        // Like any HTTP/1.1 client: a Host field unless the case names its own (RFC 9112 §3.2).
        bool host = false;
        for (const auto &h : headers)
            host = host || http::equalsIgnoreCase(h.first, http::header::Host);
        if (!host)
            f.headers.append(http::HeaderField{http::header::Host, "127.0.0.1"});
        for (const auto &h : headers)
            f.headers.append(http::HeaderField{h.first, h.second});
        f.peer = peer;
        f.local = local;
        f.localPort = localPort;
        f.problem = problem;
        f.problemDetail = problemDetail;
        f.limit = limit;
        return f;
    }
};

enum class Who { Alice, Bob, Carol, ZoeUtf8, ZoeLatin1, Anonymous, WrongPassword, UnknownUser };

const char *whoName(Who w)
{
    switch (w) {
    case Who::Alice:
        return "alice";
    case Who::Bob:
        return "bob";
    case Who::Carol:
        return "carol";
    case Who::ZoeUtf8:
        return "zoë (UTF-8)";
    case Who::ZoeLatin1:
        return "zoë (Latin-1)";
    case Who::Anonymous:
        return "anonymous";
    case Who::WrongPassword:
        return "wrong password";
    case Who::UnknownUser:
        return "unknown user";
    }
    return "?";
}

QByteArray basicFor(const QByteArray &userPass)
{
    return "Basic " + userPass.toBase64();
}

// The Authorization field value an identity sends; empty for anonymous. Built from raw
// bytes, independently of basic::authorization().
QByteArray authorizationFor(Who w)
{
    switch (w) {
    case Who::Alice:
        return basicFor(QByteArrayLiteral("alice:wonderland"));
    case Who::Bob:
        return basicFor(QByteArrayLiteral("bob:builder"));
    case Who::Carol:
        return basicFor(QByteArrayLiteral("carol:songbird"));
    case Who::ZoeUtf8:
        return basicFor(QByteArrayLiteral("zo\xc3\xab:cr\xc3\xa8me br\xc3\xbbl\xc3\xa9\x65"));
    case Who::ZoeLatin1:
        return basicFor(QByteArrayLiteral("zo\xeb:cr\xe8me br\xfbl\xe9\x65"));
    case Who::Anonymous:
        return {};
    case Who::WrongPassword:
        return basicFor(QByteArrayLiteral("alice:Wonderland"));
    case Who::UnknownUser:
        return basicFor(QByteArrayLiteral("mallory:wonderland"));
    }
    return {};
}

Headers headersFor(Who w, const QByteArray &accept = {})
{
    Headers h{{QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1")}};
    const QByteArray auth = authorizationFor(w);
    if (!auth.isEmpty())
        h.append({QByteArrayLiteral("Authorization"), auth});
    if (!accept.isEmpty())
        h.append({QByteArrayLiteral("Accept"), accept});
    return h;
}

Headers authHeader(const QByteArray &value)
{
    return {{QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1")},
            {QByteArrayLiteral("Authorization"), value}};
}

Request get(const QByteArray &target, const Headers &headers = {},
            const QString &peer = QStringLiteral("127.0.0.1"))
{
    Request r;
    r.target = target;
    r.headers = headers;
    r.peer = QHostAddress(peer);
    return r;
}

QByteArray id(Rule r)
{
    return QByteArray(ruleId(r));
}

// Values of every header field line with this name, in order.
QList<QByteArray> headerValues(const Response &r, QByteArrayView name)
{
    QList<QByteArray> out;
    for (const QByteArray &line : r.headers.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        if (http::equalsIgnoreCase(l.first(colon), name))
            out.append(l.sliced(colon + 1).trimmed());
    }
    return out;
}

QByteArray describe(const Decision &d)
{
    QByteArray s =
        QByteArray::number(d.response.status) + " (" + id(d.verdict.reason) + ")\n" + d.response.headers;
    return s;
}

QByteArray traceIds(const Trace &t)
{
    QByteArray s;
    for (const TraceStep &step : t.steps)
        s += id(step.rule) + ' ';
    return s;
}

const QByteArray kBasicChallenge = QByteArrayLiteral("Basic realm=\"AuthLab\", charset=\"UTF-8\"");

// ---- Digest (RFC 7616): real responses computed with the digest unit's own arithmetic.

QByteArray nonceOf(const QByteArray &challenge)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("nonce=\"([^\"]*)\"")).match(QString::fromLatin1(challenge));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

struct DigestAnswer
{
    QByteArray user = "alice";
    QByteArray password = "wonderland";
    QByteArray nonce;
    QByteArray uri = "/digest/staff";
    QByteArray method = "GET";
    QByteArray nc = "00000001";
    digest::Algorithm algorithm = digest::Algorithm::Sha256;
    bool userhash = false;
};

// The Authorization value a correct client sends for this answer.
QByteArray digestAuthorization(const DigestAnswer &a)
{
    digest::Credentials c;
    c.algorithm = a.algorithm;
    c.algorithmGiven = true;
    c.userhash = a.userhash;
    c.username = a.userhash ? digest::userhash(a.algorithm, a.user, "AuthLab") : a.user;
    c.realm = "AuthLab";
    c.uri = a.uri;
    c.nonce = a.nonce;
    c.cnonce = "0a4f113b";
    c.opaque = digest::serverOpaque().toByteArray();
    c.opaqueGiven = true;
    c.qop = "auth";
    c.nc = a.nc;
    c.count = a.nc.toUInt(nullptr, 16);
    c.response = digest::compute(a.algorithm, a.user, "AuthLab", a.password, a.method, a.uri, a.nonce, a.nc,
                                 c.cnonce, c.qop)
                     .response.output;
    return digest::formatCredentials(c);
}

} // namespace

class tst_Decision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void matrix_data();
    void matrix();
    void zoeEncodings_data();
    void zoeEncodings();
    void challengeOn401_data();
    void challengeOn401();
    void unknownUserLooksLikeWrongPassword_data();
    void unknownUserLooksLikeWrongPassword();
    void hiddenLooksMissing_data();
    void hiddenLooksMissing();
    void indexShowsHiddenOnlyToWhoMaySeeIt_data();
    void indexShowsHiddenOnlyToWhoMaySeeIt();
    void lanOnly_data();
    void lanOnly();
    void addressRules_data();
    void addressRules();
    void simulatedAddressOnLanOnly_data();
    void simulatedAddressOnLanOnly();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void schemeCaseInsensitive_data();
    void schemeCaseInsensitive();
    void unsupportedScheme_data();
    void unsupportedScheme();
    void cacheHeaders_data();
    void cacheHeaders();
    void problemFormat_data();
    void problemFormat();
    void bearer_data();
    void bearer();
    void bearerExpiredToken();
    void bearerTokenMethods_data();
    void bearerTokenMethods();
    void bearerErrorDescriptionNamesTheDefect();
    void appAcceptsBearer();
    void sessionAnonymous_data();
    void sessionAnonymous();
    void sessionLogin_data();
    void sessionLogin();
    void sessionWrongPassword_data();
    void sessionWrongPassword();
    void sessionNextOnlyLocal_data();
    void sessionNextOnlyLocal();
    void sessionLogout();
    void sessionLoginForm();
    void framing_data();
    void framing();
    void pathNormalisation_data();
    void pathNormalisation();
    void traceDecisiveStep_data();
    void traceDecisiveStep();
    void traceOrderBobAdmin();
    void publicIgnoresCredentials();
    void deterministic();
    void largeScenarioLookups_data();
    void largeScenarioLookups();
    void hiddenSaysItNeverChallenges_data();
    void hiddenSaysItNeverChallenges();
    void methodAfterAuthentication_data();
    void methodAfterAuthentication();
    void digestRow_data();
    void digestRow();
    void digestChallengeLines();
    void digestUnknownUserLooksLikeWrongPassword_data();
    void digestUnknownUserLooksLikeWrongPassword();
    void digestBadRequest_data();
    void digestBadRequest();
    void digestStaleNonce();
    void digestReplay();
    void digestReplayRace();
    void digestTraceCitesRfc7616();
    void proxy_data();
    void proxy();
    void proxyConversation();
    void proxyUnknownUserLooksLikeWrongPassword();
    void proxyTraceCitesRfc9110();

private:
    // A fresh nonce from this state's minter, as a 401 hands it out.
    QByteArray digestNonce(const AuthState &state) const
    {
        const Decision d = decide(m_scenario, get("/digest/staff").facts(), AuthStateView(&state));
        const QList<QByteArray> lines = headerValues(d.response, http::header::WwwAuthenticate);
        return lines.isEmpty() ? QByteArray() : nonceOf(lines.first());
    }
    // Judged with the state, and its changes applied, as the server does.
    Decision runDigest(AuthState &state, const Request &r) const
    {
        const RequestFacts f = r.facts();
        Decision d = decide(m_scenario, f, AuthStateView(&state));
        state.apply(d.verdict.stateChanges);
        return d;
    }
    Decision run(const Request &r) const
    {
        const RequestFacts f = r.facts();
        return decide(m_scenario, f);
    }
    Decision run(const Request &r, const AuthState &state) const
    {
        const RequestFacts f = r.facts();
        return decide(m_scenario, f, AuthStateView(&state));
    }
    // POST /login with a form body, judged with the state and its changes applied.
    Decision login(AuthState &state, const QByteArray &form, const QByteArray &id = QByteArray(32, 'a')) const
    {
        Request r =
            get(QByteArrayLiteral("/login"),
                Headers{{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "text/html"}});
        r.method = QByteArrayLiteral("POST");
        r.body = form;
        r.newSessionId = id;
        return runDigest(state, r);
    }
    QString resourcePath(const Verdict &v) const
    {
        return v.resource >= 0 ? m_scenario.resources[v.resource].path : QString();
    }
    QString userName(const Verdict &v) const
    {
        return v.user >= 0 ? m_scenario.users[v.user].name : QString();
    }

    Scenario m_scenario;
};

void tst_Decision::initTestCase()
{
    m_scenario = ScenarioIO::defaultScenario();
    QCOMPARE(m_scenario.resources.size(), 10);
    QCOMPARE(m_scenario.users.size(), 4);
    QCOMPARE(m_scenario.realm, QStringLiteral("AuthLab"));
}

// ---------------------------------------------------------------------------------------
// BRIEF.md's table, cell by cell (peer 127.0.0.1). Every expectation is written out.

void tst_Decision::matrix_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Who>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");
    QTest::addColumn<QString>("user"); // the authenticated user (empty: nobody); not checked for 404

    auto row = [](const char *target, Who who, int status, Rule reason, const QString &user = {}) {
        QTest::addRow("%s %s", target, whoName(who)) << QByteArray(target) << who << status << reason << user;
    };
    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    const QString carol = QStringLiteral("carol");
    const QString zoe = QStringLiteral("zo\u00eb");

    // "/": public index page
    row("/", Who::Alice, 200, Rule::ServedPublic);
    row("/", Who::Bob, 200, Rule::ServedPublic);
    row("/", Who::Carol, 200, Rule::ServedPublic);
    row("/", Who::ZoeUtf8, 200, Rule::ServedPublic);
    row("/", Who::ZoeLatin1, 200, Rule::ServedPublic);
    row("/", Who::Anonymous, 200, Rule::ServedPublic);
    row("/", Who::WrongPassword, 200, Rule::ServedPublic);
    row("/", Who::UnknownUser, 200, Rule::ServedPublic);

    // "/public": public
    row("/public", Who::Alice, 200, Rule::ServedPublic);
    row("/public", Who::Bob, 200, Rule::ServedPublic);
    row("/public", Who::Carol, 200, Rule::ServedPublic);
    row("/public", Who::ZoeUtf8, 200, Rule::ServedPublic);
    row("/public", Who::ZoeLatin1, 200, Rule::ServedPublic);
    row("/public", Who::Anonymous, 200, Rule::ServedPublic);
    row("/public", Who::WrongPassword, 200, Rule::ServedPublic);
    row("/public", Who::UnknownUser, 200, Rule::ServedPublic);

    // "/staff": Basic, group staff
    row("/staff", Who::Alice, 200, Rule::Granted, alice);
    row("/staff", Who::Bob, 200, Rule::Granted, bob);
    row("/staff", Who::Carol, 403, Rule::NotGroupMember, carol);
    row("/staff", Who::ZoeUtf8, 200, Rule::Granted, zoe);
    row("/staff", Who::ZoeLatin1, 200, Rule::Granted, zoe);
    row("/staff", Who::Anonymous, 401, Rule::NoCredentials);
    row("/staff", Who::WrongPassword, 401, Rule::PasswordWrong);
    row("/staff", Who::UnknownUser, 401, Rule::UserUnknown);

    // "/admin": Basic, group admins
    row("/admin", Who::Alice, 200, Rule::Granted, alice);
    row("/admin", Who::Bob, 403, Rule::NotGroupMember, bob);
    row("/admin", Who::Carol, 403, Rule::NotGroupMember, carol);
    row("/admin", Who::ZoeUtf8, 403, Rule::NotGroupMember, zoe);
    row("/admin", Who::ZoeLatin1, 403, Rule::NotGroupMember, zoe);
    row("/admin", Who::Anonymous, 401, Rule::NoCredentials);
    row("/admin", Who::WrongPassword, 401, Rule::PasswordWrong);
    row("/admin", Who::UnknownUser, 401, Rule::UserUnknown);

    // "/vault": Basic, group admins, hidden
    row("/vault", Who::Alice, 200, Rule::Granted, alice);
    row("/vault", Who::Bob, 404, Rule::HiddenAsNotFound);
    row("/vault", Who::Carol, 404, Rule::HiddenAsNotFound);
    row("/vault", Who::ZoeUtf8, 404, Rule::HiddenAsNotFound);
    row("/vault", Who::ZoeLatin1, 404, Rule::HiddenAsNotFound);
    row("/vault", Who::Anonymous, 404, Rule::HiddenAsNotFound);
    row("/vault", Who::WrongPassword, 404, Rule::HiddenAsNotFound);
    row("/vault", Who::UnknownUser, 404, Rule::HiddenAsNotFound);

    // "/lan-only": any valid user, only from 10.0.0.0/8; the test peer is 127.0.0.1
    row("/lan-only", Who::Alice, 403, Rule::AddressDenied);
    row("/lan-only", Who::Bob, 403, Rule::AddressDenied);
    row("/lan-only", Who::Carol, 403, Rule::AddressDenied);
    row("/lan-only", Who::ZoeUtf8, 403, Rule::AddressDenied);
    row("/lan-only", Who::ZoeLatin1, 403, Rule::AddressDenied);
    row("/lan-only", Who::Anonymous, 403, Rule::AddressDenied);
    row("/lan-only", Who::WrongPassword, 403, Rule::AddressDenied);
    row("/lan-only", Who::UnknownUser, 403, Rule::AddressDenied);
}

void tst_Decision::matrix()
{
    QFETCH(QByteArray, target);
    QFETCH(Who, who);
    QFETCH(int, status);
    QFETCH(Rule, reason);
    QFETCH(QString, user);

    const Request r = get(target, headersFor(who));
    const Decision d = run(r);
    QVERIFY2(d.verdict.status == status, describe(d).constData());
    QCOMPARE(d.response.status, status);
    QCOMPARE(id(d.verdict.reason), id(reason));
    QCOMPARE(resourcePath(d.verdict), QString::fromUtf8(target));
    if (status != 404)
        QCOMPARE(userName(d.verdict), user);
    if (status == 401)
        QVERIFY2(!d.verdict.authenticated(), "a 401 never has an authenticated user");

    const TraceStep *decisive = d.verdict.trace.decisiveStep();
    QVERIFY2(decisive, "every decision has a decisive step");
    QCOMPARE(id(decisive->rule), id(reason));
    QCOMPARE(decisive->outcome, status == 200 ? Outcome::Pass : Outcome::Fail);
    QVERIFY2(!d.response.body.isEmpty(), "every response has a body (RFC 9110 §15.5)");
}

void tst_Decision::zoeEncodings_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<Rule>("encodingRule");
    QTest::addColumn<Rule>("otherRule");

    QTest::newRow("UTF-8") << Who::ZoeUtf8 << Rule::BasicUtf8 << Rule::BasicLatin1;
    QTest::newRow("Latin-1") << Who::ZoeLatin1 << Rule::BasicLatin1 << Rule::BasicUtf8;
}

void tst_Decision::zoeEncodings()
{
    QFETCH(Who, who);
    QFETCH(Rule, encodingRule);
    QFETCH(Rule, otherRule);

    const Request r = get(QByteArrayLiteral("/staff"), headersFor(who));
    const Decision d = run(r);
    QVERIFY2(d.verdict.status == 200, describe(d).constData());
    QCOMPARE(userName(d.verdict), QStringLiteral("zo\u00eb"));
    QCOMPARE(d.verdict.claimedUser, QStringLiteral("zo\u00eb"));
    QVERIFY2(d.verdict.trace.contains(encodingRule), traceIds(d.verdict.trace).constData());
    QVERIFY2(!d.verdict.trace.contains(otherRule), traceIds(d.verdict.trace).constData());
    QVERIFY2(d.response.body.contains("zo\xc3\xab"), d.response.body.constData());
}

// ---------------------------------------------------------------------------------------
// RFC 9110 §11.6.1: a 401 MUST carry WWW-Authenticate.

void tst_Decision::challengeOn401_data()
{
    QTest::addColumn<Request>("request");

    QTest::newRow("/staff anonymous") << get(QByteArrayLiteral("/staff"), headersFor(Who::Anonymous));
    QTest::newRow("/staff wrong password")
        << get(QByteArrayLiteral("/staff"), headersFor(Who::WrongPassword));
    QTest::newRow("/staff unknown user") << get(QByteArrayLiteral("/staff"), headersFor(Who::UnknownUser));
    QTest::newRow("/staff unsupported scheme") << get(QByteArrayLiteral("/staff"), authHeader("Foo bar"));
    QTest::newRow("/admin anonymous") << get(QByteArrayLiteral("/admin"), headersFor(Who::Anonymous));
    QTest::newRow("/admin wrong password")
        << get(QByteArrayLiteral("/admin"), headersFor(Who::WrongPassword));
    QTest::newRow("/admin unknown user") << get(QByteArrayLiteral("/admin"), headersFor(Who::UnknownUser));
    QTest::newRow("/admin anonymous JSON") << get(
        QByteArrayLiteral("/admin"), headersFor(Who::Anonymous, QByteArrayLiteral("application/json")));
    QTest::newRow("/lan-only from 10.1.2.3 anonymous")
        << get(QByteArrayLiteral("/lan-only"), headersFor(Who::Anonymous), QStringLiteral("10.1.2.3"));
    QTest::newRow("/lan-only from 10.1.2.3 wrong password")
        << get(QByteArrayLiteral("/lan-only"), headersFor(Who::WrongPassword), QStringLiteral("10.1.2.3"));
}

void tst_Decision::challengeOn401()
{
    QFETCH(Request, request);

    const Decision d = run(request);
    QVERIFY2(d.response.status == 401, describe(d).constData());
    const QList<QByteArray> challenges = headerValues(d.response, http::header::WwwAuthenticate);
    QCOMPARE(challenges, QList<QByteArray>{kBasicChallenge});
    QVERIFY2(d.verdict.trace.contains(Rule::ChallengeSent), traceIds(d.verdict.trace).constData());
    QVERIFY2(d.response.headers.endsWith("\r\n"), d.response.headers.constData());
}

// ---------------------------------------------------------------------------------------
// Unknown user and wrong password: indistinguishable on the wire (BRIEF.md capability 2).

void tst_Decision::unknownUserLooksLikeWrongPassword_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("wrongPassword");

    const QByteArray aliceWrong = basicFor(QByteArrayLiteral("alice:Wonderland"));
    const QByteArray bobWrong = basicFor(QByteArrayLiteral("bob:wonderland"));
    for (const char *target : {"/staff", "/admin"}) {
        for (const char *accept : {"", "text/html", "application/json", "application/problem+json"}) {
            QTest::addRow("%s alice Accept:%s", target, accept)
                << QByteArray(target) << QByteArray(accept) << aliceWrong;
            QTest::addRow("%s bob Accept:%s", target, accept)
                << QByteArray(target) << QByteArray(accept) << bobWrong;
        }
    }
}

void tst_Decision::unknownUserLooksLikeWrongPassword()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, wrongPassword);

    Headers wrongHeaders = authHeader(wrongPassword);
    Headers unknownHeaders = authHeader(basicFor(QByteArrayLiteral("mallory:builder")));
    if (!accept.isEmpty()) {
        wrongHeaders.append({QByteArrayLiteral("Accept"), accept});
        unknownHeaders.append({QByteArrayLiteral("Accept"), accept});
    }
    const Request wrongRequest = get(target, wrongHeaders);
    const Request unknownRequest = get(target, unknownHeaders);
    const Decision wrong = run(wrongRequest);
    const Decision unknown = run(unknownRequest);

    QVERIFY2(wrong.response.status == 401, describe(wrong).constData());
    QCOMPARE(unknown.response.status, wrong.response.status);
    QCOMPARE(unknown.response.headers, wrong.response.headers);
    QCOMPARE(unknown.response.body, wrong.response.body);
    // The trace, shown only locally, may tell them apart.
    QCOMPARE(id(wrong.verdict.reason), id(Rule::PasswordWrong));
    QCOMPARE(id(unknown.verdict.reason), id(Rule::UserUnknown));
    QCOMPARE(unknown.verdict.claimedUser, QStringLiteral("mallory"));
    // If the format was asked for, both are problem+json.
    if (accept.contains("json"))
        QCOMPARE(headerValues(wrong.response, http::header::ContentType),
                 QList<QByteArray>{QByteArrayLiteral("application/problem+json")});
}

// ---------------------------------------------------------------------------------------
// The hidden /vault answers exactly like a path that does not exist (RFC 9110 §15.5.4).

void tst_Decision::hiddenLooksMissing_data()
{
    QTest::addColumn<Headers>("headers");

    const QByteArray json = QByteArrayLiteral("application/json");
    for (Who w : {Who::Anonymous, Who::Bob, Who::Carol, Who::ZoeUtf8, Who::WrongPassword, Who::UnknownUser}) {
        QTest::addRow("%s HTML", whoName(w)) << headersFor(w);
        QTest::addRow("%s JSON", whoName(w)) << headersFor(w, json);
    }
    QTest::newRow("malformed Basic") << authHeader(QByteArrayLiteral("Basic QWxhZGRpbg=="));
    QTest::newRow("unsupported scheme") << authHeader(QByteArrayLiteral("Foo bar"));
    QTest::newRow("bearer token") << authHeader(QByteArrayLiteral("Bearer alice-token"));
}

void tst_Decision::hiddenLooksMissing()
{
    QFETCH(Headers, headers);

    const Request vaultRequest = get(QByteArrayLiteral("/vault"), headers);
    const Request nopeRequest = get(QByteArrayLiteral("/nope"), headers);
    const Decision vault = run(vaultRequest);
    const Decision nope = run(nopeRequest);

    QVERIFY2(vault.response.status == 404, describe(vault).constData());
    QVERIFY2(nope.response.status == 404, describe(nope).constData());
    QCOMPARE(vault.response.headers, nope.response.headers);
    QCOMPARE(vault.response.body, nope.response.body);
    QVERIFY2(headerValues(vault.response, http::header::WwwAuthenticate).isEmpty(),
             vault.response.headers.constData());
    QCOMPARE(id(vault.verdict.reason), id(Rule::HiddenAsNotFound));
    QCOMPARE(id(nope.verdict.reason), id(Rule::NoResource));
    QVERIFY2(!vault.response.body.contains("vault") && !vault.response.body.contains("Vault"),
             vault.response.body.constData());
}

// The index must not reveal /vault to whoever may not see it: for them it is the index of the
// same scenario without /vault, byte for byte. Alice (admins) sees it when she sends her
// credentials up front; her page must not be reused for anybody else.
void tst_Decision::indexShowsHiddenOnlyToWhoMaySeeIt_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<bool>("seesVault");

    for (const char *accept : {"text/html", "application/json"}) {
        for (Who w : {Who::Anonymous, Who::Bob, Who::Carol, Who::WrongPassword, Who::UnknownUser})
            QTest::addRow("%s %s", whoName(w), accept) << w << QByteArray(accept) << false;
        QTest::addRow("alice %s", accept) << Who::Alice << QByteArray(accept) << true;
    }
}

void tst_Decision::indexShowsHiddenOnlyToWhoMaySeeIt()
{
    QFETCH(Who, who);
    QFETCH(QByteArray, accept);
    QFETCH(bool, seesVault);

    const Request r = get(QByteArrayLiteral("/"), headersFor(who, accept));
    const Decision d = run(r);
    QVERIFY2(d.response.status == 200, describe(d).constData());
    Scenario without = m_scenario;
    without.resources.removeIf([](const Resource &res) { return res.hidden; });
    without.finalize();
    const Decision plain = decide(without, r.facts());
    const Request anonymousRequest = get(QByteArrayLiteral("/"), headersFor(Who::Anonymous, accept));
    const Decision anonymous = run(anonymousRequest);
    if (seesVault) {
        QVERIFY2(d.response.body.contains("/vault"), d.response.body.constData());
        QVERIFY2(d.response.body.contains("hidden"), d.response.body.constData());
        // Not for shared caches, and never served from the cache entry of another caller.
        QCOMPARE(headerValues(d.response, http::header::CacheControl), QList<QByteArray>{"no-store"});
        QVERIFY(renderKey(d.verdict) != renderKey(anonymous.verdict));
    } else {
        QVERIFY2(!d.response.body.contains("/vault") && !d.response.body.contains("Vault") &&
                     !d.response.body.contains("hidden (") && !d.response.body.contains("\"hidden\":true"),
                 d.response.body.constData());
        QCOMPARE(d.response.headers, plain.response.headers);
        QCOMPARE(d.response.body, plain.response.body);
        QCOMPARE(d.response.headers, anonymous.response.headers);
        QCOMPARE(d.response.body, anonymous.response.body);
    }
    // The local trace still shows only the index's own checks: nothing about credentials.
    QCOMPARE(id(d.verdict.reason), id(Rule::ServedPublic));
}

// ---------------------------------------------------------------------------------------
// /lan-only: address rule first (RFC 9110 §15.5.4), credentials second.

void tst_Decision::lanOnly_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<Who>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("challenged");

    const QString lan = QStringLiteral("10.1.2.3");
    const QString local = QStringLiteral("127.0.0.1");
    QTest::newRow("10.1.2.3 alice") << lan << Who::Alice << 200 << false;
    QTest::newRow("10.1.2.3 bob") << lan << Who::Bob << 200 << false;
    QTest::newRow("10.1.2.3 carol") << lan << Who::Carol << 200 << false;
    QTest::newRow("10.1.2.3 anonymous") << lan << Who::Anonymous << 401 << true;
    QTest::newRow("10.1.2.3 wrong password") << lan << Who::WrongPassword << 401 << true;
    QTest::newRow("10.1.2.3 unknown user") << lan << Who::UnknownUser << 401 << true;
    QTest::newRow("10.255.255.255 alice") << QStringLiteral("10.255.255.255") << Who::Alice << 200 << false;
    QTest::newRow("::ffff:10.1.2.3 alice") << QStringLiteral("::ffff:10.1.2.3") << Who::Alice << 200 << false;
    QTest::newRow("127.0.0.1 alice") << local << Who::Alice << 403 << false;
    QTest::newRow("127.0.0.1 bob") << local << Who::Bob << 403 << false;
    QTest::newRow("127.0.0.1 anonymous") << local << Who::Anonymous << 403 << false;
    QTest::newRow("127.0.0.1 wrong password") << local << Who::WrongPassword << 403 << false;
    QTest::newRow("127.0.0.1 unknown user") << local << Who::UnknownUser << 403 << false;
    QTest::newRow("11.0.0.1 alice") << QStringLiteral("11.0.0.1") << Who::Alice << 403 << false;
    QTest::newRow("9.255.255.255 alice") << QStringLiteral("9.255.255.255") << Who::Alice << 403 << false;
    QTest::newRow("192.168.1.10 alice") << QStringLiteral("192.168.1.10") << Who::Alice << 403 << false;
    QTest::newRow("::1 alice") << QStringLiteral("::1") << Who::Alice << 403 << false;
}

void tst_Decision::lanOnly()
{
    QFETCH(QString, peer);
    QFETCH(Who, who);
    QFETCH(int, status);
    QFETCH(bool, challenged);

    const Request r = get(QByteArrayLiteral("/lan-only"), headersFor(who), peer);
    const Decision d = run(r);
    QVERIFY2(d.response.status == status, describe(d).constData());
    const QList<QByteArray> challenges = headerValues(d.response, http::header::WwwAuthenticate);
    if (challenged)
        QCOMPARE(challenges, QList<QByteArray>{kBasicChallenge});
    else
        QVERIFY2(challenges.isEmpty(), d.response.headers.constData());
    if (status == 403) {
        QCOMPARE(id(d.verdict.reason), id(Rule::AddressDenied));
        QVERIFY2(!d.verdict.trace.contains(Rule::UserKnown) && !d.verdict.trace.contains(Rule::UserUnknown),
                 "credentials are not examined once the address is refused");
    } else {
        QVERIFY2(d.verdict.trace.contains(Rule::AddressAllowed), traceIds(d.verdict.trace).constData());
    }
}

// Address rules as nginx's access module has them: the server's list, then the resource's, one
// ordered list; the first match decides; none matching allows. The simulated client address (a
// server setting) replaces the peer's for this step only, and the trace says so.
void tst_Decision::addressRules_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QStringList>("server");
    QTest::addColumn<QStringList>("resource"); // the rules of the target's resource
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("simulated"); // empty: none
    QTest::addColumn<Headers>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("step");       // the address step that decided
    QTest::addColumn<QString>("matched"); // its rule (or the number of rules for no match)
    QTest::addColumn<QString>("seen");    // the address the rules saw

    const QByteArray lan = QByteArrayLiteral("/lan-only");
    const QStringList none;
    const QStringList lanRules{QStringLiteral("allow 10.0.0.0/8"), QStringLiteral("deny all")};
    auto row = [&](const char *name, const QByteArray &target, const QStringList &server,
                   const QStringList &resource, const char *peer, const char *simulated, int status,
                   Rule step, const QString &matched, const char *seen, const Headers &extra = {}) {
        QTest::newRow(name) << target << server << resource << QString::fromLatin1(peer)
                            << QString::fromLatin1(simulated) << extra << status << step << matched
                            << QString::fromLatin1(seen);
    };
    auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out.append(QString::fromLatin1(i));
        return out;
    };
    row("first match wins: allow", lan, none, l({"allow 10.0.0.0/8", "deny 10.1.0.0/16"}), "10.1.2.3", "",
        200, Rule::AddressAllowed, QStringLiteral("allow 10.0.0.0/8"), "10.1.2.3");
    row("deny before allow", lan, none, l({"deny 10.1.0.0/16", "allow 10.0.0.0/8", "deny all"}), "10.1.2.3",
        "", 403, Rule::AddressDenied, QStringLiteral("deny 10.1.0.0/16"), "10.1.2.3");
    row("deny before allow, outside the denied net", lan, none,
        l({"deny 10.1.0.0/16", "allow 10.0.0.0/8", "deny all"}), "10.2.0.1", "", 200, Rule::AddressAllowed,
        QStringLiteral("allow 10.0.0.0/8"), "10.2.0.1");
    row("no rule matches: allowed", lan, none, l({"deny 192.0.2.0/24"}), "10.1.2.3", "", 200,
        Rule::AddressNoRuleMatched, QStringLiteral("1"), "10.1.2.3");
    row("deny all", lan, none, l({"deny all"}), "10.1.2.3", "", 403, Rule::AddressDenied,
        QStringLiteral("deny all"), "10.1.2.3");
    row("IPv6 allowed", lan, none, l({"allow fd00::/8", "deny all"}), "fd12::1", "", 200,
        Rule::AddressAllowed, QStringLiteral("allow fd00::/8"), "fd12::1");
    row("IPv6 denied", lan, none, l({"allow fd00::/8", "deny all"}), "fe80::1", "", 403, Rule::AddressDenied,
        QStringLiteral("deny all"), "fe80::1");
    row("IPv4 is not in an IPv6 net", lan, none, l({"allow fd00::/8", "deny all"}), "10.1.2.3", "", 403,
        Rule::AddressDenied, QStringLiteral("deny all"), "10.1.2.3");
    row("IPv6 deny of one address", lan, none, l({"deny ::1", "allow all"}), "::1", "", 403,
        Rule::AddressDenied, QStringLiteral("deny ::1/128"), "::1");
    row("mapped client is IPv4", lan, none, lanRules, "::ffff:10.1.2.3", "", 200, Rule::AddressAllowed,
        QStringLiteral("allow 10.0.0.0/8"), "10.1.2.3");
    row("mapped rule is IPv4", lan, none, l({"allow ::ffff:10.0.0.0/104", "deny all"}), "10.1.2.3", "", 200,
        Rule::AddressAllowed, QStringLiteral("allow 10.0.0.0/8"), "10.1.2.3");
    row("server deny before resource allow", lan, l({"deny 10.1.0.0/16"}), lanRules, "10.1.2.3", "", 403,
        Rule::ServerAddressDenied, QStringLiteral("deny 10.1.0.0/16"), "10.1.2.3");
    row("server allow before resource deny", lan, l({"allow 127.0.0.1"}), lanRules, "127.0.0.1", "", 200,
        Rule::ServerAddressAllowed, QStringLiteral("allow 127.0.0.1/32"), "127.0.0.1");
    row("no server match: the resource's rules", lan, l({"deny 192.0.2.0/24"}), lanRules, "10.1.2.3", "", 200,
        Rule::AddressAllowed, QStringLiteral("allow 10.0.0.0/8"), "10.1.2.3");
    row("no match in either: allowed", lan, l({"deny 192.0.2.0/24"}), l({"deny 198.51.100.0/24"}), "10.1.2.3",
        "", 200, Rule::AddressNoRuleMatched, QStringLiteral("2"), "10.1.2.3");
    row("server rules on a public resource", QByteArrayLiteral("/public"), l({"deny all"}), none, "127.0.0.1",
        "", 403, Rule::ServerAddressDenied, QStringLiteral("deny all"), "127.0.0.1");
    row("simulated inside", lan, none, lanRules, "127.0.0.1", "10.1.2.3", 200, Rule::AddressAllowed,
        QStringLiteral("allow 10.0.0.0/8"), "10.1.2.3");
    row("simulated outside, real peer inside", lan, none, lanRules, "10.1.2.3", "192.168.1.10", 403,
        Rule::AddressDenied, QStringLiteral("deny all"), "192.168.1.10");
    row("simulated mapped", lan, none, lanRules, "127.0.0.1", "::ffff:10.1.2.3", 200, Rule::AddressAllowed,
        QStringLiteral("allow 10.0.0.0/8"), "10.1.2.3");
    row("simulated against server rules", lan, l({"deny 10.1.2.3"}), lanRules, "127.0.0.1", "10.1.2.3", 403,
        Rule::ServerAddressDenied, QStringLiteral("deny 10.1.2.3/32"), "10.1.2.3");
    // X-Forwarded-For is the client's word: never the address the rules see.
    row("X-Forwarded-For is not trusted", lan, none, lanRules, "127.0.0.1", "", 403, Rule::AddressDenied,
        QStringLiteral("deny all"), "127.0.0.1",
        Headers{{"X-Forwarded-For", "10.1.2.3"}, {"Forwarded", "for=10.1.2.3"}});
}

void tst_Decision::addressRules()
{
    QFETCH(QByteArray, target);
    QFETCH(QStringList, server);
    QFETCH(QStringList, resource);
    QFETCH(QString, peer);
    QFETCH(QString, simulated);
    QFETCH(Headers, extra);
    QFETCH(int, status);
    QFETCH(Rule, step);
    QFETCH(QString, matched);
    QFETCH(QString, seen);

    Scenario s = m_scenario;
    auto parse = [](const QStringList &texts) {
        AddressRules rules;
        for (const QString &t : texts) {
            const std::optional<AddressRule> r = AddressRule::parse(t);
            Q_ASSERT(r);
            rules.append(*r);
        }
        return rules;
    };
    s.access = parse(server);
    const int index = s.resourceIndexForPath(QString::fromLatin1(target));
    QVERIFY(index >= 0);
    s.resources[index].access = parse(resource);
    s.simulatedClient = simulated.isEmpty() ? QHostAddress() : QHostAddress(simulated);
    s.finalize();

    Headers headers = headersFor(Who::Alice);
    headers.append(extra);
    const Request r = get(target, headers, peer);
    const RequestFacts f = r.facts();
    const Decision d = decide(s, f);
    QVERIFY2(d.response.status == status, describe(d).constData());
    const TraceStep *decided = nullptr;
    for (const TraceStep &t : d.verdict.trace.steps) {
        if (t.check() == Check::Address && t.rule != Rule::AddressSimulated) {
            QVERIFY2(!decided, traceIds(d.verdict.trace).constData()); // one address step decides
            decided = &t;
        }
    }
    QVERIFY2(decided, traceIds(d.verdict.trace).constData());
    QCOMPARE(id(decided->rule), id(step));
    QCOMPARE(decided->a1, seen);
    QCOMPARE(decided->a2, matched);
    if (status == 403) {
        QCOMPARE(id(d.verdict.reason), id(step));
        QVERIFY(headerValues(d.response, http::header::WwwAuthenticate).isEmpty());
        QVERIFY2(!d.verdict.trace.contains(Rule::UserKnown), "credentials are not examined once refused");
    }
    // The trace says when the address is not the peer's, and names both.
    QCOMPARE(d.verdict.trace.contains(Rule::AddressSimulated), !simulated.isEmpty());
    for (const TraceStep &t : d.verdict.trace.steps) {
        if (t.rule == Rule::AddressSimulated) {
            QCOMPARE(t.a1, seen);
            QCOMPARE(t.a2, QHostAddress(peer).toString().remove(QStringLiteral("::ffff:")));
            QVERIFY2(t.text().contains(QStringLiteral("simulated address ") + seen +
                                       QStringLiteral(" (the real peer is ") + t.a2 + QLatin1Char(')')),
                     qPrintable(t.text()));
        }
    }
}

// BRIEF.md's /lan-only: "valid user, but only from 10.0.0.0/8". With 10.1.2.3 simulated on the
// loopback, every valid user gets 200, and the rest what they would get from the LAN.
void tst_Decision::simulatedAddressOnLanOnly_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<int>("status");
    QTest::newRow("alice") << Who::Alice << 200;
    QTest::newRow("bob") << Who::Bob << 200;
    QTest::newRow("carol") << Who::Carol << 200;
    QTest::newRow("anonymous") << Who::Anonymous << 401;
    QTest::newRow("wrong password") << Who::WrongPassword << 401;
}

void tst_Decision::simulatedAddressOnLanOnly()
{
    QFETCH(Who, who);
    QFETCH(int, status);
    const Request r = get(QByteArrayLiteral("/lan-only"), headersFor(who), QStringLiteral("127.0.0.1"));
    const RequestFacts f = r.facts();
    QCOMPARE(decide(m_scenario, f).response.status, 403); // the real peer is outside 10.0.0.0/8
    Scenario s = m_scenario;
    s.simulatedClient = QHostAddress(QStringLiteral("10.1.2.3"));
    s.finalize();
    const Decision d = decide(s, f);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QVERIFY(d.verdict.trace.contains(Rule::AddressSimulated));
}

// ---------------------------------------------------------------------------------------
// Malformed Authorization: 400 (standards.md §2 row 2, strict mode).

void tst_Decision::malformedAuthorization_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<Rule>("reason");

    const QByteArray alice = authorizationFor(Who::Alice);
    QTest::newRow("no colon") << authHeader(QByteArrayLiteral("Basic QWxhZGRpbg==")) << Rule::BasicNoColon;
    QTest::newRow("bad base64") << authHeader(QByteArrayLiteral("Basic abc-def")) << Rule::BasicBadBase64;
    QTest::newRow("bad base64 padding")
        << authHeader(QByteArrayLiteral("Basic YWxpY2U6d29uZGVybGFuZA====")) << Rule::BasicBadBase64;
    QTest::newRow("control character")
        << authHeader(basicFor(QByteArrayLiteral("alice:wonder\x01land"))) << Rule::BasicControlCharacter;
    QTest::newRow("Basic alone") << authHeader(QByteArrayLiteral("Basic")) << Rule::BasicMissingToken;
    QTest::newRow("Basic and spaces") << authHeader(QByteArrayLiteral("Basic   ")) << Rule::BasicMissingToken;
    QTest::newRow("two Authorization fields")
        << Headers{{QByteArrayLiteral("Authorization"), alice}, {QByteArrayLiteral("Authorization"), alice}}
        << Rule::DuplicateAuthorization;
    QTest::newRow("two Authorization fields, different case")
        << Headers{{QByteArrayLiteral("Authorization"), alice}, {QByteArrayLiteral("authorization"), alice}}
        << Rule::DuplicateAuthorization;
    QTest::newRow("Basic, not token68: two words")
        << authHeader(QByteArrayLiteral("Basic YWxp Y2U6")) << Rule::BasicNotToken68;
    QTest::newRow("Basic, not token68: auth-param")
        << authHeader(QByteArrayLiteral("Basic user=\"alice\"")) << Rule::BasicNotToken68;
    QTest::newRow("Basic, not token68: !!!")
        << authHeader(QByteArrayLiteral("Basic !!!")) << Rule::BasicNotToken68;
    QTest::newRow("not a scheme token")
        << authHeader(QByteArrayLiteral("=Basic abc")) << Rule::CredentialsMalformed;
    QTest::newRow("tab after scheme")
        << authHeader(QByteArrayLiteral("Basic\tYWxpY2U6d29uZGVybGFuZA==")) << Rule::CredentialsMalformed;
    QTest::newRow("empty field") << authHeader(QByteArray()) << Rule::CredentialsMalformed;
}

void tst_Decision::malformedAuthorization()
{
    QFETCH(Headers, headers);
    QFETCH(Rule, reason);

    for (const char *target : {"/staff", "/admin"}) {
        const Request r = get(QByteArray(target), headers);
        const Decision d = run(r);
        QVERIFY2(d.response.status == 400, describe(d).constData());
        QCOMPARE(id(d.verdict.reason), id(reason));
        QVERIFY2(d.verdict.trace.decisiveStep(), target);
        QCOMPARE(id(d.verdict.trace.decisiveStep()->rule), id(reason));
        QVERIFY2(!d.verdict.authenticated(), "a malformed request authenticates nobody");
        QCOMPARE(headerValues(d.response, http::header::CacheControl),
                 QList<QByteArray>{QByteArrayLiteral("no-store")});
        QVERIFY2(d.response.body.contains("malformed") || d.response.body.contains("more than one"),
                 d.response.body.constData());
    }
}

// ---------------------------------------------------------------------------------------
// RFC 9110 §11.1: the scheme name is case-insensitive.

void tst_Decision::schemeCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::newRow("Basic") << QByteArrayLiteral("Basic");
    QTest::newRow("basic") << QByteArrayLiteral("basic");
    QTest::newRow("BASIC") << QByteArrayLiteral("BASIC");
    QTest::newRow("bAsIc") << QByteArrayLiteral("bAsIc");
}

void tst_Decision::schemeCaseInsensitive()
{
    QFETCH(QByteArray, scheme);

    const Request r = get(QByteArrayLiteral("/staff"), authHeader(scheme + " QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
    // Aladdin is not a user: 401 proves the scheme was parsed; alice proves it is granted.
    const Decision aladdin = run(r);
    QVERIFY2(aladdin.response.status == 401, describe(aladdin).constData());
    QCOMPARE(id(aladdin.verdict.reason), id(Rule::UserUnknown));
    QCOMPARE(aladdin.verdict.claimedUser, QStringLiteral("Aladdin"));

    const Request r2 = get(QByteArrayLiteral("/staff"), authHeader(scheme + " YWxpY2U6d29uZGVybGFuZA=="));
    const Decision d = run(r2);
    QVERIFY2(d.response.status == 200, describe(d).constData());
    QCOMPARE(userName(d.verdict), QStringLiteral("alice"));
    QVERIFY2(d.verdict.scheme && *d.verdict.scheme == AuthScheme::Basic, "the scheme is recognised as Basic");
    QVERIFY2(d.verdict.trace.contains(Rule::SchemeAccepted), traceIds(d.verdict.trace).constData());
}

// ---------------------------------------------------------------------------------------
// RFC 9110 §11.4: an unsupported scheme is treated like no credentials: 401 + challenge.

void tst_Decision::unsupportedScheme_data()
{
    QTest::addColumn<QByteArray>("authorization");

    QTest::newRow("Foo bar") << QByteArrayLiteral("Foo bar");
    QTest::newRow("Foo alone") << QByteArrayLiteral("Foo");
    QTest::newRow("Bearer on a Basic resource") << QByteArrayLiteral("Bearer alice-token");
    QTest::newRow("Digest on a Basic resource")
        << QByteArrayLiteral("Digest username=\"alice\", realm=\"AuthLab\"");
    QTest::newRow("Negotiate") << QByteArrayLiteral("Negotiate YIIB");
    QTest::newRow("Basic prefix of a longer scheme") << QByteArrayLiteral("Basicx YWxpY2U6d29uZGVybGFuZA==");
    QTest::newRow("session is not an HTTP scheme") << QByteArrayLiteral("session abc");
}

void tst_Decision::unsupportedScheme()
{
    QFETCH(QByteArray, authorization);

    const Request r = get(QByteArrayLiteral("/staff"), authHeader(authorization));
    const Decision d = run(r);
    QVERIFY2(d.response.status == 401, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(Rule::UnsupportedScheme));
    QCOMPARE(headerValues(d.response, http::header::WwwAuthenticate), QList<QByteArray>{kBasicChallenge});
    QVERIFY2(!d.verdict.authenticated(), "nobody is authenticated");
}

// ---------------------------------------------------------------------------------------
// RFC 9111 §5.2.2.5 / RFC 9110 §12.5.5: answers that depend on credentials are not stored.

void tst_Decision::cacheHeaders_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("private_"); // Cache-Control: no-store and Vary: Authorization expected

    const QString lan = QStringLiteral("10.1.2.3");
    QTest::newRow("/staff alice 200") << get("/staff", headersFor(Who::Alice)) << 200 << true;
    QTest::newRow("/staff carol 403") << get("/staff", headersFor(Who::Carol)) << 403 << true;
    QTest::newRow("/staff anonymous 401") << get("/staff", headersFor(Who::Anonymous)) << 401 << true;
    QTest::newRow("/staff wrong password 401")
        << get("/staff", headersFor(Who::WrongPassword)) << 401 << true;
    QTest::newRow("/staff malformed 400") << get("/staff", authHeader("Basic QWxhZGRpbg==")) << 400 << true;
    QTest::newRow("/staff unsupported scheme 401") << get("/staff", authHeader("Foo bar")) << 401 << true;
    QTest::newRow("/admin alice 200") << get("/admin", headersFor(Who::Alice)) << 200 << true;
    QTest::newRow("/admin bob 403") << get("/admin", headersFor(Who::Bob)) << 403 << true;
    QTest::newRow("/vault alice 200") << get("/vault", headersFor(Who::Alice)) << 200 << true;
    QTest::newRow("/vault bob 404") << get("/vault", headersFor(Who::Bob)) << 404 << true;
    QTest::newRow("/vault anonymous 404") << get("/vault", headersFor(Who::Anonymous)) << 404 << true;
    QTest::newRow("/lan-only local 403") << get("/lan-only", headersFor(Who::Alice)) << 403 << true;
    QTest::newRow("/lan-only local anonymous 403")
        << get("/lan-only", headersFor(Who::Anonymous)) << 403 << true;
    QTest::newRow("/lan-only LAN 200") << get("/lan-only", headersFor(Who::Alice), lan) << 200 << true;
    QTest::newRow("/lan-only LAN 401") << get("/lan-only", headersFor(Who::Anonymous), lan) << 401 << true;
    QTest::newRow("/api/reports token 200")
        << get("/api/reports", authHeader("Bearer bob-token")) << 200 << true;
    QTest::newRow("/api/admin token 403") << get("/api/admin", authHeader("Bearer bob-token")) << 403 << true;
    QTest::newRow("/api/admin no token 401") << get("/api/admin", {}) << 401 << true;
    QTest::newRow("/nope 404") << get("/nope", {}) << 404 << true;
    QTest::newRow("/nope alice 404") << get("/nope", headersFor(Who::Alice)) << 404 << true;
    QTest::newRow("/ anonymous 200") << get("/", {}) << 200 << false;
    // Alice's index lists the hidden /vault: her own page, not for caches.
    QTest::newRow("/ alice 200") << get("/", headersFor(Who::Alice)) << 200 << true;
    QTest::newRow("/ bob 200") << get("/", headersFor(Who::Bob)) << 200 << false;
    QTest::newRow("/public anonymous 200") << get("/public", {}) << 200 << false;
    QTest::newRow("/public alice 200") << get("/public", headersFor(Who::Alice)) << 200 << false;
    QTest::newRow("/public wrong password 200")
        << get("/public", headersFor(Who::WrongPassword)) << 200 << false;
}

void tst_Decision::cacheHeaders()
{
    QFETCH(Request, request);
    QFETCH(int, status);
    QFETCH(bool, private_);

    const Decision d = run(request);
    QVERIFY2(d.response.status == status, describe(d).constData());
    const QList<QByteArray> cacheControl = headerValues(d.response, http::header::CacheControl);
    const QList<QByteArray> vary = headerValues(d.response, http::header::Vary);
    if (private_) {
        QVERIFY2(cacheControl == QList<QByteArray>{QByteArrayLiteral("no-store")},
                 d.response.headers.constData());
        QVERIFY2(vary == QList<QByteArray>{QByteArrayLiteral("Authorization")},
                 d.response.headers.constData());
    } else {
        QVERIFY2(cacheControl.isEmpty(), d.response.headers.constData());
        QVERIFY2(vary.isEmpty(), d.response.headers.constData());
    }
}

// ---------------------------------------------------------------------------------------
// RFC 9457 problem details when the client prefers JSON, HTML otherwise.

void tst_Decision::problemFormat_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("json");

    struct Case
    {
        const char *name;
        QByteArray target;
        Who who;
        int status;
    };
    const QList<Case> cases = {
        {"401", QByteArrayLiteral("/staff"), Who::Anonymous, 401},
        {"403", QByteArrayLiteral("/admin"), Who::Carol, 403},
        {"404 missing", QByteArrayLiteral("/nope"), Who::Anonymous, 404},
        {"404 hidden", QByteArrayLiteral("/vault"), Who::Bob, 404},
        {"403 address", QByteArrayLiteral("/lan-only"), Who::Alice, 403},
    };
    struct AcceptCase
    {
        const char *accept;
        bool json;
    };
    const QList<AcceptCase> accepts = {
        {"", false},
        {"text/html", false},
        {"*/*", false},
        {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false},
        {"application/json", true},
        {"application/problem+json", true},
        {"APPLICATION/JSON", true},
        {"application/json, text/plain, */*", true},
        {"text/html, application/json;q=0.9", false},
        {"application/json, text/html;q=0.5", true},
        {"text/html;q=0.1, application/json", true},
        {"application/json;q=0", false},
    };
    for (const Case &c : cases) {
        for (const AcceptCase &a : accepts) {
            QTest::addRow("%s Accept:%s", c.name, a.accept)
                << get(c.target, headersFor(c.who, QByteArray(a.accept))) << c.status << a.json;
        }
    }
    QTest::newRow("400 malformed JSON")
        << get("/staff", Headers{{"Authorization", "Basic QWxhZGRpbg=="}, {"Accept", "application/json"}})
        << 400 << true;
    QTest::newRow("400 malformed HTML") << get("/staff", authHeader("Basic QWxhZGRpbg==")) << 400 << false;
}

void tst_Decision::problemFormat()
{
    QFETCH(Request, request);
    QFETCH(int, status);
    QFETCH(bool, json);

    const Decision d = run(request);
    QVERIFY2(d.response.status == status, describe(d).constData());
    const QList<QByteArray> contentType = headerValues(d.response, http::header::ContentType);
    QCOMPARE(contentType.size(), 1);
    if (json) {
        QCOMPARE(contentType.first(), QByteArrayLiteral("application/problem+json"));
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(d.response.body, &err);
        QVERIFY2(err.error == QJsonParseError::NoError && doc.isObject(), d.response.body.constData());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("status")).toInt(-1), status);
        QCOMPARE(o.value(QLatin1String("title")).toString(), QString::fromLatin1(http::reasonPhrase(status)));
        QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("about:blank"));
        QVERIFY2(!o.value(QLatin1String("detail")).toString().isEmpty(), d.response.body.constData());
    } else {
        QCOMPARE(contentType.first(), QByteArrayLiteral("text/html; charset=utf-8"));
        QVERIFY2(d.response.body.startsWith("<!DOCTYPE html>"), d.response.body.constData());
        const QByteArray title = QByteArray::number(status) + ' ' + http::reasonPhrase(status).toByteArray();
        QVERIFY2(d.response.body.contains(QByteArray("<title>" + title + "</title>")),
                 d.response.body.constData());
    }
}

// ---------------------------------------------------------------------------------------
// Bearer, RFC 6750 §3 and §3.1.

void tst_Decision::bearer_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("authorization"); // empty: none
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");
    QTest::addColumn<QByteArray>("error"); // expected error="..." in the challenge; "-" means no challenge
    QTest::addColumn<QByteArray>("scope"); // expected scope="..." (empty: none)

    const QByteArray none;
    const QByteArray noChallenge = QByteArrayLiteral("-");
    QTest::newRow("/api/reports alice-token")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer alice-token") << 200
        << Rule::Granted << noChallenge << none;
    QTest::newRow("/api/reports bob-token")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer bob-token") << 200 << Rule::Granted
        << noChallenge << none;
    QTest::newRow("/api/reports lowercase scheme")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("bearer bob-token") << 200 << Rule::Granted
        << noChallenge << none;
    QTest::newRow("/api/admin alice-token")
        << QByteArrayLiteral("/api/admin") << QByteArrayLiteral("Bearer alice-token") << 403
        << Rule::ScopeMissing << QByteArrayLiteral("insufficient_scope") << QByteArrayLiteral("admin");
    QTest::newRow("/api/admin bob-token")
        << QByteArrayLiteral("/api/admin") << QByteArrayLiteral("Bearer bob-token") << 403
        << Rule::ScopeMissing << QByteArrayLiteral("insufficient_scope") << QByteArrayLiteral("admin");
    QTest::newRow("/api/reports unknown token")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer mallory-token") << 401
        << Rule::TokenUnknown << QByteArrayLiteral("invalid_token") << none;
    QTest::newRow("/api/admin unknown token")
        << QByteArrayLiteral("/api/admin") << QByteArrayLiteral("Bearer mallory-token") << 401
        << Rule::TokenUnknown << QByteArrayLiteral("invalid_token") << none;
    QTest::newRow("/api/reports token with a prefix of alice-token")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer alice") << 401 << Rule::TokenUnknown
        << QByteArrayLiteral("invalid_token") << none;
    QTest::newRow("/api/reports no token")
        << QByteArrayLiteral("/api/reports") << none << 401 << Rule::NoCredentials << none << none;
    QTest::newRow("/api/admin no token")
        << QByteArrayLiteral("/api/admin") << none << 401 << Rule::NoCredentials << none << none;
    QTest::newRow("/api/reports Basic credentials")
        << QByteArrayLiteral("/api/reports") << authorizationFor(Who::Alice) << 401 << Rule::UnsupportedScheme
        << none << none;
    QTest::newRow("/api/reports Foo bar") << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Foo bar")
                                          << 401 << Rule::UnsupportedScheme << none << none;
    QTest::newRow("/api/reports Bearer a b")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer a b") << 400
        << Rule::BearerMalformed << QByteArrayLiteral("invalid_request") << none;
    QTest::newRow("/api/admin Bearer a b")
        << QByteArrayLiteral("/api/admin") << QByteArrayLiteral("Bearer a b") << 400 << Rule::BearerMalformed
        << QByteArrayLiteral("invalid_request") << none;
    QTest::newRow("/api/reports Bearer alone")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer") << 400 << Rule::BearerMalformed
        << QByteArrayLiteral("invalid_request") << none;
    QTest::newRow("/api/reports Bearer with auth-param")
        << QByteArrayLiteral("/api/reports") << QByteArrayLiteral("Bearer token=\"alice-token\"") << 400
        << Rule::BearerMalformed << QByteArrayLiteral("invalid_request") << none;
}

void tst_Decision::bearer()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(Rule, reason);
    QFETCH(QByteArray, error);
    QFETCH(QByteArray, scope);

    const Request r = get(target, authorization.isEmpty() ? Headers{} : authHeader(authorization));
    const Decision d = run(r);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));

    const QList<QByteArray> challenges = headerValues(d.response, http::header::WwwAuthenticate);
    if (error == "-") {
        QVERIFY2(challenges.isEmpty(), d.response.headers.constData());
        return;
    }
    QCOMPARE(challenges.size(), 1);
    const QByteArray &c = challenges.first();
    if (error.isEmpty()) {
        // RFC 6750 §3.1: no token (or an unsupported method): no error information
        QCOMPARE(c, QByteArrayLiteral("Bearer realm=\"AuthLab\""));
        return;
    }
    QVERIFY2(c.startsWith("Bearer realm=\"AuthLab\", "), c.constData());
    QVERIFY2(c.contains(QByteArray("error=\"" + error + '"')), c.constData());
    if (scope.isEmpty())
        QVERIFY2(!c.contains("scope="), c.constData());
    else
        QVERIFY2(c.contains(QByteArray("scope=\"" + scope + '"')), c.constData());
    QVERIFY2(!c.contains("Basic"), c.constData());
}

// RFC 6750 §2: a token comes in the Authorization field (§2.1), a form body (§2.2) or the query
// (§2.3); by more than one of them it is a 400 invalid_request (§3.1). POST is not a method of the
// default resources: a form-body token that authenticates ends in 405 (after authentication), one
// that does not in its 401/403, exactly as the same token in the header field would.
void tst_Decision::bearerTokenMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("authorization"); // empty: none
    QTest::addColumn<QByteArray>("contentType");   // empty: none
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");
    QTest::addColumn<QByteArray>("error");  // error="..." of the Bearer challenge; "" bare; "-" none
    QTest::addColumn<QList<Rule>>("steps"); // the steps that name the methods

    const QByteArray form = QByteArrayLiteral("application/x-www-form-urlencoded");
    const QByteArray alice = QByteArrayLiteral("Bearer alice-token");
    const QByteArray none;
    const QByteArray noChallenge = QByteArrayLiteral("-");
    const QByteArray invalidRequest = QByteArrayLiteral("invalid_request");
    auto row = [&](const char *name, const char *method, const char *target, const QByteArray &authorization,
                   const QByteArray &type, const QByteArray &body, int status, Rule reason,
                   const QByteArray &error, Rule step, bool truncated = false, Rule also = Rule::RuleCount) {
        QList<Rule> steps;
        for (Rule r : {step, also}) {
            if (r != Rule::RuleCount)
                steps.append(r);
        }
        QTest::newRow(name) << QByteArray(method) << QByteArray(target) << authorization << type << body
                            << truncated << status << reason << error << steps;
    };
    // More than one method: 400 invalid_request, whatever the tokens are.
    row("header + query", "GET", "/api/reports?access_token=alice-token", alice, none, none, 400,
        Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("header + query, other token", "GET", "/api/reports?x=1&access_token=bob-token", alice, none, none,
        400, Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("header + percent-encoded query name", "GET", "/api/reports?access%5Ftoken=alice-token", alice, none,
        none, 400, Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("header + empty query token", "GET", "/api/reports?access_token=", alice, none, none, 400,
        Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("header + form body", "POST", "/api/reports", alice, form, "access_token=alice-token", 400,
        Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("query + form body", "POST", "/api/reports?access_token=alice-token", none, form,
        "access_token=alice-token", 400, Rule::BearerMultipleMethods, invalidRequest,
        Rule::BearerMultipleMethods);
    row("header + query + form body", "PUT", "/api/reports?access_token=a", alice, form, "access_token=b",
        400, Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("malformed header + query", "GET", "/api/reports?access_token=alice-token", "Bearer a b", none, none,
        400, Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    row("/app/ header + query", "GET", "/app/x?access_token=alice-token", alice, none, none, 400,
        Rule::BearerMultipleMethods, invalidRequest, Rule::BearerMultipleMethods);
    // One method, the parameter twice: "repeats the same parameter" (§3.1).
    row("form body token twice", "POST", "/api/reports", none, form, "access_token=a&access_token=b", 400,
        Rule::BearerTokenRepeated, invalidRequest, Rule::BearerTokenRepeated);
    // The form body (§2.2): accepted like the header field.
    row("form body, valid token", "POST", "/api/reports", none, form, "access_token=bob-token", 405,
        Rule::MethodNotAllowed, noChallenge, Rule::BearerFromBody);
    row("form body with other fields", "POST", "/api/reports", none, form, "a=1&access_token=bob-token&b=2",
        405, Rule::MethodNotAllowed, noChallenge, Rule::BearerFromBody);
    row("form body, charset=UTF-8", "PATCH", "/api/reports", none, form + "; charset=UTF-8",
        "access_token=bob-token", 405, Rule::MethodNotAllowed, noChallenge, Rule::BearerFromBody);
    row("form body, PUT", "PUT", "/api/reports", none, form, "access_token=bob-token", 405,
        Rule::MethodNotAllowed, noChallenge, Rule::BearerFromBody);
    row("form body, scope missing", "POST", "/api/admin", none, form, "access_token=bob-token", 403,
        Rule::ScopeMissing, QByteArrayLiteral("insufficient_scope"), Rule::BearerFromBody);
    row("form body, unknown token", "POST", "/api/reports", none, form, "access_token=mallory-token", 401,
        Rule::TokenUnknown, QByteArrayLiteral("invalid_token"), Rule::BearerFromBody);
    // invalid_token covers a malformed token (§3.1); the b64token syntax is the header field's (§2.1).
    row("form body, not a b64token", "POST", "/api/reports", none, form, "access_token=a%20b", 401,
        Rule::TokenUnknown, QByteArrayLiteral("invalid_token"), Rule::BearerFromBody);
    row("/app/ form body", "POST", "/app/x", none, form, "access_token=bob-token", 405,
        Rule::MethodNotAllowed, noChallenge, Rule::BearerFromBody);
    // Not a form-body token: GET (and other methods without content semantics), another media type.
    row("GET form body", "GET", "/api/reports", none, form, "access_token=alice-token", 401,
        Rule::NoCredentials, none, Rule::BearerBodyNotForMethod);
    row("GET header + form body", "GET", "/api/reports", alice, form, "access_token=bob-token", 200,
        Rule::Granted, noChallenge, Rule::BearerFromHeader, false, Rule::BearerBodyNotForMethod);
    row("DELETE form body", "DELETE", "/api/reports", none, form, "access_token=alice-token", 401,
        Rule::NoCredentials, none, Rule::BearerBodyNotForMethod);
    row("multipart body", "POST", "/api/reports", none, "multipart/form-data; boundary=x",
        "access_token=alice-token", 401, Rule::NoCredentials, none, Rule::RuleCount);
    row("JSON body", "POST", "/api/reports", none, "application/json", "access_token=alice-token", 401,
        Rule::NoCredentials, none, Rule::RuleCount);
    row("header + JSON body", "POST", "/api/reports", alice, "application/json", "access_token=alice-token",
        405, Rule::MethodNotAllowed, noChallenge, Rule::BearerFromHeader);
    // A body that cannot be read for a token, with the form unit's limits.
    row("form body over the limit", "POST", "/api/reports", none, form,
        "access_token=bob-token&pad=" + QByteArray(9000, 'x'), 413, Rule::BearerFormUnreadable, noChallenge,
        Rule::BearerFormUnreadable);
    row("form body truncated", "POST", "/api/reports", none, form, "access_token=bob-token", 413,
        Rule::BearerFormUnreadable, noChallenge, Rule::BearerFormUnreadable, true);
    row("form body, too many fields", "POST", "/api/reports", none, form,
        QByteArray("a=1&").repeated(20) + "access_token=bob-token", 400, Rule::BearerFormUnreadable,
        invalidRequest, Rule::BearerFormUnreadable);
    // The query alone (§2.3): not accepted, as before: no credentials, a bare challenge.
    row("query alone", "GET", "/api/reports?access_token=alice-token", none, none, none, 401,
        Rule::NoCredentials, none, Rule::BearerQueryNotAccepted);
    // The header field alone (§2.1).
    row("header alone", "GET", "/api/reports", alice, none, none, 200, Rule::Granted, noChallenge,
        Rule::BearerFromHeader);
    // Resources without Bearer never look at the query or the body.
    row("/staff Basic + query", "GET", "/staff?access_token=alice-token", authorizationFor(Who::Alice), none,
        none, 200, Rule::Granted, noChallenge, Rule::RuleCount);
    row("/staff form body", "POST", "/staff", authorizationFor(Who::Alice), form, "access_token=x", 405,
        Rule::MethodNotAllowed, noChallenge, Rule::RuleCount);
}

void tst_Decision::bearerTokenMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, truncated);
    QFETCH(int, status);
    QFETCH(Rule, reason);
    QFETCH(QByteArray, error);
    QFETCH(QList<Rule>, steps);

    Request r = get(target, authorization.isEmpty() ? Headers{} : authHeader(authorization));
    r.method = method;
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    r.body = body;
    RequestFacts f = r.facts();
    f.bodyTruncated = truncated;
    const Decision d = decide(m_scenario, f);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));

    const QList<QByteArray> challenges = headerValues(d.response, http::header::WwwAuthenticate);
    if (error == "-") {
        QVERIFY2(challenges.isEmpty(), d.response.headers.constData());
    } else if (error.isEmpty()) {
        QCOMPARE(challenges, QList<QByteArray>{QByteArrayLiteral("Bearer realm=\"AuthLab\"")});
    } else {
        QCOMPARE(challenges.size(), 1);
        QVERIFY2(
            challenges.first().startsWith(QByteArray("Bearer realm=\"AuthLab\", error=\"" + error + '"')),
            challenges.first().constData());
    }
    const QList<Rule> methodSteps = {Rule::BearerFromHeader,       Rule::BearerFromBody,
                                     Rule::BearerQueryNotAccepted, Rule::BearerBodyNotForMethod,
                                     Rule::BearerMultipleMethods,  Rule::BearerTokenRepeated,
                                     Rule::BearerFormUnreadable};
    for (Rule step : methodSteps) {
        QVERIFY2(d.verdict.trace.contains(step) == steps.contains(step),
                 QByteArray(id(step) + " in " + traceIds(d.verdict.trace)).constData());
    }
    for (Rule step : std::as_const(steps)) {
        // Each of these steps cites RFC 6750 and the clause of its method.
        const QString cite = ruleCitation(step);
        QVERIFY2(cite.startsWith(QStringLiteral("RFC 6750 §")), qPrintable(cite));
    }
    if (status == 400)
        QVERIFY2(!d.verdict.authenticated(), "a 400 authenticates nobody");
}

// The invalid_request of two methods says so (error_description), not "not a single bearer token".
void tst_Decision::bearerErrorDescriptionNamesTheDefect()
{
    Request both = get(QByteArrayLiteral("/api/reports?access_token=alice-token"),
                       authHeader(QByteArrayLiteral("Bearer alice-token")));
    const Decision d = run(both);
    QCOMPARE(d.response.status, 400);
    const QList<QByteArray> c = headerValues(d.response, http::header::WwwAuthenticate);
    QCOMPARE(c.size(), 1);
    QVERIFY2(c.first().contains("error_description=\"The access token is sent by more than one method\""),
             c.first().constData());
    QVERIFY2(d.response.body.contains("more than one method"), d.response.body.constData());
    const Decision malformed = run(get(QByteArrayLiteral("/api/reports"), authHeader("Bearer a b")));
    QVERIFY(headerValues(malformed.response, http::header::WwwAuthenticate)
                .first()
                .contains("error_description=\"The Authorization field is not a single bearer token\""));
}

void tst_Decision::bearerExpiredToken()
{
    Scenario s = m_scenario;
    const int alice = s.userIndex(QStringLiteral("alice"));
    QVERIFY(alice >= 0);
    QCOMPARE(s.users[alice].tokens.size(), 1);
    s.users[alice].tokens[0].expired = true;
    s.finalize();

    const Request r =
        get(QByteArrayLiteral("/api/reports"), authHeader(QByteArrayLiteral("Bearer alice-token")));
    const RequestFacts f = r.facts();
    const Decision d = decide(s, f);
    QVERIFY2(d.response.status == 401, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(Rule::TokenExpired));
    QVERIFY2(!d.verdict.authenticated(), "an expired token authenticates nobody");
    const QList<QByteArray> challenges = headerValues(d.response, http::header::WwwAuthenticate);
    QCOMPARE(challenges.size(), 1);
    QVERIFY2(challenges.first().startsWith("Bearer realm=\"AuthLab\", "), challenges.first().constData());
    QVERIFY2(challenges.first().contains("error=\"invalid_token\""), challenges.first().constData());

    // bob's token is unaffected
    const Request bob =
        get(QByteArrayLiteral("/api/reports"), authHeader(QByteArrayLiteral("Bearer bob-token")));
    const RequestFacts bf = bob.facts();
    QCOMPARE(decide(s, bf).response.status, 200);
}

void tst_Decision::appAcceptsBearer()
{
    // /app/ is a prefix resource (cookie session, also Bearer): an API client gets 401 with a
    // Bearer challenge, and a valid token is accepted anywhere below the prefix.
    const Request anonymous =
        get(QByteArrayLiteral("/app/reports"),
            Headers{{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}});
    const Decision a = run(anonymous);
    QVERIFY2(a.response.status == 401, describe(a).constData());
    QCOMPARE(resourcePath(a.verdict), QStringLiteral("/app/"));
    QCOMPARE(headerValues(a.response, http::header::WwwAuthenticate),
             QList<QByteArray>{QByteArrayLiteral("Bearer realm=\"AuthLab\"")});

    const Request token =
        get(QByteArrayLiteral("/app/reports"), authHeader(QByteArrayLiteral("Bearer bob-token")));
    const Decision t = run(token);
    QVERIFY2(t.response.status == 200, describe(t).constData());
    QCOMPARE(userName(t.verdict), QStringLiteral("bob"));
}

// ---------------------------------------------------------------------------------------
// Cookie session: /login, /logout, /app/ (BRIEF.md's /app/ row).

void tst_Decision::sessionAnonymous_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("browser") << QByteArrayLiteral("text/html,application/xhtml+xml,*/*;q=0.8") << 302
                             << QByteArrayLiteral("/login?next=/app/");
    QTest::newRow("api json") << QByteArrayLiteral("application/json") << 401 << QByteArray();
    QTest::newRow("curl") << QByteArrayLiteral("*/*") << 401 << QByteArray();
}

void tst_Decision::sessionAnonymous()
{
    QFETCH(QByteArray, accept);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    const Decision d = run(get(QByteArrayLiteral("/app/"), Headers{{"Accept", accept}}));
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(headerValues(d.response, "Location"),
             location.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{location});
    // Never a 401 without a challenge (RFC 9110 §11.6.1): the Bearer one (RFC 6750 §3).
    QCOMPARE(headerValues(d.response, http::header::WwwAuthenticate),
             status == 401 ? QList<QByteArray>{QByteArrayLiteral("Bearer realm=\"AuthLab\"")}
                           : QList<QByteArray>{});
    QVERIFY(!renderKey(d.verdict).cacheable || location.isEmpty());
}

void tst_Decision::sessionLogin_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("alice") << QByteArrayLiteral("alice") << QByteArrayLiteral("wonderland");
    QTest::newRow("bob") << QByteArrayLiteral("bob") << QByteArrayLiteral("builder");
    QTest::newRow("carol") << QByteArrayLiteral("carol") << QByteArrayLiteral("songbird");
}

void tst_Decision::sessionLogin()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    AuthState state;
    const QByteArray id = session::newId();
    const Decision in = login(state, "username=" + user + "&password=" + password + "&next=%2Fapp%2F", id);
    QVERIFY2(in.response.status == 303, describe(in).constData());
    QCOMPARE(headerValues(in.response, "Location"), QList<QByteArray>{QByteArrayLiteral("/app/")});
    const QList<QByteArray> cookies = headerValues(in.response, "Set-Cookie");
    QCOMPARE(cookies.size(), 1);
    QVERIFY(cookies.first().startsWith(QByteArray("authlab_session=" + id + ";")));
    for (const char *attr : {"; HttpOnly", "; SameSite=Lax", "; Path=/"})
        QVERIFY2(cookies.first().contains(attr), cookies.first().constData());
    QVERIFY(!renderKey(in.verdict).cacheable);
    QCOMPARE(state.size(StateTable::Sessions), 1);

    const Decision app =
        run(get(QByteArrayLiteral("/app/"),
                Headers{{"Accept", "text/html"}, {"Cookie", QByteArray("authlab_session=" + id)}}),
            state);
    QVERIFY2(app.response.status == 200, describe(app).constData());
    QCOMPARE(userName(app.verdict), QString::fromUtf8(user));
    QCOMPARE(headerValues(app.response, "Cache-Control"), QList<QByteArray>{QByteArrayLiteral("no-store")});

    // A Bearer token is accepted too (alice-token, as in BRIEF.md's row).
    const Decision bearer =
        run(get(QByteArrayLiteral("/app/"), authHeader(QByteArrayLiteral("Bearer alice-token"))));
    QVERIFY2(bearer.response.status == 200, describe(bearer).constData());
    QCOMPARE(headerValues(bearer.response, "Cache-Control"),
             QList<QByteArray>{QByteArrayLiteral("no-store")});

    // Another id names no session: a browser goes back to the form.
    const Decision other = run(get(QByteArrayLiteral("/app/"),
                                   Headers{{"Accept", "text/html"},
                                           {"Cookie", QByteArray("authlab_session=" + QByteArray(32, 'b'))}}),
                               state);
    QVERIFY2(other.response.status == 302, describe(other).constData());
}

void tst_Decision::sessionWrongPassword_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::newRow("wrong password") << QByteArrayLiteral("username=bob&password=nope&next=/app/");
    QTest::newRow("unknown user") << QByteArrayLiteral("username=mallory&password=builder&next=/app/");
    QTest::newRow("no password") << QByteArrayLiteral("username=bob&next=/app/");
}

void tst_Decision::sessionWrongPassword()
{
    QFETCH(QByteArray, form);
    AuthState state;
    const Decision d = login(state, form);
    QVERIFY2(d.response.status == 200, describe(d).constData());
    QCOMPARE(d.verdict.reason, Rule::SessionLoginFailed);
    QVERIFY(headerValues(d.response, "Set-Cookie").isEmpty());
    QVERIFY(headerValues(d.response, "Location").isEmpty());
    QVERIFY(d.response.body.contains("role=\"alert\""));
    QVERIFY(d.response.body.contains("<form"));
    QCOMPARE(state.size(StateTable::Sessions), 0);
}

void tst_Decision::sessionNextOnlyLocal_data()
{
    QTest::addColumn<QByteArray>("next");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("local") << QByteArrayLiteral("/app/x") << QByteArrayLiteral("/app/x");
    QTest::newRow("scheme-relative") << QByteArrayLiteral("//evil.example") << QByteArrayLiteral("/");
    QTest::newRow("absolute") << QByteArrayLiteral("http%3A%2F%2Fevil.example%2F") << QByteArrayLiteral("/");
    QTest::newRow("missing") << QByteArray() << QByteArrayLiteral("/");
}

void tst_Decision::sessionNextOnlyLocal()
{
    QFETCH(QByteArray, next);
    QFETCH(QByteArray, location);
    AuthState state;
    const Decision d = login(state, "username=alice&password=wonderland&next=" + next);
    QVERIFY2(d.response.status == 303, describe(d).constData());
    QCOMPARE(headerValues(d.response, "Location"), QList<QByteArray>{location});
}

void tst_Decision::sessionLogout()
{
    AuthState state;
    const QByteArray id = session::newId();
    QCOMPARE(login(state, "username=bob&password=builder&next=/app/", id).response.status, 303);
    const Headers withCookie{{"Accept", "text/html"}, {"Cookie", QByteArray("authlab_session=" + id)}};
    QCOMPARE(run(get(QByteArrayLiteral("/app/"), withCookie), state).response.status, 200);

    const Decision out = runDigest(state, get(QByteArrayLiteral("/logout"), withCookie));
    QVERIFY2(out.response.status == 303, describe(out).constData());
    const QList<QByteArray> cleared = headerValues(out.response, "Set-Cookie");
    QCOMPARE(cleared.size(), 1);
    QVERIFY(cleared.first().contains("Max-Age=0"));
    QCOMPARE(state.size(StateTable::Sessions), 0);

    const Decision again = run(get(QByteArrayLiteral("/app/"), withCookie), state);
    QVERIFY2(again.response.status == 302, describe(again).constData());
}

void tst_Decision::sessionLoginForm()
{
    const Decision d = run(get(QByteArrayLiteral("/login?next=/app/"), Headers{{"Accept", "text/html"}}));
    QVERIFY2(d.response.status == 200, describe(d).constData());
    QVERIFY(d.response.body.contains("<form"));
    QVERIFY(d.response.body.contains("/app/"));
    QCOMPARE(d.verdict.reason, Rule::SessionLoginForm);
    // POST must be allowed on /login (and only there).
    Request options = get(QByteArrayLiteral("/login"));
    options.method = QByteArrayLiteral("OPTIONS");
    const Decision opts = run(options);
    QVERIFY(opts.verdict.allow & methods::Post);
}

// ---------------------------------------------------------------------------------------
// Framing problems found by the transport.

void tst_Decision::framing_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");
    QTest::addColumn<QByteArray>("bodyContains");

    QTest::newRow("malformed") << Problem::Malformed << QByteArrayLiteral("Invalid header value char")
                               << qint64(0) << 400 << Rule::MalformedFraming
                               << QByteArrayLiteral("Invalid header value char");
    QTest::newRow("header block too large") << Problem::HeaderBlockTooLarge << QByteArray() << qint64(16384)
                                            << 431 << Rule::HeaderBlockTooLarge << QByteArrayLiteral("16384");
    QTest::newRow("Cookie too large")
        << Problem::HeaderBlockTooLarge << QByteArrayLiteral("Cookie") << qint64(16384) << 431
        << Rule::HeaderFieldTooLarge << QByteArrayLiteral("Cookie");
    QTest::newRow("Authorization too large")
        << Problem::HeaderBlockTooLarge << QByteArrayLiteral("Authorization") << qint64(8192) << 431
        << Rule::HeaderFieldTooLarge << QByteArrayLiteral("Authorization");
    QTest::newRow("too many header fields")
        << Problem::TooManyHeaderFields << QByteArray() << qint64(256) << 431 << Rule::TooManyHeaderFields
        << QByteArrayLiteral("more than 256 header fields");
    QTest::newRow("body too large") << Problem::BodyTooLarge << QByteArray() << qint64(1048576) << 413
                                    << Rule::BodyTooLarge << QByteArrayLiteral("1048576");
    QTest::newRow("timeout") << Problem::Timeout << QByteArray() << qint64(10000) << 408
                             << Rule::RequestTimeout << QByteArrayLiteral("408 Request Timeout");
    QTest::newRow("overloaded") << Problem::Overloaded << QByteArray() << qint64(64) << 503
                                << Rule::Overloaded << QByteArrayLiteral("503 Service Unavailable");
}

void tst_Decision::framing()
{
    QFETCH(Problem, problem);
    QFETCH(QByteArray, detail);
    QFETCH(qint64, limit);
    QFETCH(int, status);
    QFETCH(Rule, reason);
    QFETCH(QByteArray, bodyContains);

    Request r = get(QByteArrayLiteral("/staff"), headersFor(Who::Alice));
    r.problem = problem;
    r.problemDetail = detail;
    r.limit = limit;
    const Decision d = run(r);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));
    QVERIFY2(d.verdict.close, "a framing problem closes the connection");
    QVERIFY2(!d.verdict.authenticated(), "credentials are not examined after a framing problem");
    QVERIFY2(d.response.body.contains(bodyContains), d.response.body.constData());
    QVERIFY2(d.response.body.startsWith(QByteArray(QByteArray::number(status) + ' ')),
             d.response.body.constData());
    QCOMPARE(headerValues(d.response, http::header::ContentType),
             QList<QByteArray>{QByteArrayLiteral("text/plain; charset=utf-8")});
    QVERIFY2(headerValues(d.response, http::header::WwwAuthenticate).isEmpty(),
             d.response.headers.constData());
    QCOMPARE(headerValues(d.response, http::header::CacheControl),
             QList<QByteArray>{QByteArrayLiteral("no-store")});
    QCOMPARE(d.verdict.trace.steps.size(), 1);
    QCOMPARE(id(d.verdict.trace.steps.first().rule), id(reason));
}

// ---------------------------------------------------------------------------------------
// The target is normalised before routing (RFC 9110 §7.1, RFC 3986 §5.2.4).

void tst_Decision::pathNormalisation_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Who>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("resource"); // empty: no resource

    QTest::newRow("/public/../admin anonymous")
        << QByteArrayLiteral("/public/../admin") << Who::Anonymous << 401 << QStringLiteral("/admin");
    QTest::newRow("/public/../admin bob")
        << QByteArrayLiteral("/public/../admin") << Who::Bob << 403 << QStringLiteral("/admin");
    QTest::newRow("/public/../admin alice")
        << QByteArrayLiteral("/public/../admin") << Who::Alice << 200 << QStringLiteral("/admin");
    QTest::newRow("/%2e%2e/admin anonymous")
        << QByteArrayLiteral("/%2e%2e/admin") << Who::Anonymous << 401 << QStringLiteral("/admin");
    QTest::newRow("/public/%2E%2E/vault anonymous")
        << QByteArrayLiteral("/public/%2E%2E/vault") << Who::Anonymous << 404 << QStringLiteral("/vault");
    QTest::newRow("/./staff anonymous")
        << QByteArrayLiteral("/./staff") << Who::Anonymous << 401 << QStringLiteral("/staff");
    QTest::newRow("/st%61ff anonymous")
        << QByteArrayLiteral("/st%61ff") << Who::Anonymous << 401 << QStringLiteral("/staff");
    QTest::newRow("/st%61ff alice") << QByteArrayLiteral("/st%61ff") << Who::Alice << 200
                                    << QStringLiteral("/staff");
    QTest::newRow("/st%61ff carol") << QByteArrayLiteral("/st%61ff") << Who::Carol << 403
                                    << QStringLiteral("/staff");
    QTest::newRow("/staff?x=1 anonymous")
        << QByteArrayLiteral("/staff?x=1") << Who::Anonymous << 401 << QStringLiteral("/staff");
    QTest::newRow("/staff?x=1 alice")
        << QByteArrayLiteral("/staff?x=1") << Who::Alice << 200 << QStringLiteral("/staff");
    QTest::newRow("/staff?../admin anonymous")
        << QByteArrayLiteral("/staff?/../admin") << Who::Anonymous << 401 << QStringLiteral("/staff");
    QTest::newRow("absolute-form") << QByteArrayLiteral("http://127.0.0.1:8080/staff") << Who::Anonymous
                                   << 401 << QStringLiteral("/staff");
    QTest::newRow("encoded ? is not a query")
        << QByteArrayLiteral("/staff%3fx=1") << Who::Alice << 404 << QString();
    QTest::newRow("/STAFF is another path") << QByteArrayLiteral("/STAFF") << Who::Alice << 404 << QString();
    QTest::newRow("asterisk-form") << QByteArrayLiteral("*") << Who::Alice << 400 << QString();
    QTest::newRow("bad percent-encoding") << QByteArrayLiteral("/st%zzff") << Who::Alice << 400 << QString();
    QTest::newRow("truncated percent-encoding")
        << QByteArrayLiteral("/staff%6") << Who::Alice << 400 << QString();
    QTest::newRow("encoded NUL") << QByteArrayLiteral("/staff%00") << Who::Alice << 400 << QString();
}

void tst_Decision::pathNormalisation()
{
    QFETCH(QByteArray, target);
    QFETCH(Who, who);
    QFETCH(int, status);
    QFETCH(QString, resource);

    const Request r = get(target, headersFor(who));
    const Decision d = run(r);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(resourcePath(d.verdict), resource);
}

// ---------------------------------------------------------------------------------------
// The trace: the decisive step is the verdict's reason.

void tst_Decision::traceDecisiveStep_data()
{
    QTest::addColumn<Request>("request");

    QTest::newRow("/nope") << get("/nope", {});
    QTest::newRow("* target") << get("*", {});
    QTest::newRow("/staff no colon") << get("/staff", authHeader("Basic QWxhZGRpbg=="));
    QTest::newRow("/staff duplicate")
        << get("/staff", Headers{{"Authorization", "Foo"}, {"Authorization", "Foo"}});
    QTest::newRow("/staff unsupported") << get("/staff", authHeader("Foo bar"));
    QTest::newRow("/staff anonymous") << get("/staff", {});
    QTest::newRow("/staff wrong password") << get("/staff", headersFor(Who::WrongPassword));
    QTest::newRow("/staff unknown user") << get("/staff", headersFor(Who::UnknownUser));
    QTest::newRow("/admin bob") << get("/admin", headersFor(Who::Bob));
    QTest::newRow("/admin alice") << get("/admin", headersFor(Who::Alice));
    QTest::newRow("/vault bob") << get("/vault", headersFor(Who::Bob));
    QTest::newRow("/vault anonymous") << get("/vault", {});
    QTest::newRow("/lan-only local") << get("/lan-only", headersFor(Who::Alice));
    QTest::newRow("/api/admin bob-token") << get("/api/admin", authHeader("Bearer bob-token"));
    QTest::newRow("/api/reports unknown token") << get("/api/reports", authHeader("Bearer x"));
    QTest::newRow("/api/reports Bearer a b") << get("/api/reports", authHeader("Bearer a b"));
    QTest::newRow("/public") << get("/public", {});
}

void tst_Decision::traceDecisiveStep()
{
    QFETCH(Request, request);

    const Decision d = run(request);
    const Trace &t = d.verdict.trace;
    const TraceStep *decisive = t.decisiveStep();
    QVERIFY2(decisive, traceIds(t).constData());
    QVERIFY2(t.decisive >= 0 && t.decisive < t.steps.size(), "the decisive index points into the trace");
    QCOMPARE(id(decisive->rule), id(d.verdict.reason));
    QCOMPARE(decisive->outcome, d.response.status < 400 ? Outcome::Pass : Outcome::Fail);
    QCOMPARE(t.steps.first().rule == Rule::WellFramed || t.steps.first().rule == Rule::MalformedFraming,
             true);
    QVERIFY2(!ruleCitation(decisive->rule).isEmpty(), ruleId(decisive->rule));
    QVERIFY2(!decisive->text().isEmpty(), ruleId(decisive->rule));
}

void tst_Decision::traceOrderBobAdmin()
{
    const Request r = get(QByteArrayLiteral("/admin"), headersFor(Who::Bob));
    const Decision d = run(r);
    QVERIFY2(d.response.status == 403, describe(d).constData());

    const QList<Rule> expected = {Rule::WellFramed,      Rule::ResourceMatched, Rule::NoAddressRule,
                                  Rule::SchemeAccepted,  Rule::BasicWellFormed, Rule::UserKnown,
                                  Rule::PasswordCorrect, Rule::NotGroupMember};
    // `expected` must appear in this order (other informational steps may sit between them).
    qsizetype next = 0;
    for (const TraceStep &s : d.verdict.trace.steps) {
        if (next < expected.size() && s.rule == expected[next])
            ++next;
    }
    QVERIFY2(next == expected.size(),
             QByteArray("missing or out of order: " + id(expected.value(next, Rule::WellFramed)) + " in " +
                        traceIds(d.verdict.trace))
                 .constData());
    QCOMPARE(id(d.verdict.trace.decisiveStep()->rule), id(Rule::NotGroupMember));
    QCOMPARE(d.verdict.trace.decisiveStep()->a1, QStringLiteral("bob"));
    QCOMPARE(d.verdict.trace.decisiveStep()->a2, QStringLiteral("admins"));
    // The 403 is not a challenge: credentials are fine, more of them would not help.
    QVERIFY2(headerValues(d.response, http::header::WwwAuthenticate).isEmpty(),
             d.response.headers.constData());
}

void tst_Decision::publicIgnoresCredentials()
{
    // A malformed or unknown Authorization does not spoil a public page.
    for (const QByteArray &auth : {QByteArrayLiteral("Basic QWxhZGRpbg=="), QByteArrayLiteral("Foo bar"),
                                   QByteArrayLiteral("Bearer a b")}) {
        const Request r = get(QByteArrayLiteral("/public"), authHeader(auth));
        const Decision d = run(r);
        QVERIFY2(d.response.status == 200, QByteArray(auth + ": " + describe(d)).constData());
        QVERIFY2(!d.verdict.authenticated(), auth.constData());
    }
}

void tst_Decision::deterministic()
{
    // decide() is a pure function: the same facts give byte-identical responses.
    const Request r =
        get(QByteArrayLiteral("/admin"), headersFor(Who::Carol, QByteArrayLiteral("application/json")));
    const Decision a = run(r);
    const Decision b = run(r);
    QCOMPARE(a.response.status, b.response.status);
    QCOMPARE(a.response.headers, b.response.headers);
    QCOMPARE(a.response.body, b.response.body);
    QCOMPARE(traceIds(a.verdict.trace), traceIds(b.verdict.trace));
    QVERIFY2(a.response.body.contains("carol"), a.response.body.constData());
}

// Users and tokens are found through the snapshot's indexes (not a scan) and secrets are
// compared as fixed-size digests: the right answers whatever the number of users, the position
// of a user or the length of a password, and unknown user / wrong password still byte-identical.
// (How long each takes is bench/user-timing.py's job.)
void tst_Decision::largeScenarioLookups_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("user");

    QTest::newRow("first user, right password")
        << basicFor("u0000:pw-0") << 200 << id(Rule::Granted) << "u0000";
    QTest::newRow("last user, right password")
        << basicFor("u4999:pw-4999") << 200 << id(Rule::Granted) << "u4999";
    QTest::newRow("last user, wrong password")
        << basicFor("u4999:pw-4998") << 401 << id(Rule::PasswordWrong) << "";
    QTest::newRow("last user, password + 1 char")
        << basicFor("u4999:pw-49990") << 401 << id(Rule::PasswordWrong) << "";
    QTest::newRow("last user, empty password") << basicFor("u4999:") << 401 << id(Rule::PasswordWrong) << "";
    QTest::newRow("unknown user") << basicFor("u5000:pw-5000") << 401 << id(Rule::UserUnknown) << "";
    QTest::newRow("1 MB password, right")
        << basicFor("big:" + QByteArray(1 << 20, 'x')) << 200 << id(Rule::Granted) << "big";
    QTest::newRow("1 MB password, one byte short")
        << basicFor("big:" + QByteArray((1 << 20) - 1, 'x')) << 401 << id(Rule::PasswordWrong) << "";
    QTest::newRow("1 MB password, guess x") << basicFor("big:x") << 401 << id(Rule::PasswordWrong) << "";
    QTest::newRow("zoë, UTF-8") << basicFor("zo\xc3\xab:cr\xc3\xa8me") << 200 << id(Rule::Granted) << "zoë";
    QTest::newRow("zoë, Latin-1") << basicFor("zo\xeb:cr\xe8me") << 200 << id(Rule::Granted) << "zoë";
    QTest::newRow("last token") << QByteArrayLiteral("Bearer t4999") << 200 << id(Rule::Granted) << "u4999";
    QTest::newRow("token prefix") << QByteArrayLiteral("Bearer t499") << 200 << id(Rule::Granted) << "u0499";
    QTest::newRow("unknown token") << QByteArrayLiteral("Bearer t5000") << 401 << id(Rule::TokenUnknown)
                                   << "";
    QTest::newRow("expired token") << QByteArrayLiteral("Bearer old") << 401 << id(Rule::TokenExpired) << "";
}

void tst_Decision::largeScenarioLookups()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QString, user);

    static const Scenario big = [] {
        Scenario s;
        for (int i = 0; i < 5000; ++i) {
            User u;
            u.name = QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0'));
            u.password = QStringLiteral("pw-%1").arg(i);
            u.tokens.append(Token{QStringLiteral("t%1").arg(i), {}, false, {}, {}});
            s.users.append(u);
        }
        User bigUser;
        bigUser.name = QStringLiteral("big");
        bigUser.password = QString(1 << 20, QLatin1Char('x'));
        bigUser.tokens.append(Token{QStringLiteral("old"), {}, true, {}, {}});
        s.users.append(bigUser);
        User zoe;
        zoe.name = QStringLiteral("zoë");
        zoe.password = QStringLiteral("crème");
        s.users.append(zoe);
        Resource any;
        any.path = QStringLiteral("/any");
        any.schemes = {AuthScheme::Basic, AuthScheme::Bearer};
        s.resources.append(any);
        s.finalize();
        return s;
    }();
    const Request r = get(QByteArrayLiteral("/any"), authHeader(authorization));
    const Decision d = decide(big, r.facts());
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), reason);
    QCOMPARE(d.verdict.user >= 0 ? big.users[d.verdict.user].name : QString(), user);
    if (status == 401 && authorization.startsWith("Basic")) {
        const Request other = get(QByteArrayLiteral("/any"), authHeader(basicFor("nobody:x")));
        const Decision unknown = decide(big, other.facts());
        QCOMPARE(d.response.headers, unknown.response.headers);
        QCOMPARE(d.response.body, unknown.response.body);
    }
}

// A hidden resource never challenges: where a visible one would have sent 401 and a challenge,
// the trace says that challenge-first clients never get in (the GUI reads this rule).
void tst_Decision::hiddenSaysItNeverChallenges_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("noted");
    QTest::newRow("anonymous") << headersFor(Who::Anonymous) << true;
    QTest::newRow("wrong password") << headersFor(Who::WrongPassword) << true;
    QTest::newRow("bob, not in admins (403)") << headersFor(Who::Bob) << false;
}

void tst_Decision::hiddenSaysItNeverChallenges()
{
    QFETCH(Headers, headers);
    QFETCH(bool, noted);
    const Decision d = run(get(QByteArrayLiteral("/vault"), headers));
    QCOMPARE(d.response.status, 404);
    QCOMPARE(d.verdict.trace.contains(Rule::HiddenNoChallenge), noted);
    const Decision alice = run(get(QByteArrayLiteral("/vault"), headersFor(Who::Alice)));
    QCOMPARE(alice.response.status, 200);
    QVERIFY(!alice.verdict.trace.contains(Rule::HiddenNoChallenge));
}

// The method is checked after authentication and the hide policy: a 405 (with Allow) only for a
// caller who may see the resource.
void tst_Decision::methodAfterAuthentication_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");
    QTest::newRow("DELETE /admin alice") << QByteArrayLiteral("DELETE") << QByteArrayLiteral("/admin")
                                         << headersFor(Who::Alice) << 405 << Rule::MethodNotAllowed;
    QTest::newRow("DELETE /admin bob") << QByteArrayLiteral("DELETE") << QByteArrayLiteral("/admin")
                                       << headersFor(Who::Bob) << 403 << Rule::NotGroupMember;
    QTest::newRow("DELETE /admin anonymous") << QByteArrayLiteral("DELETE") << QByteArrayLiteral("/admin")
                                             << headersFor(Who::Anonymous) << 401 << Rule::NoCredentials;
    QTest::newRow("PUT /vault bob") << QByteArrayLiteral("PUT") << QByteArrayLiteral("/vault")
                                    << headersFor(Who::Bob) << 404 << Rule::HiddenAsNotFound;
    QTest::newRow("OPTIONS /vault anonymous") << QByteArrayLiteral("OPTIONS") << QByteArrayLiteral("/vault")
                                              << headersFor(Who::Anonymous) << 404 << Rule::HiddenAsNotFound;
    QTest::newRow("OPTIONS /vault alice") << QByteArrayLiteral("OPTIONS") << QByteArrayLiteral("/vault")
                                          << headersFor(Who::Alice) << 200 << Rule::OptionsAnswered;
    QTest::newRow("HEAD /public") << QByteArrayLiteral("HEAD") << QByteArrayLiteral("/public")
                                  << headersFor(Who::Anonymous) << 200 << Rule::ServedPublic;
    QTest::newRow("TRACE /public") << QByteArrayLiteral("TRACE") << QByteArrayLiteral("/public")
                                   << headersFor(Who::Anonymous) << 405 << Rule::MethodNotAllowed;
}

void tst_Decision::methodAfterAuthentication()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(Headers, headers);
    QFETCH(int, status);
    QFETCH(Rule, reason);
    Request r = get(target, headers);
    r.method = method;
    const Decision d = run(r);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));
    const QList<QByteArray> allow = headerValues(d.response, http::header::Allow);
    if (status == 405 || reason == Rule::OptionsAnswered)
        QCOMPARE(allow, QList<QByteArray>{QByteArrayLiteral("GET, HEAD, OPTIONS")});
    else
        QVERIFY2(allow.isEmpty(), d.response.headers.constData());
}

// ---------------------------------------------------------------------------------------
// /digest/staff: Digest (RFC 7616), SHA-256 preferred, MD5; group staff. BRIEF.md's row, cell by
// cell, with real responses computed from the nonce the server handed out.

Q_DECLARE_METATYPE(digest::Algorithm)

void tst_Decision::digestRow_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<digest::Algorithm>("algorithm");
    QTest::addColumn<bool>("userhash");
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");
    QTest::addColumn<QString>("authenticated");

    struct Cell
    {
        const char *who, *user, *password;
        int status;
        Rule reason;
        const char *authenticated;
    };
    const Cell cells[] = {
        {"alice", "alice", "wonderland", 200, Rule::Granted, "alice"},
        {"bob", "bob", "builder", 200, Rule::Granted, "bob"},
        {"carol", "carol", "songbird", 403, Rule::NotGroupMember, "carol"},
        {"anonymous", "", "", 401, Rule::NoCredentials, ""},
        {"wrong password", "alice", "Wonderland", 401, Rule::DigestResponseWrong, ""},
        {"unknown user", "mallory", "wonderland", 401, Rule::DigestUserUnknown, ""},
    };
    for (const Cell &c : cells) {
        for (auto alg : {digest::Algorithm::Sha256, digest::Algorithm::Md5}) {
            for (bool hashed : {false, true}) {
                if (!*c.user && (alg != digest::Algorithm::Sha256 || hashed))
                    continue; // anonymous sends nothing: one row
                QTest::addRow("%s %s%s", c.who, digest::algorithmName(alg).data(), hashed ? " userhash" : "")
                    << QByteArray(c.user) << QByteArray(c.password) << alg << hashed << c.status << c.reason
                    << QString::fromUtf8(c.authenticated);
            }
        }
    }
}

void tst_Decision::digestRow()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    QFETCH(digest::Algorithm, algorithm);
    QFETCH(bool, userhash);
    QFETCH(int, status);
    QFETCH(Rule, reason);
    QFETCH(QString, authenticated);

    AuthState state;
    Request r = get("/digest/staff");
    DigestAnswer a;
    if (!user.isEmpty()) {
        a.user = user;
        a.password = password;
        a.algorithm = algorithm;
        a.userhash = userhash;
        a.nonce = digestNonce(state);
        QVERIFY(!a.nonce.isEmpty());
        r = get("/digest/staff", authHeader(digestAuthorization(a)));
    }
    const Decision d = runDigest(state, r);
    QVERIFY2(d.verdict.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));
    QCOMPARE(userName(d.verdict), authenticated);
    // A nonce or Authentication-Info is the caller's own; carol's 403 carries neither.
    QCOMPARE(renderKey(d.verdict).cacheable, status == 403);
    const QList<QByteArray> challenges = headerValues(d.response, http::header::WwwAuthenticate);
    const QList<QByteArray> info = headerValues(d.response, http::header::AuthenticationInfo);
    if (status == 401) {
        QCOMPARE(challenges.size(), 2);
        QVERIFY(!challenges[0].contains("stale"));
        QVERIFY(info.isEmpty());
    } else {
        QVERIFY(challenges.isEmpty());
        QCOMPARE(info.size(), status == 200 ? 1 : 0);
    }
    if (status == 200) {
        // rspauth: the response with A2 = ":" uri (§3.5), the client's check on the server.
        const QByteArray ha1 = digest::ha1(algorithm, user, "AuthLab", password, {}, {});
        const QByteArray expected = digest::rspauth(algorithm, ha1, a.nonce, a.nc, "0a4f113b", "auth", a.uri);
        QVERIFY2(info[0].startsWith(QByteArray("rspauth=\"" + expected + "\"")), info[0].constData());
        QVERIFY(info[0].contains("nc=00000001"));
        QCOMPARE(state.size(StateTable::Nonces), 1); // the count is recorded
    }
}

void tst_Decision::digestChallengeLines()
{
    AuthState state;
    const Decision d = runDigest(state, get("/digest/staff"));
    QCOMPARE(d.response.status, 401);
    const QList<QByteArray> lines = headerValues(d.response, http::header::WwwAuthenticate);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("Digest realm=\"AuthLab\""), lines[0].constData());
    QVERIFY2(lines[0].contains("algorithm=SHA-256,"), lines[0].constData()); // preferred first, §3.7
    QVERIFY2(lines[1].contains("algorithm=MD5,"), lines[1].constData());
    QVERIFY(lines[0].contains("qop=\"auth\""));
    const QByteArray nonce = nonceOf(lines[0]);
    QCOMPARE(nonce.size(), digest::NonceMinter::kNonceLength);
    QCOMPARE(nonceOf(lines[1]), nonce); // the same nonce, opaque and realm in both
    QCOMPARE(QByteArray(lines[0]).replace("SHA-256", "MD5"), lines[1]);
    QCOMPARE(state.size(StateTable::Nonces), 0); // a 401 costs no memory
    // Every 401 carries a fresh nonce.
    const Decision again = runDigest(state, get("/digest/staff"));
    QVERIFY(nonceOf(headerValues(again.response, http::header::WwwAuthenticate).first()) != nonce);
    QVERIFY(!renderKey(d.verdict).cacheable);
    // Basic answers stay cacheable.
    QVERIFY(renderKey(judge(m_scenario, get("/staff").facts())).cacheable);
}

void tst_Decision::digestUnknownUserLooksLikeWrongPassword_data()
{
    QTest::addColumn<digest::Algorithm>("algorithm");
    QTest::addColumn<bool>("userhash");
    QTest::addColumn<QByteArray>("accept");
    for (auto alg : {digest::Algorithm::Sha256, digest::Algorithm::Md5})
        for (bool hashed : {false, true})
            for (const char *accept : {"", "application/json"})
                QTest::addRow("%s%s Accept:%s", digest::algorithmName(alg).data(), hashed ? " userhash" : "",
                              accept)
                    << alg << hashed << QByteArray(accept);
}

void tst_Decision::digestUnknownUserLooksLikeWrongPassword()
{
    QFETCH(digest::Algorithm, algorithm);
    QFETCH(bool, userhash);
    QFETCH(QByteArray, accept);
    AuthState state;
    auto ask = [&](const QByteArray &user, const QByteArray &password) {
        DigestAnswer a;
        a.user = user;
        a.password = password;
        a.algorithm = algorithm;
        a.userhash = userhash;
        a.nonce = digestNonce(state);
        Headers h = authHeader(digestAuthorization(a));
        if (!accept.isEmpty())
            h.append({QByteArrayLiteral("Accept"), accept});
        return runDigest(state, get("/digest/staff", h));
    };
    const Decision wrong = ask("bob", "wonderland");
    const Decision unknown = ask("mallory", "builder");
    QVERIFY2(wrong.response.status == 401, describe(wrong).constData());
    QCOMPARE(unknown.response.status, 401);
    // Byte for byte the same, apart from the nonce values.
    const QByteArray wrongNonce =
        nonceOf(headerValues(wrong.response, http::header::WwwAuthenticate).first());
    const QByteArray unknownNonce =
        nonceOf(headerValues(unknown.response, http::header::WwwAuthenticate).first());
    QVERIFY(!wrongNonce.isEmpty() && wrongNonce != unknownNonce);
    QCOMPARE(QByteArray(unknown.response.headers).replace(unknownNonce, "N"),
             QByteArray(wrong.response.headers).replace(wrongNonce, "N"));
    QCOMPARE(unknown.response.body, wrong.response.body);
    QCOMPARE(id(wrong.verdict.reason), id(Rule::DigestResponseWrong));
    QCOMPARE(id(unknown.verdict.reason), id(Rule::DigestUserUnknown));
    // The same work: both computed the whole arithmetic (the unknown one with a dummy password).
    QVERIFY(wrong.verdict.trace.contains(Rule::DigestArithmetic));
    QVERIFY(unknown.verdict.trace.contains(Rule::DigestArithmetic));
    QCOMPARE(state.size(StateTable::Nonces), 0);
}

void tst_Decision::digestBadRequest_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<Rule>("reason");
    QTest::addColumn<QByteArray>("named"); // what the body names

    DigestAnswer a;
    a.nonce = QByteArray(digest::NonceMinter::kNonceLength, 'A');
    const QByteArray good = digestAuthorization(a);
    auto without = [&](const char *param) {
        // drop one parameter (and its comma) from the well-formed value
        QByteArray v = good;
        const QRegularExpression re(
            QStringLiteral("(, )?\\b%1=(\"[^\"]*\"|[^,]*)").arg(QLatin1String(param)));
        return QString::fromLatin1(v).remove(re).toLatin1();
    };
    for (const char *p : {"username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce"})
        QTest::addRow("missing %s", p) << without(p) << Rule::DigestMalformed << QByteArray(p);
    QTest::newRow("duplicate realm") << good + ", realm=\"AuthLab\"" << Rule::DigestMalformed
                                     << QByteArray("realm");
    QTest::newRow("duplicate nc") << good + ", nc=00000002" << Rule::DigestMalformed << QByteArray("nc");
    QTest::newRow("username and username*")
        << good + ", username*=UTF-8''alice" << Rule::DigestMalformed << QByteArray("username");
    QTest::newRow("bad nc") << QByteArray(good).replace("nc=00000001", "nc=1") << Rule::DigestMalformed
                            << QByteArray("nc");
    DigestAnswer other = a;
    other.uri = "/staff";
    QTest::newRow("uri is another resource")
        << digestAuthorization(other) << Rule::DigestUriMismatch << QByteArray("uri");
    other.uri = "/digest/staff?x=1";
    QTest::newRow("uri with a query")
        << digestAuthorization(other) << Rule::DigestUriMismatch << QByteArray("uri");
}

void tst_Decision::digestBadRequest()
{
    QFETCH(QByteArray, authorization);
    QFETCH(Rule, reason);
    QFETCH(QByteArray, named);
    AuthState state;
    const Decision d = runDigest(state, get("/digest/staff", authHeader(authorization)));
    QVERIFY2(d.response.status == 400, QByteArray(describe(d) + authorization).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));
    QVERIFY2(d.response.body.contains(named), d.response.body.constData());
    QVERIFY(headerValues(d.response, http::header::WwwAuthenticate).isEmpty());
    QCOMPARE(state.size(StateTable::Nonces), 0);
}

void tst_Decision::digestStaleNonce()
{
    AuthState state;
    DigestAnswer a;
    // Minted by this server, longer ago than a nonce lives.
    const qint64 now = digest::NonceMinter::steadyNow();
    a.nonce = state.minter().mint("AuthLab", digest::serverOpaque(),
                                  now - digest::NonceMinter::kLifetimeSeconds - 60);
    const Decision d = runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a))));
    QVERIFY2(d.response.status == 401, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(Rule::DigestNonceStale));
    const QList<QByteArray> lines = headerValues(d.response, http::header::WwwAuthenticate);
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &l : lines)
        QVERIFY2(l.endsWith(", stale=true"), l.constData());
    const QByteArray fresh = nonceOf(lines[0]);
    QVERIFY(fresh != a.nonce);
    QCOMPARE(nonceOf(lines[1]), fresh);

    // The client retries with the new nonce and the same password: 200.
    a.nonce = fresh;
    const Decision retried = runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a))));
    QCOMPARE(retried.response.status, 200);

    // A wrong password with the expired nonce is a wrong password: never stale=true (§3.3).
    a.nonce = state.minter().mint("AuthLab", digest::serverOpaque(),
                                  now - digest::NonceMinter::kLifetimeSeconds - 60);
    a.password = "Wonderland";
    const Decision wrong = runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a))));
    QCOMPARE(wrong.response.status, 401);
    QCOMPARE(id(wrong.verdict.reason), id(Rule::DigestResponseWrong));
    QVERIFY(!wrong.response.headers.contains("stale"));

    // A nonce another server (another key) minted: the digest is right, the nonce is not ours.
    const digest::NonceMinter other;
    a.password = "wonderland";
    a.nonce = other.mint("AuthLab", digest::serverOpaque(), now);
    const Decision foreign = runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a))));
    QCOMPARE(foreign.response.status, 401);
    QCOMPARE(id(foreign.verdict.reason), id(Rule::DigestNonceForeign));
    QVERIFY(foreign.response.headers.contains(", stale=true\r\n"));
}

void tst_Decision::digestReplay()
{
    AuthState state;
    DigestAnswer a;
    a.user = "bob";
    a.password = "builder";
    a.nonce = digestNonce(state);
    const Request first = get("/digest/staff", authHeader(digestAuthorization(a)));
    QCOMPARE(runDigest(state, first).response.status, 200);
    QCOMPARE(state.find(StateTable::Nonces, a.nonce)->count, quint64(1));

    // The same request again (a replay, maybe on another connection): refused.
    const Decision replay = runDigest(state, first);
    QVERIFY2(replay.response.status == 401, describe(replay).constData());
    QCOMPARE(id(replay.verdict.reason), id(Rule::DigestReplay));
    QVERIFY(replay.response.headers.contains(", stale=true\r\n"));
    QVERIFY(replay.verdict.stateChanges.isEmpty());

    // The next count with the same nonce is fine; an older one is not.
    a.nc = "00000003";
    QCOMPARE(runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a)))).response.status, 200);
    a.nc = "00000002";
    const Decision older = runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a))));
    QCOMPARE(id(older.verdict.reason), id(Rule::DigestReplay));
    QCOMPARE(state.find(StateTable::Nonces, a.nonce)->count, quint64(3));
}

// Two I/O threads judge the same request against the same state before either applies its
// change: only one count can be recorded; the other is refused and judged again, as the worker
// does — a replay.
void tst_Decision::digestReplayRace()
{
    AuthState state;
    DigestAnswer a;
    a.nonce = digestNonce(state);
    const Request r = get("/digest/staff", authHeader(digestAuthorization(a)));
    const Decision first = decide(m_scenario, r.facts(), AuthStateView(&state));
    const Decision second = decide(m_scenario, r.facts(), AuthStateView(&state));
    QCOMPARE(first.verdict.status, 200);
    QCOMPARE(second.verdict.status, 200);
    QVERIFY(state.apply(first.verdict.stateChanges));
    QVERIFY2(!state.apply(second.verdict.stateChanges), "the same nc twice: the second must not hold");
    const Decision again = decide(m_scenario, r.facts(), AuthStateView(&state));
    QCOMPARE(again.verdict.status, 401);
    QCOMPARE(id(again.verdict.reason), id(Rule::DigestReplay));
    QVERIFY(again.verdict.stateChanges.isEmpty());
    QCOMPARE(state.find(StateTable::Nonces, a.nonce)->count, quint64(1));
}

void tst_Decision::digestTraceCitesRfc7616()
{
    AuthState state;
    DigestAnswer a;
    a.nonce = digestNonce(state);
    const Decision d = runDigest(state, get("/digest/staff", authHeader(digestAuthorization(a))));
    QCOMPARE(d.response.status, 200);
    bool sawArithmetic = false;
    for (const TraceStep &step : d.verdict.trace.steps) {
        const QByteArray rid = id(step.rule);
        if (!rid.startsWith("digest-"))
            continue;
        QVERIFY2(ruleCitation(step.rule).startsWith(QStringLiteral("RFC 7616 §")), rid.constData());
        if (step.rule == Rule::DigestArithmetic) {
            sawArithmetic = true;
            const QString text = ruleText(step.rule, step.a1, step.a2);
            QVERIFY2(text.contains(QLatin1String("HA2 = H(GET:/digest/staff) = ")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("H(alice:AuthLab:<password>)")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("wonderland")), "the password never shows");
            const QByteArray ha1 = digest::ha1(a.algorithm, "alice", "AuthLab", "wonderland", {}, {});
            QVERIFY2(!text.contains(QString::fromLatin1(ha1)), "HA1 is a password equivalent: redacted");
        }
    }
    QVERIFY(sawArithmetic);
    QVERIFY(d.verdict.trace.contains(Rule::DigestNonceFresh));
    QVERIFY(d.verdict.trace.contains(Rule::DigestAuthenticationInfo));
}

// ---------------------------------------------------------------------------------------
// Proxy mode (Scenario::proxy): the simulated authenticating forward proxy, RFC 9110 §11.7,
// §15.5.8. The server listens on 127.0.0.1:8080 in these cases (Request::local).

const QByteArray kProxyChallenge = QByteArrayLiteral("Basic realm=\"AuthLab proxy\", charset=\"UTF-8\"");

void tst_Decision::proxy_data()
{
    QTest::addColumn<bool>("proxyOn");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("local"); // the address (and port) the connection came in on
    QTest::addColumn<int>("status");
    QTest::addColumn<Rule>("reason");

    const QByteArray self = QByteArrayLiteral("http://127.0.0.1:8080/staff");
    const std::pair<QByteArray, QByteArray> host{"Host", "127.0.0.1:8080"};
    auto proxyAuth = [](const QByteArray &userPass) {
        return std::pair<QByteArray, QByteArray>{"Proxy-Authorization", basicFor(userPass)};
    };
    auto auth = [](const QByteArray &userPass) {
        return std::pair<QByteArray, QByteArray>{"Authorization", basicFor(userPass)};
    };
    const QString lo = QStringLiteral("127.0.0.1");
    auto row = [&](const char *name, bool on, const QByteArray &target, const Headers &h, int status,
                   Rule reason, const QString &local = QStringLiteral("127.0.0.1"),
                   const QByteArray &method = "GET") {
        QTest::newRow(name) << on << method << target << h << local << status << reason;
    };

    // 407 from the proxy: no, wrong or malformed Proxy-Authorization.
    row("no proxy credentials", true, self, {host}, 407, Rule::ProxyNoCredentials);
    row("Authorization is not Proxy-Authorization", true, self, {host, auth("bob:builder")}, 407,
        Rule::ProxyNoCredentials);
    row("wrong proxy password", true, self, {host, proxyAuth("bob:wrong")}, 407,
        Rule::ProxyCredentialsRejected);
    row("unknown proxy user", true, self, {host, proxyAuth("mallory:builder")}, 407,
        Rule::ProxyCredentialsRejected);
    row("proxy Basic not base64", true, self, {host, {"Proxy-Authorization", "Basic !!!"}}, 407,
        Rule::ProxyCredentialsRejected);
    row("proxy Basic without token", true, self, {host, {"Proxy-Authorization", "Basic"}}, 407,
        Rule::ProxyCredentialsRejected);
    row("proxy credentials not the grammar", true, self, {host, {"Proxy-Authorization", "@ bad"}}, 407,
        Rule::ProxyCredentialsMalformed);
    row("proxy Bearer", true, self, {host, {"Proxy-Authorization", "Bearer bob-token"}}, 407,
        Rule::ProxyUnsupportedScheme);
    row("two Proxy-Authorization", true, self, {host, proxyAuth("bob:builder"), proxyAuth("bob:builder")},
        407, Rule::ProxyDuplicateCredentials);
    row("localhost names this server", true, "http://localhost:8080/staff", {host}, 407,
        Rule::ProxyNoCredentials);
    row("[::1] names this server", true, "http://[::1]:8080/staff", {host}, 407, Rule::ProxyNoCredentials);
    row("scheme and host in upper case", true, "HTTP://LOCALHOST:8080/staff", {host}, 407,
        Rule::ProxyNoCredentials);
    row("the address the connection came in on", true, "http://192.168.1.5:8080/staff", {host}, 407,
        Rule::ProxyNoCredentials, QStringLiteral("192.168.1.5"));
    row("HEAD", true, self, {host}, 407, Rule::ProxyNoCredentials, lo, "HEAD");

    // Past the proxy: the origin's own decision, which judges Authorization as usual.
    row("right proxy, no Authorization", true, self, {host, proxyAuth("bob:builder")}, 401,
        Rule::NoCredentials);
    row("right proxy, wrong Authorization", true, self, {host, proxyAuth("bob:builder"), auth("bob:wrong")},
        401, Rule::PasswordWrong);
    row("right proxy, right Authorization", true, self, {host, proxyAuth("bob:builder"), auth("bob:builder")},
        200, Rule::Granted);
    row("carol through the proxy, bob at the origin", true, self,
        {host, proxyAuth("carol:songbird"), auth("bob:builder")}, 200, Rule::Granted);
    row("right proxy, carol at the origin", true, self,
        {host, proxyAuth("bob:builder"), auth("carol:songbird")}, 403, Rule::NotGroupMember);
    row("right proxy, public", true, "http://127.0.0.1:8080/public", {host, proxyAuth("bob:builder")}, 200,
        Rule::ServedPublic);
    row("right proxy, missing path", true, "http://127.0.0.1:8080/nope", {host, proxyAuth("bob:builder")},
        404, Rule::NoResource);
    row("origin-form with proxy on", true, "/staff", {host, auth("bob:builder")}, 200, Rule::Granted);
    row("origin-form, Proxy-Authorization is not Authorization", true, "/staff",
        {host, proxyAuth("bob:builder")}, 401, Rule::NoCredentials);

    // Never an open proxy: any other authority is refused, authenticated or not.
    row("other host", true, "http://example.invalid/", {{"Host", "example.invalid"}}, 403,
        Rule::ProxyTargetOther);
    row("other host, right proxy credentials", true, "http://example.invalid/staff",
        {{"Host", "example.invalid"}, proxyAuth("bob:builder")}, 403, Rule::ProxyTargetOther);
    row("other port", true, "http://127.0.0.1:8081/staff", {host}, 403, Rule::ProxyTargetOther);
    row("default port 80", true, "http://127.0.0.1/staff", {host}, 403, Rule::ProxyTargetOther);
    row("https", true, "https://127.0.0.1:8080/staff", {host}, 403, Rule::ProxyTargetOther);
    row("userinfo", true, "http://bob@127.0.0.1:8080/staff", {host}, 403, Rule::ProxyTargetOther);
    row("octets with leading zeros", true, "http://127.000.000.001:8080/staff", {host}, 403,
        Rule::ProxyTargetOther);
    row("port with a leading zero", true, "http://127.0.0.1:08080/staff", {host}, 403,
        Rule::ProxyTargetOther);
    row("empty port is 80", true, "http://127.0.0.1:/staff", {host}, 403, Rule::ProxyTargetOther);
    row("empty port is 80, served on 80", true, "http://127.0.0.1:/staff", {host}, 407,
        Rule::ProxyNoCredentials, QStringLiteral("127.0.0.1:80"));
    row("a name that needs a lookup", true, "http://authlab.test:8080/staff", {host}, 403,
        Rule::ProxyTargetOther);
    row("another interface's address", true, "http://192.168.1.5:8080/staff", {host}, 403,
        Rule::ProxyTargetOther);
    row("CONNECT", true, "example.invalid:443", {{"Host", "example.invalid:443"}}, 403, Rule::ProxyNoTunnel,
        lo, "CONNECT");

    // Proxy off: exactly as before (absolute-form is served as origin, RFC 9112 §3.2.2).
    row("off: absolute-form, anonymous", false, self, {host}, 401, Rule::NoCredentials);
    row("off: absolute-form, bob", false, self, {host, auth("bob:builder")}, 200, Rule::Granted);
    row("off: other host is served as origin", false, "http://example.invalid/staff",
        {{"Host", "example.invalid"}, auth("bob:builder")}, 200, Rule::Granted);
    row("off: Proxy-Authorization is not Authorization", false, self, {host, proxyAuth("bob:builder")}, 401,
        Rule::NoCredentials);
}

void tst_Decision::proxy()
{
    QFETCH(bool, proxyOn);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(Headers, headers);
    QFETCH(QString, local);
    QFETCH(int, status);
    QFETCH(Rule, reason);

    Scenario s = m_scenario;
    s.proxy = proxyOn;
    Request r = get(target, headers);
    r.method = method;
    // "address" or "IPv4 address:port" (the port is 8080 unless named)
    const qsizetype colon = local.contains(QLatin1Char('.')) ? local.lastIndexOf(QLatin1Char(':')) : -1;
    r.local = QHostAddress(colon < 0 ? local : local.first(colon));
    if (colon >= 0)
        r.localPort = quint16(local.sliced(colon + 1).toUInt());
    const RequestFacts f = r.facts();
    const Decision d = decide(s, f);
    QVERIFY2(d.response.status == status, describe(d).constData());
    QCOMPARE(id(d.verdict.reason), id(reason));
    QCOMPARE(id(d.verdict.trace.decisiveStep()->rule), id(reason));

    const QList<QByteArray> proxyChallenges = headerValues(d.response, http::header::ProxyAuthenticate);
    const QList<QByteArray> originChallenges = headerValues(d.response, http::header::WwwAuthenticate);
    if (status == 407) {
        // RFC 9110 §11.7.1 / §15.5.8: the proxy's challenge, never the origin's.
        QCOMPARE(proxyChallenges, QList<QByteArray>{kProxyChallenge});
        QVERIFY2(originChallenges.isEmpty(), describe(d).constData());
        QCOMPARE(int(d.verdict.target), int(AuthTarget::Proxy));
        QVERIFY(headerValues(d.response, http::header::CacheControl).contains("no-store"));
        QVERIFY(d.verdict.trace.contains(Rule::ProxyChallengeSent));
        QVERIFY2(!d.verdict.authenticated(), "nobody is authenticated by a 407");
        if (!f.isHead())
            QVERIFY2(d.response.body.contains("Proxy-Authenticate"), d.response.body.constData());
    } else {
        QVERIFY2(proxyChallenges.isEmpty(), describe(d).constData());
        QCOMPARE(int(d.verdict.target), int(AuthTarget::Origin));
    }
    if (status == 401)
        QCOMPARE(originChallenges, QList<QByteArray>{kBasicChallenge});
    if (reason == Rule::ProxyTargetOther || reason == Rule::ProxyNoTunnel) {
        QVERIFY2(d.response.body.contains("AuthLab is not an open proxy"), d.response.body.constData());
        const QByteArray named =
            reason == Rule::ProxyNoTunnel ? target : absoluteFormAuthority(target)->toByteArray();
        QVERIFY2(d.response.body.contains(named), d.response.body.constData());
        QVERIFY(originChallenges.isEmpty());
    }
    // Past the proxy only with its credentials, and only for an absolute-form target naming us.
    const bool passed = d.verdict.trace.contains(Rule::ProxyAuthenticated);
    QCOMPARE(passed, proxyOn && status != 407 && absoluteFormAuthority(target).has_value() &&
                         reason != Rule::ProxyTargetOther && reason != Rule::ProxyNoTunnel);
    if (!proxyOn) {
        for (const TraceStep &step : d.verdict.trace.steps)
            QVERIFY2(step.check() != Check::Proxy, ruleId(step.rule));
        // Exactly the verdict of the same scenario before it had a proxy flag.
        const Decision before = decide(m_scenario, f);
        QCOMPARE(d.response.headers, before.response.headers);
        QCOMPARE(d.response.body, before.response.body);
    }
}

// 407, then 401, then 200: one conversation, each answer asking for the next field.
void tst_Decision::proxyConversation()
{
    Scenario s = m_scenario;
    s.proxy = true;
    Request r = get(QByteArrayLiteral("http://127.0.0.1:8080/staff"), Headers{{"Host", "127.0.0.1:8080"}});
    Decision d = decide(s, r.facts());
    QCOMPARE(d.response.status, 407);
    QCOMPARE(headerValues(d.response, http::header::ProxyAuthenticate), QList<QByteArray>{kProxyChallenge});

    r.headers.append({"Proxy-Authorization", basicFor("bob:builder")});
    d = decide(s, r.facts());
    QCOMPARE(d.response.status, 401);
    QCOMPARE(headerValues(d.response, http::header::WwwAuthenticate), QList<QByteArray>{kBasicChallenge});
    QVERIFY(headerValues(d.response, http::header::ProxyAuthenticate).isEmpty());

    r.headers.append({"Authorization", basicFor("bob:builder")});
    d = decide(s, r.facts());
    QCOMPARE(d.response.status, 200);
    QCOMPARE(userName(d.verdict), QStringLiteral("bob"));
    const QByteArray steps = traceIds(d.verdict.trace);
    QVERIFY2(steps.indexOf("proxy-authenticated") < steps.indexOf("resource "), steps.constData());
}

// The proxy's 407s, like the origin's 401s, do not tell an unknown user from a wrong password.
void tst_Decision::proxyUnknownUserLooksLikeWrongPassword()
{
    Scenario s = m_scenario;
    s.proxy = true;
    auto answer = [&](const QByteArray &userPass) -> QByteArray {
        const Request r =
            get(QByteArrayLiteral("http://127.0.0.1:8080/staff"),
                Headers{{"Host", "127.0.0.1:8080"}, {"Proxy-Authorization", basicFor(userPass)}});
        const Decision d = decide(s, r.facts());
        return QByteArray::number(d.response.status) + '\n' + d.response.headers + '\n' + d.response.body;
    };
    const QByteArray wrong = answer("bob:wrong");
    QVERIFY(wrong.startsWith("407\n"));
    QCOMPARE(answer("mallory:builder"), wrong);
    QCOMPARE(answer("bob:"), wrong);
}

void tst_Decision::proxyTraceCitesRfc9110()
{
    Scenario s = m_scenario;
    s.proxy = true;
    const Request r =
        get(QByteArrayLiteral("http://127.0.0.1:8080/staff"),
            Headers{{"Host", "127.0.0.1:8080"}, {"Proxy-Authorization", basicFor("bob:wrong")}});
    const Decision d = decide(s, r.facts());
    int proxySteps = 0;
    for (const TraceStep &step : d.verdict.trace.steps) {
        if (step.check() != Check::Proxy)
            continue;
        ++proxySteps;
        QVERIFY2(ruleCitation(step.rule).contains(QStringLiteral("RFC 911")), ruleId(step.rule));
        QVERIFY2(!step.text().isEmpty(), ruleId(step.rule));
    }
    QVERIFY(proxySteps >= 2); // the target, the credentials
    QVERIFY(ruleCitation(Rule::ProxyChallengeSent).contains(QStringLiteral("§15.5.8")));
    // The Basic unit's own steps, then the proxy's verdict on them.
    QVERIFY(d.verdict.trace.contains(Rule::PasswordWrong));
}

QTEST_GUILESS_MAIN(tst_Decision)
#include "tst_decision.moc"
