// HAR 1.2 export, redaction, "Copy as curl" quoting and the bug report (session/har.h,
// http/recorded.h, client/legrecord.h, client/curlcommand.h, session/bugreport.h): the structure
// field by field against HAR 1.2, and an independent validator (npm har-validator). The curl
// commands are run by the real curl against `authlab serve` in tst_cli.
#include "client/clientengine.h"
#include "client/curlcommand.h"
#include "client/legrecord.h"
#include "scenario/scenarioio.h"
#include "server/httpserver.h"
#include "session/bugreport.h"
#include "session/har.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace authlab;

namespace {

// Every member HAR 1.2 requires, with its JSON type; the first failure is returned.
QString checkMembers(const QJsonObject &o, const QList<std::pair<QString, QJsonValue::Type>> &members,
                     const QString &where)
{
    for (const auto &[name, type] : members) {
        if (!o.contains(name))
            return where + QStringLiteral(": missing ") + name;
        if (o.value(name).type() != type)
            return where + QStringLiteral(": ") + name + QStringLiteral(" has the wrong type");
    }
    return {};
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

QString checkNameValues(const QJsonArray &a, const QString &where)
{
    for (const QJsonValue &v : a) {
        if (!v.isObject())
            return where + QStringLiteral(": not an object");
        const QString e = checkMembers(
            v.toObject(),
            {{QStringLiteral("name"), QJsonValue::String}, {QStringLiteral("value"), QJsonValue::String}},
            where);
        if (!e.isEmpty())
            return e;
    }
    return {};
}

// The HAR 1.2 structure of a whole document, member by member.
QString checkHar(const QJsonObject &doc)
{
    using T = QJsonValue::Type;
    QString e = checkMembers(doc, {{QStringLiteral("log"), T::Object}}, QStringLiteral("document"));
    if (!e.isEmpty())
        return e;
    const QJsonObject log = doc.value(QStringLiteral("log")).toObject();
    e = checkMembers(log,
                     {{QStringLiteral("version"), T::String},
                      {QStringLiteral("creator"), T::Object},
                      {QStringLiteral("entries"), T::Array}},
                     QStringLiteral("log"));
    if (!e.isEmpty())
        return e;
    if (log.value(QStringLiteral("version")).toString() != QLatin1String("1.2"))
        return QStringLiteral("log.version is not 1.2");
    const QJsonObject creator = log.value(QStringLiteral("creator")).toObject();
    e = checkMembers(creator, {{QStringLiteral("name"), T::String}, {QStringLiteral("version"), T::String}},
                     QStringLiteral("creator"));
    if (!e.isEmpty())
        return e;
    if (creator.value(QStringLiteral("name")).toString() != QLatin1String("AuthLab"))
        return QStringLiteral("creator.name is not AuthLab");
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    for (const QJsonValue &ev : log.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject en = ev.toObject();
        e = checkMembers(en,
                         {{QStringLiteral("startedDateTime"), T::String},
                          {QStringLiteral("time"), T::Double},
                          {QStringLiteral("request"), T::Object},
                          {QStringLiteral("response"), T::Object},
                          {QStringLiteral("cache"), T::Object},
                          {QStringLiteral("timings"), T::Object}},
                         QStringLiteral("entry"));
        if (!e.isEmpty())
            return e;
        if (!iso.match(en.value(QStringLiteral("startedDateTime")).toString()).hasMatch())
            return QStringLiteral("startedDateTime is not ISO 8601: ") +
                   en.value(QStringLiteral("startedDateTime")).toString();
        if (en.value(QStringLiteral("time")).toDouble() < 0)
            return QStringLiteral("time < 0");
        const QJsonObject rq = en.value(QStringLiteral("request")).toObject();
        e = checkMembers(rq,
                         {{QStringLiteral("method"), T::String},
                          {QStringLiteral("url"), T::String},
                          {QStringLiteral("httpVersion"), T::String},
                          {QStringLiteral("cookies"), T::Array},
                          {QStringLiteral("headers"), T::Array},
                          {QStringLiteral("queryString"), T::Array},
                          {QStringLiteral("headersSize"), T::Double},
                          {QStringLiteral("bodySize"), T::Double}},
                         QStringLiteral("request"));
        if (!e.isEmpty())
            return e;
        if (!isInteger(rq.value(QStringLiteral("headersSize"))) ||
            !isInteger(rq.value(QStringLiteral("bodySize"))))
            return QStringLiteral("request sizes are not integers");
        for (const QString &list : {QStringLiteral("headers"), QStringLiteral("queryString")}) {
            e = checkNameValues(rq.value(list).toArray(), QStringLiteral("request.") + list);
            if (!e.isEmpty())
                return e;
        }
        if (rq.contains(QStringLiteral("postData"))) {
            const QJsonObject pd = rq.value(QStringLiteral("postData")).toObject();
            e = checkMembers(pd,
                             {{QStringLiteral("mimeType"), T::String}, {QStringLiteral("text"), T::String}},
                             QStringLiteral("postData"));
            if (!e.isEmpty())
                return e;
            if (pd.contains(QStringLiteral("params"))) {
                e = checkNameValues(pd.value(QStringLiteral("params")).toArray(),
                                    QStringLiteral("postData.params"));
                if (!e.isEmpty())
                    return e;
            }
        }
        const QJsonObject rs = en.value(QStringLiteral("response")).toObject();
        e = checkMembers(rs,
                         {{QStringLiteral("status"), T::Double},
                          {QStringLiteral("statusText"), T::String},
                          {QStringLiteral("httpVersion"), T::String},
                          {QStringLiteral("cookies"), T::Array},
                          {QStringLiteral("headers"), T::Array},
                          {QStringLiteral("content"), T::Object},
                          {QStringLiteral("redirectURL"), T::String},
                          {QStringLiteral("headersSize"), T::Double},
                          {QStringLiteral("bodySize"), T::Double}},
                         QStringLiteral("response"));
        if (!e.isEmpty())
            return e;
        if (!isInteger(rs.value(QStringLiteral("status"))))
            return QStringLiteral("response.status is not an integer");
        e = checkNameValues(rs.value(QStringLiteral("headers")).toArray(),
                            QStringLiteral("response.headers"));
        if (!e.isEmpty())
            return e;
        for (const QString &side : {QStringLiteral("request"), QStringLiteral("response")}) {
            for (const QJsonValue &c : en.value(side).toObject().value(QStringLiteral("cookies")).toArray()) {
                e = checkMembers(c.toObject(),
                                 {{QStringLiteral("name"), T::String}, {QStringLiteral("value"), T::String}},
                                 side + QStringLiteral(".cookies"));
                if (!e.isEmpty())
                    return e;
            }
        }
        const QJsonObject content = rs.value(QStringLiteral("content")).toObject();
        e = checkMembers(content,
                         {{QStringLiteral("size"), T::Double}, {QStringLiteral("mimeType"), T::String}},
                         QStringLiteral("content"));
        if (!e.isEmpty())
            return e;
        const QJsonObject timings = en.value(QStringLiteral("timings")).toObject();
        e = checkMembers(timings,
                         {{QStringLiteral("send"), T::Double},
                          {QStringLiteral("wait"), T::Double},
                          {QStringLiteral("receive"), T::Double}},
                         QStringLiteral("timings"));
        if (!e.isEmpty())
            return e;
        for (const QString &t : timings.keys()) {
            const double v = timings.value(t).toDouble();
            const bool optional =
                t != QLatin1String("send") && t != QLatin1String("wait") && t != QLatin1String("receive");
            if (v < (optional ? -1 : 0))
                return QStringLiteral("timings.") + t + QStringLiteral(" out of range");
        }
        // time is the sum of the timings that are not -1.
        double sum = 0;
        for (const QString &t : timings.keys())
            sum += qMax(0.0, timings.value(t).toDouble());
        if (qAbs(sum - en.value(QStringLiteral("time")).toDouble()) > 1e-6)
            return QStringLiteral("time is not the sum of the timings");
    }
    return {};
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(json, &error);
    return d.object();
}

QList<std::pair<QString, QString>> nameValues(const QJsonArray &a)
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue &v : a)
        out.append({v[QStringLiteral("name")].toString(), v[QStringLiteral("value")].toString()});
    return out;
}

// A recorded exchange with every kind of secret in it.
RecordedExchange secretExchange()
{
    RecordedExchange r;
    r.startedMs = 1'700'000'000'123;
    r.timeMs = 4.5;
    r.method = "POST";
    r.url = "http://127.0.0.1:8080/login?access_token=tok-in-query-123&lang=en";
    r.target = "/login?access_token=tok-in-query-123&lang=en";
    r.requestHeaders = {{"Host", "127.0.0.1:8080"},
                        {"Authorization", "Basic Ym9iOmJ1aWxkZXI="},
                        {"Proxy-Authorization", "Basic YWxpY2U6d29uZGVybGFuZA=="},
                        {"Cookie", "authlab_session=SESSION-ID-abc; theme=dark"},
                        {"Content-Type", "application/x-www-form-urlencoded"},
                        {"Content-Length", "59"}};
    r.requestBody = "username=bob&password=builder-pw&access_token=tok-in-body-9&next=%2F";
    r.requestBodySize = r.requestBody.size();
    r.requestHeadersSize = 200;
    r.hasResponse = true;
    r.status = 303;
    r.reasonPhrase = "See Other";
    r.responseHeaders = {{"Location", "/app/?access_token=tok-in-location-7"},
                         {"Set-Cookie", "authlab_session=NEW-SESSION-xyz; Path=/; HttpOnly; SameSite=Lax"},
                         {"Content-Length", "0"}};
    r.responseHeadersSize = 150;
    r.responseBodySize = 0;
    return r;
}

const QByteArrayList kSecrets = {
    "Ym9iOmJ1aWxkZXI=", "YWxpY2U6d29uZGVybGFuZA==", "SESSION-ID-abc", "tok-in-query-123", "builder-pw",
    "tok-in-body-9",    "tok-in-location-7",        "NEW-SESSION-xyz"};

} // namespace

class TestHar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void structureOfAClientExchange();
    void redaction_data();
    void redaction();
    void redactionOfARealLogin();
    void redactionLeaksNothing_data();
    void redactionLeaksNothing();
    void userinfoIsNotKept();
    void curlCommandOfUnusualRequests_data();
    void curlCommandOfUnusualRequests();
    void bugReportOnASessionLogin();
    void serveKeepsBoundedBytes();
    void redactedCurlCommandAndReason();
    void repeatedFieldsStayApart();
    void binaryContent();
    void legsGiveEntries_data();
    void legsGiveEntries();
    void serverRecordsAndSummaries();
    void atomicWrite();
    void bugReport();
    // The tests that start processes run once the embedded server is closed: see independentValidator().
    void independentValidator();
    void curlQuoting_data();
    void curlQuoting();

private:
    RequestSpec spec(const QString &path, Identity id,
                     CredentialState state = CredentialState::Correct) const;
    ClientExchange run(const RequestSpec &s);
    std::shared_ptr<const Exchange> record(const QByteArray &requestId);
    void harFile(const QString &name, const QList<RecordedExchange> &entries, bool redact = true);

    Scenario m_scenario;
    HttpServer m_server;
    ClientEngine m_engine;
    std::vector<Exchange> m_records;
    QTemporaryDir m_dir;
    QStringList m_hars; // written by the tests, for the validator
};

void TestHar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = ScenarioIO::defaultScenario();
    m_server.setRecordLevel(RecordLevel::Full);
    m_server.setScenario(makeSnapshot(m_scenario));
    QVERIFY2(m_server.listen(QHostAddress::LocalHost, 0), qPrintable(m_server.errorString()));
    m_engine.setServerLookup([this](const QByteArray &id) { return record(id); });
}

std::shared_ptr<const Exchange> TestHar::record(const QByteArray &requestId)
{
    for (Exchange &e : m_server.takeExchanges())
        m_records.push_back(std::move(e));
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
        if (it->requestId == requestId)
            return std::make_shared<const Exchange>(*it);
    }
    return {};
}

RequestSpec TestHar::spec(const QString &path, Identity id, CredentialState state) const
{
    RequestSpec s;
    s.url = m_server.url().resolved(QUrl(path));
    s.identity = std::move(id);
    s.credentials = state;
    return s;
}

ClientExchange TestHar::run(const RequestSpec &s)
{
    QSignalSpy spy(&m_engine, &ClientEngine::finished);
    m_engine.send(s, CredentialBuilder::build(m_scenario, s));
    if (!spy.wait(10000))
        return {};
    return spy.takeFirst().at(0).value<ClientExchange>();
}

void TestHar::harFile(const QString &name, const QList<RecordedExchange> &entries, bool redact)
{
    HarOptions o;
    o.redact = redact;
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(Har::write(path, entries, o, &error), qPrintable(error));
    m_hars.append(path);
}

void TestHar::structureOfAClientExchange()
{
    const ClientExchange e =
        run(spec(QStringLiteral("/staff?x=1&y=two"), Identity::scenarioUser(QStringLiteral("bob"))));
    QCOMPARE(e.status(), 200);
    const QList<RecordedExchange> legs = recordedLegs(e);
    QCOMPARE(legs.size(), 1);
    const QJsonObject doc = Har::document(legs);
    QCOMPARE(checkHar(doc), QString());
    harFile(QStringLiteral("structure.har"), legs);

    const QJsonObject log = doc[QStringLiteral("log")].toObject();
    QCOMPARE(log[QStringLiteral("creator")][QStringLiteral("version")].toString(),
             QLatin1String(AUTHLAB_VERSION));
    const QJsonObject en = log[QStringLiteral("entries")].toArray().at(0).toObject();
    const QJsonObject rq = en[QStringLiteral("request")].toObject();
    QCOMPARE(rq[QStringLiteral("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(rq[QStringLiteral("url")].toString(),
             spec(QStringLiteral("/staff?x=1&y=two"), {}).url.toString());
    QCOMPARE(rq[QStringLiteral("httpVersion")].toString(), QStringLiteral("HTTP/1.1"));
    // The fields exactly as on the wire: Host first (the client's own bytes), the credentials.
    const auto fields = nameValues(rq[QStringLiteral("headers")].toArray());
    QCOMPARE(fields.value(0).first, QStringLiteral("Host"));
    QVERIFY(fields.contains(std::pair(QStringLiteral("Authorization"), QStringLiteral("Basic <redacted>"))));
    QCOMPARE(nameValues(rq[QStringLiteral("queryString")].toArray()),
             (QList<std::pair<QString, QString>>{{QStringLiteral("x"), QStringLiteral("1")},
                                                 {QStringLiteral("y"), QStringLiteral("two")}}));
    QCOMPARE(rq[QStringLiteral("headersSize")].toInteger(), qint64(e.legs[0].rawRequest.size()));
    QCOMPARE(rq[QStringLiteral("bodySize")].toInteger(), 0);
    QVERIFY(!rq.contains(QStringLiteral("postData")));
    const QJsonObject rs = en[QStringLiteral("response")].toObject();
    QCOMPARE(rs[QStringLiteral("status")].toInt(), 200);
    QCOMPARE(rs[QStringLiteral("statusText")].toString(), QStringLiteral("OK"));
    const QJsonObject content = rs[QStringLiteral("content")].toObject();
    QCOMPARE(content[QStringLiteral("size")].toInteger(), qint64(e.legs[0].responseBody.size()));
    QCOMPARE(content[QStringLiteral("text")].toString().toUtf8(), e.legs[0].responseBody);
    QVERIFY(content[QStringLiteral("mimeType")].toString().startsWith(QLatin1String("text/html")));
    QCOMPARE(rs[QStringLiteral("bodySize")].toInteger(), qint64(e.legs[0].responseBody.size()));
    QCOMPARE(rs[QStringLiteral("headersSize")].toInteger() + rs[QStringLiteral("bodySize")].toInteger(),
             qint64(e.legs[0].rawResponse.size()));
    const QJsonObject timings = en[QStringLiteral("timings")].toObject();
    for (const char *unknown : {"blocked", "dns", "connect", "ssl"})
        QCOMPARE(timings[QLatin1String(unknown)].toInt(), -1);
    QVERIFY(timings[QStringLiteral("wait")].toDouble() > 0);
    QCOMPARE(en[QStringLiteral("serverIPAddress")].toString(), QStringLiteral("127.0.0.1"));
    // AuthLab's decision rides along in an extension field.
    const QJsonObject a = en[QStringLiteral("_authlab")].toObject();
    QCOMPARE(a[QStringLiteral("status")].toInt(), 200);
    QVERIFY(!a[QStringLiteral("rule")].toString().isEmpty());
    QVERIFY(a[QStringLiteral("citation")].toString().contains(QLatin1String("RFC")));
}

void TestHar::redaction_data()
{
    QTest::addColumn<bool>("redact");
    QTest::newRow("redacted") << true;
    QTest::newRow("kept when asked") << false;
}

void TestHar::redaction()
{
    QFETCH(bool, redact);
    const RecordedExchange r = secretExchange();
    HarOptions o;
    o.redact = redact;
    const QByteArray json = Har::toJson({r}, o);
    QCOMPARE(checkHar(parse(json)), QString());
    for (const QByteArray &secret : kSecrets)
        QVERIFY2(json.contains(secret) == !redact, secret.constData());
    if (!redact)
        return;
    harFile(QStringLiteral("redacted.har"), {r});
    const QJsonObject en = parse(json)[QStringLiteral("log")][QStringLiteral("entries")][0].toObject();
    const QJsonObject rq = en[QStringLiteral("request")].toObject();
    QCOMPARE(rq[QStringLiteral("url")].toString(),
             QStringLiteral("http://127.0.0.1:8080/login?access_token=<redacted>&lang=en"));
    const auto fields = nameValues(rq[QStringLiteral("headers")].toArray());
    QVERIFY(fields.contains(std::pair(QStringLiteral("Authorization"), QStringLiteral("Basic <redacted>"))));
    QVERIFY(fields.contains(
        std::pair(QStringLiteral("Proxy-Authorization"), QStringLiteral("Basic <redacted>"))));
    QVERIFY(fields.contains(
        std::pair(QStringLiteral("Cookie"), QStringLiteral("authlab_session=<redacted>; theme=<redacted>"))));
    QCOMPARE(nameValues(rq[QStringLiteral("queryString")].toArray()).value(0),
             std::pair(QStringLiteral("access_token"), QStringLiteral("<redacted>")));
    QCOMPARE(nameValues(rq[QStringLiteral("cookies")].toArray()).value(0),
             std::pair(QStringLiteral("authlab_session"), QStringLiteral("<redacted>")));
    const QJsonObject post = rq[QStringLiteral("postData")].toObject();
    QCOMPARE(post[QStringLiteral("text")].toString(),
             QStringLiteral("username=bob&password=<redacted>&access_token=<redacted>&next=%2F"));
    const auto params = nameValues(post[QStringLiteral("params")].toArray());
    QCOMPARE(params.size(), 4);
    QCOMPARE(params.at(0), std::pair(QStringLiteral("username"), QStringLiteral("bob")));
    QCOMPARE(params.at(1), std::pair(QStringLiteral("password"), QStringLiteral("<redacted>")));
    QCOMPARE(params.at(3), std::pair(QStringLiteral("next"), QStringLiteral("/")));
    const QJsonObject rs = en[QStringLiteral("response")].toObject();
    QCOMPARE(rs[QStringLiteral("redirectURL")].toString(), QStringLiteral("/app/?access_token=<redacted>"));
    const QJsonObject cookie = rs[QStringLiteral("cookies")][0].toObject();
    QCOMPARE(cookie[QStringLiteral("value")].toString(), QStringLiteral("<redacted>"));
    QCOMPARE(cookie[QStringLiteral("path")].toString(), QStringLiteral("/"));
    QCOMPARE(cookie[QStringLiteral("httpOnly")].toBool(), true);
    QVERIFY(parse(json)[QStringLiteral("log")][QStringLiteral("comment")].toString().contains(
        QLatin1String("<redacted>")));
}

void TestHar::redactionOfARealLogin()
{
    // A browser-like client: 302 to /login, the form posted, 303 back with the cookie, then 200.
    RequestSpec s = spec(QStringLiteral("/app/"), Identity::scenarioUser(QStringLiteral("bob")));
    s.scheme = ClientScheme::Session;
    s.flow = ClientFlow::ChallengeFirst;
    s.followRedirects = true;
    const ClientExchange e = run(s);
    QCOMPARE(e.status(), 200);
    QVERIFY2(e.legs.size() >= 3, qPrintable(QString::number(e.legs.size())));
    QByteArray sessionId;
    for (const ClientLeg &l : e.legs) {
        for (const QByteArray &c : l.responseHeaderLines("Set-Cookie")) {
            if (c.startsWith("authlab_session=") && !c.startsWith("authlab_session=;"))
                sessionId = c.mid(16, c.indexOf(';') - 16);
        }
    }
    QVERIFY(!sessionId.isEmpty());
    const QList<RecordedExchange> legs = recordedLegs(e);
    const QByteArray redacted = Har::toJson(legs);
    QCOMPARE(checkHar(parse(redacted)), QString());
    QVERIFY(!redacted.contains(sessionId));
    QVERIFY(!redacted.contains("builder")); // bob's password, in the posted form
    QVERIFY(redacted.contains("password=<redacted>"));
    harFile(QStringLiteral("login.har"), legs);
    HarOptions keep;
    keep.redact = false;
    const QByteArray kept = Har::toJson(legs, keep);
    QVERIFY(kept.contains(sessionId));
    QVERIFY(kept.contains("password=builder"));
}

void TestHar::redactionLeaksNothing_data()
{
    // Fields as a peer may send them (the server records even a 400's bytes): the secret must
    // not survive redaction in the HAR, the curl command or the bug report.
    QTest::addColumn<QByteArray>("requestFields");
    QTest::addColumn<QByteArray>("responseFields");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("space before the colon")
        << QByteArray("Authorization : Basic YWxpY2U6d29uZGVybGFuZA==\r\n") << QByteArray()
        << QByteArray("YWxpY2U6d29uZGVybGFuZA==");
    QTest::newRow("tab before the colon") << QByteArray("Proxy-Authorization\t: Bearer tok-tab-1\r\n")
                                          << QByteArray() << QByteArray("tok-tab-1");
    QTest::newRow("folded line with a colon")
        << QByteArray("Authorization: Basic\r\n x:YWxpY2U6d29uZGVybGFuZA==\r\n") << QByteArray()
        << QByteArray("YWxpY2U6d29uZGVybGFuZA==");
    QTest::newRow("nameless cookie") << QByteArray("Cookie: s3cr3tsession; a=b\r\n") << QByteArray()
                                     << QByteArray("s3cr3tsession");
    QTest::newRow("nameless Set-Cookie")
        << QByteArray() << QByteArray("Set-Cookie: s3cr3tset; Path=/; HttpOnly\r\n")
        << QByteArray("s3cr3tset");
    QTest::newRow("rspauth")
        << QByteArray()
        << QByteArray("Authentication-Info: qop=auth, rspauth=\"6629fae49393a05397450978507c4ef1\", "
                      "cnonce=\"0a4f113b\", nc=00000001\r\n")
        << QByteArray("6629fae49393a05397450978507c4ef1");
    QTest::newRow("rspauth of the proxy, a token")
        << QByteArray()
        << QByteArray("Proxy-Authentication-Info: RSPAUTH = abc0123def, "
                      "qop=auth\r\n")
        << QByteArray("abc0123def");
}

void TestHar::redactionLeaksNothing()
{
    QFETCH(QByteArray, requestFields);
    QFETCH(QByteArray, responseFields);
    QFETCH(QByteArray, secret);
    Exchange e;
    e.method = "GET";
    e.target = "/staff";
    e.status = 200;
    e.rawRequest = "GET /staff HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" + requestFields + "\r\n";
    e.rawResponse = "HTTP/1.1 200 OK\r\n" + responseFields + "Content-Length: 0\r\n\r\n";
    const RecordedExchange r = fromServerRecord(e, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    HarOptions keep;
    keep.redact = false;
    QVERIFY(Har::toJson({r}, keep).contains(secret)); // it is there to be hidden
    const QByteArray json = Har::toJson({r});
    QCOMPARE(checkHar(parse(json)), QString());
    QVERIFY2(!json.contains(secret), json.constData());
    QVERIFY(json.contains(kRedacted.toByteArray()));
    const QString curl = Curl::command(redacted(r)).command;
    QVERIFY2(!curl.contains(QLatin1String(secret)), qPrintable(curl));
    BugReportInput in;
    in.scenario = m_scenario;
    in.legs = {r};
    const QString md = BugReport::readme(in);
    QVERIFY2(!md.contains(QLatin1String(secret)), qPrintable(md));
}

void TestHar::userinfoIsNotKept()
{
    // AuthLab never sends a URL's userinfo; curl would turn it into an Authorization field.
    ClientExchange e;
    ClientLeg leg;
    leg.method = "GET";
    leg.url = QUrl(QStringLiteral("http://alice:wonderland@127.0.0.1:8080/staff?x=1"));
    leg.rawRequest = "GET /staff?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n";
    leg.status = 200;
    leg.reasonPhrase = "OK";
    e.legs.append(leg);
    const RecordedExchange r = recordedLeg(e, 0);
    QCOMPARE(r.url, QByteArray("http://127.0.0.1:8080/staff?x=1"));
    HarOptions keep;
    keep.redact = false;
    QVERIFY(!Har::toJson({r}, keep).contains("wonderland"));
    QVERIFY(!Curl::command(r).command.contains(QLatin1String("wonderland")));
    // A record with it anyway (a proxy's absolute-form target): redaction takes it out.
    QCOMPARE(redactedUrl("http://alice:wonderland@127.0.0.1:8080/x?password=p#f"),
             QByteArray("http://127.0.0.1:8080/x?password=<redacted>#f"));
    RecordedExchange withUserinfo = r;
    withUserinfo.url = "http://alice:wonderland@127.0.0.1:8080/staff";
    QVERIFY(!Curl::command(withUserinfo).command.contains(QLatin1String("wonderland")));
    BugReportInput in;
    in.scenario = m_scenario;
    in.legs = {withUserinfo};
    in.redact = true;
    QVERIFY(!BugReport::readme(in).contains(QLatin1String("wonderland")));
}

void TestHar::curlCommandOfUnusualRequests_data()
{
    // What the command must say (the round trips through curl are in tst_cli), and must not.
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("content starting with @")
        << QByteArray("POST /public HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n@/etc/hosts")
        << QStringList{QStringLiteral("--data-raw '@/etc/hosts'")}
        << QStringList{QStringLiteral("--data-binary '@")};
    QTest::newRow("GET with content")
        << QByteArray("GET /public HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhi")
        << QStringList{QStringLiteral("--request 'GET'"), QStringLiteral("--data-raw 'hi'")} << QStringList();
    QTest::newRow("HEAD with content")
        << QByteArray("HEAD /public HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhi")
        << QStringList{QStringLiteral("--request 'HEAD'"), QStringLiteral("# ")}
        << QStringList{QStringLiteral("--head ")};
    QTest::newRow("HEAD") << QByteArray("HEAD /public HTTP/1.1\r\nHost: h\r\n\r\n")
                          << QStringList{QStringLiteral("--head ")}
                          << QStringList{QStringLiteral("--request")};
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n")
                               << QStringList{QStringLiteral("--request-target '*'"),
                                              QStringLiteral("'http://h'\n")}
                               << QStringList{QStringLiteral("h*")};
    QTest::newRow("through a proxy")
        << QByteArray("GET http://example.test/x HTTP/1.1\r\nHost: example.test\r\n\r\n")
        << QStringList{QStringLiteral("--proxy"), QStringLiteral("--header 'Proxy-Connection:'")}
        << QStringList();
}

void TestHar::curlCommandOfUnusualRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    Exchange e;
    e.rawRequest = raw;
    const QString c = Curl::command(fromServerRecord(e, QUrl(QStringLiteral("http://h/")))).command;
    for (const QString &p : present)
        QVERIFY2(c.contains(p), qPrintable(p + QStringLiteral(" missing in:\n") + c));
    for (const QString &a : absent)
        QVERIFY2(!c.contains(a), qPrintable(a + QStringLiteral(" found in:\n") + c));
}

void TestHar::bugReportOnASessionLogin()
{
    // Under the rfc9110 behaviour every leg's answer is RFC 9110's: judged again, the report must
    // agree with it, or say that it cannot judge (the server's sessions are not in the record).
    QCOMPARE(m_scenario.behaviour, Behaviour::Rfc9110);
    m_engine.clearAllCookies(); // a login of its own, whatever ran before
    RequestSpec s = spec(QStringLiteral("/app/"), Identity::scenarioUser(QStringLiteral("bob")));
    s.scheme = ClientScheme::Session;
    s.flow = ClientFlow::ChallengeFirst;
    s.followRedirects = true;
    const ClientExchange e = run(s);
    QCOMPARE(e.status(), 200);
    bool loginPost = false;
    for (const RecordedExchange &leg : recordedLegs(e)) {
        loginPost = loginPost || leg.method == "POST";
        const Rfc9110Answer a = BugReport::rfc9110Answer(m_scenario, leg);
        QVERIFY2(!a.judged || a.status == leg.status,
                 qPrintable(QString::fromLatin1(leg.method + ' ' + leg.target) +
                            QStringLiteral(": judged %1, answered %2").arg(a.status).arg(leg.status)));
        QVERIFY(a.judged || !a.note.isEmpty());
        BugReportInput in;
        in.scenario = m_scenario;
        in.legs = {leg};
        QVERIFY(!BugReport::readme(in).contains(QLatin1String("The answer differs")));
    }
    QVERIFY(loginPost);
}

void TestHar::serveKeepsBoundedBytes()
{
    // serve --har's memory: the newest exchanges within a count and a byte budget.
    HarKeeper keeper(100, 1000);
    for (int i = 0; i < 10; ++i) {
        Exchange e;
        e.id = quint64(i);
        e.rawRequest = QByteArray(300, 'q');
        e.rawResponse = QByteArray(100, 'r');
        keeper.add(e);
    }
    QVERIFY2(keeper.bytes() <= 1000, qPrintable(QString::number(keeper.bytes())));
    QCOMPARE(qsizetype(keeper.kept().size()), 2);
    QCOMPARE(keeper.dropped(), quint64(8));
    QCOMPARE(keeper.kept().back().id, quint64(9));
    HarKeeper counted(3, 1'000'000);
    for (int i = 0; i < 5; ++i)
        counted.add(Exchange{});
    QCOMPARE(qsizetype(counted.kept().size()), 3);
    QCOMPARE(counted.dropped(), quint64(2));
}

void TestHar::redactedCurlCommandAndReason()
{
    // A login through the server: its redacted form is shorter than the Content-Length sent, and
    // the trace's reason names the posted next target with its token.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray form = "username=bob&password=builder&next=%2Fstaff%3Faccess_token%3Dtok-in-next-5";
    socket.write("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-ID: redacted-curl\r\n"
                 "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: " +
                 QByteArray::number(form.size()) + "\r\n\r\n" + form);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 303"), answer.left(200).constData());
    std::shared_ptr<const Exchange> e;
    QTRY_VERIFY((e = record("redacted-curl")) != nullptr);
    const RecordedExchange r = fromServerRecord(*e, m_server.url());
    QVERIFY(r.server->trace.decisiveStep()->text().contains(QLatin1String("tok-in-next-5")));

    const QString c = Curl::command(redacted(r)).command;
    QVERIFY2(!c.contains(QLatin1String("Content-Length")), qPrintable(c)); // curl counts the redacted form
    QVERIFY(
        Curl::command(r).command.contains(QLatin1String("Content-Length: ") + QString::number(form.size())));
    const QByteArray json = Har::toJson({r});
    QVERIFY2(!json.contains("tok-in-next-5"), json.constData());
    BugReportInput in;
    in.scenario = m_scenario;
    in.legs = {r};
    in.redact = true;
    const QString md = BugReport::readme(in);
    QVERIFY2(!md.contains(QLatin1String("tok-in-next-5")), qPrintable(md));
    const QString putBack = md.section(QLatin1String("## "), -1);              // the curl section
    QVERIFY2(putBack.contains(QLatin1String("content")), qPrintable(putBack)); // the form was redacted
}

void TestHar::repeatedFieldsStayApart()
{
    // Digest answers with two WWW-Authenticate lines (SHA-256, MD5): two header entries, in order.
    const ClientExchange e =
        run(spec(QStringLiteral("/digest/staff"), Identity::anonymous(), CredentialState::None));
    QCOMPARE(e.status(), 401);
    const QJsonObject en = Har::entry(recordedLeg(e, 0));
    QStringList challenges;
    for (const auto &[n, v] :
         nameValues(en[QStringLiteral("response")][QStringLiteral("headers")].toArray())) {
        if (n == QLatin1String("WWW-Authenticate"))
            challenges.append(v);
    }
    QCOMPARE(challenges.size(), 2);
    QVERIFY(challenges[0].contains(QLatin1String("SHA-256")));
    QVERIFY(challenges[1].contains(QLatin1String("MD5")));
    // A request with a field twice, from the server's log.
    test::Response r;
    QString error;
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_server.port()) + "\r\n";
    QVERIFY2(test::exchange(m_server,
                            "GET /public HTTP/1.1\r\n" + host +
                                "X-Dup: one\r\nX-Dup: two\r\nX-Request-ID: dup-1\r\n\r\n",
                            r, error),
             qPrintable(error));
    const auto rec = record("dup-1");
    QVERIFY(rec);
    const auto fields = nameValues(Har::entry(fromServerRecord(
        *rec, m_server.url()))[QStringLiteral("request")][QStringLiteral("headers")]
                                       .toArray());
    QCOMPARE(fields.value(1), std::pair(QStringLiteral("X-Dup"), QStringLiteral("one")));
    QCOMPARE(fields.value(2), std::pair(QStringLiteral("X-Dup"), QStringLiteral("two")));
}

void TestHar::binaryContent()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n\0\xff\xfe", 11);
    RecordedExchange r = secretExchange();
    r.requestHeaders = {{"Host", "127.0.0.1:8080"}, {"Content-Type", "application/octet-stream"}};
    r.requestBody = bytes;
    r.responseHeaders = {{"Content-Type", "image/png"}, {"Content-Length", "11"}};
    r.responseBody = bytes;
    r.status = 200;
    r.reasonPhrase = "OK";
    const QJsonObject en = Har::entry(r);
    const QJsonObject content = en[QStringLiteral("response")][QStringLiteral("content")].toObject();
    QCOMPARE(content[QStringLiteral("encoding")].toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(content[QStringLiteral("text")].toString().toLatin1()), bytes);
    QCOMPARE(content[QStringLiteral("size")].toInt(), 11);
    const QJsonObject post = en[QStringLiteral("request")][QStringLiteral("postData")].toObject();
    QCOMPARE(QByteArray::fromBase64(post[QStringLiteral("text")].toString().toLatin1()), bytes);
    QCOMPARE(post[QStringLiteral("_encoding")].toString(), QStringLiteral("base64"));
    harFile(QStringLiteral("binary.har"), {r});
    // Text stays text.
    r.responseHeaders = {{"Content-Type", "text/plain; charset=utf-8"}};
    r.responseBody = "crème brûlée";
    const QJsonObject text = Har::entry(r)[QStringLiteral("response")][QStringLiteral("content")].toObject();
    QVERIFY(!text.contains(QStringLiteral("encoding")));
    QCOMPARE(text[QStringLiteral("text")].toString(), QStringLiteral("crème brûlée"));
}

void TestHar::legsGiveEntries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("Basic 401 then 200")
        << QStringLiteral("/staff") << int(ClientScheme::Basic) << QList<int>{401, 200};
    QTest::newRow("Digest 401 then 200")
        << QStringLiteral("/digest/staff") << int(ClientScheme::Digest) << QList<int>{401, 200};
}

void TestHar::legsGiveEntries()
{
    QFETCH(QString, path);
    QFETCH(int, scheme);
    QFETCH(QList<int>, statuses);
    RequestSpec s = spec(path, Identity::scenarioUser(QStringLiteral("bob")));
    s.scheme = ClientScheme(scheme);
    s.flow = ClientFlow::ChallengeFirst;
    const ClientExchange e = run(s);
    const QList<RecordedExchange> legs = recordedLegs(e);
    const QJsonObject doc = Har::document(legs);
    QCOMPARE(checkHar(doc), QString());
    const QJsonArray entries = doc[QStringLiteral("log")][QStringLiteral("entries")].toArray();
    QList<int> got;
    for (const QJsonValue &en : entries)
        got.append(en[QStringLiteral("response")][QStringLiteral("status")].toInt());
    QCOMPARE(got, statuses);
    // The retry carries the credentials, redacted; the first leg none.
    const auto first = nameValues(entries[0][QStringLiteral("request")][QStringLiteral("headers")].toArray());
    const auto second =
        nameValues(entries[1][QStringLiteral("request")][QStringLiteral("headers")].toArray());
    auto authorization = [](const QList<std::pair<QString, QString>> &f) {
        for (const auto &[n, v] : f) {
            if (n == QLatin1String("Authorization"))
                return v;
        }
        return QString();
    };
    QVERIFY(authorization(first).isEmpty());
    QCOMPARE(authorization(second), s.scheme == ClientScheme::Digest ? QStringLiteral("Digest <redacted>")
                                                                     : QStringLiteral("Basic <redacted>"));
    QVERIFY(entries[1][QStringLiteral("startedDateTime")].toString() >=
            entries[0][QStringLiteral("startedDateTime")].toString());
    harFile(QStringLiteral("legs-%1.har").arg(scheme), legs);
}

void TestHar::serverRecordsAndSummaries()
{
    // A POST with a form from outside AuthLab's client, as the server's log holds it.
    test::Response r;
    QString error;
    const QByteArray body = "username=bob&password=builder&next=%2Fapp%2F";
    const QByteArray req = "POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server.port()) +
                           "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                           QByteArray::number(body.size()) + "\r\nX-Request-ID: post-1\r\n\r\n" + body;
    QVERIFY2(test::exchange(m_server, req, r, error), qPrintable(error));
    QCOMPARE(r.status, 303);
    const auto rec = record("post-1");
    QVERIFY(rec);
    const RecordedExchange rr = fromServerRecord(*rec, m_server.url());
    QCOMPARE(rr.requestBody, body);
    QCOMPARE(rr.status, 303);
    const QJsonObject doc = Har::document({rr});
    QCOMPARE(checkHar(doc), QString());
    const QByteArray json = QJsonDocument(doc).toJson();
    QVERIFY(!json.contains("builder"));
    QVERIFY(!json.contains(r.header("Set-Cookie").mid(16, 20)));
    harFile(QStringLiteral("server.har"), {rr});
    // A summary record (no raw bytes, as `serve --quiet` keeps them) still gives a valid entry.
    Exchange summary = *rec;
    summary.rawRequest.clear();
    summary.rawResponse.clear();
    const QJsonObject small = Har::document({fromServerRecord(summary, m_server.url())});
    QCOMPARE(checkHar(small), QString());
    QCOMPARE(small[QStringLiteral("log")][QStringLiteral("entries")][0][QStringLiteral("response")]
                  [QStringLiteral("status")]
                      .toInt(),
             303);
}

void TestHar::atomicWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.har"));
    QString error;
    QVERIFY(Har::write(path, {secretExchange()}, {}, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    // A path in a folder that does not exist: a clear error, nothing written.
    QVERIFY(!Har::write(m_dir.filePath(QStringLiteral("missing/dir/x.har")), {}, {}, &error));
    QVERIFY2(error.contains(QLatin1String("missing/dir/x.har")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestHar::independentValidator()
{
    // Starting processes while the embedded server's I/O thread serves corrupted the heap now and
    // then (seen as "malloc(): unsorted double linked list corrupted" in the I/O thread, with curl
    // talking to it; not under ASan): the curl round trips run against `authlab serve` (tst_cli),
    // and the server here is closed first.
    m_server.close();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty())
        QSKIP("node and npm are not installed (Debian: nodejs npm): the HAR files are not checked by "
              "har-validator");
    const QString prefix =
        qEnvironmentVariable("AUTHLAB_NPM_PREFIX", QStringLiteral(AUTHLAB_SOURCE_DIR "/build/npm"));
    const QString modules = prefix + QStringLiteral("/node_modules");
    if (!QFileInfo::exists(modules + QStringLiteral("/har-validator/package.json"))) {
        // tools/dev.sh deps installs it; without it, install it now (the registry is reachable).
        QProcess install;
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--prefix"), prefix,
                            QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                            QStringLiteral("har-validator@5.1.5")});
        QVERIFY(install.waitForFinished(180000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    }
    QVERIFY2(m_hars.size() >= 6, "the HAR-writing tests ran first");
    // The validator itself must be able to say no.
    const QString broken = m_dir.filePath(QStringLiteral("broken.har"));
    {
        QJsonObject doc = Har::document({secretExchange()});
        QJsonObject log = doc[QStringLiteral("log")].toObject();
        QJsonArray entries = log[QStringLiteral("entries")].toArray();
        QJsonObject en = entries[0].toObject();
        en.remove(QStringLiteral("timings"));
        entries[0] = en;
        log[QStringLiteral("entries")] = entries;
        doc[QStringLiteral("log")] = log;
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(node, QStringList{QStringLiteral(AUTHLAB_SOURCE_DIR "/tools/validate-har.js")} + m_hars);
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, out.constData());
    QCOMPARE(out.count("valid: "), m_hars.size());
    p.start(node, {QStringLiteral(AUTHLAB_SOURCE_DIR "/tools/validate-har.js"), broken});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
}

void TestHar::curlQuoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("'abc'");
    QTest::newRow("empty") << QByteArray() << QByteArray("''");
    QTest::newRow("single quote") << QByteArray("it's") << QByteArray("'it'\\''s'");
    QTest::newRow("shell specials") << QByteArray("$HOME `x` \"y\" \\z")
                                    << QByteArray("'$HOME `x` \"y\" \\z'");
    QTest::newRow("utf-8") << QByteArray("crème") << QByteArray("'crème'");
    QTest::newRow("latin-1 byte") << QByteArray("a\xe9"
                                                "b")
                                  << QByteArray("'a'\"$(printf '\\351')\"'b'");
}

void TestHar::curlQuoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, quoted);
    QCOMPARE(Curl::quote(bytes), quoted);
    // And the shell gives the bytes back.
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf %s ") + QString::fromUtf8(quoted)});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.readAllStandardOutput(), bytes);
}

void TestHar::bugReport()
{
    Scenario sc = ScenarioIO::defaultScenario();
    sc.behaviour = Behaviour::Never401;
    m_server.setScenario(makeSnapshot(sc));
    RequestSpec s = spec(QStringLiteral("/staff"), Identity::scenarioUser(QStringLiteral("bob")),
                         CredentialState::WrongPassword);
    const ClientExchange e = run(s);
    m_server.setScenario(makeSnapshot(m_scenario));
    QVERIFY(e.status() != 401); // never-401 answers something else
    BugReportInput in;
    in.scenario = sc;
    in.scenario.finalize();
    in.legs = recordedLegs(e);
    in.spec = s;
    in.credentials = CredentialBuilder::build(sc, s);
    const QString folder = m_dir.filePath(QStringLiteral("report"));
    QCOMPARE(BugReport::existingFiles(folder), QStringList());
    QString error;
    QVERIFY2(BugReport::write(folder, in, &error), qPrintable(error));
    QCOMPARE(BugReport::existingFiles(folder), BugReport::fileNames());
    QFile readme(folder + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(readme.readAll());
    QVERIFY2(md.contains(QLatin1String("GET ") + s.url.toString()), qPrintable(md));
    QVERIFY(md.contains(QLatin1String("bob")));
    QVERIFY(md.contains(QLatin1String("`never-401`")));
    QVERIFY2(md.contains(QLatin1String("**401 Unauthorized**")), qPrintable(md)); // what RFC 9110 asks
    QVERIFY(md.contains(QLatin1String("RFC 9110")));
    QVERIFY(md.contains(QLatin1String("**The answer differs:**")));
    QVERIFY(md.contains(QLatin1String("curl --include")));
    QVERIFY(md.contains(QLatin1String("Basic <redacted>")));
    QVERIFY(md.contains(QLatin1String(AUTHLAB_VERSION)));
    QVERIFY(!md.contains(QLatin1String(in.credentials.authorization.mid(6))));
    const ScenarioLoad back = ScenarioIO::load(folder + QStringLiteral("/scenario.json"));
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QCOMPARE(back.scenario->behaviour, Behaviour::Never401);
    QFile har(folder + QStringLiteral("/exchanges.har"));
    QVERIFY(har.open(QIODevice::ReadOnly));
    QCOMPARE(checkHar(parse(har.readAll())), QString());
    m_hars.append(har.fileName());
}

QTEST_GUILESS_MAIN(TestHar)
#include "tst_har.moc"
