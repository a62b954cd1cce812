#pragma once

// A small blocking HTTP/1.1 client for tests that talk to the embedded server over real
// loopback sockets (tst_httpserver, tst_hostile). The server runs in its own thread, so the
// test thread may block on the socket with generous timeouts; nothing sleeps.

#include "server/httpserver.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace authlab::test {

inline constexpr int kTimeoutMs = 10000;
inline constexpr int kHeaderTimeoutMs = 300;

// One response as the client read it.
struct Response
{
    QByteArray raw; // every byte of this response, as received
    QByteArray statusLine;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first field of that name (case-insensitive); null if there is none.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers) {
            if (http::equalsIgnoreCase(n, name))
                return v;
        }
        return {};
    }
    int count(QByteArrayView name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += http::equalsIgnoreCase(h.first, name) ? 1 : 0;
        return n;
    }
    QList<std::pair<QByteArray, QByteArray>> headersWithoutDate() const
    {
        QList<std::pair<QByteArray, QByteArray>> h = headers;
        h.removeIf([](const auto &f) { return http::equalsIgnoreCase(f.first, http::header::Date); });
        return h;
    }
    QByteArray rawWithoutDate() const
    {
        QByteArray r = raw;
        const qsizetype at = r.indexOf("\r\nDate: ");
        if (at >= 0)
            r.remove(at + 2, r.indexOf("\r\n", at + 2) - at);
        return r;
    }
};

// A blocking HTTP/1.1 client on one connection, for the test thread.
class Client
{
public:
    explicit Client(const HttpServer &server) { m_socket.connectToHost(server.address(), server.port()); }

    bool waitConnected()
    {
        return m_socket.state() == QAbstractSocket::ConnectedState || m_socket.waitForConnected(kTimeoutMs);
    }

    // Queues the bytes and pushes them to the kernel right away (no event loop needed).
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState) {
            if (!m_socket.waitForBytesWritten(kTimeoutMs))
                break;
        }
    }

    // Reads one response; a response to HEAD has no content. On failure, says why in `error`.
    bool read(Response &r, QString &error, bool head = false)
    {
        QDeadlineTimer deadline(kTimeoutMs);
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end >= 0) {
                r = Response{};
                QList<QByteArray> lines =
                    m_buffer.mid(m_pos, end + 2 - m_pos).split('\n'); // each line keeps its CR
                lines.removeLast();                                   // empty: after the last LF
                r.statusLine = lines.first().chopped(1);
                const QList<QByteArray> parts = r.statusLine.split(' ');
                if (parts.size() < 3 || parts[0] != "HTTP/1.1") {
                    error = QStringLiteral("bad status line: ") + QString::fromLatin1(r.statusLine);
                    return false;
                }
                r.status = parts[1].toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines[i].chopped(1);
                    const qsizetype colon = line.indexOf(':');
                    if (!lines[i].endsWith('\r') || colon <= 0) {
                        error = QStringLiteral("bad header line: ") + QString::fromLatin1(lines[i]);
                        return false;
                    }
                    r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
                }
                bool ok = false;
                const qsizetype length = r.header(http::header::ContentLength).toLongLong(&ok);
                if (!ok) {
                    error = QStringLiteral("no valid Content-Length in ") +
                            QString::fromLatin1(m_buffer.mid(m_pos, end - m_pos));
                    return false;
                }
                const qsizetype total = end + 4 + (head ? 0 : length); // an offset in m_buffer
                if (m_buffer.size() >= total) {
                    r.raw = m_buffer.mid(m_pos, total - m_pos);
                    r.body = m_buffer.mid(end + 4, total - end - 4);
                    m_pos = total;
                    if (m_pos > 64 * 1024) { // drop what was read, now and then (many pipelined answers)
                        m_buffer.remove(0, m_pos);
                        m_pos = 0;
                    }
                    return true;
                }
            }
            if (!fill(deadline)) {
                error =
                    QStringLiteral("no complete response within %1 ms (socket %2, %3 bytes so far: %4)")
                        .arg(kTimeoutMs)
                        .arg(m_socket.state() == QAbstractSocket::ConnectedState ? QLatin1String("open")
                                                                                 : QLatin1String("closed"))
                        .arg(m_buffer.size() - m_pos)
                        .arg(QString::fromLatin1(m_buffer.mid(m_pos, 200)));
                return false;
            }
        }
    }

    // The server closed the connection and sent nothing after what was read.
    bool waitClosed(QString &error)
    {
        if (m_socket.state() != QAbstractSocket::UnconnectedState &&
            !m_socket.waitForDisconnected(kTimeoutMs)) {
            error = QStringLiteral("the server did not close the connection within %1 ms").arg(kTimeoutMs);
            return false;
        }
        m_buffer += m_socket.readAll();
        if (m_buffer.size() > m_pos) {
            error = QStringLiteral("%1 unexpected bytes before the close: %2")
                        .arg(m_buffer.size() - m_pos)
                        .arg(QString::fromLatin1(m_buffer.mid(m_pos, 200)));
            return false;
        }
        return true;
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill(const QDeadlineTimer &deadline)
    {
        if (m_socket.bytesAvailable() > 0) {
            m_buffer += m_socket.readAll();
            return true;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        const bool ready = m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        const QByteArray more = m_socket.readAll(); // also what came just before a close
        m_buffer += more;
        return ready || !more.isEmpty();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer; // received, from m_pos on not yet read as a response
    qsizetype m_pos = 0;
};

inline QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &fields = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: authlab-tests\r\n" + fields +
           "\r\n";
}

inline QByteArray get(const QByteArray &target, const QByteArray &fields = {})
{
    return request(QByteArrayLiteral("GET"), target, fields);
}

inline QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Authorization: Basic " + QByteArray(user + ':' + password).toBase64() + "\r\n";
}

inline QString describe(const Response &r)
{
    return QString::fromLatin1(r.raw.left(600));
}

// Sends one request on a fresh connection and reads the answer.
inline bool exchange(const HttpServer &server, const QByteArray &bytes, Response &r, QString &error,
                     bool head = false)
{
    Client c(server);
    if (!c.waitConnected()) {
        error = QStringLiteral("cannot connect: ") + c.socket().errorString();
        return false;
    }
    c.send(bytes);
    return c.read(r, error, head);
}

// After anything hostile: a normal request on a new connection is answered correctly.
inline QString stillServing(const HttpServer &server)
{
    Response r;
    QString error;
    if (!exchange(server, get(QByteArrayLiteral("/staff"), basic("bob", "builder")), r, error))
        return QStringLiteral("the server no longer answers: ") + error;
    if (r.status != 200 || !r.body.contains("Hello, bob"))
        return QStringLiteral("the server answers wrongly: ") + describe(r);
    return {};
}

} // namespace authlab::test
