#include "client/clientengine.h"

#include "auth/syntax.h"
#include "http/http.h"

#include <QRandomGenerator>

namespace authlab {

QByteArray ClientLeg::responseHeader(QByteArrayView name) const
{
    for (const auto &[n, v] : responseHeaders) {
        if (http::equalsIgnoreCase(n, name))
            return v;
    }
    return {};
}

QList<QByteArray> ClientLeg::responseHeaderLines(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const auto &[n, v] : responseHeaders) {
        if (http::equalsIgnoreCase(n, name))
            out.append(v);
    }
    return out;
}

ClientEngine::ClientEngine(QObject *parent)
    : QObject(parent), m_instance(QByteArray::number(QRandomGenerator::global()->generate(), 36))
{}

ClientEngine::~ClientEngine()
{
    abortAll();
}

void ClientEngine::setServerLookup(std::function<std::shared_ptr<const Exchange>(const QByteArray &)> lookup)
{
    m_lookup = std::move(lookup);
}

quint64 ClientEngine::send(const RequestSpec &spec, const BuiltCredentials &credentials)
{
    const quint64 id = m_nextId++;
    Pending &p = m_pending[id];
    p.exchange.id = id;
    p.exchange.spec = spec;
    p.exchange.credentials = credentials;
    p.timer.start();

    ClientLeg leg;
    leg.method = spec.method;
    QUrl url = spec.url;
    url.setUserInfo(QString()); // credentials travel only in the header AuthLab builds
    leg.url = url;
    leg.requestBody = spec.body;
    const bool sendNow = spec.flow == ClientFlow::Preemptive;
    if (sendNow && !credentials.authorization.isEmpty())
        leg.requestHeaders.append({QByteArray("Authorization"), credentials.authorization});
    startLeg(id, std::move(leg));
    return id;
}

void ClientEngine::startLeg(quint64 id, ClientLeg leg)
{
    Pending &p = m_pending[id];
    leg.requestId = "authlab-" + m_instance + '-' + QByteArray::number(m_nextRequestId++);
    leg.requestHeaders.prepend({QByteArray("Accept"), p.exchange.spec.accept});
    leg.requestHeaders.prepend({QByteArray("User-Agent"), QByteArray("AuthLab/" AUTHLAB_VERSION)});
    leg.requestHeaders.append({QByteArray("X-Request-ID"), leg.requestId});

    HttpConnection::Request request;
    request.method = leg.method;
    request.url = leg.url;
    request.headers = leg.requestHeaders;
    request.body = leg.requestBody;
    request.acceptAnyCertificate = p.exchange.spec.acceptAnyCertificate;
    auto *connection = new HttpConnection(this);
    connection->setTimeouts(m_timeouts);
    HttpLimits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    connection->setLimits(limits);
    p.exchange.legs.append(std::move(leg));
    p.connection = connection;
    connect(connection, &HttpConnection::done, this, [this, id, connection] { onFinished(id, connection); });
    connection->start(request);
}

void ClientEngine::onFinished(quint64 id, HttpConnection *connection)
{
    connection->deleteLater();
    auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second.connection != connection)
        return; // aborted
    Pending &p = it->second;
    ClientLeg &leg = p.exchange.legs.last();
    leg.elapsedNs = p.timer.nsecsElapsed();
    const HttpConnection::Response &r = connection->response();
    leg.rawRequest = r.rawRequest;
    leg.rawResponse = r.rawResponse;
    leg.tlsErrors = r.tlsErrors;
    leg.tlsErrorsAccepted = r.tlsErrorsAccepted;
    leg.transport = r.error;
    leg.transportError = r.errorText;
    // What arrived is kept even when the response was cut short; a status counts only for a
    // whole response.
    leg.status = r.error == HttpConnection::Error::None ? r.status : 0;
    leg.reasonPhrase = r.reasonPhrase;
    leg.responseHeaders = r.headers;
    leg.responseBody = r.body;
    if (m_lookup && !leg.requestId.isEmpty())
        leg.server = m_lookup(leg.requestId);

    const RequestSpec &spec = p.exchange.spec;
    const QByteArray authorization = p.exchange.credentials.authorization;
    const int legs = int(p.exchange.legs.size());

    // Challenge-first clients (browsers): answer a 401 that offers our scheme, once.
    if (leg.status == 401 && spec.flow == ClientFlow::ChallengeFirst && !authorization.isEmpty() &&
        leg.why != ClientLeg::Why::ChallengeRetry && legs < MaxLegs) {
        const QByteArray wanted = spec.scheme == ClientScheme::Basic ? "Basic" : "Bearer";
        bool offered = false;
        for (const QByteArray &s : syntax::challengeSchemes(leg.responseHeader("WWW-Authenticate")))
            offered = offered || http::equalsIgnoreCase(s, wanted);
        if (offered) {
            ClientLeg retry;
            retry.why = ClientLeg::Why::ChallengeRetry;
            retry.method = leg.method;
            retry.url = leg.url;
            retry.requestBody = leg.requestBody;
            retry.requestHeaders.append({QByteArray("Authorization"), authorization});
            startLeg(id, std::move(retry));
            return;
        }
    }
    // Redirects, followed by AuthLab itself (RFC 9110 §15.4) when asked to.
    const QByteArray location = leg.responseHeader("Location");
    if (spec.followRedirects && !location.isEmpty() && legs < MaxLegs &&
        (leg.status == 301 || leg.status == 302 || leg.status == 303 || leg.status == 307 ||
         leg.status == 308)) {
        ClientLeg next;
        next.why = ClientLeg::Why::Redirect;
        next.url = leg.url.resolved(QUrl::fromEncoded(location));
        const bool toGet =
            leg.status == 303 || ((leg.status == 301 || leg.status == 302) && leg.method == "POST");
        next.method = toGet ? QByteArray("GET") : leg.method;
        if (!toGet)
            next.requestBody = leg.requestBody;
        // Authorization only goes back to the same origin (RFC 9110 §15.4).
        const bool sameOrigin = next.url.scheme() == leg.url.scheme() && next.url.host() == leg.url.host() &&
                                next.url.port(80) == leg.url.port(80);
        for (const auto &[n, v] : std::as_const(leg.requestHeaders)) {
            if (http::equalsIgnoreCase(n, "Authorization") && sameOrigin)
                next.requestHeaders.append({n, v});
        }
        startLeg(id, std::move(next));
        return;
    }
    complete(id);
}

void ClientEngine::complete(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const ClientExchange done = std::move(it->second.exchange);
    m_pending.erase(it);
    Q_EMIT finished(done);
}

void ClientEngine::abort(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QPointer<HttpConnection> connection = it->second.connection;
    m_pending.erase(it);
    if (connection) {
        connection->abort();
        connection->deleteLater();
    }
}

void ClientEngine::abortAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_pending.size());
    for (const auto &[id, p] : m_pending)
        ids.push_back(id);
    for (quint64 id : ids)
        abort(id);
}

} // namespace authlab
