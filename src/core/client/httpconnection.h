#pragma once

#include "http/http.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace authlab {

// How long a peer may keep the client waiting, in milliseconds.
struct HttpTimeouts
{
    int connectMs = 10'000;  // TCP (and TLS handshake) until the request can be written
    int responseMs = 15'000; // with no byte arriving, once the request is written
    int totalMs = 60'000;    // for the whole response, however steadily it trickles in
};

// What a peer may make the client hold.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024; // status line + header fields (+ any 1xx responses before)
    int maxHeaderFields = 256;
    qint64 maxBodyBytes = 4 * 1024 * 1024; // decoded content
    // What is neither head nor content: chunk sizes, chunk extensions, trailer fields. The raw
    // bytes kept are at most maxHeaderBytes + maxBodyBytes + maxFramingBytes.
    qint64 maxFramingBytes = 1024 * 1024;
};

// One HTTP/1.1 request and its response over a fresh TCP or TLS connection (QTcpSocket /
// QSslSocket), with llhttp parsing the response. It writes exactly the bytes it is given to
// write (request line, Host, the given fields, Content-Length when there is content) and keeps
// the raw bytes of both directions, and the response fields apart and in order, as they came.
// Closes the connection after the response. Never blocks; emits done() exactly once.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;           // http or https; user info is never sent
        HeaderList headers; // written in this order, after Host
        QByteArray body;    // Content-Length is added when there is content (or the method is POST/PUT/PATCH)
        bool acceptAnyCertificate = false; // like curl -k: certificate errors are recorded, not fatal
        // An HTTP proxy (http://host:port; empty: none): the connection goes to it and the
        // request-target is the absolute-form of url (RFC 9112 §3.2.2). url must be http.
        QUrl proxy;
    };

    enum class Error : quint8 {
        None,
        BadUrl,          // not http/https, or no host
        HostNotFound,    // name resolution failed
        Refused,         // nothing listens there (RST to the SYN)
        ConnectTimeout,  // no connection (or TLS handshake) within connectMs
        TlsCertificate,  // the certificate was not accepted (see tlsErrors)
        Tls,             // the TLS handshake failed otherwise
        ResponseTimeout, // no byte for responseMs after the request was written
        ClosedEarly,     // the peer closed before the response was complete
        Reset,           // the connection was reset (or failed) while talking
        Malformed,       // llhttp refused the response
        HeaderTooLarge,  // status line + fields over maxHeaderBytes, or too many fields
        BodyTooLarge,    // content over maxBodyBytes
        Aborted,
    };

    struct Response
    {
        QByteArray rawRequest;  // exactly what was written
        QByteArray rawResponse; // exactly what was read (up to the end of the response)
        int status = 0;         // 0: no complete response head
        QByteArray reasonPhrase;
        int httpMajor = 1;
        int httpMinor = 1;
        HeaderList headers;         // each field line as received, repeated names kept apart, in order
        QByteArray body;            // de-chunked content
        QList<int> interimStatuses; // 1xx responses before the final one
        Error error = Error::None;
        QString errorText;     // what happened, for a person (translated)
        QStringList tlsErrors; // certificate problems, whether or not they were accepted
        bool tlsErrorsAccepted = false;
        bool tls = false;
    };

    explicit HttpConnection(QObject *parent = nullptr);
    ~HttpConnection() override;

    void setTimeouts(const HttpTimeouts &t) { m_timeouts = t; }
    void setLimits(const HttpLimits &l) { m_limits = l; }

    // The bytes start() will write for this request (for display before sending, and for tests).
    static QByteArray serialize(const Request &request);
    // The request-target written for this URL (origin-form: path and query, "/" if empty), or
    // through a proxy its absolute-form (scheme://authority + origin-form, RFC 9112 §3.2.2).
    static QByteArray requestTarget(const QUrl &url, bool viaProxy = false);

    void start(const Request &request);
    void abort(); // no done() afterwards
    const Response &response() const { return m_response; }

Q_SIGNALS:
    void done();

private:
    struct Parser;
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void onDeadline();
    void feed(const char *data, qsizetype size);
    void finishWithEof();
    void fail(Error error, const QString &text);
    void succeed();
    void finishUp();
    QString stage() const;

    HttpTimeouts m_timeouts;
    HttpLimits m_limits;
    Request m_request;
    Response m_response;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QTimer m_deadline; // totalMs from the request written
    std::unique_ptr<Parser> m_parser;
    enum class Phase : quint8 { Idle, Connecting, Waiting, Done } m_phase = Phase::Idle;
};

} // namespace authlab
