#pragma once

#include "client/clientrequest.h"
#include "http/exchange.h"
#include "http/http.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkReply;

namespace authlab {

// One request/response on the wire. A challenge/retry or a redirect makes several.
struct ClientLeg
{
    enum class Why : quint8 { First, ChallengeRetry, Redirect };
    Why why = Why::First;
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders; // the fields AuthLab set; Qt adds Host, Connection, Accept-Encoding...
    QByteArray requestBody;
    QByteArray requestId; // X-Request-ID, to find the embedded server's record
    int status = 0;       // 0: no HTTP response (see transportError)
    QByteArray reasonPhrase;
    HeaderList responseHeaders; // as Qt reports them (repeated fields joined with ", ")
    QByteArray responseBody;
    qint64 elapsedNs = 0;
    QString transportError;
    // The embedded server's own record of this leg (exact raw bytes and trace), if it served it.
    std::shared_ptr<const Exchange> server;

    QByteArray responseHeader(QByteArrayView name) const;
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

// Sends requests with QNetworkAccessManager as a plain transport: Qt's own authentication,
// cookies, caching and redirect following are off; AuthLab builds Authorization itself,
// answers challenges and follows redirects itself, and records every leg. Never blocks.
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
    int pendingCount() const { return int(m_pending.size()); }

    static constexpr int MaxLegs = 6;
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

Q_SIGNALS:
    void finished(const authlab::ClientExchange &exchange);

private:
    struct Pending
    {
        ClientExchange exchange;
        QPointer<QNetworkReply> reply;
        QElapsedTimer timer;
    };
    void startLeg(quint64 id, ClientLeg leg);
    void onFinished(quint64 id, QNetworkReply *reply);
    void complete(quint64 id);

    QNetworkAccessManager m_nam;
    std::unordered_map<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    quint64 m_nextRequestId = 1;
    QByteArray m_instance; // distinguishes this engine's request ids from another process's
    std::function<std::shared_ptr<const Exchange>(const QByteArray &)> m_lookup;
};

} // namespace authlab

Q_DECLARE_METATYPE(authlab::ClientExchange)
