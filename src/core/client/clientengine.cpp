#include "client/clientengine.h"

#include "auth/challenges.h"
#include "auth/syntax.h"
#include "http/http.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace authlab {

namespace {
QByteArray originOf(const QUrl &url)
{
    const bool https = url.scheme() == QLatin1String("https");
    return url.scheme().toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLatin1() + ':' +
           QByteArray::number(url.port(https ? 443 : 80));
}

bool hasAuthorization(const ClientLeg &leg)
{
    for (const auto &[n, v] : leg.requestHeaders) {
        if (http::equalsIgnoreCase(n, http::header::Authorization))
            return true;
    }
    return false;
}

// The fields a leg was sent with that a retry of the same request sends again: all but those
// startLeg() sets for every leg (and Proxy-Authorization, which it sets too).
HeaderList repeatedFields(const ClientLeg &leg)
{
    HeaderList out;
    for (const auto &[n, v] : leg.requestHeaders) {
        if (http::equalsIgnoreCase(n, "User-Agent") || http::equalsIgnoreCase(n, "Accept") ||
            http::equalsIgnoreCase(n, "Cookie") || http::equalsIgnoreCase(n, "X-Request-ID") ||
            http::equalsIgnoreCase(n, http::header::ProxyAuthorization))
            continue;
        out.append({n, v});
    }
    return out;
}

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// What a challenge-driven client can answer, strongest first (RFC 7616 §3.7: a client picks the
// strongest algorithm it supports; Basic sends the password itself, RFC 7617 §4).
struct Choice
{
    enum class Kind : quint8 { None, Basic, Bearer, Digest };
    Kind kind = Kind::None;
    digest::Algorithm algorithm = digest::Algorithm::Sha256;
    challenges::Challenge challenge;
    int rank = 0;
};

int digestRank(digest::Algorithm a)
{
    switch (a) {
    case digest::Algorithm::Sha256:
        return 5;
    case digest::Algorithm::Sha256Sess:
        return 4;
    case digest::Algorithm::Md5:
        return 3;
    case digest::Algorithm::Md5Sess:
        return 2;
    }
    return 0;
}

bool offersQopAuth(const challenges::Challenge &c)
{
    for (const QByteArray &q : c.parameter("qop").split(',')) {
        if (http::equalsIgnoreCase(q.trimmed(), "auth"))
            return true;
    }
    return false;
}

QString challengeName(const challenges::Challenge &c)
{
    QString name = QString::fromLatin1(c.scheme);
    if (http::equalsIgnoreCase(c.scheme, "Digest"))
        name += QLatin1Char(' ') +
                (c.has("algorithm") ? QString::fromLatin1(c.parameter("algorithm")) : QStringLiteral("MD5"));
    return name;
}

Choice choose(const QList<challenges::Challenge> &offered, const RequestSpec &spec,
              const BuiltCredentials &credentials, bool staleOnly)
{
    Choice best;
    const bool bearer = spec.scheme == ClientScheme::Bearer;
    const bool digestCapable = !bearer && (credentials.hasPassword || credentials.malformedDigest);
    for (const challenges::Challenge &c : offered) {
        Choice candidate;
        candidate.challenge = c;
        if (http::equalsIgnoreCase(c.scheme, "Digest")) {
            if (!digestCapable || c.parameter("nonce").isEmpty() || !offersQopAuth(c))
                continue; // qop=auth is all this client does (RFC 2069 without qop is obsolete)
            if (staleOnly && !http::equalsIgnoreCase(c.parameter("stale"), "true"))
                continue;
            const auto algorithm = c.has("algorithm") ? digest::parseAlgorithm(c.parameter("algorithm"))
                                                      : digest::Algorithm::Md5;
            if (!algorithm)
                continue;
            candidate.kind = Choice::Kind::Digest;
            candidate.algorithm = *algorithm;
            candidate.rank = digestRank(*algorithm);
        } else if (staleOnly) {
            continue;
        } else if (http::equalsIgnoreCase(c.scheme, "Basic")) {
            if (bearer || (credentials.authorization.isEmpty() && credentials.basicFallback.isEmpty()))
                continue;
            candidate.kind = Choice::Kind::Basic;
            candidate.rank = 1;
        } else if (http::equalsIgnoreCase(c.scheme, "Bearer")) {
            if (!bearer || credentials.authorization.isEmpty())
                continue; // only with a token configured
            candidate.kind = Choice::Kind::Bearer;
            candidate.rank = 1;
        } else {
            continue;
        }
        if (candidate.rank > best.rank)
            best = candidate;
    }
    return best;
}
} // namespace

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

    // Through a proxy, the 407 is answered with these (never sent to anyone but the proxy).
    if (spec.proxy.isEmpty())
        p.exchange.credentials.proxyAuthorization.clear();

    ClientLeg leg;
    leg.method = spec.method;
    QUrl url = spec.url;
    url.setUserInfo(QString()); // credentials travel only in the header AuthLab builds
    leg.url = url;
    leg.requestBody = spec.body;
    const bool sendNow = spec.flow == ClientFlow::Preemptive;
    if (sendNow && spec.scheme == ClientScheme::Digest) {
        // Like curl --digest: the first request goes without, unless this origin gave a nonce
        // before; then it is used again with the next nc.
        const auto known = m_nonces.find(originOf(url));
        if (known != m_nonces.end() && (credentials.hasPassword || credentials.malformedDigest)) {
            startLeg(id, digestLeg(p, leg, *known));
            return id;
        }
    } else if (sendNow && !credentials.authorization.isEmpty()) {
        leg.requestHeaders.append({QByteArray("Authorization"), credentials.authorization});
    }
    leg.requestHeaders += spec.extraFields;
    startLeg(id, std::move(leg));
    return id;
}

void ClientEngine::startLeg(quint64 id, ClientLeg leg)
{
    Pending &p = m_pending[id];
    leg.requestId = "authlab-" + m_instance + '-' + QByteArray::number(m_nextRequestId++);
    leg.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    leg.requestHeaders.prepend({QByteArray("Accept"), p.exchange.spec.accept});
    leg.requestHeaders.prepend({QByteArray("User-Agent"), QByteArray("AuthLab/" AUTHLAB_VERSION)});
    if (p.exchange.spec.scheme == ClientScheme::Session) {
        // A browser sends the cookies its jar holds for this URL (RFC 6265 §5.4).
        QByteArray cookie = m_jars.value(jarKey(p.exchange.spec)).cookieHeader(leg.url);
        if (cookie.isEmpty() && leg.why == ClientLeg::Why::First)
            cookie = p.exchange.credentials.malformedCookie;
        if (!cookie.isEmpty())
            leg.requestHeaders.append({QByteArray("Cookie"), cookie});
    }
    leg.requestHeaders.append({QByteArray("X-Request-ID"), leg.requestId});
    // Through the proxy: every leg goes to it; once it has taken credentials (after its 407),
    // every later leg carries them (it is the same proxy for the whole exchange).
    leg.proxy = p.exchange.spec.proxy;
    if (!leg.proxy.isEmpty() && !p.proxyAuthorization.isEmpty())
        leg.requestHeaders.append({http::header::ProxyAuthorization.toByteArray(), p.proxyAuthorization});

    HttpConnection::Request request;
    request.method = leg.method;
    request.url = leg.url;
    request.headers = leg.requestHeaders;
    request.body = leg.requestBody;
    request.acceptAnyCertificate = p.exchange.spec.acceptAnyCertificate;
    request.proxy = leg.proxy;
    auto *connection = new HttpConnection(this);
    connection->setTimeouts(m_timeouts);
    HttpLimits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    connection->setLimits(limits);
    p.exchange.legs.append(std::move(leg));
    p.connection = connection;
    connect(connection, &HttpConnection::done, this, [this, id, connection] { onFinished(id, connection); });
    // Like browsers (and QNAM before): at most kMaxConnectionsPerOrigin at once per origin;
    // the rest wait their turn, so a burst of requests does not hit a server's connection cap.
    // The connection limit counts connections to the peer: the proxy when there is one.
    const QByteArray origin = originOf(request.proxy.isEmpty() ? request.url : request.proxy);
    if (m_active.value(origin) < kMaxConnectionsPerOrigin)
        launch(origin, connection, request);
    else
        m_waiting[origin].append({connection, request});
}

void ClientEngine::launch(const QByteArray &origin, HttpConnection *connection,
                          const HttpConnection::Request &request)
{
    ++m_active[origin];
    m_running.insert(connection, origin);
    connection->start(request);
}

void ClientEngine::release(HttpConnection *connection)
{
    const auto running = m_running.find(connection);
    if (running == m_running.end()) {
        // Still waiting its turn: just leave the queue.
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            it->removeIf([connection](const Queued &q) { return q.connection == connection; });
        }
        return;
    }
    const QByteArray origin = running.value();
    m_running.erase(running);
    if (--m_active[origin] <= 0)
        m_active.remove(origin);
    QList<Queued> &queue = m_waiting[origin];
    while (!queue.isEmpty() && m_active.value(origin) < kMaxConnectionsPerOrigin) {
        const Queued next = queue.takeFirst();
        if (next.connection)
            launch(origin, next.connection, next.request);
    }
    if (queue.isEmpty())
        m_waiting.remove(origin);
}

int ClientEngine::waitingCount() const
{
    int n = 0;
    for (const QList<Queued> &q : m_waiting)
        n += int(q.size());
    return n;
}

void ClientEngine::onFinished(quint64 id, HttpConnection *connection)
{
    connection->deleteLater();
    release(connection);
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

    if (leg.digest)
        checkRspauth(leg);

    const RequestSpec &spec = p.exchange.spec;
    const bool browser = spec.scheme == ClientScheme::Session;
    if (browser) {
        if (m_jars.size() >= kMaxJars && !m_jars.contains(jarKey(spec)))
            m_jars.clear();
        m_jars[jarKey(spec)].take(leg.url, leg.responseHeaderLines("Set-Cookie"));
    }
    const int legs = int(p.exchange.legs.size());
    if (leg.status == 407 && legs < MaxLegs && answerProxyChallenge(id, leg))
        return;
    if (leg.status == 401 && legs < MaxLegs && answerChallenge(id, leg))
        return;
    if (browser && leg.status == 200 && legs < MaxLegs && postLoginForm(id, leg))
        return;
    // Redirects, followed by AuthLab itself (RFC 9110 §15.4) when asked to.
    const QByteArray location = leg.responseHeader("Location");
    if ((spec.followRedirects || browser) && !location.isEmpty() && legs < MaxLegs &&
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
        // Authorization only goes back to the same origin (RFC 9110 §15.4): scheme, host and
        // port (an https → http hop is another origin too).
        const bool sameOrigin = originOf(next.url) == originOf(leg.url);
        for (const auto &[n, v] : std::as_const(leg.requestHeaders)) {
            if (http::equalsIgnoreCase(n, "Authorization") && sameOrigin)
                next.requestHeaders.append({n, v});
        }
        startLeg(id, std::move(next));
        return;
    }
    complete(id);
}

QString ClientEngine::jarKey(const RequestSpec &spec)
{
    return spec.cookieProfile.isEmpty() ? jarKey(spec.identity)
                                        : QLatin1String("profile:") + spec.cookieProfile;
}

QString ClientEngine::jarKey(const Identity &identity)
{
    return QString::number(int(identity.kind)) + QLatin1Char(':') + identity.user;
}

// A browser shown the login form fills it in once: the form's action, its hidden fields (next),
// username and password, as application/x-www-form-urlencoded (HTML "form submission").
bool ClientEngine::postLoginForm(quint64 id, const ClientLeg &leg)
{
    Pending &p = m_pending[id];
    const BuiltCredentials &credentials = p.exchange.credentials;
    if (p.loginPosted || !credentials.hasPassword)
        return false;
    const QByteArray html = leg.responseBody.left(64 * 1024);
    static const QRegularExpression form(QStringLiteral(R"re(<form\b[^>]*\baction="([^"]*)")re"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression password(QStringLiteral(R"re(<input\b[^>]*\btype="password")re"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression next(
        QStringLiteral(R"re(<input\b[^>]*\bname="next"[^>]*\bvalue="([^"]*)")re"),
        QRegularExpression::CaseInsensitiveOption);
    const QString page = QString::fromUtf8(html);
    const QRegularExpressionMatch f = form.match(page);
    if (!f.hasMatch() || !password.match(page).hasMatch())
        return false;
    p.loginPosted = true;
    QString action = f.captured(1);
    action.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    ClientLeg post;
    post.why = ClientLeg::Why::Login;
    post.method = "POST";
    post.url = leg.url.resolved(QUrl(action));
    post.requestBody = "username=" + QUrl::toPercentEncoding(credentials.user) +
                       "&password=" + QUrl::toPercentEncoding(credentials.password);
    const QRegularExpressionMatch n = next.match(page);
    if (n.hasMatch()) {
        QString value = n.captured(1);
        value.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        post.requestBody += "&next=" + QUrl::toPercentEncoding(value);
    }
    post.requestHeaders.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    startLeg(id, std::move(post));
    return true;
}

bool ClientEngine::answerChallenge(quint64 id, const ClientLeg &leg)
{
    Pending &p = m_pending[id];
    const RequestSpec &spec = p.exchange.spec;
    const BuiltCredentials &credentials = p.exchange.credentials;
    const QList<challenges::Challenge> offered =
        challenges::parse(leg.responseHeaderLines("WWW-Authenticate"));
    QStringList names;
    for (const challenges::Challenge &c : offered)
        names.append(challengeName(c));

    // A Digest answer refused only because the nonce went stale: one silent retry with the new
    // nonce (RFC 7616 §3.3 "stale").
    if (leg.digest && !p.staleRetried) {
        const Choice stale = choose(offered, spec, credentials, true);
        if (stale.kind == Choice::Kind::Digest) {
            p.staleRetried = true;
            NonceState &ns = m_nonces[originOf(leg.url)];
            ns = {stale.algorithm,
                  stale.challenge.parameter("realm"),
                  stale.challenge.parameter("nonce"),
                  stale.challenge.parameter("opaque"),
                  stale.challenge.has("opaque"),
                  0};
            ClientLeg retry = digestLeg(p, leg, ns);
            retry.why = ClientLeg::Why::StaleRetry;
            retry.challengeChoice = tr("The server said stale=true: the password was right but the nonce had "
                                       "expired. Retried once with the new nonce, without asking.");
            startLeg(id, std::move(retry));
            return true;
        }
    }
    // Otherwise only a request sent without credentials is answered, once (a second 401 stops);
    // so is a first request that reused a remembered nonce the server no longer takes.
    const bool answers = spec.flow == ClientFlow::ChallengeFirst || spec.scheme == ClientScheme::Digest;
    const bool rememberedNonce = leg.digest && leg.why == ClientLeg::Why::First;
    if (!answers || (hasAuthorization(leg) && !rememberedNonce) ||
        leg.why == ClientLeg::Why::ChallengeRetry || leg.why == ClientLeg::Why::StaleRetry)
        return false;
    const Choice choice = choose(offered, spec, credentials, false);
    if (choice.kind == Choice::Kind::None)
        return false;
    ClientLeg retry;
    if (choice.kind == Choice::Kind::Digest) {
        if (m_nonces.size() >= kMaxNonces)
            m_nonces.clear();
        NonceState &ns = m_nonces[originOf(leg.url)];
        ns = {choice.algorithm,
              choice.challenge.parameter("realm"),
              choice.challenge.parameter("nonce"),
              choice.challenge.parameter("opaque"),
              choice.challenge.has("opaque"),
              0};
        retry = digestLeg(p, leg, ns);
    } else {
        retry.method = leg.method;
        retry.url = leg.url;
        retry.requestBody = leg.requestBody;
        const bool fallback = choice.kind == Choice::Kind::Basic && credentials.authorization.isEmpty();
        retry.requestHeaders.append(
            {QByteArray("Authorization"), fallback ? credentials.basicFallback : credentials.authorization});
    }
    retry.why = ClientLeg::Why::ChallengeRetry;
    retry.challengeChoice = tr("Offered: %1. Chose %2, the strongest this client can answer "
                               "(Digest SHA-256 > Digest MD5 > Basic; Bearer only with a token).")
                                .arg(names.join(QStringLiteral(", ")), challengeName(choice.challenge));
    startLeg(id, std::move(retry));
    return true;
}

// The proxy's 407 (RFC 9110 §15.5.8, §11.7.1): answered once with Proxy-Authorization, only
// when the request went through a proxy (never to a server that is not the proxy), only Basic
// (what AuthLab's proxy asks for), and only the first time (a second 407 stops). The request is
// otherwise sent again as it was: Authorization only if it carried it already.
bool ClientEngine::answerProxyChallenge(quint64 id, const ClientLeg &leg)
{
    Pending &p = m_pending[id];
    const QByteArray &credentials = p.exchange.credentials.proxyAuthorization;
    if (leg.proxy.isEmpty() || credentials.isEmpty() || p.proxyAnswered)
        return false;
    const QList<challenges::Challenge> offered =
        challenges::parse(leg.responseHeaderLines("Proxy-Authenticate"));
    QStringList names;
    bool basic = false;
    for (const challenges::Challenge &c : offered) {
        names.append(challengeName(c));
        basic = basic || http::equalsIgnoreCase(c.scheme, "Basic");
    }
    if (!basic)
        return false;
    p.proxyAnswered = true;
    p.proxyAuthorization = credentials;
    ClientLeg retry;
    if (leg.digest) {
        // A Digest answer is not sent twice with one nc: the retry gets the next count.
        const auto known = m_nonces.find(originOf(leg.url));
        if (known != m_nonces.end())
            retry = digestLeg(p, leg, *known);
    }
    if (!retry.digest) {
        retry.method = leg.method;
        retry.url = leg.url;
        retry.requestBody = leg.requestBody;
        retry.requestHeaders = repeatedFields(leg);
    }
    retry.why = ClientLeg::Why::ProxyRetry;
    retry.challengeChoice = tr("The proxy offered: %1. Answered Basic with Proxy-Authorization, which goes "
                               "to the proxy only (RFC 9110 §11.7.2).")
                                .arg(names.join(QStringLiteral(", ")));
    startLeg(id, std::move(retry));
    return true;
}

ClientLeg ClientEngine::digestLeg(const Pending &p, const ClientLeg &from, NonceState &ns)
{
    const BuiltCredentials &credentials = p.exchange.credentials;
    ClientLeg leg;
    leg.method = from.method;
    leg.url = from.url;
    leg.requestBody = from.requestBody;
    ClientDigest d;
    d.realm = ns.realm;
    d.nonce = ns.nonce;
    // The request-target as written (RFC 7616 §3.4.6): through a proxy, the absolute-form.
    d.uri = HttpConnection::requestTarget(leg.url, !p.exchange.spec.proxy.isEmpty());
    ++ns.count;
    d.nc = QByteArray::number(ns.count, 16).rightJustified(8, '0');
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    d.cnonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();

    QByteArray value;
    if (credentials.malformedDigest) {
        // Everything but the response: a field the server must refuse as malformed (400).
        QByteArray user = p.exchange.spec.identity.user.toUtf8();
        user.replace('\\', "\\\\").replace('"', "\\\"");
        value = "Digest username=\"" + user + "\", realm=\"" + ns.realm + "\", nonce=\"" + ns.nonce +
                "\", uri=\"" + d.uri + "\", algorithm=" + digest::algorithmName(ns.algorithm).toByteArray() +
                ", qop=auth, nc=" + d.nc + ", cnonce=\"" + d.cnonce + '"';
    } else {
        const QByteArray user = credentials.user.toUtf8();
        d.breakdown = digest::compute(ns.algorithm, user, ns.realm, credentials.password.toUtf8(), leg.method,
                                      d.uri, ns.nonce, d.nc, d.cnonce, "auth");
        digest::Credentials c;
        c.username = user;
        c.usernameStar = !isAscii(credentials.user); // RFC 7616 §3.4.4 via RFC 8187
        c.realm = ns.realm;
        c.uri = d.uri;
        c.response = d.breakdown.response.output;
        c.algorithm = ns.algorithm;
        c.algorithmGiven = true;
        c.nonce = ns.nonce;
        c.cnonce = d.cnonce;
        c.opaque = ns.opaque;
        c.opaqueGiven = ns.opaqueGiven;
        c.qop = "auth";
        c.nc = d.nc;
        c.count = ns.count;
        value = digest::formatCredentials(c);
        leg.digest = d;
    }
    leg.requestHeaders.append({QByteArray("Authorization"), value});
    return leg;
}

void ClientEngine::checkRspauth(ClientLeg &leg) const
{
    const QByteArray info = leg.responseHeader(http::header::AuthenticationInfo);
    if (info.isEmpty() || leg.status == 0)
        return;
    const ClientDigest &d = *leg.digest;
    QByteArray sent;
    for (const auto &[n, v] : challenges::parseParameters(info)) {
        if (n == "rspauth")
            sent = v;
    }
    const QByteArray expected =
        digest::rspauth(d.breakdown.algorithm, d.breakdown.ha1(), d.nonce, d.nc, d.cnonce, "auth", d.uri);
    leg.digest->rspauth = !sent.isEmpty() && digest::responseMatches(sent, expected)
                              ? ClientDigest::Rspauth::Valid
                              : ClientDigest::Rspauth::Invalid;
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
        release(connection);
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
