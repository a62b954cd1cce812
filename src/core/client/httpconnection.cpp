#include "client/httpconnection.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

#include <llhttp.h>

namespace authlab {

// The response side of llhttp (HTTP_RESPONSE mode), with the client's limits.
struct HttpConnection::Parser
{
    llhttp_t p{};
    HttpConnection::Response *out = nullptr;
    HttpLimits limits;
    bool head = false; // a response to HEAD has no content whatever its fields say
    bool headersDone = false;
    bool complete = false;
    HttpConnection::Error problem = HttpConnection::Error::None;
    QByteArray name, value;
    bool inValue = false;
    qint64 streamBase = 0; // bytes fed before the current chunk
    const char *chunk = nullptr;
    qsizetype headerBytes = 0; // status + names + values of the current head, for the field limit

    static Parser *self(llhttp_t *p) { return static_cast<Parser *>(p->data); }

    int headerLimit(const char *at, size_t len)
    {
        // Position in the stream of the last byte seen: all heads so far (1xx included) count.
        if (streamBase + (at + len - chunk) > limits.maxHeaderBytes) {
            problem = HttpConnection::Error::HeaderTooLarge;
            llhttp_set_error_reason(&p, "header block too large");
            return HPE_USER;
        }
        return 0;
    }

    static int onMessageBegin(llhttp_t *p)
    {
        Parser *s = self(p);
        s->out->headers.clear();
        s->out->body.clear();
        s->out->reasonPhrase.clear();
        s->out->status = 0;
        s->headersDone = false;
        s->name.clear();
        s->value.clear();
        return 0;
    }
    static int onStatus(llhttp_t *p, const char *at, size_t len)
    {
        Parser *s = self(p);
        if (int r = s->headerLimit(at, len))
            return r;
        s->out->reasonPhrase.append(at, qsizetype(len));
        return 0;
    }
    static int onHeaderField(llhttp_t *p, const char *at, size_t len)
    {
        Parser *s = self(p);
        if (!s->headersDone) {
            if (int r = s->headerLimit(at, len))
                return r;
            s->name.append(at, qsizetype(len));
        }
        return 0; // trailer fields: bounded by the body's limit below, not kept
    }
    static int onHeaderValue(llhttp_t *p, const char *at, size_t len)
    {
        Parser *s = self(p);
        if (!s->headersDone) {
            if (int r = s->headerLimit(at, len))
                return r;
            s->value.append(at, qsizetype(len));
        }
        return 0;
    }
    static int onHeaderValueComplete(llhttp_t *p)
    {
        Parser *s = self(p);
        if (s->headersDone)
            return 0;
        if (s->out->headers.size() >= s->limits.maxHeaderFields) {
            s->problem = HttpConnection::Error::HeaderTooLarge;
            llhttp_set_error_reason(p, "too many header fields");
            return HPE_USER;
        }
        // llhttp hands over the value without leading whitespace; trailing OWS is not part of it
        while (!s->value.isEmpty() && (s->value.back() == ' ' || s->value.back() == '\t'))
            s->value.chop(1);
        s->out->headers.append({s->name, s->value});
        s->name.clear();
        s->value.clear();
        return 0;
    }
    static int onHeadersComplete(llhttp_t *p)
    {
        Parser *s = self(p);
        s->headersDone = true;
        s->out->status = llhttp_get_status_code(p);
        s->out->httpMajor = llhttp_get_http_major(p);
        s->out->httpMinor = llhttp_get_http_minor(p);
        // 1: no content, whatever Content-Length says: a response to HEAD (RFC 9110 §9.3.2), and
        // 1xx, 204 and 304 (RFC 9110 §6.4.1; llhttp 8.1 would read a 304's Content-Length).
        const int status = s->out->status;
        const bool noContent =
            (status >= 100 && status < 200 && status != 101) || status == 204 || status == 304;
        return (s->head && status >= 200) || noContent ? 1 : 0;
    }
    static int onBody(llhttp_t *p, const char *at, size_t len)
    {
        Parser *s = self(p);
        if (s->out->body.size() + qint64(len) > s->limits.maxBodyBytes) {
            s->problem = HttpConnection::Error::BodyTooLarge;
            llhttp_set_error_reason(p, "content too large");
            return HPE_USER;
        }
        s->out->body.append(at, qsizetype(len));
        return 0;
    }
    static int onMessageComplete(llhttp_t *p)
    {
        Parser *s = self(p);
        const int status = llhttp_get_status_code(p);
        if (status >= 100 && status < 200 && status != 101) {
            s->out->interimStatuses.append(status); // 100 Continue, 103 Early Hints...: the final one follows
            return 0;
        }
        s->complete = true;
        return HPE_PAUSED; // anything after the response is not read
    }
    static const llhttp_settings_t *settings()
    {
        static const llhttp_settings_t st = [] {
            llhttp_settings_t s;
            llhttp_settings_init(&s);
            s.on_message_begin = &Parser::onMessageBegin;
            s.on_status = &Parser::onStatus;
            s.on_header_field = &Parser::onHeaderField;
            s.on_header_value = &Parser::onHeaderValue;
            s.on_header_value_complete = &Parser::onHeaderValueComplete;
            s.on_headers_complete = &Parser::onHeadersComplete;
            s.on_body = &Parser::onBody;
            s.on_message_complete = &Parser::onMessageComplete;
            return s;
        }();
        return &st;
    }
};

HttpConnection::HttpConnection(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
}

HttpConnection::~HttpConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

namespace {
// host[:port] as Host carries it (and the absolute-form's authority).
QByteArray authorityOf(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1(); // A-labels for international names
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal (RFC 9112 §3.2, RFC 3986 §3.2.2)
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}
} // namespace

QByteArray HttpConnection::requestTarget(const QUrl &url, bool viaProxy)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || target.front() != '/')
        target.prepend('/');
    if (viaProxy) // absolute-form: the proxy learns the origin from it (RFC 9112 §3.2.2)
        target.prepend(url.scheme().toLatin1() + "://" + authorityOf(url));
    return target;
}

QByteArray HttpConnection::serialize(const Request &r)
{
    const QByteArray target = requestTarget(r.url, !r.proxy.isEmpty());
    // Host names the origin, also through a proxy (RFC 9112 §3.2.2: the same authority).
    const QByteArray host = authorityOf(r.url);
    QByteArray out = r.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[n, v] : r.headers)
        out += n + ": " + v + "\r\n";
    // RFC 9110 §8.6: a user agent sends Content-Length when there is content, and SHOULD send it
    // for a method that defines a meaning for content even when it is empty.
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH")
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "\r\n" + r.body;
    return out;
}

void HttpConnection::start(const Request &request)
{
    m_request = request;
    m_response = {};
    m_parser = std::make_unique<Parser>();
    llhttp_init(&m_parser->p, HTTP_RESPONSE, Parser::settings());
    m_parser->p.data = m_parser.get();
    m_parser->out = &m_response;
    m_parser->limits = m_limits;
    m_parser->head = request.method == "HEAD";

    const QString scheme = request.url.scheme();
    const bool viaProxy = !request.proxy.isEmpty();
    const bool https = scheme == QLatin1String("https");
    QString badUrl;
    if ((!https && scheme != QLatin1String("http")) || request.url.host().isEmpty())
        badUrl = tr("Only http:// and https:// URLs with a host can be requested: %1")
                     .arg(request.url.toDisplayString());
    else if (viaProxy &&
             (https || request.proxy.scheme() != QLatin1String("http") || request.proxy.host().isEmpty()))
        // https through a proxy needs a CONNECT tunnel, which this client does not make.
        badUrl = tr("Through a proxy, only http:// URLs can be requested, via an http:// proxy with a host: "
                    "%1 via %2")
                     .arg(request.url.toDisplayString(), request.proxy.toDisplayString());
    if (!badUrl.isEmpty()) {
        m_phase = Phase::Connecting;
        // Reported from the event loop, as every other outcome is.
        QTimer::singleShot(0, this, [this, badUrl] { fail(Error::BadUrl, badUrl); });
        return;
    }
    m_response.tls = https;
    m_response.rawRequest = serialize(request);
    m_phase = Phase::Connecting;
    const QUrl &peer = viaProxy ? request.proxy : request.url; // whom the connection goes to
    const quint16 port = quint16(peer.port(https ? 443 : 80));
    if (https) {
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                m_response.tlsErrors.append(e.errorString());
            if (m_request.acceptAnyCertificate) {
                m_response.tlsErrorsAccepted = true;
                ssl->ignoreSslErrors(errors);
            }
        });
        // HTTP/1.1 only: never negotiate h2 (ALPN offers nothing else).
        QSslConfiguration config = ssl->sslConfiguration();
        config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        ssl->setSslConfiguration(config);
        ssl->connectToHostEncrypted(request.url.host(), port);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpConnection::onConnected);
        m_socket->connectToHost(peer.host(), port);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
    m_timer.start(m_timeouts.connectMs);
}

void HttpConnection::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_phase = Phase::Waiting;
    m_socket->write(m_response.rawRequest);
    m_timer.start(m_timeouts.responseMs);
    m_deadline.start(m_timeouts.totalMs);
}

void HttpConnection::onReadyRead()
{
    if (m_phase != Phase::Waiting)
        return;
    m_timer.start(m_timeouts.responseMs); // the peer is still talking
    char buffer[16 * 1024];
    while (m_phase == Phase::Waiting) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        feed(buffer, qsizetype(n));
    }
}

void HttpConnection::feed(const char *data, qsizetype size)
{
    Parser &ps = *m_parser;
    // The raw bytes are kept (and parsed) only up to the head, the content and some framing:
    // a peer that sends an endless chunk extension or trailer is cut off like an endless body.
    const qint64 rawLimit = m_limits.maxHeaderBytes + m_limits.maxBodyBytes + m_limits.maxFramingBytes;
    const qint64 room = qMax<qint64>(0, rawLimit - m_response.rawResponse.size());
    const bool overRaw = size > room;
    if (overRaw)
        size = qsizetype(room);
    ps.chunk = data;
    const llhttp_errno_t err = size > 0 ? llhttp_execute(&ps.p, data, size_t(size)) : HPE_OK;
    qsizetype used = size;
    if (err != HPE_OK) {
        const char *pos = llhttp_get_error_pos(&ps.p);
        if (pos >= data && pos <= data + size)
            used = qsizetype(pos - data);
    }
    m_response.rawResponse.append(data, used);
    ps.streamBase += used;
    if (ps.complete || err == HPE_PAUSED_UPGRADE) {
        succeed();
        return;
    }
    if (err != HPE_OK) {
        if (ps.problem == Error::HeaderTooLarge)
            fail(Error::HeaderTooLarge,
                 tr("The response head is over the limit of %1 bytes or %2 fields; the rest was not read.")
                     .arg(m_limits.maxHeaderBytes)
                     .arg(m_limits.maxHeaderFields));
        else if (ps.problem == Error::BodyTooLarge)
            fail(Error::BodyTooLarge,
                 tr("The response content is over the limit of %1 bytes; the rest was not read.")
                     .arg(m_limits.maxBodyBytes));
        else
            fail(Error::Malformed, tr("Not a valid HTTP/1.1 response (%1, at byte %2).")
                                       .arg(QString::fromLatin1(llhttp_get_error_reason(&ps.p)))
                                       .arg(ps.streamBase));
        return;
    }
    if (overRaw) {
        fail(Error::BodyTooLarge, tr("The response is over the limit of %1 bytes in all (head, content and "
                                     "chunk framing); the rest was not read.")
                                      .arg(rawLimit));
        return;
    }
    // A head that never ends (e.g. endless whitespace) is over the limit as well.
    if (!ps.headersDone && ps.streamBase > m_limits.maxHeaderBytes)
        fail(Error::HeaderTooLarge,
             tr("The response head is over the limit of %1 bytes or %2 fields; the rest was not read.")
                 .arg(m_limits.maxHeaderBytes)
                 .arg(m_limits.maxHeaderFields));
}

// The peer closed: a response delimited by the close ends here (RFC 9112 §6.3 item 8);
// anything else was cut short.
void HttpConnection::finishWithEof()
{
    if (m_phase != Phase::Waiting)
        return;
    Parser &ps = *m_parser;
    const bool started = ps.streamBase > 0;
    const llhttp_errno_t err = started ? llhttp_finish(&ps.p) : HPE_INVALID_EOF_STATE;
    if (ps.complete || (started && err == HPE_OK && ps.headersDone)) {
        succeed();
        return;
    }
    if (!started)
        fail(Error::ClosedEarly, tr("The server closed (or reset) the connection without answering."));
    else if (!ps.headersDone)
        fail(Error::ClosedEarly, tr("The server closed (or reset) the connection in the middle of the "
                                    "response head (%1 bytes received).")
                                     .arg(ps.streamBase));
    else
        fail(Error::ClosedEarly,
             tr("The server closed (or reset) the connection before the end of the content "
                "(%1 bytes of content received).")
                 .arg(m_response.body.size()));
}

void HttpConnection::onDisconnected()
{
    if (m_phase == Phase::Waiting) {
        onReadyRead(); // what arrived before the close
        finishWithEof();
    }
}

QString HttpConnection::stage() const
{
    if (m_phase == Phase::Connecting)
        return tr("while connecting");
    if (m_parser && m_parser->headersDone)
        return tr("while reading the response content");
    if (m_parser && m_parser->streamBase > 0)
        return tr("while reading the response head");
    return tr("while waiting for the response");
}

void HttpConnection::onSocketError()
{
    if (m_phase == Phase::Done || m_phase == Phase::Idle)
        return;
    const QAbstractSocket::SocketError e = m_socket->error();
    const QUrl &peer = m_request.proxy.isEmpty() ? m_request.url : m_request.proxy;
    const QString where =
        peer.host() + QLatin1Char(':') + QString::number(peer.port(m_response.tls ? 443 : 80));
    switch (e) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_phase == Phase::Waiting) {
            onDisconnected();
            return;
        }
        fail(Error::ClosedEarly,
             tr("The server closed (or reset) the connection %1 (%2).").arg(stage(), where));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Error::Refused, tr("Connection refused by %1: nothing listens there.").arg(where));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Error::HostNotFound,
             tr("Host not found: %1.")
                 .arg((m_request.proxy.isEmpty() ? m_request.url : m_request.proxy).host()));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_response.tlsErrors.isEmpty() && !m_response.tlsErrorsAccepted)
            fail(Error::TlsCertificate,
                 tr("TLS: the server's certificate was not accepted: %1. Tick \"Accept any certificate\" "
                    "to send the request anyway (like curl -k).")
                     .arg(m_response.tlsErrors.join(QStringLiteral("; "))));
        else
            fail(Error::Tls, tr("TLS handshake with %1 failed: %2").arg(where, m_socket->errorString()));
        return;
    default:
        break;
    }
    if (m_phase == Phase::Waiting && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_phase == Phase::Done)
        return;
    fail(Error::Reset, tr("The connection to %1 failed %2: %3").arg(where, stage(), m_socket->errorString()));
}

void HttpConnection::onTimeout()
{
    if (m_phase == Phase::Connecting)
        fail(Error::ConnectTimeout,
             tr("Timed out: no connection to %1 within %2 ms.")
                 .arg((m_request.proxy.isEmpty() ? m_request.url : m_request.proxy).host())
                 .arg(m_timeouts.connectMs));
    else if (m_phase == Phase::Waiting)
        fail(Error::ResponseTimeout,
             tr("Timed out %1: nothing received for %2 ms.").arg(stage()).arg(m_timeouts.responseMs));
}

// A server that sends a byte now and then never trips the silence timeout: the whole response
// has a deadline as well.
void HttpConnection::onDeadline()
{
    if (m_phase == Phase::Waiting)
        fail(Error::ResponseTimeout, tr("Timed out %1: the response was not complete after %2 ms in all.")
                                         .arg(stage())
                                         .arg(m_timeouts.totalMs));
}

void HttpConnection::fail(Error error, const QString &text)
{
    if (m_phase == Phase::Done)
        return;
    m_response.error = error;
    m_response.errorText = text;
    finishUp();
}

void HttpConnection::succeed()
{
    if (m_phase == Phase::Done)
        return;
    finishUp();
}

void HttpConnection::finishUp()
{
    m_phase = Phase::Done;
    m_timer.stop();
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort(); // one request per connection: nothing more is read or sent
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT done();
}

void HttpConnection::abort()
{
    m_phase = Phase::Done;
    m_timer.stop();
    m_deadline.stop();
    m_response.error = Error::Aborted;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

} // namespace authlab
