#include "session/check.h"

#include "auth/challenges.h"
#include "http/http.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace authlab {

namespace {

// Translation context of what the checker says to a person.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(authlab::Check)
};

constexpr QByteArrayView kHtmlAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
constexpr QByteArrayView kJsonAccept = "application/json";
constexpr QByteArrayView kAnyAccept = "*/*";
// The addresses the X-Forwarded-For probes claim: loopback and the private ranges an address rule
// most often allows.
const char *const kForwardedFor[] = {"127.0.0.1", "10.0.0.1", "192.168.1.1"};

QByteArray randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b.toHex();
}

ClientScheme clientScheme(QByteArrayView scheme)
{
    if (http::equalsIgnoreCase(scheme, "Digest"))
        return ClientScheme::Digest;
    if (http::equalsIgnoreCase(scheme, "Bearer"))
        return ClientScheme::Bearer;
    return ClientScheme::Basic;
}

QByteArray requestField(const ClientLeg &leg, QByteArrayView name)
{
    for (const auto &[n, v] : leg.requestHeaders) {
        if (http::equalsIgnoreCase(n, name))
            return v;
    }
    return {};
}

// The scheme of the Authorization a leg carried ("" if none).
QByteArray sentScheme(const ClientLeg &leg)
{
    const QByteArray a = requestField(leg, http::header::Authorization);
    const qsizetype sp = a.indexOf(' ');
    return sp < 0 ? a : a.left(sp);
}

bool is2xx(int status)
{
    return status >= 200 && status < 300;
}

QList<challenges::Challenge> challengesOf(const ClientLeg &leg, QByteArrayView field)
{
    return challenges::parse(leg.responseHeaderLines(field));
}

QStringList schemesOf(const ClientLeg &leg)
{
    QStringList out;
    for (const challenges::Challenge &c : challengesOf(leg, http::header::WwwAuthenticate))
        out.append(QString::fromLatin1(c.scheme).toLower());
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasPasswordInput(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral(R"(<input[^>]*type\s*=\s*["']?password)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromUtf8(body.left(256 * 1024))).hasMatch();
}

bool isHtml(const ClientLeg &leg)
{
    return leg.responseHeader(http::header::ContentType).toLower().contains("text/html");
}

// The fields two answers are compared by: everything but what changes from one answer to the next
// anyway (dates, ids, lengths: the body is compared on its own), challenges without their
// nonces.
QList<QByteArray> comparableFields(const ClientLeg &leg)
{
    static const QSet<QByteArray> volatileNames = {
        "date", "x-request-id",  "content-length", "connection", "keep-alive",       "set-cookie",
        "etag", "last-modified", "expires",        "age",        "transfer-encoding"};
    QList<QByteArray> out;
    for (const auto &[n, v] : leg.responseHeaders) {
        const QByteArray name = n.toLower();
        if (volatileNames.contains(name))
            continue;
        QByteArray value = v;
        if (name == "www-authenticate" || name == "proxy-authenticate" || name == "authentication-info") {
            value.clear();
            for (const challenges::Challenge &c : challenges::parse(v)) {
                value += c.scheme.toLower() + ' ';
                for (const auto &[pn, pv] : c.parameters)
                    value += pn + '=' + (pn == "nonce" || pn == "opaque" ? QByteArray("…") : pv) + ',';
            }
        }
        out.append(name + ": " + value);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray normalizedBody(QByteArray body, const QList<QByteArray> &echoes)
{
    for (const QByteArray &e : echoes) {
        if (!e.isEmpty())
            body.replace(e, "{…}");
    }
    return body;
}

// What differs between two answers, in words ("status 401 / 404", "fields", "body"), or empty.
QStringList differences(const ClientLeg &a, const ClientLeg &b, const QList<QByteArray> &echoes,
                        QString *english)
{
    QStringList out, en;
    if (a.status != b.status) {
        out.append(Text::tr("status %1 / %2").arg(a.status).arg(b.status));
        en.append(QStringLiteral("status %1 / %2").arg(a.status).arg(b.status));
    }
    const QList<QByteArray> fa = comparableFields(a), fb = comparableFields(b);
    if (fa != fb) {
        QStringList names;
        const QSet<QByteArray> sa(fa.cbegin(), fa.cend()), sb(fb.cbegin(), fb.cend());
        for (const QByteArray &f : (sa - sb) + (sb - sa)) {
            const QString name = QString::fromLatin1(f.left(f.indexOf(':')));
            if (!names.contains(name))
                names.append(name);
        }
        names.sort();
        out.append(Text::tr("header fields (%1)").arg(names.join(QStringLiteral(", "))));
        en.append(QStringLiteral("header fields (%1)").arg(names.join(QStringLiteral(", "))));
    }
    const QByteArray ba = normalizedBody(a.responseBody, echoes), bb = normalizedBody(b.responseBody, echoes);
    if (ba != bb) {
        if (ba.size() != bb.size()) {
            out.append(
                Text::tr("body (%1 / %2 bytes)").arg(a.responseBody.size()).arg(b.responseBody.size()));
            en.append(
                QStringLiteral("body (%1 / %2 bytes)").arg(a.responseBody.size()).arg(b.responseBody.size()));
        } else {
            out.append(Text::tr("body (same length, other bytes)"));
            en.append(QStringLiteral("body (same length, other bytes)"));
        }
    }
    if (english)
        *english = en.join(QStringLiteral(", "));
    return out;
}

bool isLoopbackHost(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

// The Cache-Control directives of an answer: lower-case name, and whether it had an argument.
QList<std::pair<QByteArray, bool>> cacheDirectives(const ClientLeg &leg)
{
    QList<std::pair<QByteArray, bool>> out;
    for (const QByteArray &line : leg.responseHeaderLines(http::header::CacheControl)) {
        for (const QByteArray &part : line.split(',')) {
            QByteArray d = part.trimmed().toLower();
            const qsizetype eq = d.indexOf('=');
            if (eq >= 0)
                d.truncate(eq);
            d = d.trimmed();
            if (!d.isEmpty())
                out.append({d, eq >= 0});
        }
    }
    return out;
}

// Collects findings: one per (finding, English detail), with every place it was seen.
class Collector
{
public:
    void add(Finding f, const QString &detail, const QString &english, int probe, int leg)
    {
        for (CheckFinding &c : m_findings) {
            if (c.finding == f && c.detailId == english) {
                if (!c.seen.contains(std::pair{probe, leg}))
                    c.seen.append({probe, leg});
                return;
            }
        }
        m_findings.append({f, detail, english, {{probe, leg}}});
    }
    QList<CheckFinding> take()
    {
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const CheckFinding &a, const CheckFinding &b) {
                             if (a.severity() != b.severity())
                                 return a.severity() < b.severity();
                             return a.finding < b.finding;
                         });
        return std::move(m_findings);
    }

private:
    QList<CheckFinding> m_findings;
};

// What each leg says on its own: status and challenge syntax, Bearer errors, caching.
void checkLeg(Collector &c, const CheckOptions &o, const QList<CheckProbe> &probes, int p, int l)
{
    const ClientLeg &leg = probes[p].exchange.legs[l];
    if (leg.transport == HttpConnection::Error::TlsCertificate) {
        const QString errors = leg.tlsErrors.join(QStringLiteral("; "));
        c.add(Finding::TlsCertificate, errors, errors, p, l);
        return;
    }
    if (!leg.tlsErrors.isEmpty() && leg.tlsErrorsAccepted) {
        const QString errors = leg.tlsErrors.join(QStringLiteral("; "));
        c.add(Finding::TlsCertificateAccepted, errors, errors, p, l);
    }
    if (leg.status == 0)
        return;
    const QList<QByteArray> www = leg.responseHeaderLines(http::header::WwwAuthenticate);
    const QList<QByteArray> proxy = leg.responseHeaderLines(http::header::ProxyAuthenticate);
    if (leg.status == 401 && challenges::parse(www).isEmpty()) {
        if (!proxy.isEmpty())
            c.add(Finding::Unchallenged401,
                  Text::tr("401 with Proxy-Authenticate but no WWW-Authenticate: 401 and 407 mixed up"),
                  QStringLiteral("401 with Proxy-Authenticate but no WWW-Authenticate: 401 and 407 mixed up"),
                  p, l);
        else if (!www.isEmpty())
            c.add(Finding::Unchallenged401, Text::tr("401 whose WWW-Authenticate holds no challenge"),
                  QStringLiteral("401 whose WWW-Authenticate holds no challenge"), p, l);
        else
            c.add(Finding::Unchallenged401, Text::tr("401 without WWW-Authenticate"),
                  QStringLiteral("401 without WWW-Authenticate"), p, l);
    }
    if (leg.status == 407) {
        c.add(Finding::ProxyStatusFromOrigin, Text::tr("407 to a request sent directly to the server"),
              QStringLiteral("407 to a request sent directly to the server"), p, l);
        if (challenges::parse(proxy).isEmpty())
            c.add(Finding::ProxyWithoutChallenge, Text::tr("407 without Proxy-Authenticate"),
                  QStringLiteral("407 without Proxy-Authenticate"), p, l);
    }

    const QByteArray sent = sentScheme(leg);
    // The URL this answer came from: after a redirect it is not the URL the check started with.
    const QUrl &where = leg.url.isEmpty() ? o.url : leg.url;
    const bool httpPlain = where.scheme() == QLatin1String("http") && !isLoopbackHost(where);
    for (const QList<QByteArray> *lines : {&www, &proxy}) {
        const QString field =
            lines == &www ? QStringLiteral("WWW-Authenticate") : QStringLiteral("Proxy-Authenticate");
        for (const QByteArray &line : *lines) {
            bool complete = true;
            const QList<challenges::Challenge> list = challenges::parse(line, &complete);
            const QString quoted = field + QStringLiteral(": ") + QString::fromLatin1(line);
            if (!complete)
                c.add(Finding::ChallengeUnparsable, quoted, quoted, p, l);
            if (list.size() > 1)
                c.add(Finding::ChallengesOnOneLine, quoted, quoted, p, l);
            for (const challenges::Challenge &ch : list) {
                const QString scheme = QString::fromLatin1(ch.scheme);
                if (ch.tokenValued.contains("realm"))
                    c.add(Finding::RealmUnquoted, quoted, quoted, p, l);
                QSet<QByteArray> names;
                for (const auto &[n, v] : ch.parameters) {
                    if (names.contains(n)) {
                        const QString d = Text::tr("%1 has %2 twice").arg(scheme, QString::fromLatin1(n));
                        c.add(Finding::DuplicateParameter, d,
                              QStringLiteral("%1 has %2 twice").arg(scheme, QString::fromLatin1(n)), p, l);
                    }
                    names.insert(n);
                }
                if (http::equalsIgnoreCase(ch.scheme, "Basic")) {
                    if (!ch.has("realm"))
                        c.add(Finding::BasicWithoutRealm, quoted, quoted, p, l);
                    if (ch.has("charset") && !http::equalsIgnoreCase(ch.parameter("charset"), "UTF-8"))
                        c.add(Finding::BadCharset, quoted, quoted, p, l);
                    if (httpPlain && lines == &www)
                        c.add(Finding::BasicOverPlainHttp,
                              Text::tr("Basic offered on %1").arg(where.toString()),
                              QStringLiteral("Basic offered on %1").arg(where.toString()), p, l);
                }
                if (http::equalsIgnoreCase(ch.scheme, "Bearer")) {
                    if (ch.parameters.isEmpty())
                        c.add(Finding::BearerWithoutParameters, quoted, quoted, p, l);
                    const QByteArray error = ch.parameter("error");
                    if (!error.isEmpty()) {
                        const int expected = error == "invalid_request"      ? 400
                                             : error == "invalid_token"      ? 401
                                             : error == "insufficient_scope" ? 403
                                                                             : 0;
                        if (expected && expected != leg.status) {
                            const QString e = QString::fromLatin1(error);
                            c.add(Finding::BearerErrorStatus,
                                  Text::tr("error=\"%1\" on a %2 (RFC 6750: %3)")
                                      .arg(e)
                                      .arg(leg.status)
                                      .arg(expected),
                                  QStringLiteral("error=\"%1\" on a %2 (RFC 6750: %3)")
                                      .arg(e)
                                      .arg(leg.status)
                                      .arg(expected),
                                  p, l);
                        }
                        if (!http::equalsIgnoreCase(sent, "Bearer")) {
                            const QString e = QString::fromLatin1(error);
                            c.add(
                                Finding::BearerErrorWithoutToken,
                                Text::tr("error=\"%1\" answered to a request without a Bearer token").arg(e),
                                QStringLiteral("error=\"%1\" answered to a request without a Bearer token")
                                    .arg(e),
                                p, l);
                        }
                    }
                }
            }
        }
    }
    if (!sent.isEmpty()) {
        // RFC 9111 §3.5: public, s-maxage and must-revalidate let a shared cache store the answer
        // to a request with Authorization; no-store and the unqualified private forbid it
        // (§5.2.2.5, §5.2.2.7), whatever else the field says.
        const QList<std::pair<QByteArray, bool>> directives = cacheDirectives(leg);
        const bool forbidden = std::any_of(directives.cbegin(), directives.cend(), [](const auto &d) {
            return d.first == "no-store" || (d.first == "private" && !d.second);
        });
        for (const auto &directive : directives) {
            const QByteArray &d = directive.first;
            if (!forbidden && (d == "public" || d == "s-maxage" || d == "must-revalidate")) {
                const QString name = QString::fromLatin1(d);
                c.add(Finding::AuthenticatedSharedCacheable,
                      Text::tr("Cache-Control: %1 on a %2 to a request with Authorization")
                          .arg(name)
                          .arg(leg.status),
                      QStringLiteral("Cache-Control: %1 on a %2 to a request with Authorization")
                          .arg(name)
                          .arg(leg.status),
                      p, l);
            }
        }
    }
}

} // namespace

int CheckReport::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const CheckFinding &f) { return f.severity() == severity; }));
}

int CheckReport::requestCount() const
{
    int n = 0;
    for (const CheckProbe &p : probes)
        n += int(p.exchange.legs.size());
    return n;
}

QStringList CheckReport::evidence(const CheckFinding &finding, int maxLegs, bool translated) const
{
    QStringList out;
    static const QByteArrayView shown[] = {http::header::WwwAuthenticate, http::header::ProxyAuthenticate,
                                           http::header::Location,        http::header::CacheControl,
                                           http::header::ContentType,     http::header::ContentLength};
    for (int i = 0; i < finding.seen.size() && i < maxLegs; ++i) {
        const auto [p, l] = finding.seen[i];
        if (p < 0 || p >= probes.size() || l < 0 || l >= probes[p].exchange.legs.size())
            continue;
        const CheckProbe &probe = probes[p];
        const ClientLeg &leg = probe.exchange.legs[l];
        QString request = QStringLiteral("> %1 %2").arg(
            QString::fromLatin1(leg.method), QString::fromLatin1(HttpConnection::requestTarget(leg.url)));
        out.append((translated ? Text::tr("%1 (probe %2, request %3):")
                               : QStringLiteral("%1 (probe %2, request %3):"))
                       .arg(request, probe.name)
                       .arg(l + 1));
        const QByteArray scheme = sentScheme(leg);
        if (!scheme.isEmpty())
            out.append(QStringLiteral("> Authorization: %1 …").arg(QString::fromLatin1(scheme)));
        const QByteArray xff = requestField(leg, http::header::XForwardedFor);
        if (!xff.isEmpty())
            out.append(QStringLiteral("> X-Forwarded-For: %1").arg(QString::fromLatin1(xff)));
        out.append(
            QStringLiteral("> Accept: %1").arg(QString::fromLatin1(requestField(leg, http::header::Accept))));
        if (leg.status == 0) {
            out.append(QStringLiteral("< ") +
                       (translated ? Text::tr("no response: %1") : QStringLiteral("no response: %1"))
                           .arg(leg.transportError));
            continue;
        }
        out.append(
            QStringLiteral("< HTTP/1.1 %1 %2").arg(leg.status).arg(QString::fromLatin1(leg.reasonPhrase)));
        for (const auto &[n, v] : leg.responseHeaders) {
            for (QByteArrayView s : shown) {
                if (http::equalsIgnoreCase(n, s))
                    out.append(
                        QStringLiteral("< %1: %2").arg(QString::fromLatin1(n), QString::fromLatin1(v)));
            }
        }
    }
    return out;
}

Checker::Checker(QObject *parent) : QObject(parent), m_client(this)
{
    connect(&m_client, &ClientEngine::finished, this, &Checker::onFinished);
}

Checker::~Checker()
{
    m_client.abortAll();
}

QString Checker::validate(const CheckOptions &o)
{
    const QString scheme = o.url.scheme();
    if (!o.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Text::tr("'%1' is not an http:// or https:// URL").arg(o.url.toString());
    if (o.url.host().isEmpty())
        return Text::tr("the URL '%1' names no host").arg(o.url.toString());
    if (o.timeoutMs <= 0 || o.timeoutMs > CheckOptions::kMaxTimeoutMs)
        return Text::tr("the time-out must be between 1 and %1 ms").arg(CheckOptions::kMaxTimeoutMs);
    if (!o.user.isEmpty() && o.user.contains(QLatin1Char(':')))
        return Text::tr("a user name cannot contain ':' (RFC 7617 §2)");
    if (!o.otherUser.isEmpty() && o.otherUser == o.user)
        return Text::tr("the other user must not be the user");
    return {};
}

void Checker::add(CheckProbe probe)
{
    probe.spec.acceptAnyCertificate = m_options.insecure;
    // A probe compared with another asks with the same Accept: the X-Forwarded-For probes without
    // credentials are compared with "anonymous" (a browser's Accept), those with credentials with
    // "good-*" (*/*). A server may answer browsers and API clients differently, rightly.
    using K = CheckProbe::Kind;
    const bool browser = probe.kind == K::Anonymous || probe.kind == K::NotFound ||
                         (probe.kind == K::Forwarded && probe.scheme.isEmpty());
    probe.spec.accept = probe.json ? kJsonAccept.toByteArray()
                        : browser  ? kHtmlAccept.toByteArray()
                                   : kAnyAccept.toByteArray();
    if (probe.spec.url.isEmpty())
        probe.spec.url = m_options.url;
    const int index = int(m_report.probes.size());
    const BuiltCredentials credentials = CredentialBuilder::build(Scenario{}, probe.spec);
    m_report.probes.append(std::move(probe));
    m_pending.insert(m_client.send(m_report.probes.constLast().spec, credentials), index);
}

void Checker::start(const CheckOptions &options)
{
    abort();
    m_options = options;
    m_report = CheckReport{};
    m_report.url = options.url;
    m_secondPhase = false;
    m_running = true;
    m_timer.start();
    m_client.clearAllCookies();
    const HttpTimeouts t{options.timeoutMs, options.timeoutMs, options.timeoutMs};
    m_client.setTimeouts(t);
    Q_EMIT started();

    auto probe = [](const QString &name, CheckProbe::Kind kind, QByteArray method = "GET") {
        CheckProbe p;
        p.name = name;
        p.kind = kind;
        p.spec.method = std::move(method);
        p.spec.credentials = CredentialState::None;
        return p;
    };
    add(probe(QStringLiteral("anonymous"), CheckProbe::Kind::Anonymous));
    CheckProbe json = probe(QStringLiteral("anonymous-json"), CheckProbe::Kind::Anonymous);
    json.json = true;
    json.spec.followRedirects = true; // where an API client that follows redirects ends up
    add(json);
    add(probe(QStringLiteral("anonymous-head"), CheckProbe::Kind::Anonymous, "HEAD"));
    CheckProbe malformed = probe(QStringLiteral("malformed-basic"), CheckProbe::Kind::Malformed);
    malformed.scheme = "Basic";
    malformed.spec.identity = Identity::custom(QStringLiteral("authlab-check"), QString());
    malformed.spec.credentials = CredentialState::Malformed;
    add(malformed);
    CheckProbe missing = probe(QStringLiteral("not-found"), CheckProbe::Kind::NotFound);
    QUrl sibling = options.url;
    const QString path = sibling.path().isEmpty() ? QStringLiteral("/") : sibling.path();
    sibling.setPath(path + (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("-")) +
                    QStringLiteral("authlab-check-") + QString::fromLatin1(randomHex(6)));
    missing.spec.url = sibling;
    add(missing);
    for (const char *address : kForwardedFor) {
        CheckProbe f =
            probe(QStringLiteral("forwarded-") + QLatin1String(address), CheckProbe::Kind::Forwarded);
        f.spec.extraFields.append({http::header::XForwardedFor.toByteArray(), QByteArray(address)});
        add(f);
    }
}

void Checker::abort()
{
    m_client.abortAll();
    m_pending.clear();
    m_running = false;
}

// The schemes to probe with credentials: those the server offers without them, and the ones
// the given credentials are for when it offers none of those.
void Checker::startSecondPhase()
{
    m_secondPhase = true;
    QStringList offered;
    for (const CheckProbe &p : std::as_const(m_report.probes)) {
        if (p.kind == CheckProbe::Kind::Anonymous && p.last())
            offered += schemesOf(*p.last());
    }
    QList<QByteArray> schemes;
    for (const char *s : {"Basic", "Digest", "Bearer"}) {
        if (offered.contains(QString::fromLatin1(s).toLower()))
            schemes.append(s);
    }
    if (!m_options.user.isEmpty() && !schemes.contains("Basic") && !schemes.contains("Digest"))
        schemes.append("Basic");
    if (!m_options.token.isEmpty() && !schemes.contains("Bearer"))
        schemes.append("Bearer");

    const QString nobody = QStringLiteral("authlab-check-") + QString::fromLatin1(randomHex(4));
    const QString nobodyPassword = QString::fromLatin1(randomHex(8));
    bool forwardedSent = false;
    for (const QByteArray &scheme : std::as_const(schemes)) {
        const QString s = QString::fromLatin1(scheme).toLower();
        auto probe = [&](const QString &name, CheckProbe::Kind kind, const Identity &identity,
                         CredentialState state = CredentialState::Correct) {
            CheckProbe p;
            p.name = name + QLatin1Char('-') + s;
            p.kind = kind;
            p.scheme = scheme;
            p.spec.scheme = clientScheme(scheme);
            if (p.spec.scheme == ClientScheme::Digest)
                p.spec.flow = ClientFlow::ChallengeFirst; // a Digest answer needs the server's nonce
            p.spec.identity = identity;
            p.spec.credentials = state;
            return p;
        };
        const bool bearer = scheme == "Bearer";
        const bool haveGood = bearer ? !m_options.token.isEmpty() : !m_options.user.isEmpty();
        const Identity good = bearer ? Identity::custom(QString(), m_options.token)
                                     : Identity::custom(m_options.user, m_options.password);
        if (haveGood) {
            add(probe(QStringLiteral("good"), CheckProbe::Kind::Good, good));
            CheckProbe head = probe(QStringLiteral("good"), CheckProbe::Kind::Good, good);
            head.name += QStringLiteral("-head");
            head.spec.method = "HEAD";
            add(head);
            const Identity wrong =
                bearer ? Identity::custom(QString(), QStringLiteral("x") + m_options.token)
                       : Identity::custom(m_options.user, m_options.password + QStringLiteral("x"));
            add(probe(bearer ? QStringLiteral("wrong-token") : QStringLiteral("wrong-password"),
                      CheckProbe::Kind::WrongPassword, wrong));
            if (!forwardedSent && scheme != "Digest") {
                forwardedSent = true;
                for (const char *address : kForwardedFor) {
                    CheckProbe f = probe(QStringLiteral("forwarded-good-") + QLatin1String(address),
                                         CheckProbe::Kind::Forwarded, good);
                    f.spec.extraFields.append(
                        {http::header::XForwardedFor.toByteArray(), QByteArray(address)});
                    add(f);
                }
            }
        }
        if (bearer) {
            if (!schemes.contains("Basic")) // malformed-basic says it already otherwise
                add(probe(QStringLiteral("malformed"), CheckProbe::Kind::Malformed, Identity::custom({}, {}),
                          CredentialState::Malformed));
            continue;
        }
        add(probe(
            QStringLiteral("unknown-user"), CheckProbe::Kind::UnknownUser,
            Identity::custom(nobody, m_options.password.isEmpty() ? nobodyPassword : m_options.password)));
        if (!m_options.otherUser.isEmpty())
            add(probe(QStringLiteral("other-user"), CheckProbe::Kind::OtherUser,
                      Identity::custom(m_options.otherUser, m_options.otherPassword)));
        if (scheme == "Digest")
            add(probe(QStringLiteral("malformed"), CheckProbe::Kind::Malformed,
                      Identity::custom(nobody, nobodyPassword), CredentialState::Malformed));
    }
    if (m_pending.isEmpty())
        finish(CheckReport::Outcome::Checked);
}

void Checker::onFinished(const ClientExchange &exchange)
{
    const auto it = m_pending.constFind(exchange.id);
    if (it == m_pending.cend())
        return;
    const int index = it.value();
    m_pending.erase(it);
    CheckProbe &probe = m_report.probes[index];
    probe.exchange = exchange;
    probe.done = true;
    Q_EMIT probeFinished(index);

    if (index == 0) {
        // The first probe says whether there is a server to check at all.
        const ClientLeg *leg = probe.last();
        using E = HttpConnection::Error;
        if (leg && leg->status == 0) {
            switch (leg->transport) {
            case E::BadUrl:
            case E::HostNotFound:
            case E::Refused:
            case E::ConnectTimeout:
            case E::Tls:
                finish(CheckReport::Outcome::Unreachable, leg->transportError);
                return;
            case E::TlsCertificate:
                finish(CheckReport::Outcome::StoppedByTls, leg->transportError);
                return;
            default:
                break;
            }
        }
    }
    if (!m_secondPhase && m_report.probes.size() > 1 && m_report.probes[0].done && m_report.probes[1].done)
        startSecondPhase();
    else if (m_pending.isEmpty() && m_secondPhase)
        finish(CheckReport::Outcome::Checked);
}

void Checker::finish(CheckReport::Outcome outcome, const QString &error)
{
    m_client.abortAll();
    m_pending.clear();
    m_report.outcome = outcome;
    m_report.error = error;
    if (outcome == CheckReport::Outcome::Unreachable) {
        m_report.findings.clear();
    } else {
        QList<CheckProbe> done;
        // Only finished probes are analysed (a stop leaves the others unsent).
        for (const CheckProbe &p : std::as_const(m_report.probes)) {
            if (p.done)
                done.append(p);
        }
        m_report.probes = done;
        m_report.findings = analyze(m_options, m_report.probes);
    }
    m_report.elapsedNs = m_timer.nsecsElapsed();
    m_running = false;
    Q_EMIT finished();
}

QList<CheckFinding> Checker::analyze(const CheckOptions &o, const QList<CheckProbe> &probes)
{
    Collector c;
    for (int p = 0; p < probes.size(); ++p) {
        for (int l = 0; l < probes[p].exchange.legs.size(); ++l)
            checkLeg(c, o, probes, p, l);
    }

    using K = CheckProbe::Kind;
    auto find = [&probes](const QString &name) {
        for (int i = 0; i < probes.size(); ++i) {
            if (probes[i].name == name && probes[i].last())
                return i;
        }
        return -1;
    };
    auto lastLeg = [&probes](int i) { return int(probes[i].exchange.legs.size()) - 1; };
    auto status = [&probes](int i) { return i < 0 ? 0 : probes[i].status(); };

    for (int i = 0; i < probes.size(); ++i) {
        const ClientLeg *leg = probes[i].last();
        if (leg && leg->status == 0 && leg->transport != HttpConnection::Error::TlsCertificate &&
            leg->transport != HttpConnection::Error::Aborted) {
            c.add(Finding::NoResponse, Text::tr("%1: %2").arg(probes[i].name, leg->transportError),
                  QStringLiteral("%1: %2").arg(probes[i].name, leg->transportError), i, lastLeg(i));
        }
    }

    const int anonymous = find(QStringLiteral("anonymous"));
    const int json = find(QStringLiteral("anonymous-json"));
    const int head = find(QStringLiteral("anonymous-head"));
    const int notFound = find(QStringLiteral("not-found"));

    // The good credentials per scheme, and the best answer they got.
    int goodOk = -1;
    for (int i = 0; i < probes.size(); ++i) {
        if (probes[i].kind == K::Good && probes[i].spec.method == "GET") {
            if (is2xx(status(i)) && goodOk < 0)
                goodOk = i;
            if (status(i) == 401) {
                const QString s = QString::fromLatin1(probes[i].scheme);
                c.add(Finding::CredentialsRefused, Text::tr("%1 credentials answered with 401").arg(s),
                      QStringLiteral("%1 credentials answered with 401").arg(s), i, lastLeg(i));
            }
        }
    }
    auto goodFor = [&](const QByteArray &scheme) {
        return find(QStringLiteral("good-") + QString::fromLatin1(scheme).toLower());
    };

    // 403 / 404 for anonymous where the credentials open the resource.
    for (int a : {anonymous, json}) {
        if (a < 0 || goodOk < 0)
            continue;
        const QString d = Text::tr("without credentials %1, with the %2 credentials %3")
                              .arg(status(a))
                              .arg(QString::fromLatin1(probes[goodOk].scheme))
                              .arg(status(goodOk));
        const QString e = QStringLiteral("without credentials %1, with the %2 credentials %3")
                              .arg(status(a))
                              .arg(QString::fromLatin1(probes[goodOk].scheme))
                              .arg(status(goodOk));
        if (status(a) == 403)
            c.add(Finding::ForbiddenForAnonymous, d, e, a, lastLeg(a));
        if (status(a) == 404)
            c.add(Finding::HiddenWithoutChallenge, d, e, a, lastLeg(a));
    }

    // The hiding 404 against a genuine one.
    if (anonymous >= 0 && notFound >= 0 && status(anonymous) == 404 && status(notFound) == 404) {
        const QList<QByteArray> echoes = {probes[notFound].spec.url.path().toUtf8(),
                                          probes[notFound].spec.url.path(QUrl::FullyEncoded).toUtf8(),
                                          o.url.path().toUtf8(), o.url.path(QUrl::FullyEncoded).toUtf8()};
        QString english;
        const QStringList d =
            differences(*probes[anonymous].last(), *probes[notFound].last(), echoes, &english);
        if (!d.isEmpty()) {
            c.add(Finding::HiddenDistinguishable, d.join(QStringLiteral(", ")), english, anonymous,
                  lastLeg(anonymous));
            c.add(Finding::HiddenDistinguishable, d.join(QStringLiteral(", ")), english, notFound,
                  lastLeg(notFound));
        }
    }

    // Wrong and unknown credentials, the other user, per scheme.
    for (const char *sch : {"Basic", "Digest", "Bearer"}) {
        const QByteArray scheme(sch);
        const QString s = QString::fromLatin1(scheme).toLower();
        const int good = goodFor(scheme);
        const int wrong = find(
            (scheme == "Bearer" ? QStringLiteral("wrong-token-") : QStringLiteral("wrong-password-")) + s);
        const int unknown = find(QStringLiteral("unknown-user-") + s);
        const int other = find(QStringLiteral("other-user-") + s);
        const bool anonymousRefused = status(anonymous) == 401 || status(anonymous) == 403;
        for (int w : {wrong, unknown}) {
            if (w < 0)
                continue;
            if (status(w) == 403 && (is2xx(status(good)) || status(anonymous) == 401)) {
                const QString d = Text::tr("%1: 403").arg(probes[w].name);
                c.add(Finding::WrongCredentialsForbidden, d, QStringLiteral("%1: 403").arg(probes[w].name), w,
                      lastLeg(w));
            }
            if (is2xx(status(w)) && anonymousRefused) {
                const QString d = Text::tr("%1: %2, without credentials: %3")
                                      .arg(probes[w].name)
                                      .arg(status(w))
                                      .arg(status(anonymous));
                c.add(Finding::WrongCredentialsAccepted, d,
                      QStringLiteral("%1: %2, without credentials: %3")
                          .arg(probes[w].name)
                          .arg(status(w))
                          .arg(status(anonymous)),
                      w, lastLeg(w));
            }
        }
        if (wrong >= 0 && unknown >= 0) {
            const QList<QByteArray> echoes = {o.user.toUtf8(), probes[unknown].spec.identity.user.toUtf8()};
            QString english;
            const QStringList d =
                differences(*probes[wrong].last(), *probes[unknown].last(), echoes, &english);
            if (!d.isEmpty()) {
                c.add(Finding::UnknownUserDistinguishable, d.join(QStringLiteral(", ")), english, wrong,
                      lastLeg(wrong));
                c.add(Finding::UnknownUserDistinguishable, d.join(QStringLiteral(", ")), english, unknown,
                      lastLeg(unknown));
            }
        }
        if (other >= 0 && status(other) == 401 && is2xx(status(good))) {
            const QString d =
                Text::tr("%1: 401, %2: %3").arg(probes[other].name, probes[good].name).arg(status(good));
            c.add(Finding::OtherUserUnauthorized, d,
                  QStringLiteral("%1: 401, %2: %3")
                      .arg(probes[other].name, probes[good].name)
                      .arg(status(good)),
                  other, lastLeg(other));
        }
    }

    // HEAD against GET: status, challenges, and the fields a client acts on.
    QList<std::pair<int, int>> headPairs = {{anonymous, head}};
    for (const char *sch : {"basic", "digest", "bearer"}) {
        const QString s = QString::fromLatin1(sch);
        headPairs.append(
            {find(QStringLiteral("good-") + s), find(QStringLiteral("good-") + s + QStringLiteral("-head"))});
    }
    for (const auto &[g, h] : std::as_const(headPairs)) {
        if (g < 0 || h < 0 || status(g) == 0 || status(h) == 0)
            continue;
        const ClientLeg &get = *probes[g].last(), &hd = *probes[h].last();
        QString d, e;
        if (get.status != hd.status) {
            d = Text::tr("GET %1, HEAD %2").arg(get.status).arg(hd.status);
            e = QStringLiteral("GET %1, HEAD %2").arg(get.status).arg(hd.status);
        } else if (schemesOf(get) != schemesOf(hd)) {
            const QString a = schemesOf(get).join(QLatin1Char(' ')), b = schemesOf(hd).join(QLatin1Char(' '));
            d = Text::tr("WWW-Authenticate: GET \"%1\", HEAD \"%2\"").arg(a, b);
            e = QStringLiteral("WWW-Authenticate: GET \"%1\", HEAD \"%2\"").arg(a, b);
        } else {
            for (QByteArrayView field :
                 {http::header::Location, http::header::CacheControl, http::header::ContentType}) {
                if (get.responseHeader(field).isEmpty() != hd.responseHeader(field).isEmpty()) {
                    const QString f = QString::fromLatin1(field.toByteArray());
                    d = Text::tr("%1 only in the answer to %2")
                            .arg(f, get.responseHeader(field).isEmpty() ? QStringLiteral("HEAD")
                                                                        : QStringLiteral("GET"));
                    e = QStringLiteral("%1 only in the answer to %2")
                            .arg(f, get.responseHeader(field).isEmpty() ? QStringLiteral("HEAD")
                                                                        : QStringLiteral("GET"));
                    break;
                }
            }
        }
        if (!d.isEmpty()) {
            c.add(Finding::HeadDiffers, d, e, h, lastLeg(h));
            c.add(Finding::HeadDiffers, d, e, g, lastLeg(g));
        }
    }

    // A JSON request redirected to the login page.
    if (json >= 0) {
        const CheckProbe &j = probes[json];
        const ClientLeg &first = j.exchange.legs.constFirst();
        if (first.status >= 300 && first.status < 400) {
            const QByteArray location = first.responseHeader(http::header::Location);
            // A whole path segment ("/login", "/account/sign-in", "/sso/"), not a part of one
            // ("/lesson", "/author", "/basic-auth").
            static const QRegularExpression loginish(
                QStringLiteral(R"(^(log-?in|sign-?in|sso|auth)(\.[a-z]+)?$)"),
                QRegularExpression::CaseInsensitiveOption);
            bool loginPath = false;
            for (const QString &segment :
                 QUrl(QString::fromLatin1(location)).path().split(QLatin1Char('/'), Qt::SkipEmptyParts))
                loginPath = loginPath || loginish.match(segment).hasMatch();
            // Where an API client ends up: a login page is HTML, with a 2xx (a 401 or 403 at the
            // end of the chain is an answer the client understands).
            const ClientLeg &end = *j.last();
            const bool toLogin =
                is2xx(end.status) && isHtml(end) && (loginPath || hasPasswordInput(end.responseBody));
            if (toLogin) {
                const QString loc = QString::fromLatin1(location);
                c.add(Finding::LoginRedirectForJson,
                      Text::tr("%1 to %2, ending on %3 %4")
                          .arg(first.status)
                          .arg(loc)
                          .arg(end.status)
                          .arg(QString::fromLatin1(end.responseHeader(http::header::ContentType))),
                      QStringLiteral("%1 to %2, ending on %3 %4")
                          .arg(first.status)
                          .arg(loc)
                          .arg(end.status)
                          .arg(QString::fromLatin1(end.responseHeader(http::header::ContentType))),
                      json, 0);
            }
        }
    }

    // 200 with a login form where the credentials give the resource.
    if (goodOk >= 0 && !hasPasswordInput(probes[goodOk].last()->responseBody)) {
        for (int i = 0; i < probes.size(); ++i) {
            const K k = probes[i].kind;
            if (k != K::Anonymous && k != K::WrongPassword && k != K::UnknownUser)
                continue;
            const ClientLeg *leg = probes[i].last();
            if (!leg || !is2xx(leg->status) || probes[i].exchange.legs.size() > 1 ||
                !hasPasswordInput(leg->responseBody))
                continue;
            c.add(Finding::Soft401,
                  Text::tr("%1 and a login form; the good credentials: %2")
                      .arg(leg->status)
                      .arg(status(goodOk)),
                  QStringLiteral("%1 and a login form; the good credentials: %2")
                      .arg(leg->status)
                      .arg(status(goodOk)),
                  i, lastLeg(i));
        }
    }

    // RFC 6750 §3: to a request without a token, or with one that does not enable access, a
    // resource protected by Bearer tokens MUST send WWW-Authenticate. A 401 without it is
    // 401-without-challenge already; this is the 403 (standards.md rows 1 and 8). The resource is
    // a Bearer one if some answer offers Bearer, or if the valid token opens it (or gets a 403:
    // valid, but not enough).
    {
        bool bearerOffered = false;
        for (const CheckProbe &p : probes) {
            for (const ClientLeg &leg : p.exchange.legs) {
                for (const challenges::Challenge &ch : challengesOf(leg, http::header::WwwAuthenticate))
                    bearerOffered = bearerOffered || http::equalsIgnoreCase(ch.scheme, "Bearer");
            }
        }
        const int goodBearer = goodFor("Bearer");
        if (bearerOffered || is2xx(status(goodBearer)) || status(goodBearer) == 403) {
            for (int i = 0; i < probes.size(); ++i) {
                const K k = probes[i].kind;
                const ClientLeg *leg = probes[i].last();
                if (!leg || leg->status != 403 ||
                    !leg->responseHeaderLines(http::header::WwwAuthenticate).isEmpty())
                    continue;
                const QByteArray sent = sentScheme(*leg);
                if (k == K::Anonymous && sent.isEmpty())
                    c.add(Finding::Bearer403WithoutChallenge,
                          Text::tr("403 without WWW-Authenticate to a request without a token"),
                          QStringLiteral("403 without WWW-Authenticate to a request without a token"), i,
                          lastLeg(i));
                else if ((k == K::Good || k == K::WrongPassword) && http::equalsIgnoreCase(sent, "Bearer"))
                    c.add(Finding::Bearer403WithoutChallenge,
                          Text::tr("403 without WWW-Authenticate to a token that does not open the resource"),
                          QStringLiteral(
                              "403 without WWW-Authenticate to a token that does not open the resource"),
                          i, lastLeg(i));
            }
        }
    }

    // X-Forwarded-For changing the answer.
    for (int i = 0; i < probes.size(); ++i) {
        if (probes[i].kind != K::Forwarded || status(i) == 0)
            continue;
        const int base = probes[i].scheme.isEmpty() ? anonymous : goodFor(probes[i].scheme);
        if (base < 0 || status(base) == 0 || status(base) == status(i))
            continue;
        const QString claim = QString::fromLatin1(
            requestField(probes[i].exchange.legs.constFirst(), http::header::XForwardedFor));
        c.add(Finding::TrustsForwardedFor,
              Text::tr("%1 without X-Forwarded-For, %2 with X-Forwarded-For: %3")
                  .arg(status(base))
                  .arg(status(i))
                  .arg(claim),
              QStringLiteral("%1 without X-Forwarded-For, %2 with X-Forwarded-For: %3")
                  .arg(status(base))
                  .arg(status(i))
                  .arg(claim),
              i, lastLeg(i));
    }
    return c.take();
}

QByteArray Checker::toText(const CheckReport &r)
{
    QString out;
    auto wrap = [&out](const QString &text, int indent) {
        const QString pad(indent, QLatin1Char(' '));
        QString line = pad;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (line.size() > indent && line.size() + 1 + word.size() > 100) {
                out += line + QLatin1Char('\n');
                line = pad;
            }
            if (line.size() > indent)
                line += QLatin1Char(' ');
            line += word;
        }
        if (line.size() > indent)
            out += line + QLatin1Char('\n');
    };
    out += Text::tr("authlab check %1").arg(r.url.toString()) + QLatin1Char('\n');
    if (r.outcome == CheckReport::Outcome::Unreachable) {
        out += Text::tr("Cannot reach the server: %1").arg(r.error) + QLatin1Char('\n');
        return out.toUtf8();
    }
    out += Text::tr("%n request(s) in %1 ms.", nullptr, r.requestCount())
               .arg(double(r.elapsedNs) / 1e6, 0, 'f', 1) +
           QLatin1Char(' ') +
           Text::tr("MUST violated: %1, SHOULD violated: %2, advice: %3.")
               .arg(r.count(Severity::Must))
               .arg(r.count(Severity::Should))
               .arg(r.count(Severity::Advice)) +
           QLatin1Char('\n');
    if (r.outcome == CheckReport::Outcome::StoppedByTls)
        out += Text::tr("The check stopped at the TLS certificate (use --insecure to go on).") +
               QLatin1Char('\n');
    for (Severity s : {Severity::Must, Severity::Should, Severity::Advice}) {
        if (!r.count(s))
            continue;
        out += QLatin1Char('\n') + severityName(s) + QLatin1Char('\n');
        for (const CheckFinding &f : r.findings) {
            if (f.severity() != s)
                continue;
            const FindingInfo &info = findingInfo(f.finding);
            out += QStringLiteral("  [%1] %2\n").arg(QLatin1String(info.id), findingTitle(f.finding));
            if (!f.detail.isEmpty())
                wrap(f.detail, 4);
            QStringList names;
            for (const auto &[p, l] : f.seen) {
                if (!names.contains(r.probes[p].name))
                    names.append(r.probes[p].name);
            }
            wrap(Text::tr("Seen in: %1").arg(names.join(QStringLiteral(", "))), 4);
            for (const QString &line : r.evidence(f))
                out += QStringLiteral("      ") + line + QLatin1Char('\n');
            wrap(QString::fromUtf8(info.citation) + QStringLiteral(": \"") + findingSentence(f.finding) +
                     QLatin1Char('"'),
                 4);
            wrap(findingExplanation(f.finding), 4);
        }
    }
    out += QLatin1Char('\n') +
           (r.violates() ? Text::tr("Result: RFC violations found.")
                         : Text::tr("Result: no MUST or SHOULD violated.")) +
           QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray Checker::toJson(const CheckReport &r)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("authlab-check");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("url")] = r.url.toString();
    static const char *const outcomes[] = {"not-run", "checked", "unreachable", "stopped-by-tls"};
    root[QStringLiteral("outcome")] = QLatin1String(outcomes[int(r.outcome)]);
    if (!r.error.isEmpty())
        root[QStringLiteral("error")] = r.error;
    root[QStringLiteral("elapsedMs")] = double(r.elapsedNs / 1000) / 1000.0;
    root[QStringLiteral("violations")] = r.violates();
    QJsonObject summary;
    summary[QStringLiteral("MUST")] = r.count(Severity::Must);
    summary[QStringLiteral("SHOULD")] = r.count(Severity::Should);
    summary[QStringLiteral("advice")] = r.count(Severity::Advice);
    root[QStringLiteral("summary")] = summary;
    QJsonArray findings;
    for (const CheckFinding &f : r.findings) {
        const FindingInfo &info = findingInfo(f.finding);
        QJsonObject o;
        o[QStringLiteral("id")] = QLatin1String(info.id);
        o[QStringLiteral("severity")] = severityId(info.severity);
        o[QStringLiteral("title")] = QString::fromUtf8(info.title);
        o[QStringLiteral("detail")] = f.detailId;
        o[QStringLiteral("citation")] = QString::fromUtf8(info.citation);
        o[QStringLiteral("rfc")] = QString::fromUtf8(info.rfcSentence);
        o[QStringLiteral("explanation")] = QString::fromUtf8(info.explanation);
        QJsonArray seen;
        for (const auto &[p, l] : f.seen) {
            QJsonObject s;
            s[QStringLiteral("probe")] = r.probes[p].name;
            s[QStringLiteral("request")] = l + 1;
            seen.append(s);
        }
        o[QStringLiteral("seen")] = seen;
        o[QStringLiteral("evidence")] = QJsonArray::fromStringList(r.evidence(f, 2, false));
        findings.append(o);
    }
    root[QStringLiteral("findings")] = findings;
    QJsonArray probes;
    for (const CheckProbe &p : r.probes) {
        QJsonObject o;
        o[QStringLiteral("name")] = p.name;
        o[QStringLiteral("method")] = QString::fromLatin1(p.spec.method);
        o[QStringLiteral("url")] = p.spec.url.toString();
        o[QStringLiteral("status")] = p.status();
        QJsonArray statuses;
        for (const ClientLeg &l : p.exchange.legs)
            statuses.append(l.status);
        o[QStringLiteral("legs")] = statuses;
        if (p.last() && p.last()->status == 0)
            o[QStringLiteral("error")] = p.last()->transportError;
        probes.append(o);
    }
    root[QStringLiteral("probes")] = probes;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace authlab
