#pragma once

#include "auth/digest.h"
#include "client/clientrequest.h"
#include "client/cookiejar.h"
#include "client/httpconnection.h"
#include "http/exchange.h"
#include "http/http.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace authlab {

// What a Digest answer was made of (RFC 7616 §3.4), for showing the arithmetic step by step.
// breakdown.a1.input shows the password as "<password>"; H(A1) itself is a password equivalent
// for its realm and is kept only in memory, never logged.
struct ClientDigest
{
    digest::Breakdown breakdown;
    QByteArray realm;
    QByteArray nonce;
    QByteArray nc;
    QByteArray cnonce;
    QByteArray uri;
    // The server's proof in Authentication-Info (§3.5) that it knows the password too.
    enum class Rspauth : quint8 { NotSent, Valid, Invalid };
    Rspauth rspauth = Rspauth::NotSent;
};

// One request/response on the wire. A challenge/retry or a redirect makes several.
struct ClientLeg
{
    // StaleRetry: the server said stale=true to a Digest answer; the client answers the new
    // nonce once without asking its user (RFC 7616 §3.3).
    // Login: a browser-like client (Session) posting the server's login form.
    // ProxyRetry: the proxy said 407; the same request again with Proxy-Authorization.
    enum class Why : quint8 { First, ChallengeRetry, StaleRetry, Redirect, Login, ProxyRetry };
    Why why = Why::First;
    QByteArray method;
    QUrl url;
    QUrl proxy;                // the proxy this leg went through (empty: direct)
    HeaderList requestHeaders; // the fields AuthLab set (Host and Content-Length are added on the wire)
    QByteArray requestBody;
    QByteArray requestId; // X-Request-ID, to find the embedded server's record
    int status = 0;       // 0: no HTTP response (see transportError)
    QByteArray reasonPhrase;
    HeaderList responseHeaders; // each field line as received: repeated fields kept apart, in order
    QByteArray responseBody;
    qint64 elapsedNs = 0;
    qint64 startedAtMs = 0; // wall clock (ms since the epoch) when the leg was started (HAR)
    QString transportError;
    HttpConnection::Error transport = HttpConnection::Error::None;
    // Exactly the bytes written and read on this leg's connection, whatever the server.
    QByteArray rawRequest;
    QByteArray rawResponse;
    QStringList tlsErrors;              // certificate problems seen (https)
    bool tlsErrorsAccepted = false;     // ... and accepted because the request said so (like curl -k)
    QString challengeChoice;            // on a retry: what the 401 offered and what was chosen, and why
    std::optional<ClientDigest> digest; // when this leg carried a Digest answer
    // The embedded server's own record of this leg (exact raw bytes and trace), if it served it.
    std::shared_ptr<const Exchange> server;

    QByteArray responseHeader(QByteArrayView name) const;             // the first such field
    QList<QByteArray> responseHeaderLines(QByteArrayView name) const; // every such field line, in order
};

// A whole client exchange: what was asked for, with which credentials, and every leg.
struct ClientExchange
{
    quint64 id = 0;
    RequestSpec spec;
    BuiltCredentials credentials;
    QList<ClientLeg> legs;

    const ClientLeg *last() const { return legs.isEmpty() ? nullptr : &legs.constLast(); }
    int status() const { return legs.isEmpty() ? 0 : legs.constLast().status; }
};

// Sends requests itself, HTTP/1.1 over one fresh connection per leg (HttpConnection): only the
// bytes AuthLab shows go out, and every leg keeps the exact bytes both ways. AuthLab builds
// Authorization itself, answers challenges and follows redirects itself. Never blocks.
class ClientEngine : public QObject
{
    Q_OBJECT
public:
    explicit ClientEngine(QObject *parent = nullptr);
    ~ClientEngine() override;

    // How to find the embedded server's record of a request, by X-Request-ID.
    void setServerLookup(std::function<std::shared_ptr<const Exchange>(const QByteArray &)> lookup);

    quint64 send(const RequestSpec &spec, const BuiltCredentials &credentials);
    void abort(quint64 id);
    void abortAll();
    void setTimeouts(const HttpTimeouts &timeouts) { m_timeouts = timeouts; }

    // The cookie jar of an identity (Session scheme): one per identity, like browser profiles.
    CookieJar cookieJar(const Identity &identity) const { return m_jars.value(jarKey(identity)); }
    void clearCookies(const Identity &identity) { m_jars.remove(jarKey(identity)); }
    void clearAllCookies() { m_jars.clear(); }
    static QString jarKey(const Identity &identity);
    static QString jarKey(const RequestSpec &spec); // its cookie profile, or its identity's jar
    int pendingCount() const { return int(m_pending.size()); }
    // Connections open now, and legs waiting for one (kMaxConnectionsPerOrigin per origin).
    int connectionCount() const { return int(m_running.size()); }
    int waitingCount() const;
    static constexpr int kMaxConnectionsPerOrigin = 6;

    static constexpr int MaxLegs = 6;
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

Q_SIGNALS:
    void finished(const authlab::ClientExchange &exchange);

private:
    struct Pending
    {
        ClientExchange exchange;
        QPointer<HttpConnection> connection;
        QElapsedTimer timer;
        bool staleRetried = false;
        bool loginPosted = false;
        bool proxyAnswered = false;    // a 407 was answered (a second one stops)
        QByteArray proxyAuthorization; // sent on every leg to the proxy once it asked
    };
    // The last Digest nonce a server gave, per origin: a later request reuses it with the next
    // nc (RFC 7616 §3.4: nc counts the requests made with one nonce).
    struct NonceState
    {
        digest::Algorithm algorithm = digest::Algorithm::Sha256;
        QByteArray realm;
        QByteArray nonce;
        QByteArray opaque;
        bool opaqueGiven = false;
        quint32 count = 0;
    };
    bool answerChallenge(quint64 id, const ClientLeg &leg);
    bool answerProxyChallenge(quint64 id, const ClientLeg &leg);
    ClientLeg digestLeg(const Pending &p, const ClientLeg &from, NonceState &nonce);
    void checkRspauth(ClientLeg &leg) const;
    bool postLoginForm(quint64 id, const ClientLeg &leg);
    struct Queued
    {
        QPointer<HttpConnection> connection;
        HttpConnection::Request request;
    };
    void launch(const QByteArray &origin, HttpConnection *connection, const HttpConnection::Request &request);
    void release(HttpConnection *connection); // its slot is free: start the next waiting one
    void startLeg(quint64 id, ClientLeg leg);
    void onFinished(quint64 id, HttpConnection *connection);
    void complete(quint64 id);

    std::unordered_map<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    quint64 m_nextRequestId = 1;
    QByteArray m_instance; // distinguishes this engine's request ids from another process's
    std::function<std::shared_ptr<const Exchange>(const QByteArray &)> m_lookup;
    HttpTimeouts m_timeouts;
    QHash<QByteArray, NonceState> m_nonces; // origin → nonce; bounded by kMaxNonces
    static constexpr qsizetype kMaxNonces = 256;
    QHash<QByteArray, int> m_active;               // origin → connections open
    QHash<QByteArray, QList<Queued>> m_waiting;    // origin → legs waiting for a connection
    QHash<HttpConnection *, QByteArray> m_running; // open connection → its origin
    QHash<QString, CookieJar> m_jars;              // identity → jar; bounded by kMaxJars
    static constexpr qsizetype kMaxJars = 64;
};

} // namespace authlab

Q_DECLARE_METATYPE(authlab::ClientExchange)
