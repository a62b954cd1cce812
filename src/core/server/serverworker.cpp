#include "server/serverworker.h"

#include "auth/sessions.h"

#include <QDateTime>
#include <QMutexLocker>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace authlab {

namespace {
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr int kReadsPerWakeup = 4; // fairness between connections
constexpr qsizetype kMaxLingerBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxCapturedResponse = 64 * 1024;
constexpr qsizetype kMaxRequestIdBytes = 128;       // an X-Request-ID longer than this is not echoed
constexpr qsizetype kMaxRecordedTargetBytes = 2048; // of the request-target, in the record
constexpr int kMinSweepIntervalMs = 5;              // the timeout sweep: a quarter of the shortest
constexpr int kMaxSweepIntervalMs = 250;            // timeout, within these bounds
constexpr int kOverloadDrainReads = 4; // reads of a refused peer's bytes before the 503 (bounded)
constexpr int kAcceptResumeMs = 100;   // out of descriptors: accept again after this

qint64 msSince(std::chrono::steady_clock::time_point t, std::chrono::steady_clock::time_point now)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(now - t).count();
}

// The address at either end of an accepted socket (getpeername / getsockname), without going
// through QAbstractSocket.
void addressOf(int fd, bool peer, QHostAddress &address, quint16 &port)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    auto *sa = reinterpret_cast<sockaddr *>(&ss);
    if ((peer ? ::getpeername(fd, sa, &len) : ::getsockname(fd, sa, &len)) != 0)
        return;
    if (ss.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&ss);
        address = QHostAddress(ntohl(in->sin_addr.s_addr));
        port = ntohs(in->sin_port);
    } else if (ss.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&ss);
        address = QHostAddress(in6->sin6_addr.s6_addr);
        port = ntohs(in6->sin6_port);
    }
}
} // namespace

// ---------------------------------------------------------------------------------------

void ServerShared::setScenario(ScenarioSnapshot s)
{
    QMutexLocker lock(&m_mutex);
    m_scenario = std::move(s);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

ScenarioSnapshot ServerShared::scenario() const
{
    QMutexLocker lock(&m_mutex);
    return m_scenario;
}

// ---------------------------------------------------------------------------------------

struct ServerWorker::Connection
{
    explicit Connection(const ParserLimits &limits) : parser(limits) {}

    int fd = -1;
    quint64 id = 0;
    QHostAddress peer;
    quint16 peerPort = 0;
    QHostAddress local; // the socket's own end: what a proxy request must name (Scenario::proxy)
    quint16 localPort = 0;
    bool watchRead = false; // what epoll reports for this connection
    bool watchWrite = false;
    RequestParser parser;
    QByteArray out;
    qsizetype outPos = 0;
    Clock::time_point openedAt;
    Clock::time_point lastActivity;
    Clock::time_point messageStartedAt; // first byte of the message in progress (or open time)
    Clock::time_point lastWriteProgress;
    int requests = 0;
    bool closeAfterFlush = false;
    bool lingering = false;
    bool readPaused = false;
    bool waiting = false;      // came at the cap: in the waiting room until it speaks or waitMs pass
    bool continueSent = false; // 100 Continue sent for the request in progress
    qsizetype lingered = 0;
    Clock::time_point lingerUntil;
};

ServerWorker::ServerWorker(ServerShared &shared, int capacity, int index)
    : m_shared(shared), m_capacity(qMax(1, capacity)), m_index(index)
{
    m_readBuffer.resize(kReadChunk);
    const int total = qMax(1, shared.limits.maxConnections);
    m_waitingCapacity = qMax(0, (shared.limits.maxWaiting * m_capacity + total - 1) / total);
    const int shortest = qMin(qMin(shared.limits.headerTimeoutMs, shared.limits.keepAliveTimeoutMs),
                              qMin(shared.limits.bodyTimeoutMs, shared.limits.writeTimeoutMs));
    m_sweepIntervalMs = qBound(kMinSweepIntervalMs, shortest / 4, kMaxSweepIntervalMs);
}

ServerWorker::~ServerWorker()
{
    stop();
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool ServerWorker::start(QString *error)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0) {
        if (error)
            *error = QString::fromLocal8Bit(::strerror(errno));
        return false;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr; // the wake-up eventfd
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    m_thread = std::thread([this] { run(); });
    return true;
}

void ServerWorker::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping.store(true, std::memory_order_release);
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
    m_thread.join();
}

void ServerWorker::run()
{
    const QByteArray name = "authlab-io-" + QByteArray::number(m_index);
    ::pthread_setname_np(::pthread_self(), name.constData());
    constexpr int kMaxEvents = 256;
    epoll_event events[kMaxEvents];
    m_nextSweep = Clock::now() + std::chrono::milliseconds(m_sweepIntervalMs);
    while (!m_stopping.load(std::memory_order_acquire)) {
        int timeout = -1; // nothing to time out without connections
        if (!m_connections.empty()) {
            const qint64 untilSweep = msSince(Clock::now(), m_nextSweep);
            timeout = int(std::clamp<qint64>(untilSweep, 0, m_sweepIntervalMs));
        }
        const int n = ::epoll_wait(m_epoll, events, kMaxEvents, timeout);
        if (n < 0 && errno != EINTR)
            break;
        bool handedOver = false;
        for (int i = 0; i < n; ++i) {
            auto *c = static_cast<Connection *>(events[i].data.ptr);
            if (!c) {
                handedOver = true;
                continue;
            }
            if (c->fd < 0)
                continue; // closed by an earlier event of this batch
            const uint32_t e = events[i].events;
            if (e & (EPOLLIN | EPOLLHUP | EPOLLERR))
                onReadable(c);
            if (c->fd >= 0 && (e & EPOLLOUT))
                flush(c);
        }
        if (handedOver) {
            // New connections after the batch: the ones that are here and have spoken are served
            // (and may free their slots) before a newcomer at the cap decides who is shed.
            quint64 count = 0;
            [[maybe_unused]] const ssize_t r = ::read(m_wake, &count, sizeof count);
            adoptHandedOver();
        }
        m_closed.clear(); // no event of this batch refers to them any more
        if (!m_connections.empty() && Clock::now() >= m_nextSweep) {
            sweep();
            m_closed.clear();
            m_nextSweep = Clock::now() + std::chrono::milliseconds(m_sweepIntervalMs);
        }
    }
    shutdownConnections();
}

void ServerWorker::shutdownConnections()
{
    {
        // Connections accepted but not adopted yet would otherwise leak their descriptors.
        QMutexLocker lock(&m_handOverMutex);
        for (qintptr fd : m_handedOver)
            ::close(int(fd));
        m_incoming.fetch_sub(int(m_handedOver.size()), std::memory_order_relaxed);
        m_handedOver.clear();
    }
    while (!m_connections.empty())
        closeConnection(m_connections.back().get());
    m_closed.clear();
    m_cache.clear();
}

void ServerWorker::refreshScenario()
{
    const quint64 g = m_shared.generation();
    if (g != m_generation) {
        m_scenario = m_shared.scenario();
        m_generation = g;
        m_cache.clear(); // rendered responses belong to the old snapshot
    }
}

void ServerWorker::handOver(qintptr fd)
{
    bool wake = false;
    {
        QMutexLocker lock(&m_handOverMutex);
        if (m_stopping.load(std::memory_order_acquire)) {
            ::close(int(fd));
            return;
        }
        wake = m_handedOver.empty();
        m_handedOver.push_back(fd);
        m_incoming.fetch_add(1, std::memory_order_relaxed);
    }
    if (wake) { // one wake-up per batch of connections
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
    }
}

void ServerWorker::adoptHandedOver()
{
    std::vector<qintptr> fds;
    {
        QMutexLocker lock(&m_handOverMutex);
        fds.swap(m_handedOver);
    }
    for (qintptr fd : fds) {
        m_incoming.fetch_sub(1, std::memory_order_relaxed); // now counted (or refused) here
        adopt(fd);
    }
}

void ServerWorker::watch(Connection *c, bool read, bool write)
{
    if (c->watchRead == read && c->watchWrite == write)
        return;
    c->watchRead = read;
    c->watchWrite = write;
    epoll_event ev{};
    ev.events = (read ? EPOLLIN : 0u) | (write ? EPOLLOUT : 0u);
    ev.data.ptr = c;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c->fd, &ev);
}

namespace {
enum class Peek { Data, Nothing, Closed };

// Looks without reading: a connection that seems silent may only not have been read yet (its
// event is in a later batch).
Peek peek(int fd)
{
    char byte;
    const ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n > 0)
        return Peek::Data;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return Peek::Nothing;
    return Peek::Closed; // end of stream, or an error
}

bool hasUnreadInput(int fd)
{
    return peek(fd) == Peek::Data;
}
} // namespace

void ServerWorker::adopt(qintptr descriptor)
{
    const int fd = int(descriptor);
    const auto now = Clock::now();
    bool waiting = false;
    if (activeCount() >= m_capacity) {
        const bool spoke = hasUnreadInput(fd);
        if (Connection *victim = shedCandidate(now, spoke)) {
            shed(victim);
        } else if (!spoke && m_waitingCapacity > 0) {
            // It may yet speak, and then a silent connection can make room for it. A full waiting
            // room turns away the one that has waited longest: under a flood of silent
            // connections, each newcomer still gets a moment to show it is a client.
            if (m_waiting >= m_waitingCapacity) {
                if (Connection *oldest = longestWaiting())
                    refuseWaiting(oldest);
            }
            waiting = true;
        } else {
            refuse(descriptor);
            return;
        }
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    auto conn = std::make_unique<Connection>(m_shared.limits.parser);
    Connection *c = conn.get();
    c->fd = fd;
    c->id = m_shared.nextConnectionId.fetch_add(1, std::memory_order_relaxed);
    addressOf(fd, true, c->peer, c->peerPort);
    addressOf(fd, false, c->local, c->localPort);
    c->openedAt = c->lastActivity = c->messageStartedAt = c->lastWriteProgress = now;
    c->parser.setCapture(m_shared.record.load(std::memory_order_relaxed) == RecordLevel::Full);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = c;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
        ::close(fd);
        return;
    }
    c->watchRead = true;
    if (waiting) {
        c->waiting = true;
        ++m_waiting;
    }
    if (m_connections.empty())
        m_nextSweep = now + std::chrono::milliseconds(m_sweepIntervalMs);
    m_connections.push_back(std::move(conn));
    m_count.store(int(m_connections.size()), std::memory_order_relaxed);
    m_shared.accepted.fetch_add(1, std::memory_order_relaxed);
    m_shared.open.fetch_add(1, std::memory_order_relaxed);
}

void ServerWorker::refuse(qintptr descriptor)
{
    // At the cap with nobody to shed: one non-blocking write of a complete 503, then close.
    const int fd = int(descriptor);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    sendOverloaded(fd);
    ::close(fd);
    countRefused();
}

void ServerWorker::shed(Connection *victim)
{
    m_shared.shed.fetch_add(1, std::memory_order_relaxed);
    if (victim->parser.idle() && victim->requests == 0)
        sendOverloaded(victim->fd); // it never asked: it is turned away as politely as a newcomer
    closeConnection(victim);
}

void ServerWorker::countRefused()
{
    m_shared.refused.fetch_add(1, std::memory_order_relaxed);
    m_shared.byClass[5].fetch_add(1, std::memory_order_relaxed); // the 503 is an answer too
}

void ServerWorker::refuseWaiting(Connection *c)
{
    sendOverloaded(c->fd);
    closeConnection(c);
    countRefused();
}

ServerWorker::Connection *ServerWorker::longestWaiting() const
{
    Connection *oldest = nullptr;
    for (const auto &p : m_connections) {
        if (p->waiting && (!oldest || p->openedAt < oldest->openedAt))
            oldest = p.get();
    }
    return oldest;
}

bool ServerWorker::admitWaiting(Connection *c, Clock::time_point now, bool spoke)
{
    // A connection in the waiting room gets a slot when one is free, or when it has spoken and
    // somebody can be shed for it; otherwise, once it has spoken or waited long enough, the 503.
    if (activeCount() >= m_capacity) {
        Connection *victim = spoke ? shedCandidate(now, true) : nullptr;
        if (!victim) {
            if (!spoke && msSince(c->openedAt, now) < m_shared.limits.waitMs)
                return false; // keeps waiting
            refuseWaiting(c);
            return false;
        }
        shed(victim);
    }
    c->waiting = false;
    --m_waiting;
    c->messageStartedAt = now; // the header timeout starts with the slot
    return true;
}

void ServerWorker::sendOverloaded(int fd)
{
    // One non-blocking write of a complete 503 with Retry-After (the caller closes).
    refreshScenario();
    RequestFacts facts;
    facts.problem = Problem::Overloaded;
    facts.limit = m_shared.limits.maxConnections;
    Verdict v = judge(m_scenario ? *m_scenario : Scenario{}, facts);
    CachedResponse scratch;
    QByteArrayView info;
    const CachedResponse &r = responseFor(v, scratch, &info);
    QByteArray out;
    appendResponse(out, r, facts, true, info);
    out.insert(out.indexOf("\r\n\r\n") + 2, "Retry-After: 1\r\n");
    // Read what the client has already sent (bounded): closing with unread bytes would reset
    // the connection, and the client might lose the 503 before reading it.
    char *scratchBuf = m_readBuffer.data();
    for (int i = 0; i < kOverloadDrainReads && ::recv(fd, scratchBuf, size_t(kReadChunk), 0) == kReadChunk;
         ++i) {
    }
    [[maybe_unused]] const ssize_t n = ::send(fd, out.constData(), size_t(out.size()), MSG_NOSIGNAL);
}

ServerWorker::Connection *ServerWorker::shedCandidate(Clock::time_point now, bool newcomerSpoke)
{
    // Slow-loris defence: at the cap, make room by dropping a connection that is only lingering
    // after its final answer; else the one whose request has been unfinished the longest: one
    // that has begun a request and not finished it at any age, one that has sent nothing yet
    // once it is older than shedMinAgeMs (before that its request may still be on its way).
    // Failing those, if the newcomer has already sent its request, the oldest silent connection
    // of any age: the newcomer is the better bet. A connection with bytes waiting unread is
    // never taken for silent. Only if there is none, a keep-alive connection that has been idle
    // for long. A client that is being answered is never shed, and neither is one that just
    // finished a request; connections in the waiting room have no slot to give.
    const ServerLimits &l = m_shared.limits;
    Connection *best = nullptr; // begun and unfinished, or silent beyond the grace
    qint64 bestAge = -1;
    Connection *young = nullptr; // silent within the grace (only for a newcomer that spoke)
    qint64 youngAge = -1;
    Connection *idle = nullptr;
    qint64 idleAge = l.shedIdleMs - 1;
    for (const auto &p : m_connections) {
        Connection *c = p.get();
        if (c->waiting)
            continue;
        if (c->lingering)
            return c;
        if (c->closeAfterFlush || c->outPos < c->out.size())
            continue;
        if (c->parser.idle() && c->requests > 0) {
            const qint64 age = msSince(c->lastActivity, now);
            if (age > idleAge) {
                idle = c;
                idleAge = age;
            }
            continue;
        }
        const qint64 age = msSince(c->messageStartedAt, now);
        if (!c->parser.idle()) { // begun, not finished
            if (age > bestAge) {
                best = c;
                bestAge = age;
            }
            continue;
        }
        if (age >= l.shedMinAgeMs) { // silent beyond the grace
            if (age > bestAge && !hasUnreadInput(c->fd)) {
                best = c;
                bestAge = age;
            }
        } else if (newcomerSpoke && age > youngAge && !hasUnreadInput(c->fd)) {
            young = c;
            youngAge = age;
        }
    }
    if (best)
        return best;
    return young ? young : idle;
}

void ServerWorker::closeConnection(Connection *c)
{
    // Out of the epoll set first: close() alone removes it only when no other descriptor refers
    // to the socket, and a child process forked meanwhile (QProcess, system()) holds a copy until
    // it execs, or for good if it never does. The entry would outlive the close and go on
    // reporting events with c as its data after c is freed (epoll(7), "Q6"). The object itself
    // lives until the current batch of events is done: a later event of the batch may still
    // point at it.
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c->fd, nullptr);
    ::close(c->fd);
    c->fd = -1;
    if (c->waiting) {
        c->waiting = false;
        --m_waiting;
    }
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->get() == c) {
            m_closed.push_back(std::move(*it));
            *it = std::move(m_connections.back());
            m_connections.pop_back();
            break;
        }
    }
    m_count.store(int(m_connections.size()), std::memory_order_relaxed);
    m_shared.open.fetch_sub(1, std::memory_order_relaxed);
}

void ServerWorker::onReadable(Connection *c)
{
    char *buf = m_readBuffer.data();
    const auto now = Clock::now();
    if (c->lingering) {
        // Drain what the peer still sends after our final answer, so that closing does not
        // turn into a reset that destroys the answer before the peer reads it.
        while (true) {
            const ssize_t n = ::recv(c->fd, buf, size_t(kReadChunk), 0);
            if (n > 0) {
                c->lingered += n;
                if (c->lingered > kMaxLingerBytes) {
                    closeConnection(c);
                    return;
                }
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            closeConnection(c); // EOF or error
            return;
        }
    }
    if (c->waiting) {
        const Peek seen = peek(c->fd);
        if (seen == Peek::Nothing)
            return;
        if (seen == Peek::Closed) {
            closeConnection(c); // gave up waiting, or an error
            return;
        }
        if (!admitWaiting(c, now, true))
            return; // no room even for one that speaks: it has had its 503
    }
    for (int i = 0; i < kReadsPerWakeup; ++i) {
        const ssize_t n = ::recv(c->fd, buf, size_t(kReadChunk), 0);
        if (n > 0) {
            c->lastActivity = now;
            m_shared.bytesReceived.fetch_add(quint64(n), std::memory_order_relaxed);
            if (!process(c, buf, n))
                return; // closed
            if (c->closeAfterFlush || c->readPaused || n < kReadChunk)
                break;
            continue;
        }
        if (n == 0) {
            // The peer is done sending. Answers still queued are written, then we close.
            if (c->outPos < c->out.size() && c->parser.idle()) {
                c->closeAfterFlush = true;
                watch(c, false, c->watchWrite);
                flush(c);
            } else {
                closeConnection(c);
            }
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        closeConnection(c); // ECONNRESET and friends
        return;
    }
    flush(c);
}

bool ServerWorker::process(Connection *c, const char *data, qsizetype n)
{
    qsizetype off = 0;
    while (off < n && !c->closeAfterFlush) {
        const bool wasIdle = c->parser.idle();
        const RequestParser::Feed f = c->parser.feed(data + off, n - off);
        off += f.consumed;
        if (wasIdle && !c->parser.idle() && c->requests > 0)
            c->messageStartedAt = Clock::now();
        switch (f.result) {
        case RequestParser::Result::NeedMore:
            return true;
        case RequestParser::Result::Headers: {
            // Expect with content to come: judge the header fields now (RFC 9110 §10.1.1).
            RequestFacts facts;
            c->parser.fillFacts(facts);
            facts.peer = c->peer;
            facts.local = c->local;
            facts.localPort = c->localPort;
            facts.contentPending = true;
            refreshScenario();
            const Scenario empty;
            const Verdict v = judge(m_scenario ? *m_scenario : empty, facts);
            if (v.interim == Verdict::Interim::None) {
                ++c->requests;
                answer(c, facts, false, c->parser.messageBytes());
            } else if (v.interim == Verdict::Interim::Continue) {
                c->out.append("HTTP/1.1 100 Continue\r\n\r\n");
                c->continueSent = true;
            }
            break;
        }
        case RequestParser::Result::Request: {
            ++c->requests;
            RequestFacts facts;
            c->parser.fillFacts(facts);
            facts.peer = c->peer;
            facts.local = c->local;
            facts.localPort = c->localPort;
            facts.continueSent = std::exchange(c->continueSent, false);
            answer(c, facts, c->parser.keepAlive(), c->parser.messageBytes());
            if (c->parser.idle())
                c->messageStartedAt = Clock::now();
            break;
        }
        case RequestParser::Result::Error: {
            ++c->requests;
            RequestFacts facts;
            c->parser.fillPartialFacts(facts);
            facts.peer = c->peer;
            facts.local = c->local;
            facts.localPort = c->localPort;
            facts.problem = c->parser.problem();
            facts.problemDetail = c->parser.problemDetail();
            facts.limit = c->parser.problemLimit();
            answer(c, facts, false, c->parser.messageBytes());
            break;
        }
        }
        if (c->out.size() - c->outPos > m_shared.limits.maxPendingOutput && !c->readPaused) {
            // The peer pipelines faster than it reads: stop reading until it catches up.
            c->readPaused = true;
            watch(c, false, c->watchWrite);
        }
    }
    return true;
}

const QByteArray &ServerWorker::dateLine()
{
    const qint64 now = qint64(::time(nullptr));
    if (now != m_dateSecond) {
        m_dateSecond = now;
        m_dateLine = "Date: " + http::httpDate(now) + "\r\n";
    }
    return m_dateLine;
}

const ServerWorker::CachedResponse &ServerWorker::responseFor(const Verdict &v, CachedResponse &scratch,
                                                              QByteArrayView *authenticationInfo)
{
    RenderKey key = renderKey(v);
    // A granted Digest answer is the same page every time but for its Authentication-Info: the
    // page comes from the cache and appendResponse() adds the field (rendering it anew was an
    // eighth of the request's instructions: the HTML escaping of the body).
    const bool infoApart = !key.cacheable && cacheableButForAuthenticationInfo(v);
    *authenticationInfo = infoApart ? QByteArrayView(v.authenticationInfo) : QByteArrayView();
    key.cacheable = key.cacheable || infoApart;
    if (key.cacheable) {
        auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
    }
    const Scenario empty;
    const Scenario &s = m_scenario ? *m_scenario : empty;
    const Response r = infoApart ? render(s, key) : render(s, v);
    scratch.head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                   http::reasonPhrase(r.status).toByteArray() + "\r\nServer: AuthLab\r\n" + r.headers;
    scratch.body = r.body;
    scratch.lengthLine = "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    if (key.cacheable && m_cache.size() < kMaxCachedResponses)
        return *m_cache.insert(key, scratch);
    return scratch;
}

void ServerWorker::appendResponse(QByteArray &out, const CachedResponse &r, const RequestFacts &facts,
                                  bool close, QByteArrayView authenticationInfo)
{
    QVarLengthArray<QByteArrayView, 16> parts;
    parts.append(r.head);
    parts.append(dateLine());
    parts.append(r.lengthLine);
    if (close)
        parts.append("Connection: close\r\n");
    else if (facts.httpMinor == 0 && facts.httpMajor == 1)
        parts.append("Connection: keep-alive\r\n");
    if (!authenticationInfo.isEmpty()) {
        parts.append(http::header::AuthenticationInfo);
        parts.append(": ");
        parts.append(authenticationInfo);
        parts.append("\r\n");
    }
    // Echo a well-behaved X-Request-ID so that a client can match its request with our record.
    const QByteArrayView rid = http::findHeader(facts.headers, http::header::RequestId);
    if (!rid.isEmpty() && rid.size() <= kMaxRequestIdBytes) {
        bool clean = true;
        for (char ch : rid)
            clean = clean && ch > 0x20 && ch < 0x7f;
        if (clean) {
            parts.append("X-Request-ID: ");
            parts.append(rid);
            parts.append("\r\n");
        }
    }
    parts.append("\r\n");
    if (!facts.isHead())
        parts.append(r.body);
    // One resize and plain copies: QByteArray::append's general path (aliasing checks, growth
    // per call) was a tenth of a request's instructions in callgrind.
    qsizetype total = 0;
    for (QByteArrayView part : parts)
        total += part.size();
    const qsizetype at = out.size();
    out.resize(at + total);
    char *dst = out.data() + at;
    for (QByteArrayView part : parts) {
        if (part.isEmpty())
            continue; // an empty body (OPTIONS) may be a null view: no memcpy from nullptr
        std::memcpy(dst, part.data(), size_t(part.size()));
        dst += part.size();
    }
}

void ServerWorker::answer(Connection *c, RequestFacts &facts, bool keepAlive, qint64 requestBytes)
{
    const auto started = Clock::now();
    refreshScenario();
    const Scenario empty;
    // A login's session id is drawn before judging, so judge() stays deterministic (a POST only).
    if (facts.method == QByteArrayView("POST"))
        facts.newSessionId = session::newId();
    Verdict v = judge(m_scenario ? *m_scenario : empty, facts, AuthStateView(&m_shared.authState));
    // Only a stateful scheme asks: no call, no lock otherwise. A refused change means another
    // I/O thread used the same Digest nonce count first: judge again against the state it left.
    // That verdict is a replay (or a forgotten nonce) and asks for no change, since a count only
    // goes up; the bound is only a guard.
    for (int tries = 0; tries < 4 && !v.stateChanges.isEmpty() && !m_shared.authState.apply(v.stateChanges);
         ++tries)
        v = judge(m_scenario ? *m_scenario : empty, facts, AuthStateView(&m_shared.authState));
    const bool close = !keepAlive || v.close;
    CachedResponse scratch;
    QByteArrayView info;
    const CachedResponse &r = responseFor(v, scratch, &info);
    const qsizetype responseStart = c->out.size();
    appendResponse(c->out, r, facts, close, info);

    m_shared.requests.fetch_add(1, std::memory_order_relaxed);
    m_shared.byClass[qBound(1, v.status / 100, 5)].fetch_add(1, std::memory_order_relaxed);
    if (m_shared.record.load(std::memory_order_relaxed) != RecordLevel::Off) {
        // Under a flood the consumer (the GUI log) cannot keep up: sample instead of queueing
        // records nobody will see. A request carrying X-Request-ID (AuthLab's own client, which
        // waits for its record) is always recorded.
        if (!m_shared.feed.saturated() || !http::findHeader(facts.headers, http::header::RequestId).isEmpty())
            publish(c, facts, v, requestBytes, responseStart, started);
        else
            m_shared.unrecorded.fetch_add(1, std::memory_order_relaxed);
    }
    if (close) {
        c->closeAfterFlush = true;
        watch(c, false, c->watchWrite);
    }
}

void ServerWorker::publish(Connection *c, const RequestFacts &facts, Verdict &v, qint64 requestBytes,
                           qsizetype responseStart, Clock::time_point started)
{
    const RecordLevel level = m_shared.record.load(std::memory_order_relaxed);
    Exchange e;
    e.id = m_shared.nextExchangeId.fetch_add(1, std::memory_order_relaxed);
    e.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.durationNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - started).count();
    e.peer = c->peer;
    e.peerPort = c->peerPort;
    e.connectionId = c->id;
    e.requestOnConnection = c->requests;
    e.method = facts.method.toByteArray();
    e.target = facts.target.first(qMin(facts.target.size(), kMaxRecordedTargetBytes)).toByteArray();
    const QByteArrayView rid = http::findHeader(facts.headers, http::header::RequestId);
    e.requestId = rid.first(qMin(rid.size(), kMaxRequestIdBytes)).toByteArray();
    e.status = v.status;
    if (v.user >= 0 && m_scenario)
        e.user = m_scenario->users[v.user].name;
    e.claimedUser = v.claimedUser;
    e.reason = v.reason;
    e.requestBytes = requestBytes;
    e.responseBytes = c->out.size() - responseStart;
    if (level == RecordLevel::Full) {
        e.trace = std::move(v.trace);
        e.rawRequest = c->parser.captured();
        // A copy of its own: mid() of the whole buffer would share c->out with the consumer's
        // thread, and c->out, reused for the next response, would then be reallocated anyway.
        e.rawResponse = QByteArray(c->out.constData() + responseStart,
                                   qMin<qsizetype>(e.responseBytes, kMaxCapturedResponse));
    }
    m_shared.feed.push(std::move(e));
}

bool ServerWorker::flush(Connection *c)
{
    while (c->outPos < c->out.size()) {
        const ssize_t n =
            ::send(c->fd, c->out.constData() + c->outPos, size_t(c->out.size() - c->outPos), MSG_NOSIGNAL);
        if (n > 0) {
            c->outPos += n;
            c->lastWriteProgress = Clock::now();
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            watch(c, c->watchRead, true);
            return true;
        }
        closeConnection(c); // EPIPE, ECONNRESET: the peer is gone
        return false;
    }
    c->out.truncate(0); // keeps the allocation for the next response
    c->outPos = 0;
    if (c->closeAfterFlush) {
        beginLingeringClose(c);
        return true;
    }
    c->readPaused = false;
    watch(c, true, false);
    return true;
}

void ServerWorker::beginLingeringClose(Connection *c)
{
    // Half-close: the peer sees our answer and EOF, and whatever it still sends is drained
    // for a short while (lingerMs), like nginx's lingering_close.
    ::shutdown(c->fd, SHUT_WR);
    c->lingering = true;
    c->lingerUntil = Clock::now() + std::chrono::milliseconds(m_shared.limits.lingerMs);
    watch(c, true, false);
}

void ServerWorker::sweep()
{
    const auto now = Clock::now();
    const ServerLimits &l = m_shared.limits;
    // Iterate over a snapshot: answering or closing changes m_connections.
    std::vector<Connection *> all;
    all.reserve(m_connections.size());
    for (const auto &p : m_connections)
        all.push_back(p.get());
    for (Connection *c : all) {
        if (c->waiting) {
            admitWaiting(c, now, false); // a free slot, or the 503 once waitMs have passed
            continue;
        }
        if (c->lingering) {
            if (now >= c->lingerUntil)
                closeConnection(c);
            continue;
        }
        if (c->outPos < c->out.size()) {
            if (msSince(c->lastWriteProgress, now) > l.writeTimeoutMs)
                closeConnection(c);
            continue;
        }
        if (c->closeAfterFlush)
            continue;
        const bool waitingForFirst = c->parser.idle() && c->requests == 0;
        if (c->parser.inHeaders() || waitingForFirst || c->parser.inBody()) {
            const int limit = c->parser.inBody() ? l.bodyTimeoutMs : l.headerTimeoutMs;
            if (msSince(c->messageStartedAt, now) > limit) {
                ++c->requests;
                RequestFacts facts;
                facts.peer = c->peer;
                facts.local = c->local;
                facts.localPort = c->localPort;
                facts.problem = Problem::Timeout;
                facts.limit = limit;
                if (!c->parser.idle())
                    c->parser.fillPartialFacts(facts);
                answer(c, facts, false, c->parser.messageBytes());
                flush(c);
            }
            continue;
        }
        if (c->parser.idle() && msSince(c->lastActivity, now) > l.keepAliveTimeoutMs)
            closeConnection(c); // idle keep-alive: close quietly (a 408 here could cross a new request)
    }
}

// ---------------------------------------------------------------------------------------

Listener::Listener(std::vector<ServerWorker *> workers, QObject *parent)
    : QTcpServer(parent), m_workers(std::move(workers)), m_resume(this)
{
    // Out of file descriptors: Qt pauses accepting; try again shortly instead of going deaf.
    m_resume.setSingleShot(true);
    m_resume.setInterval(kAcceptResumeMs);
    connect(&m_resume, &QTimer::timeout, this, &QTcpServer::resumeAccepting);
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) { m_resume.start(); });
}

void Listener::incomingConnection(qintptr fd)
{
    ServerWorker *target = m_workers.front();
    for (ServerWorker *w : m_workers) {
        if (w->connectionCount() < target->connectionCount())
            target = w;
    }
    target->handOver(fd);
}

} // namespace authlab
