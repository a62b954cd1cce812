// The shape of the decision core: the render key (equal keys give byte-identical responses, and
// every field render() reads is in it), the scheme registry, the auth target, the auth state and
// the behaviour overrides.

#include "auth/scheme.h"
#include "auth/state.h"
#include "http/request.h"
#include "policy/decision.h"
#include "policy/overrides.h"
#include "policy/renderkey.h"
#include "scenario/scenario.h"
#include "scenario/scenarioio.h"

#include <QHash>
#include <QHostAddress>
#include <QTest>

#include <functional>

using namespace authlab;

namespace {

using Mutation = std::function<void(Verdict &)>;

struct Sent
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> fields;
    QHostAddress peer;

    RequestFacts facts() const
    {
        RequestFacts f;
        f.method = method;
        f.target = target;
        f.headers.append(http::HeaderField{http::header::Host, "127.0.0.1"});
        for (const auto &h : fields)
            f.headers.append(http::HeaderField{h.first, h.second});
        f.peer = peer;
        f.local = QHostAddress(QHostAddress::LocalHost); // the server listens on 127.0.0.1:8080
        f.localPort = 8080;
        return f;
    }
};

QByteArray bytes(const Response &r)
{
    return QByteArray::number(r.status) + "\r\n" + r.headers + "\r\n" + r.body;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class tst_Render : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void equalKeysRenderIdentically();
    void differingFieldChangesKey_data();
    void differingFieldChangesKey();
    void fieldsOutsideTheKeyDoNotRender_data();
    void fieldsOutsideTheKeyDoNotRender();
    void perRequestAnswersAreNotCacheable();
    void proxyAnswersHaveTheirOwnKeys();
    void registry();
    void notImplementedSchemeAnswers501Through_data();
    void notImplementedSchemeAnswers501Through();
    void proxyTarget();
    void stateChangeReachesTheState();
    void stateIsBounded_data();
    void stateIsBounded();
    void stateRemoveAndReplace();
    void stateRaiseOnlyGoesUp();
    void rfc9110OverridesOnlyNoteTheirStep();

private:
    Verdict challenged401() const;
    Scenario m_scenario;
};

void tst_Render::initTestCase()
{
    m_scenario = ScenarioIO::defaultScenario();
    QVERIFY(!m_scenario.resources.isEmpty());
}

// Every resource × identity × method × format × peer of the default scenario: verdicts grouped by
// key; within a group, every response is byte-for-byte the same.
void tst_Render::equalKeysRenderIdentically()
{
    const QList<QByteArray> targets = [&] {
        QList<QByteArray> t;
        for (const Resource &r : m_scenario.resources)
            t.append(r.path.toUtf8() + (r.match == Resource::Match::Prefix ? "x" : ""));
        t << "/nope"
          << "*"
          // RFC 6750 §2.3: with a Bearer header field, two methods (400 invalid_request, its own
          // error_description); alone, not accepted.
          << "/api/reports?access_token=alice-token"
          << "/app/x?access_token=bob-token";
        return t;
    }();
    const QList<QByteArray> credentials = {
        {},
        "Basic " + QByteArray("alice:wonderland").toBase64(),
        "Basic " + QByteArray("bob:builder").toBase64(),
        "Basic " + QByteArray("carol:songbird").toBase64(),
        "Basic " + QByteArray("alice:wrong").toBase64(),
        "Basic " + QByteArray("mallory:x").toBase64(),
        "Basic !!!",
        "Basic",
        "Bearer alice-token",
        "Bearer bob-token",
        "Bearer nope-token",
        "Bearer a b",
        "Digest username=\"alice\"",
        "Negotiate abc",
    };
    const QList<QByteArray> methods = {"GET", "HEAD", "POST", "OPTIONS", "DELETE"};
    const QList<QByteArray> accepts = {{}, "application/json", "text/html"};
    const QList<QHostAddress> peers = {
        QHostAddress(QHostAddress::LocalHost), QHostAddress(QStringLiteral("10.1.2.3")),
        QHostAddress(QStringLiteral("::ffff:10.1.2.3")), QHostAddress(QStringLiteral("fd00::1"))};
    // The server's cache holds one snapshot's answers: the address rules and the simulated client
    // address are the snapshot's, so each scenario has its own keys. With server rules and a
    // simulated address the same requests are answered by other address steps (allowed, denied
    // by the server's list) and must still render alike under equal keys.
    Scenario simulated = m_scenario;
    simulated.access = {*AddressRule::parse(QStringLiteral("deny 10.9.0.0/16")),
                        *AddressRule::parse(QStringLiteral("deny fd00::/8"))};
    simulated.simulatedClient = QHostAddress(QStringLiteral("10.1.2.3"));
    simulated.finalize();
    Scenario serverDenies = m_scenario;
    serverDenies.access = {*AddressRule::parse(QStringLiteral("allow 127.0.0.1")),
                           *AddressRule::parse(QStringLiteral("deny all"))};
    serverDenies.finalize();

    // Proxy on and off share one map: render() does not read the proxy flag, so equal keys must
    // give equal bytes across them too.
    Scenario withProxy = m_scenario;
    withProxy.proxy = true;
    withProxy.finalize();
    int verdicts = 0;
    int reused = 0;
    int uncacheable = 0;
    int proxyAnswers = 0;
    int keys = 0;
    QHash<RenderKey, QByteArray> *seen = nullptr;
    auto check = [&](const Scenario &scenario, const Sent &s) {
        const Verdict v = judge(scenario, s.facts());
        const RenderKey k = renderKey(v);
        ++verdicts;
        proxyAnswers += v.target == AuthTarget::Proxy;
        if (!k.cacheable) {
            ++uncacheable;
            return true;
        }
        const QByteArray out = bytes(render(scenario, v));
        const auto it = seen->constFind(k);
        if (it == seen->constEnd()) {
            seen->insert(k, out);
            return true;
        }
        ++reused;
        return *it == out;
    };
    const QList<QByteArray> proxyCredentials = {
        {},
        "Basic " + QByteArray("bob:builder").toBase64(),
        "Basic " + QByteArray("bob:wrong").toBase64(),
        "Basic !!!",
    };
    struct Pass
    {
        const Scenario *scenario;
        const Scenario *proxied; // also through the proxy, in the same map; nullptr: not
    };
    for (const Pass &pass :
         {Pass{&m_scenario, &withProxy}, Pass{&simulated, nullptr}, Pass{&serverDenies, nullptr}}) {
        QHash<RenderKey, QByteArray> map;
        seen = &map;
        for (const QByteArray &target : targets) {
            for (const QByteArray &cred : credentials) {
                for (const QByteArray &method : methods) {
                    for (const QByteArray &accept : accepts) {
                        for (const QHostAddress &peer : peers) {
                            Sent s{method, target, {}, peer};
                            if (!cred.isEmpty())
                                s.fields.append({"Authorization", cred});
                            if (!accept.isEmpty())
                                s.fields.append({"Accept", accept});
                            QVERIFY2(
                                check(*pass.scenario, s),
                                QByteArray(method + ' ' + target + " [" + cred + "] " + accept).constData());
                        }
                        // The same through the proxy: absolute-form to this server, with and without
                        // Proxy-Authorization, and to another host.
                        if (!pass.proxied || target == "*")
                            continue;
                        for (const QByteArray &proxyCred : proxyCredentials) {
                            for (const QByteArray &authority :
                                 {QByteArray("127.0.0.1:8080"), QByteArray("example.org")}) {
                                Sent s{method,
                                       "http://" + authority + target,
                                       {},
                                       QHostAddress(QHostAddress::LocalHost)};
                                if (!cred.isEmpty())
                                    s.fields.append({"Authorization", cred});
                                if (!proxyCred.isEmpty())
                                    s.fields.append({"Proxy-Authorization", proxyCred});
                                if (!accept.isEmpty())
                                    s.fields.append({"Accept", accept});
                                QVERIFY2(check(*pass.proxied, s),
                                         QByteArray(method + ' ' + s.target + " [" + cred + "] [" +
                                                    proxyCred + "] " + accept)
                                             .constData());
                            }
                        }
                    }
                }
            }
        }
        keys += int(map.size());
    }
    QVERIFY(proxyAnswers > 0);
    // The test means something only if keys are shared and many answers differ.
    QVERIFY2(reused > verdicts / 2, qPrintable(QString::number(reused)));
    QVERIFY2(keys > 150, qPrintable(QString::number(keys)));
    QVERIFY(uncacheable > 0); // the index that shows /vault to alice
}

Verdict tst_Render::challenged401() const
{
    Sent s{"GET", "/app/x", {}, QHostAddress(QHostAddress::LocalHost)};
    Verdict v = judge(m_scenario, s.facts());
    Q_ASSERT(v.status == 401 && !v.challenges.isEmpty());
    return v;
}

// Each field render() reads, changed on its own in a verdict where render() reads it: the key
// changes, and so do the bytes.
void tst_Render::differingFieldChangesKey_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<Mutation>("change");
    const QByteArray alice = "Basic " + QByteArray("alice:wonderland").toBase64();
    const int admin = m_scenario.resourceIndexForPath(u"/admin");
    const int bob = m_scenario.userIndex(u"bob");
    QVERIFY(admin >= 0 && bob >= 0);
    auto row = [](const char *name, const char *target, const QByteArray &authorization, Mutation m) {
        QTest::newRow(name) << QByteArray(target) << authorization << m;
    };
    row("status", "/app/x", {}, [](Verdict &v) { v.status = 407; });
    row("resource", "/staff", alice, [admin](Verdict &v) { v.resource = admin; });
    row("user", "/staff", alice, [bob](Verdict &v) { v.user = bob; });
    row("reason", "/staff", "Basic !!!", [](Verdict &v) { v.reason = Rule::BasicNoColon; });
    // The 403 of an address rule: the body names the address, the server's list or the resource's.
    row("reason: address denied", "/lan-only", alice,
        [](Verdict &v) { v.reason = Rule::ServerAddressDenied; });
    // invalid_request has several causes; the error_description names the one (RFC 6750 §3.1).
    row("reason: bearer methods", "/api/reports", "Bearer a b",
        [](Verdict &v) { v.reason = Rule::BearerMultipleMethods; });
    row("body", "/app/x", {}, [](Verdict &v) { v.body = Verdict::Body::Empty; });
    row("format", "/app/x", {}, [](Verdict &v) { v.format = http::Preferred::Json; });
    row("allow", "/app/x", {}, [](Verdict &v) { v.allow = 1; });
    row("target", "/app/x", {}, [](Verdict &v) { v.target = AuthTarget::Proxy; });
    row("challenge error", "/app/x", {}, [](Verdict &v) {
        v.challenges.clear();
        v.challenges.add({AuthScheme::Bearer, auth::ChallengeError::InvalidToken});
    });
    row("challenge added", "/app/x", {}, [](Verdict &v) { v.challenges.add({AuthScheme::Basic}); });
    row("no challenge", "/app/x", {}, [](Verdict &v) { v.challenges.clear(); });
    row("noStore", "/app/x", {}, [](Verdict &v) { v.noStore = !v.noStore; });
    row("vary", "/app/x", {}, [](Verdict &v) { v.varyAuthorization = !v.varyAuthorization; });
}

void tst_Render::differingFieldChangesKey()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, authorization);
    QFETCH(Mutation, change);
    Sent s{"GET", target, {}, QHostAddress(QHostAddress::LocalHost)};
    if (!authorization.isEmpty())
        s.fields.append({"Authorization", authorization});
    const Verdict a = judge(m_scenario, s.facts());
    QVERIFY(renderKey(a).cacheable);
    Verdict b = a;
    change(b);
    QVERIFY(renderKey(a) != renderKey(b));
    QVERIFY(bytes(render(m_scenario, a)) != bytes(render(m_scenario, b)));
}

// What is not in the key must not reach the bytes: render() cannot read it.
void tst_Render::fieldsOutsideTheKeyDoNotRender_data()
{
    QTest::addColumn<Mutation>("change");
    QTest::newRow("claimed user") << Mutation([](Verdict &v) { v.claimedUser = QStringLiteral("mallory"); });
    QTest::newRow("scheme") << Mutation([](Verdict &v) { v.scheme = AuthScheme::Basic; });
    QTest::newRow("close") << Mutation([](Verdict &v) { v.close = true; });
    QTest::newRow("trace") << Mutation([](Verdict &v) { v.trace.add(Rule::NoStore, Outcome::Info); });
    QTest::newRow("state changes") << Mutation([](Verdict &v) { v.stateChanges.append(StateChange{}); });
    QTest::newRow("detail of a cacheable answer") << Mutation([](Verdict &v) {
        v.detail = "leak";
        v.limit = 7;
    });
}

void tst_Render::fieldsOutsideTheKeyDoNotRender()
{
    QFETCH(Mutation, change);
    const Verdict a = challenged401();
    Verdict b = a;
    change(b);
    QVERIFY(renderKey(a) == renderKey(b));
    QCOMPARE(bytes(render(m_scenario, b)), bytes(render(m_scenario, a)));
}

void tst_Render::perRequestAnswersAreNotCacheable()
{
    Sent big{"GET", "/", {}, QHostAddress(QHostAddress::LocalHost)};
    RequestFacts f = big.facts();
    f.problem = Problem::BodyTooLarge;
    f.limit = 1024;
    QVERIFY(!renderKey(judge(m_scenario, f)).cacheable);

    const Sent alice{"GET",
                     "/",
                     {{"Authorization", "Basic " + QByteArray("alice:wonderland").toBase64()}},
                     QHostAddress(QHostAddress::LocalHost)};
    const Verdict index = judge(m_scenario, alice.facts());
    QVERIFY(!index.shownHidden.isEmpty());
    QVERIFY(!renderKey(index).cacheable);

    const Sent anonymous{"GET", "/", {}, QHostAddress(QHostAddress::LocalHost)};
    QVERIFY(renderKey(judge(m_scenario, anonymous.facts())).cacheable);
}

// The proxy's 407 and the origin's 401 for the same resource: different keys, different bytes
// (field names, status, realm); the proxy's 407s for an unknown user and a wrong password share
// one key and one response; the 403 that refuses another host repeats its target, so it is the
// caller's own and not cacheable.
void tst_Render::proxyAnswersHaveTheirOwnKeys()
{
    Scenario s = m_scenario;
    s.proxy = true;
    s.finalize();
    auto verdict = [&](const QByteArray &target, const QByteArray &proxyAuthorization) {
        Sent r{"GET", target, {}, QHostAddress(QHostAddress::LocalHost)};
        if (!proxyAuthorization.isEmpty())
            r.fields.append({"Proxy-Authorization", proxyAuthorization});
        return judge(s, r.facts());
    };
    const QByteArray bob = "Basic " + QByteArray("bob:builder").toBase64();
    const Verdict proxy407 = verdict("http://127.0.0.1:8080/staff", {});
    const Verdict origin401 = verdict("http://127.0.0.1:8080/staff", bob);
    QCOMPARE(proxy407.status, 407);
    QCOMPARE(origin401.status, 401);
    QVERIFY(renderKey(proxy407).cacheable && renderKey(origin401).cacheable);
    QVERIFY(renderKey(proxy407) != renderKey(origin401));
    const QByteArray a = bytes(render(s, proxy407));
    const QByteArray b = bytes(render(s, origin401));
    QVERIFY(a != b);
    QVERIFY2(a.contains("Proxy-Authenticate: Basic realm=\"AuthLab proxy\""), a.constData());
    QVERIFY2(b.contains("WWW-Authenticate: Basic realm=\"AuthLab\""), b.constData());

    const Verdict wrong = verdict("http://127.0.0.1:8080/staff", "Basic " + QByteArray("bob:x").toBase64());
    const Verdict unknown =
        verdict("http://127.0.0.1:8080/staff", "Basic " + QByteArray("mallory:x").toBase64());
    QVERIFY(renderKey(wrong) == renderKey(unknown));
    QCOMPARE(bytes(render(s, wrong)), bytes(render(s, unknown)));

    const Verdict other = verdict("http://example.org/staff", bob);
    QCOMPARE(other.status, 403);
    QVERIFY(!renderKey(other).cacheable);
    QVERIFY(render(s, other).body.contains("example.org"));
    const Verdict another = verdict("http://example.net/staff", bob);
    QVERIFY(render(s, another).body.contains("example.net"));
}

void tst_Render::registry()
{
    const auto &all = auth::schemes();
    for (size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all[i].id), int(i));
        QCOMPARE(&auth::scheme(all[i].id), &all[i]);
        QCOMPARE(bool(all[i].verify), bool(all[i].challenge));
    }
    QVERIFY(auth::schemeForToken("bAsIc") == &auth::scheme(AuthScheme::Basic));
    QVERIFY(auth::schemeForToken("BEARER") == &auth::scheme(AuthScheme::Bearer));
    QVERIFY(auth::schemeForToken("digest") == &auth::scheme(AuthScheme::Digest));
    QVERIFY(!auth::schemeForToken("session"));
    QVERIFY(!auth::schemeForToken(""));
    QVERIFY(auth::scheme(AuthScheme::Basic).implemented());
    QVERIFY(auth::scheme(AuthScheme::Bearer).implemented());
    QVERIFY(auth::scheme(AuthScheme::Digest).implemented());
    QCOMPARE(int(auth::scheme(AuthScheme::Digest).lines), 2); // SHA-256, then MD5 (RFC 7616 §3.7)
    QCOMPARE(int(auth::scheme(AuthScheme::Basic).lines), 1);
    QVERIFY(!auth::scheme(AuthScheme::Session).implemented());
}

void tst_Render::notImplementedSchemeAnswers501Through_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("steps"); // SchemeAccepted is traced when the scheme was named
    // A resource that needs only the cookie session (not implemented yet); no token names it.
    QTest::newRow("nothing") << QByteArray() << 0;
    QTest::newRow("Digest") << QByteArray("Digest username=\"alice\"") << 0;
    QTest::newRow("Basic") << "Basic " + QByteArray("alice:wonderland").toBase64() << 0;
}

void tst_Render::notImplementedSchemeAnswers501Through()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, steps);
    Scenario sessionOnly = m_scenario;
    sessionOnly.resources[sessionOnly.resourceIndexForPath(QStringLiteral("/digest/staff"))].schemes = {
        AuthScheme::Session};
    sessionOnly.finalize();
    Sent s{"GET", "/digest/staff", {}, QHostAddress(QHostAddress::LocalHost)};
    if (!authorization.isEmpty())
        s.fields.append({"Authorization", authorization});
    const Verdict v = judge(sessionOnly, s.facts());
    QCOMPARE(v.status, 501);
    QCOMPARE(int(v.reason), int(Rule::SchemeNotImplemented));
    QVERIFY(v.challenges.isEmpty());
    QCOMPARE(int(v.trace.contains(Rule::SchemeAccepted)), steps);
}

void tst_Render::proxyTarget()
{
    QVERIFY(auth::credentialsHeader(AuthTarget::Origin) == http::header::Authorization);
    QVERIFY(auth::challengeHeader(AuthTarget::Origin) == http::header::WwwAuthenticate);
    QCOMPARE(auth::unauthorizedStatus(AuthTarget::Origin), 401);
    QVERIFY(auth::credentialsHeader(AuthTarget::Proxy) == http::header::ProxyAuthorization);
    QVERIFY(auth::challengeHeader(AuthTarget::Proxy) == http::header::ProxyAuthenticate);
    QCOMPARE(auth::unauthorizedStatus(AuthTarget::Proxy), 407);

    Verdict v = challenged401();
    const Response origin = render(m_scenario, v);
    QVERIFY(origin.headers.contains("\r\nWWW-Authenticate: Bearer realm=\"AuthLab\"\r\n"));
    QVERIFY(origin.headers.contains("\r\nVary: Authorization\r\n"));
    v.target = AuthTarget::Proxy;
    v.status = auth::unauthorizedStatus(v.target);
    const Response proxy = render(m_scenario, v);
    QVERIFY2(proxy.headers.contains("\r\nProxy-Authenticate: Bearer realm=\"AuthLab\"\r\n"),
             proxy.headers.constData());
    QVERIFY(proxy.headers.contains("\r\nVary: Proxy-Authorization\r\n"));
    QVERIFY(!proxy.headers.contains("WWW-Authenticate"));
    QVERIFY(origin.body.contains("The WWW-Authenticate header field says how"));
    QVERIFY2(proxy.body.contains("The Proxy-Authenticate header field says how"), proxy.body.constData());
}

// What the server worker does after judging: the verdict's changes reach the state, and the
// next judgement sees them through its view.
void tst_Render::stateChangeReachesTheState()
{
    AuthState state;
    const AuthStateView view(&state);
    QVERIFY(!view.find(StateTable::Sessions, "s1"));

    Sent s{"GET", "/staff", {}, QHostAddress(QHostAddress::LocalHost)};
    Verdict v = judge(m_scenario, s.facts(), view);
    QVERIFY(v.stateChanges.isEmpty()); // nothing asks for state yet
    v.stateChanges.append({StateChange::Kind::Put, StateTable::Sessions, "s1", {"alice", 1}});
    state.apply(v.stateChanges);

    const std::optional<StateEntry> e = view.find(StateTable::Sessions, "s1");
    QVERIFY(e);
    QCOMPARE(e->value, QByteArray("alice"));
    QCOMPARE(e->count, quint64(1));
    QVERIFY(!view.find(StateTable::Nonces, "s1")); // tables are separate
    QVERIFY(!AuthStateView().find(StateTable::Sessions, "s1"));
}

void tst_Render::stateIsBounded_data()
{
    QTest::addColumn<StateTable>("table");
    QTest::newRow("nonces") << StateTable::Nonces;
    QTest::newRow("sessions") << StateTable::Sessions;
}

void tst_Render::stateIsBounded()
{
    QFETCH(StateTable, table);
    AuthState state;
    const int cap = AuthState::capacity(table);
    QVERIFY(cap > 0);
    const int extra = 10;
    for (int i = 0; i < cap + extra; ++i)
        state.apply({{StateChange::Kind::Put, table, "k" + QByteArray::number(i), {}}});
    QCOMPARE(state.size(table), qsizetype(cap));
    QCOMPARE(state.evicted(table), quint64(extra));
    // The oldest went first.
    QVERIFY(!state.find(table, "k0"));
    QVERIFY(!state.find(table, QByteArray("k" + QByteArray::number(extra - 1))));
    QVERIFY(state.find(table, QByteArray("k" + QByteArray::number(extra))));
    QVERIFY(state.find(table, QByteArray("k" + QByteArray::number(cap + extra - 1))));
}

void tst_Render::stateRemoveAndReplace()
{
    AuthState state;
    const StateTable t = StateTable::Nonces;
    state.apply({{StateChange::Kind::Put, t, "a", {"1", 1}}, {StateChange::Kind::Put, t, "b", {"2", 1}}});
    state.apply({{StateChange::Kind::Put, t, "a", {"1", 2}}}); // replaced: keeps its age
    QCOMPARE(state.find(t, "a")->count, quint64(2));
    state.apply({{StateChange::Kind::Remove, t, "b", {}}, {StateChange::Kind::Remove, t, "missing", {}}});
    QVERIFY(!state.find(t, "b"));
    QCOMPARE(state.size(t), qsizetype(1));
    QCOMPARE(state.evicted(t), quint64(0));
    for (int i = 0; i < AuthState::capacity(t); ++i)
        state.apply({{StateChange::Kind::Put, t, "n" + QByteArray::number(i), {}}});
    QVERIFY(!state.find(t, "a")); // the oldest, though replaced later
    QCOMPARE(state.evicted(t), quint64(1));
}

// Raise (a Digest nc): holds only when the count goes up, and for a new key only when its stamp
// is newer than anything evicted (a forgotten nonce is never trusted again).
void tst_Render::stateRaiseOnlyGoesUp()
{
    AuthState state;
    const StateTable t = StateTable::Nonces;
    using K = StateChange::Kind;
    QVERIFY(state.apply({{K::Raise, t, "n", {{}, 1, 100}}}));
    QVERIFY(!state.apply({{K::Raise, t, "n", {{}, 1, 100}}})); // the same count again
    QVERIFY(state.apply({{K::Raise, t, "n", {{}, 5, 100}}}));
    QVERIFY(!state.apply({{K::Raise, t, "n", {{}, 3, 100}}}));
    QCOMPARE(state.find(t, "n")->count, quint64(5));
    QCOMPARE(state.forgottenUpTo(t), std::numeric_limits<qint64>::min());
    for (int i = 0; i < AuthState::capacity(t); ++i) // evicts "n" (stamp 100)
        state.apply({{K::Put, t, "k" + QByteArray::number(i), {{}, 1, 50}}});
    QVERIFY(!state.find(t, "n"));
    QCOMPARE(state.forgottenUpTo(t), qint64(100));
    QVERIFY(!state.apply({{K::Raise, t, "n", {{}, 9, 100}}})); // forgotten: refused
    QVERIFY(!state.find(t, "n"));
    QVERIFY(state.apply({{K::Raise, t, "m", {{}, 1, 101}}})); // newer than what was forgotten
}

void tst_Render::rfc9110OverridesOnlyNoteTheirStep()
{
    const std::span<const Override> list = overridesFor(Behaviour::Rfc9110);
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(int(list[0].rule), int(Rule::BehaviourRfc9110));
    QVERIFY(!list[0].apply);
    Sent s{"GET", "/staff", {}, QHostAddress(QHostAddress::LocalHost)};
    const Verdict v = judge(m_scenario, s.facts());
    int steps = 0;
    for (const TraceStep &step : v.trace.steps)
        steps += step.rule == Rule::BehaviourRfc9110 && step.outcome == Outcome::Info;
    QCOMPARE(steps, 1);
    QCOMPARE(int(v.trace.decisiveStep()->rule), int(Rule::NoCredentials));
}

QTEST_GUILESS_MAIN(tst_Render)
#include "tst_render.moc"
