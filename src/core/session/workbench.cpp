#include "session/workbench.h"

#include "http/exchangetext.h"
#include "scenario/scenarioio.h"

namespace authlab {

namespace {
constexpr size_t kRecordsByRequestId = 1024;
// Records taken per drain (every 30 ms): ~30 000 log rows a second is more than anyone can
// read, and bounds the GUI's work per frame whatever the server is doing.
constexpr size_t kRecordsPerDrain = 1000;
const std::optional<ClientExchange> kNoResult;
} // namespace

RequestSpec Workbench::defaultRequest()
{
    RequestSpec r;
    r.identity = Identity::scenarioUser(QStringLiteral("bob"));
    r.url = QUrl(QStringLiteral("/admin")); // relative: startServer() puts the server in front
    return r;
}

QList<Watch> Workbench::defaultWatches()
{
    return {{"GET", QStringLiteral("/public")},
            {"GET", QStringLiteral("/staff")},
            {"GET", QStringLiteral("/admin")},
            {"GET", QStringLiteral("/vault")},
            {"GET", QStringLiteral("/lan-only")}};
}

Workbench::Workbench(QObject *parent)
    : QObject(parent), m_server(this), m_client(this), m_roundTimer(this), m_drainTimer(this)
{
    m_scenario = ScenarioIO::defaultScenario();
    m_server.setScenario(makeSnapshot(m_scenario));
    // At most this many records wait for the GUI; beyond it the server samples (and counts).
    m_server.setFeedCapacity(4096);
    m_watches = defaultWatches();
    m_watchResults.resize(m_watches.size());
    m_request = defaultRequest();

    m_roundTimer.setSingleShot(true);
    m_roundTimer.setInterval(0);
    connect(&m_roundTimer, &QTimer::timeout, this, &Workbench::sendNow);
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(30);
    connect(&m_drainTimer, &QTimer::timeout, this, &Workbench::drainServer);
    connect(&m_server, &HttpServer::exchangesReady, this, [this] {
        if (!m_drainTimer.isActive())
            m_drainTimer.start();
    });
    m_client.setServerLookup([this](const QByteArray &id) { return serverRecord(id); });
    connect(&m_client, &ClientEngine::finished, this, &Workbench::onClientFinished);
}

Workbench::~Workbench()
{
    m_client.abortAll();
    m_server.close();
}

void Workbench::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_scenario.finalize();
    m_server.setScenario(makeSnapshot(m_scenario));
    Q_EMIT scenarioChanged();
    scheduleRound();
}

bool Workbench::setMembership(const QString &user, const QString &group, bool member)
{
    Scenario next = m_scenario;
    if (!next.setMembership(user, group, member))
        return false;
    if (next.users[next.userIndex(user)].groups == m_scenario.users[m_scenario.userIndex(user)].groups)
        return true; // nothing changed
    setScenario(next);
    return true;
}

void Workbench::setBehaviour(Behaviour behaviour)
{
    if (behaviour == m_scenario.behaviour)
        return;
    Scenario next = m_scenario;
    next.behaviour = behaviour;
    setScenario(next);
}

void Workbench::setSimulatedClient(const QHostAddress &address)
{
    if (address == m_scenario.simulatedClient)
        return;
    Scenario next = m_scenario;
    next.simulatedClient = address;
    setScenario(next);
}

void Workbench::setProxy(bool on)
{
    if (m_scenario.proxy == on)
        return;
    Scenario next = m_scenario;
    next.proxy = on;
    setScenario(next);
}

bool Workbench::startServer(quint16 port, const QHostAddress &host)
{
    const QUrl oldBase = serverUrl();
    m_server.close();
    const bool ok = m_server.listen(host, port);
    if (ok && oldBase.isValid())
        retargetUrls(oldBase, serverUrl());
    if (ok && m_request.url.isRelative())
        m_request.url = serverUrl().resolved(m_request.url);
    Q_EMIT serverChanged();
    if (ok)
        scheduleRound();
    return ok;
}

QUrl Workbench::serverUrl() const
{
    if (!m_server.isListening())
        return QUrl();
    QUrl url = m_server.url();
    // Listening on every address (the LAN exposure): this machine's client uses the loopback.
    const QHostAddress host = m_server.address();
    if (host == QHostAddress(QHostAddress::AnyIPv6))
        url.setHost(QHostAddress(QHostAddress::LocalHostIPv6).toString());
    else if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        url.setHost(QHostAddress(QHostAddress::LocalHost).toString());
    return url;
}

QUrl Workbench::urlFor(const QString &path) const
{
    const QUrl base = serverUrl();
    return base.isValid() ? base.resolved(QUrl(path)) : QUrl(path);
}

void Workbench::retargetUrls(const QUrl &oldBase, const QUrl &newBase)
{
    if (m_request.url.host() == oldBase.host() && m_request.url.port() == oldBase.port()) {
        m_request.url.setHost(newBase.host());
        m_request.url.setPort(newBase.port());
        Q_EMIT requestChanged();
    }
}

void Workbench::setRequest(const RequestSpec &spec)
{
    if (spec == m_request)
        return;
    m_request = spec;
    Q_EMIT requestChanged();
    scheduleRound();
}

void Workbench::setWatches(const QList<Watch> &watches)
{
    if (watches == m_watches)
        return;
    m_watches = watches;
    m_watchResults.clear();
    m_watchResults.resize(m_watches.size());
    Q_EMIT watchesChanged();
    scheduleRound();
}

RequestSpec Workbench::specForWatch(int index) const
{
    RequestSpec s = m_request;
    s.method = m_watches.at(index).method;
    s.url = urlFor(m_watches.at(index).path);
    s.body.clear();
    return s;
}

void Workbench::setLive(bool live)
{
    m_live = live;
    if (live)
        scheduleRound();
}

void Workbench::scheduleRound()
{
    if (m_live && m_server.isListening())
        m_roundTimer.start();
}

const std::optional<ClientExchange> &Workbench::watchResult(int index) const
{
    return index >= 0 && index < m_watchResults.size() ? m_watchResults[index] : kNoResult;
}

void Workbench::clearCookies()
{
    m_client.clearCookies(m_request.identity);
    scheduleRound();
}

void Workbench::clearAllCookies()
{
    m_client.clearAllCookies();
    scheduleRound();
}

void Workbench::sendNow()
{
    m_roundTimer.stop();
    // Answers to the previous round would describe a state that no longer exists.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_client.abort(it.key());
    m_inFlight.clear();
    ++m_round;
    Q_EMIT roundStarted(m_round);

    if (m_request.url.isValid() && !m_request.url.isRelative()) {
        const quint64 id = m_client.send(m_request, CredentialBuilder::build(m_scenario, m_request));
        m_inFlight.insert(id, -1);
    }
    if (m_server.isListening()) {
        for (int i = 0; i < m_watches.size(); ++i) {
            const RequestSpec s = specForWatch(i);
            const quint64 id = m_client.send(s, CredentialBuilder::build(m_scenario, s));
            m_inFlight.insert(id, i);
        }
    }
    if (m_inFlight.isEmpty())
        Q_EMIT roundFinished(m_round);
}

void Workbench::onClientFinished(const ClientExchange &exchange)
{
    const auto it = m_inFlight.constFind(exchange.id);
    if (it == m_inFlight.cend())
        return; // from an aborted round
    const int slot = it.value();
    m_inFlight.erase(it);
    if (slot < 0) {
        m_current = exchange;
        Q_EMIT currentFinished(exchange);
    } else if (slot < m_watchResults.size()) {
        m_watchResults[slot] = exchange;
        Q_EMIT watchFinished(slot, exchange);
    }
    if (m_inFlight.isEmpty())
        Q_EMIT roundFinished(m_round);
}

void Workbench::drainServer()
{
    std::vector<Exchange> batch = m_server.takeExchanges(kRecordsPerDrain);
    if (batch.empty())
        return;
    QList<ExchangePtr> out;
    out.reserve(qsizetype(batch.size()));
    for (Exchange &e : batch) {
        auto p = std::make_shared<const Exchange>(std::move(e));
        if (!p->requestId.isEmpty()) {
            m_byRequestId.insert(p->requestId, p);
            m_requestIdOrder.push_back(p->requestId);
            while (m_requestIdOrder.size() > kRecordsByRequestId) {
                m_byRequestId.remove(m_requestIdOrder.front());
                m_requestIdOrder.pop_front();
            }
        }
        out.append(std::move(p));
    }
    Q_EMIT exchangesArrived(out);
}

ExchangePtr Workbench::serverRecord(const QByteArray &requestId)
{
    // The server publishes its record before it writes the response, so by the time a reply
    // has arrived its record is in the feed: drain first, then look.
    drainServer();
    return m_byRequestId.value(requestId);
}

ClientExchange asClientExchange(const ExchangePtr &record)
{
    ClientExchange e;
    if (!record)
        return e;
    e.id = record->id;
    e.spec.method = record->method;
    ClientLeg leg;
    leg.method = record->method;
    leg.url = QUrl(QString::fromLatin1(record->target));
    leg.requestId = record->requestId;
    leg.status = record->status;
    leg.reasonPhrase = http::reasonPhrase(record->status).toByteArray();
    leg.elapsedNs = record->durationNs;
    leg.server = record;
    QByteArray startLine;
    const qsizetype body = splitRawMessage(record->rawRequest, &startLine, &leg.requestHeaders);
    if (body >= 0)
        leg.requestBody = record->rawRequest.mid(body);
    const qsizetype content = splitRawMessage(record->rawResponse, &startLine, &leg.responseHeaders);
    if (content >= 0 && !http::equalsIgnoreCase(record->method, "HEAD"))
        leg.responseBody = record->rawResponse.mid(content);
    e.legs.append(std::move(leg));
    return e;
}

} // namespace authlab
