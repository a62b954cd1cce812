// Every server behaviour on the default scenario: a golden table per behaviour (identities ×
// resources, each cell the status and what the answer carries), written by this test from
// decide() and compared with tests/golden/behaviours/<id>.txt, which were reviewed by eye once.
// AUTHLAB_UPDATE_GOLDEN=1 rewrites them (then review the diff). Plus the properties each
// behaviour promises, checked directly, so that a golden file written wrongly cannot hide a bug.

#include "auth/digest.h"
#include "auth/digestscheme.h"
#include "auth/state.h"
#include "http/request.h"
#include "policy/decision.h"
#include "policy/overrides.h"
#include "policy/rules.h"
#include "scenario/scenario.h"
#include "scenario/scenarioio.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTest>

using namespace authlab;

namespace {

struct Field
{
    QByteArray name;
    QByteArray value;
};

// A request as the table sends it; facts() views into it.
struct Req
{
    QByteArray method = "GET";
    QByteArray target;
    QList<Field> fields;
    QByteArray body;
    QByteArray newSessionId;

    RequestFacts facts() const
    {
        RequestFacts f;
        f.method = method;
        f.target = target;
        f.headers.append(http::HeaderField{http::header::Host, "127.0.0.1"});
        for (const Field &h : fields)
            f.headers.append(http::HeaderField{h.name, h.value});
        f.peer = QHostAddress(QHostAddress::LocalHost);
        f.body = body;
        f.newSessionId = newSessionId;
        return f;
    }
};

QList<QByteArray> fieldValues(const Response &r, QByteArrayView name)
{
    QList<QByteArray> out;
    for (const QByteArray &line : r.headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && http::equalsIgnoreCase(line.first(colon), name))
            out.append(line.sliced(colon + 1).trimmed());
    }
    return out;
}

// The rows of the table: who asks, and how.
enum class Row {
    AnonymousApi,
    AnonymousBrowser,
    Alice,
    Bob,
    Carol,
    WrongPassword,
    UnknownUser,
    Malformed,
    AliceForwarded
};

const char *rowName(Row r)
{
    switch (r) {
    case Row::AnonymousApi:
        return "anonymous (API)";
    case Row::AnonymousBrowser:
        return "anonymous (browser)";
    case Row::Alice:
        return "alice";
    case Row::Bob:
        return "bob";
    case Row::Carol:
        return "carol";
    case Row::WrongPassword:
        return "wrong password";
    case Row::UnknownUser:
        return "unknown user";
    case Row::Malformed:
        return "malformed";
    case Row::AliceForwarded:
        return "alice + X-Forwarded-For";
    }
    return "?";
}

constexpr Row kRows[] = {Row::AnonymousApi,  Row::AnonymousBrowser, Row::Alice,       Row::Bob,
                         Row::Carol,         Row::WrongPassword,    Row::UnknownUser, Row::Malformed,
                         Row::AliceForwarded};

// Name and password of a row (empty name: none).
std::pair<QByteArray, QByteArray> login(Row r)
{
    switch (r) {
    case Row::Alice:
    case Row::AliceForwarded:
        return {"alice", "wonderland"};
    case Row::Bob:
        return {"bob", "builder"};
    case Row::Carol:
        return {"carol", "songbird"};
    case Row::WrongPassword:
        return {"alice", "Wonderland"};
    case Row::UnknownUser:
        return {"mallory", "wonderland"};
    default:
        return {};
    }
}

// The table of one behaviour, and the first failing property found while building it.
class Table
{
public:
    explicit Table(Behaviour b) : m_scenario(ScenarioIO::defaultScenario())
    {
        m_scenario.behaviour = b;
        m_scenario.finalize();
    }

    Scenario &scenario() { return m_scenario; }

    QByteArray text()
    {
        QByteArray out = "behaviour " + behaviourId(m_scenario.behaviour).toLatin1() + "\n";
        QList<QByteArray> columns;
        for (const Resource &r : m_scenario.resources)
            columns.append(r.path.toUtf8());
        columns.append("/nope");
        out += pad("", 26);
        for (const QByteArray &c : columns)
            out += pad(c, 15);
        out += '\n';
        for (Row row : kRows) {
            out += pad(rowName(row), 26);
            for (const QByteArray &c : columns)
                out += pad(cell(row, c), 15);
            out += '\n';
        }
        return out;
    }

    // The cell: status; "/wN": N WWW-Authenticate field lines; "#N": a 404's content length;
    // ">L": a redirect's Location (without its query).
    QByteArray cell(Row row, const QByteArray &path)
    {
        const Decision d = send(row, path);
        QByteArray c = QByteArray::number(d.response.status);
        const qsizetype challenges = fieldValues(d.response, http::header::WwwAuthenticate).size();
        if (challenges)
            c += "/w" + QByteArray::number(challenges);
        if (d.response.status == 404)
            c += "#" + QByteArray::number(d.response.body.size());
        const QList<QByteArray> location = fieldValues(d.response, http::header::Location);
        if (!location.isEmpty())
            c += ">" + location.first().split('?').first(); // the path is enough to tell them apart
        return c;
    }

    Decision send(Row row, const QByteArray &path)
    {
        const int index = m_scenario.resourceIndexForPath(path);
        const Resource *r = index >= 0 ? &m_scenario.resources[index] : nullptr;
        Req q;
        q.target = path;
        q.fields.append(Field{"Accept", row == Row::AnonymousBrowser ? "text/html" : "application/json"});
        if (row == Row::AliceForwarded)
            q.fields.append(Field{"X-Forwarded-For", "10.1.2.3"});
        const auto [user, password] = login(row);
        if (row == Row::Malformed) {
            q.fields.append(Field{"Authorization", "Basic !!!"});
        } else if (!user.isEmpty() && r && !r->isPublic()) {
            if (r->accepts(AuthScheme::Basic))
                q.fields.append(
                    Field{"Authorization", "Basic " + QByteArray(user + ':' + password).toBase64()});
            else if (r->accepts(AuthScheme::Digest))
                q.fields.append(Field{"Authorization", digestFor(user, password, path)});
            else if (r->accepts(AuthScheme::Session)) {
                const QByteArray cookie = sessionFor(user, password);
                if (!cookie.isEmpty())
                    q.fields.append(Field{"Cookie", cookie});
            } else if (r->accepts(AuthScheme::Bearer)) {
                q.fields.append(Field{"Authorization", "Bearer " + tokenFor(row)});
            }
        }
        return run(q);
    }

private:
    Decision run(const Req &q)
    {
        const RequestFacts f = q.facts();
        Decision d = decide(m_scenario, f, AuthStateView(&m_state));
        m_state.apply(d.verdict.stateChanges);
        return d;
    }

    static QByteArray tokenFor(Row row)
    {
        switch (row) {
        case Row::Alice:
        case Row::AliceForwarded:
            return "alice-token";
        case Row::Bob:
            return "bob-token";
        default:
            return "no-such-token"; // carol has none; a wrong or unknown one is unknown
        }
    }

    // A correct Digest answer to a fresh challenge (asked for under rfc9110, whose challenge
    // every behaviour's server accepts: the nonce is the server's, whatever it answered).
    QByteArray digestFor(const QByteArray &user, const QByteArray &password, const QByteArray &uri)
    {
        Scenario plain = m_scenario;
        plain.behaviour = Behaviour::Rfc9110;
        Req q;
        q.target = uri;
        const Decision d = decide(plain, q.facts(), AuthStateView(&m_state));
        const QList<QByteArray> lines = fieldValues(d.response, http::header::WwwAuthenticate);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("nonce=\"([^\"]*)\""))
                                              .match(QString::fromLatin1(lines.value(0)));
        digest::Credentials c;
        c.algorithm = digest::Algorithm::Sha256;
        c.algorithmGiven = true;
        c.username = user;
        c.realm = "AuthLab";
        c.uri = uri;
        c.nonce = m.captured(1).toLatin1();
        c.cnonce = "0a4f113b";
        c.opaque = digest::serverOpaque().toByteArray();
        c.opaqueGiven = true;
        c.qop = "auth";
        c.nc = "00000001";
        c.count = 1;
        c.response = digest::compute(c.algorithm, user, "AuthLab", password, "GET", uri, c.nonce, c.nc,
                                     c.cnonce, c.qop)
                         .response.output;
        return digest::formatCredentials(c);
    }

    // POST /login; the session cookie it sets ("" when the login failed).
    QByteArray sessionFor(const QByteArray &user, const QByteArray &password)
    {
        Req q;
        q.method = "POST";
        q.target = "/login";
        q.fields.append(Field{"Content-Type", "application/x-www-form-urlencoded"});
        q.body = "username=" + user + "&password=" + password + "&next=/app/";
        q.newSessionId = QByteArray(32, char('a' + m_sessions++ % 26));
        const Decision d = run(q);
        const QList<QByteArray> cookie = fieldValues(d.response, "Set-Cookie");
        return cookie.isEmpty() ? QByteArray() : cookie.first().split(';').first();
    }

    static QByteArray pad(const QByteArray &s, int width)
    {
        return s.size() >= width ? QByteArray(s + ' ') : QByteArray(s + QByteArray(width - s.size(), ' '));
    }

    Scenario m_scenario;
    AuthState m_state;
    int m_sessions = 0;
};

QString goldenPath(Behaviour b)
{
    return QStringLiteral(AUTHLAB_GOLDEN_DIR "/") + behaviourId(b) + QStringLiteral(".txt");
}

} // namespace

class tst_Behaviours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void rfc9110IsJudgeWithoutOverrides_data();
    void rfc9110IsJudgeWithoutOverrides();
    void traceShowsCorrectThenOverride();
    void everyBehaviourExplained();
    void never401();
    void hideAllLooksMissing();
    void leakyHideDiffers();
    void oddChallengeSyntax();
    void trustsForwardedFor();
};

void tst_Behaviours::golden_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    for (int i = 0; i < int(Behaviour::Count); ++i)
        QTest::newRow(qPrintable(behaviourId(Behaviour(i)))) << Behaviour(i);
}

void tst_Behaviours::golden()
{
    QFETCH(Behaviour, behaviour);
    const QByteArray table = Table(behaviour).text();
    QFile file(goldenPath(behaviour));
    if (qEnvironmentVariableIsSet("AUTHLAB_UPDATE_GOLDEN")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(table);
        file.close();
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray golden = file.readAll();
    const QByteArray message = "\n" + table + "\n--- expected (" + file.fileName().toUtf8() + "):\n" + golden;
    QVERIFY2(golden == table, message.constData());
}

// Under rfc9110 nothing is rewritten: every cell is judgeRfc9110()'s status.
void tst_Behaviours::rfc9110IsJudgeWithoutOverrides_data()
{
    QTest::addColumn<QByteArray>("path");
    for (const Resource &r : ScenarioIO::defaultScenario().resources)
        QTest::newRow(qPrintable(r.path)) << r.path.toUtf8();
}

void tst_Behaviours::rfc9110IsJudgeWithoutOverrides()
{
    QFETCH(QByteArray, path);
    Scenario s = ScenarioIO::defaultScenario();
    Req q;
    q.target = path;
    const RequestFacts f = q.facts();
    const Verdict plain = judgeRfc9110(s, f);
    const Verdict judged = judge(s, f);
    QCOMPARE(judged.status, plain.status);
    QVERIFY(judged.trace.contains(Rule::BehaviourRfc9110));
    QVERIFY(!plain.trace.contains(Rule::BehaviourRfc9110));
}

// The trace keeps the correct steps (the 401 of missing credentials), then the override's step
// decides, naming the correct status and the one sent.
void tst_Behaviours::traceShowsCorrectThenOverride()
{
    Scenario s = ScenarioIO::defaultScenario();
    s.behaviour = Behaviour::Never401;
    Req q;
    q.target = "/staff";
    const Verdict v = judge(s, q.facts());
    QCOMPARE(v.status, 403);
    QVERIFY(v.trace.contains(Rule::NoCredentials));
    const TraceStep *decisive = v.trace.decisiveStep();
    QVERIFY(decisive);
    QCOMPARE(decisive->rule, Rule::BehaviourNever401);
    QVERIFY2(decisive->a1.startsWith(QLatin1String("401")), qPrintable(decisive->a1));
    QVERIFY2(decisive->a2.startsWith(QLatin1String("403")), qPrintable(decisive->a2));
    // A granted request is not rewritten, and says so.
    q.fields.append(Field{"Authorization", "Basic " + QByteArray("bob:builder").toBase64()});
    const Verdict ok = judge(s, q.facts());
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.trace.contains(Rule::BehaviourNotApplied));
    QCOMPARE(ok.trace.decisiveStep()->rule, Rule::Granted);
}

void tst_Behaviours::everyBehaviourExplained()
{
    QStringList ids;
    for (int i = 0; i < int(Behaviour::Count); ++i) {
        const Behaviour b = Behaviour(i);
        const QString id = behaviourId(b);
        QVERIFY(!id.isEmpty());
        QCOMPARE(behaviourFromId(id), std::optional<Behaviour>(b));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.append(id);
        QVERIFY(!behaviourTitle(b).isEmpty());
        QVERIFY(!behaviourDoes(b).isEmpty());
        QVERIFY(!behaviourBreaks(b).isEmpty());
        QVERIFY(!behaviourClients(b).isEmpty());
        QVERIFY(QByteArray(behaviourInfo(b).citation).startsWith("RFC "));
        QVERIFY(!overridesFor(b).empty());
    }
    QCOMPARE(ids, behaviourIds());
    for (const char *name : {"rfc9110", "never-401", "hide-all", "401-without-challenge", "403-for-anonymous",
                             "401-for-forbidden", "login-redirect-for-api", "soft-401", "leaky-hide",
                             "odd-challenge-syntax", "trusts-x-forwarded-for"})
        QVERIFY2(ids.contains(QLatin1String(name)), name); // BRIEF.md / the issue's names
}

void tst_Behaviours::never401()
{
    Table t(Behaviour::Never401);
    for (Row row : kRows) {
        for (const QByteArray path : {"/staff", "/admin", "/digest/staff", "/api/reports", "/app/"}) {
            const Decision d = t.send(row, path);
            QVERIFY2(d.response.status != 401, rowName(row));
            if (d.response.status == 403)
                QVERIFY(fieldValues(d.response, http::header::WwwAuthenticate).isEmpty() ||
                        d.verdict.reason == Rule::ScopeMissing);
        }
    }
}

// Byte for byte the answer to a path that does not exist.
void tst_Behaviours::hideAllLooksMissing()
{
    Table t(Behaviour::HideAll);
    const Response missing = t.send(Row::Carol, "/nope").response;
    for (Row row : {Row::AnonymousApi, Row::Carol, Row::WrongPassword}) {
        const Response r = t.send(row, "/admin").response;
        QCOMPARE(r.status, 404);
        QCOMPARE(r.headers, missing.headers);
        QCOMPARE(r.body, missing.body);
    }
}

void tst_Behaviours::leakyHideDiffers()
{
    Table correct(Behaviour::Rfc9110);
    QCOMPARE(correct.send(Row::Carol, "/vault").response.body,
             correct.send(Row::Carol, "/nope").response.body);
    Table leaky(Behaviour::LeakyHide);
    const Response hidden = leaky.send(Row::Carol, "/vault").response;
    const Response missing = leaky.send(Row::Carol, "/nope").response;
    QCOMPARE(hidden.status, 404);
    QVERIFY(hidden.body.size() != missing.body.size());
}

void tst_Behaviours::oddChallengeSyntax()
{
    Table t(Behaviour::OddChallengeSyntax);
    const QList<QByteArray> basic =
        fieldValues(t.send(Row::AnonymousApi, "/staff").response, "WWW-Authenticate");
    QCOMPARE(basic, QList<QByteArray>{"basic realm=AuthLab, charset=\"UTF-8\""});
    const QList<QByteArray> digest =
        fieldValues(t.send(Row::AnonymousApi, "/digest/staff").response, "WWW-Authenticate");
    QCOMPARE(digest.size(), 1);
    QVERIFY2(digest[0].startsWith("digest realm=AuthLab,"), digest[0].constData());
    QVERIFY2(digest[0].contains(", digest realm=AuthLab,"), digest[0].constData()); // MD5, same line
    // The server itself still accepts what a client answers to it.
    QCOMPARE(t.send(Row::Bob, "/digest/staff").response.status, 200);
}

void tst_Behaviours::trustsForwardedFor()
{
    Table correct(Behaviour::Rfc9110);
    QCOMPARE(correct.send(Row::AliceForwarded, "/lan-only").response.status, 403);
    Table trusting(Behaviour::TrustsXForwardedFor);
    const Decision d = trusting.send(Row::AliceForwarded, "/lan-only");
    QCOMPARE(d.response.status, 200);
    QVERIFY(d.verdict.trace.contains(Rule::AddressDenied)); // the correct check is still shown
    QCOMPARE(d.verdict.trace.decisiveStep()->rule, Rule::BehaviourTrustsForwardedFor);
    QCOMPARE(d.verdict.trace.decisiveStep()->a1, QStringLiteral("10.1.2.3"));
    QCOMPARE(trusting.send(Row::Alice, "/lan-only").response.status, 403); // no field: no bypass
    // The claim wins over a simulated address too, and the step names the address it overrode.
    trusting.scenario().simulatedClient = QHostAddress(QStringLiteral("192.168.1.7"));
    const Decision simulated = trusting.send(Row::AliceForwarded, "/lan-only");
    QCOMPARE(simulated.response.status, 200);
    QCOMPARE(simulated.verdict.trace.decisiveStep()->a2, QStringLiteral("192.168.1.7"));
}

QTEST_GUILESS_MAIN(tst_Behaviours)
#include "tst_behaviours.moc"
