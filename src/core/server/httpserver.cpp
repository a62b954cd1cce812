#include "server/httpserver.h"

#include "server/serverworker.h"

#include <QThread>

#include <sys/resource.h>

namespace authlab {

namespace {
constexpr int kListenBacklog = 1024; // the kernel caps it at net.core.somaxconn

// A server that may hold hundreds of connections needs more than the usual 1024 descriptors
// under attack; raise the soft limit to the hard one (no privileges needed).
void raiseDescriptorLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &rl);
    }
}
} // namespace

HttpServer::HttpServer(QObject *parent) : QObject(parent), m_shared(std::make_unique<ServerShared>())
{
    m_shared->feed.setWakeup(
        [this] { QMetaObject::invokeMethod(this, &HttpServer::exchangesReady, Qt::QueuedConnection); });
}

HttpServer::~HttpServer()
{
    close();
    m_shared->feed.setWakeup({});
}

void HttpServer::setLimits(const ServerLimits &limits)
{
    Q_ASSERT(!m_listening);
    m_shared->limits = limits;
}

ServerLimits HttpServer::limits() const
{
    return m_shared->limits;
}

void HttpServer::setIoThreads(int threads)
{
    Q_ASSERT(!m_listening);
    m_ioThreads = qBound(1, threads, 16);
}

void HttpServer::setRecordLevel(RecordLevel level)
{
    m_shared->record.store(level, std::memory_order_relaxed);
}

void HttpServer::setFeedCapacity(size_t capacity)
{
    m_shared->feed.setCapacity(capacity);
}

void HttpServer::setScenario(ScenarioSnapshot scenario)
{
    m_shared->setScenario(std::move(scenario));
}

ScenarioSnapshot HttpServer::scenario() const
{
    return m_shared->scenario();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_listening)
        close();
    m_error.clear();
    raiseDescriptorLimit();

    const int perWorker = (m_shared->limits.maxConnections + m_ioThreads - 1) / m_ioThreads;
    std::vector<ServerWorker *> workers;
    for (int i = 0; i < m_ioThreads; ++i) {
        auto worker = std::make_unique<ServerWorker>(*m_shared, perWorker, i);
        if (!worker->start(&m_error)) {
            close();
            return false;
        }
        workers.push_back(worker.get());
        m_workers.push_back(std::move(worker));
    }

    // The listener runs in a Qt thread of its own, so accepting never waits for the GUI.
    m_listenerThread = std::make_unique<QThread>();
    m_listenerThread->setObjectName(QStringLiteral("authlab-listener"));
    m_listenerAnchor = new QObject; // deleted in its own thread when that thread ends
    m_listenerAnchor->moveToThread(m_listenerThread.get());
    connect(m_listenerThread.get(), &QThread::finished, m_listenerAnchor, &QObject::deleteLater);
    m_listenerThread->start();
    bool ok = false;
    QObject *anchor = m_listenerAnchor;
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            auto *listener = new Listener(workers, anchor);
            // A deep accept queue: under a connection storm a full queue drops SYNs, and a
            // good client then waits a whole second for its retransmission.
            listener->setListenBacklogSize(kListenBacklog);
            ok = listener->listen(address, port);
            if (ok) {
                m_listener = listener;
                m_address = listener->serverAddress();
                m_port = listener->serverPort();
            } else {
                m_error = listener->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        close();
        return false;
    }
    m_listening = true;
    Q_EMIT listeningChanged(true);
    return true;
}

void HttpServer::close()
{
    if (m_listener) {
        Listener *l = m_listener;
        QMetaObject::invokeMethod(
            m_listenerAnchor, [l] { l->close(); }, Qt::BlockingQueuedConnection);
        m_listener = nullptr;
    }
    if (m_listenerThread) {
        m_listenerThread->quit();
        m_listenerThread->wait();
        m_listenerThread.reset();
        m_listenerAnchor = nullptr;
    }
    for (const auto &w : m_workers)
        w->stop();
    m_workers.clear();
    const bool was = m_listening;
    m_listening = false;
    if (was)
        Q_EMIT listeningChanged(false);
}

bool HttpServer::isListening() const
{
    return m_listening;
}

QString HttpServer::errorString() const
{
    return m_error;
}

QHostAddress HttpServer::address() const
{
    return m_address;
}

quint16 HttpServer::port() const
{
    return m_port;
}

QUrl HttpServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_address.toString());
    u.setPort(m_port);
    u.setPath(QStringLiteral("/"));
    return u;
}

std::vector<Exchange> HttpServer::takeExchanges(size_t limit)
{
    return m_shared->feed.takeAll(limit);
}

ServerStats HttpServer::stats() const
{
    ServerStats s;
    s.connectionsAccepted = m_shared->accepted.load();
    s.connectionsOpen = m_shared->open.load();
    s.connectionsShed = m_shared->shed.load();
    s.connectionsRefused = m_shared->refused.load();
    s.requests = m_shared->requests.load();
    s.bytesReceived = m_shared->bytesReceived.load();
    for (int i = 0; i < 6; ++i)
        s.byClass[i] = m_shared->byClass[i].load();
    s.exchangesDropped = m_shared->feed.dropped();
    s.exchangesUnrecorded = m_shared->unrecorded.load();
    return s;
}

} // namespace authlab
