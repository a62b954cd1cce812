#include "httpserver.h"

#include "serverworker.h"

#include <QThread>

#include <sys/resource.h>

namespace authlab {

namespace {
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

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_unique<ServerShared>())
{
    m_shared->feed.setWakeup([this] {
        QMetaObject::invokeMethod(this, &HttpServer::exchangesReady, Qt::QueuedConnection);
    });
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
    for (int i = 0; i < m_ioThreads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("authlab-io-%1").arg(i));
        auto *worker = new ServerWorker(*m_shared, perWorker);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.push_back(std::move(thread));
        m_workers.push_back(worker);
    }

    // The listener lives in the first I/O thread, so accepting never waits for the GUI.
    // It is a child of that worker, so it goes when the thread ends.
    bool ok = false;
    ServerWorker *first = m_workers.front();
    QMetaObject::invokeMethod(
        first,
        [&] {
            auto *listener = new Listener(m_workers, first);
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
    if (m_threads.empty())
        return;
    if (m_listener) {
        Listener *l = m_listener;
        QMetaObject::invokeMethod(
            m_workers.front(), [l] { l->close(); }, Qt::BlockingQueuedConnection);
        m_listener = nullptr;
    }
    for (ServerWorker *w : m_workers)
        QMetaObject::invokeMethod(w, &ServerWorker::shutdown, Qt::BlockingQueuedConnection);
    for (const auto &t : m_threads) {
        t->quit();
        t->wait();
    }
    m_threads.clear();
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
    for (int i = 0; i < 6; ++i)
        s.byClass[i] = m_shared->byClass[i].load();
    s.exchangesDropped = m_shared->feed.dropped();
    s.exchangesUnrecorded = m_shared->unrecorded.load();
    return s;
}

} // namespace authlab
