#pragma once

#include "http/exchange.h"
#include "http/requestparser.h"
#include "scenario/scenario.h"
#include "server/exchangefeed.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>
#include <vector>

namespace authlab {

struct ServerLimits
{
    ParserLimits parser;
    int maxConnections = 256;       // open connections, all I/O threads together
    int headerTimeoutMs = 10000;    // a message's header block must be complete within this: 408
    int bodyTimeoutMs = 30000;      // and its content within this: 408
    int keepAliveTimeoutMs = 30000; // idle keep-alive connections are closed after this
    int writeTimeoutMs = 10000;     // a peer that reads nothing for this long is dropped
    int shedMinAgeMs = 1000;        // at the cap, a connection that sent nothing yet is spared this long
    int shedIdleMs = 5000;          // and an idle keep-alive connection only after this long
    int maxWaiting = 64; // at the cap, silent newcomers that may wait for a slot (not served meanwhile)
    int waitMs = 1000;   // how long one waits before its 503 if nobody can make room
    int lingerMs = 2000; // after an error response: how long unread input is drained
    qsizetype maxPendingOutput = 1024 * 1024; // stop reading a peer that does not read its answers
};

// How much of each exchange is published: nothing (counters only), a summary (log line), or
// everything including the trace and raw bytes (GUI, HAR).
enum class RecordLevel : quint8 { Off, Summary, Full };

struct ServerStats
{
    quint64 connectionsAccepted = 0;
    quint64 connectionsOpen = 0;
    quint64 connectionsShed = 0;    // closed to make room at the cap (slowest unfinished first)
    quint64 connectionsRefused = 0; // turned away with 503 at the cap
    quint64 requests = 0;
    quint64 bytesReceived = 0;       // request bytes read from peers (not counting drained input)
    quint64 byClass[6] = {};         // index 1..5: 1xx..5xx
    quint64 exchangesDropped = 0;    // published exchanges the consumer did not take in time
    quint64 exchangesUnrecorded = 0; // answered while the consumer was behind: counted, not recorded
};

class ServerShared;
class ServerWorker;
class Listener;

// The embedded HTTP/1.1 server. It runs on its own threads — a listener thread (QTcpServer) and
// one or more epoll I/O threads — while this object lives in the caller's thread and forwards. Requests are
// decided against immutable scenario snapshots; exchanges come back through feed() and the exchangesReady()
// signal.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const ServerLimits &limits); // before listen()
    ServerLimits limits() const;
    void setIoThreads(int threads);         // before listen(); default 1
    void setRecordLevel(RecordLevel level); // any time
    void setFeedCapacity(size_t capacity);  // any time

    // Swaps the scenario atomically: every request is decided against one whole snapshot.
    void setScenario(ScenarioSnapshot scenario);
    ScenarioSnapshot scenario() const;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    QString errorString() const;
    QHostAddress address() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    std::vector<Exchange> takeExchanges(size_t limit = 0); // see ExchangeFeed::takeAll
    ServerStats stats() const;

Q_SIGNALS:
    void exchangesReady(); // at least one exchange waits in takeExchanges()
    void listeningChanged(bool listening);

private:
    std::unique_ptr<ServerShared> m_shared;
    std::vector<std::unique_ptr<ServerWorker>> m_workers; // epoll I/O threads
    std::unique_ptr<QThread> m_listenerThread;            // a Qt event loop for the QTcpServer
    QObject *m_listenerAnchor = nullptr;                  // lives in that thread; parent of the listener
    Listener *m_listener = nullptr;
    int m_ioThreads = 1;
    bool m_listening = false;
    QString m_error;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace authlab
