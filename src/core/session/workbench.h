#pragma once

#include "client/clientengine.h"
#include "http/exchange.h"
#include "scenario/scenario.h"
#include "server/httpserver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace authlab {

using ExchangePtr = std::shared_ptr<const Exchange>;

// A request re-sent on every change, with the current identity and credentials.
struct Watch
{
    QByteArray method = "GET";
    QString path;
    friend bool operator==(const Watch &, const Watch &) = default;
};

// The live session behind the window: the scenario being edited, the embedded server that
// serves it, the client request and the watch list. Any change (identity, credentials,
// membership, scenario) pushes a new snapshot to the server and re-sends everything, at most
// once per event-loop turn; stale answers from earlier rounds are dropped. No widgets here:
// the GUI shows it, the tests drive it directly.
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    // --- scenario
    const Scenario &scenario() const { return m_scenario; }
    void setScenario(const Scenario &scenario);
    bool setMembership(const QString &user, const QString &group, bool member);
    void setBehaviour(Behaviour behaviour); // the server's behaviour; a new round if it changed
    // The client address the server's address rules see instead of the peer's (a server setting,
    // Scenario::simulatedClient); a null address: the real one.
    void setSimulatedClient(const QHostAddress &address);
    // Proxy mode (Scenario::proxy): the live server also acts as the authenticating forward
    // proxy in front of itself. Saved with the scenario.
    void setProxy(bool on);

    // --- embedded server
    HttpServer &server() { return m_server; }
    // (Re)starts on 127.0.0.1 (or `host`) and the given port, 0 = any free one. Request URLs
    // that pointed at the old address follow the server. On an any-address (exposed to the
    // network) serverUrl() is still the loopback one: that is where this machine's client goes.
    bool startServer(quint16 port = 0, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost));
    QUrl serverUrl() const;
    QUrl urlFor(const QString &path) const;

    // --- client
    const RequestSpec &request() const { return m_request; }
    // The set-up a new session starts with (bob asks for /admin; five watched paths); a URL
    // relative to the embedded server.
    static RequestSpec defaultRequest();
    static QList<Watch> defaultWatches();
    void setRequest(const RequestSpec &spec);
    const QList<Watch> &watches() const { return m_watches; }
    void setWatches(const QList<Watch> &watches);
    RequestSpec specForWatch(int index) const;
    bool isLive() const { return m_live; }
    void setLive(bool live);
    void sendNow(); // a new round: the request and every watch

    // The client's cookie jar for the identity of the request (Session scheme), and clearing it
    // (then a new round, as after any change).
    CookieJar cookieJar() const { return m_client.cookieJar(m_request.identity); }
    void clearCookies();
    void clearAllCookies(); // every identity's jar (a lesson starts without sessions)

    const std::optional<ClientExchange> &currentResult() const { return m_current; }
    const std::optional<ClientExchange> &watchResult(int index) const;
    bool roundInProgress() const { return !m_inFlight.isEmpty(); }

    // Server records by X-Request-ID (recent ones only).
    ExchangePtr serverRecord(const QByteArray &requestId);
    void drainServer(); // take what the server published now (also runs on its signal)

Q_SIGNALS:
    void scenarioChanged();
    void requestChanged();
    void watchesChanged();
    void serverChanged();
    void roundStarted(quint64 round);
    void currentFinished(const authlab::ClientExchange &exchange);
    void watchFinished(int index, const authlab::ClientExchange &exchange);
    void roundFinished(quint64 round);
    void exchangesArrived(const QList<authlab::ExchangePtr> &batch);

private:
    void scheduleRound();
    void onClientFinished(const ClientExchange &exchange);
    void retargetUrls(const QUrl &oldBase, const QUrl &newBase);

    Scenario m_scenario;
    HttpServer m_server;
    ClientEngine m_client;
    RequestSpec m_request;
    QList<Watch> m_watches;
    bool m_live = true;
    QTimer m_roundTimer; // coalesces changes into one round per event-loop turn
    QTimer m_drainTimer; // batches server records (one model update per frame)

    quint64 m_round = 0;
    QHash<quint64, int> m_inFlight; // client id -> -1 (current request) or watch index
    std::optional<ClientExchange> m_current;
    QList<std::optional<ClientExchange>> m_watchResults;

    QHash<QByteArray, ExchangePtr> m_byRequestId;
    std::deque<QByteArray> m_requestIdOrder;
};

// A server record seen from the client's side: one leg with the status, header fields, body
// and raw bytes exactly as the embedded server sent them, so that any view of a client
// exchange can show a row of the server's log too.
ClientExchange asClientExchange(const ExchangePtr &record);

} // namespace authlab
