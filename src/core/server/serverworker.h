#pragma once

// Internal to the server: shared state and the per-thread connection handler.

#include "auth/state.h"
#include "http/requestparser.h"
#include "policy/decision.h"
#include "policy/renderkey.h"
#include "server/httpserver.h"

#include <QHash>
#include <QMutex>
#include <QTcpServer>
#include <QTimer>
#include <QVarLengthArray>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

namespace authlab {

// State the facade and all I/O threads share. Everything here is either immutable after
// listen() or atomic / mutex-protected.
class ServerShared
{
public:
    ServerLimits limits;
    ExchangeFeed feed;
    std::atomic<RecordLevel> record{RecordLevel::Full};

    std::atomic<quint64> nextExchangeId{1};
    std::atomic<quint64> nextConnectionId{1};
    std::atomic<quint64> accepted{0};
    std::atomic<quint64> open{0};
    std::atomic<quint64> shed{0};
    std::atomic<quint64> refused{0};
    std::atomic<quint64> requests{0};
    std::atomic<quint64> bytesReceived{0};
    std::atomic<quint64> unrecorded{0}; // answered and counted, but no record built (consumer behind)
    std::atomic<quint64> byClass[6] = {};
    // Digest nonces, login sessions: what judge() reads through a view and changes only through
    // the state changes a verdict returns (authstate.h).
    AuthState authState;

    void setScenario(ScenarioSnapshot s);
    // Cheap check on every request: only when the generation moved is the mutex taken.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    ScenarioSnapshot scenario() const;

private:
    mutable QMutex m_mutex;
    ScenarioSnapshot m_scenario;
    std::atomic<quint64> m_generation{0};
};

// One I/O thread: its own epoll loop (level-triggered) over the connections it was handed.
// Not a Qt event loop: at tens of thousands of requests a second, Qt's poll()-based dispatch
// cost a measurable share of the time, and a connection needs nothing from Qt but byte arrays.
class ServerWorker
{
public:
    ServerWorker(ServerShared &shared, int capacity, int index);
    ~ServerWorker(); // stops the thread and closes everything
    ServerWorker(const ServerWorker &) = delete;
    ServerWorker &operator=(const ServerWorker &) = delete;

    bool start(QString *error); // creates the epoll set and starts the thread
    void stop();                // any thread: close every connection, end the thread, wait for it

    // Any thread: queue an accepted connection for this worker. It counts at once, so that the
    // listener's least-loaded choice does not lag behind queued adoptions (without that, a burst
    // went to one worker, which refused it with 503 while the others were empty).
    void handOver(qintptr fd);
    int connectionCount() const
    {
        return m_count.load(std::memory_order_relaxed) + m_incoming.load(std::memory_order_relaxed);
    }

private:
    using Clock = std::chrono::steady_clock;
    struct Connection;
    struct CachedResponse
    {
        QByteArray head; // status line and header fields, without Date/Content-Length/Connection
        QByteArray body;
        QByteArray lengthLine; // "Content-Length: N\r\n"
    };

    void run(); // the thread
    void shutdownConnections();
    void adoptHandedOver();
    void adopt(qintptr fd);
    void watch(Connection *c, bool read, bool write); // epoll interest
    void onReadable(Connection *c);
    bool process(Connection *c, const char *data, qsizetype n);
    void answer(Connection *c, RequestFacts &facts, bool keepAlive, qint64 requestBytes);
    bool flush(Connection *c);
    void beginLingeringClose(Connection *c);
    void closeConnection(Connection *c);
    void sweep();
    Connection *shedCandidate(Clock::time_point now, bool newcomerSpoke);
    void shed(Connection *victim);
    bool admitWaiting(Connection *c, Clock::time_point now, bool spoke); // false: still waiting, or refused
    void refuseWaiting(Connection *c);
    void countRefused();
    Connection *longestWaiting() const;
    int activeCount() const { return int(m_connections.size()) - m_waiting; }
    void refuse(qintptr fd);
    void sendOverloaded(int fd);
    void refreshScenario();
    // *authenticationInfo: a value appendResponse() must add as an Authentication-Info field (the
    // rest of a granted Digest answer comes from the cache), else empty.
    const CachedResponse &responseFor(const Verdict &v, CachedResponse &scratch,
                                      QByteArrayView *authenticationInfo);
    void appendResponse(QByteArray &out, const CachedResponse &r, const RequestFacts &facts, bool close,
                        QByteArrayView authenticationInfo = {});
    const QByteArray &dateLine();
    void publish(Connection *c, const RequestFacts &facts, Verdict &v, qint64 requestBytes,
                 qsizetype responseStart, Clock::time_point started);

    ServerShared &m_shared;
    const int m_capacity;
    int m_waitingCapacity = 0; // newcomers that may wait at the cap (limits.maxWaiting, this worker's share)
    int m_waiting = 0;
    std::atomic<int> m_count{0};
    std::atomic<int> m_incoming{0}; // handed over, not yet adopted
    QMutex m_handOverMutex;
    std::vector<qintptr> m_handedOver;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<std::unique_ptr<Connection>> m_closed; // freed after the current batch of events
    QByteArray m_readBuffer;
    const int m_index;
    int m_epoll = -1;
    int m_wake = -1; // eventfd: hand-over and stop
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
    int m_sweepIntervalMs = 250;
    Clock::time_point m_nextSweep;

    ScenarioSnapshot m_scenario;
    quint64 m_generation = ~quint64(0);
    // Rendered responses of the current snapshot, at most kMaxCachedResponses (then rendered
    // each time): a RenderKey has few distinct values per scenario, this is only a backstop.
    static constexpr qsizetype kMaxCachedResponses = 4096;
    QHash<RenderKey, CachedResponse> m_cache;

    qint64 m_dateSecond = -1;
    QByteArray m_dateLine;
};

// Accepts connections (in a Qt thread of its own) and hands each to the least-loaded worker.
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    Listener(std::vector<ServerWorker *> workers, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr fd) override;

private:
    std::vector<ServerWorker *> m_workers;
    QTimer m_resume;
};

} // namespace authlab
