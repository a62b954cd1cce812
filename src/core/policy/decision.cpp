#include "policy/decision.h"

#include "auth/bearer.h"
#include "auth/digestscheme.h"
#include "auth/loginpage.h"
#include "auth/scheme.h"
#include "auth/secretdigest.h"
#include "auth/sessions.h"
#include "auth/syntax.h"
#include "http/cookies.h"
#include "http/formbody.h"
#include "http/methods.h"
#include "policy/overrides.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authlab {

namespace {

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QString schemesText(const Resource &r)
{
    QStringList names;
    for (AuthScheme s : r.schemes)
        names.append(schemeName(s));
    return names.join(QLatin1String(", "));
}

QString addressRulesText(const AddressRules &rules)
{
    QStringList text;
    for (const AddressRule &rule : rules)
        text.append(rule.toString());
    return text.join(QLatin1String(", "));
}

// What a trace step quotes of bytes the peer sent (a Host value, an expectation): at most this.
constexpr qsizetype kMaxQuotedBytes = 64;

QString quoted(QByteArrayView peerBytes)
{
    return utf8(peerBytes.first(qMin(peerBytes.size(), kMaxQuotedBytes)));
}

// The statuses a hidden resource turns into 404, as static strings: no allocation (which a
// missing path would not pay for: timing).
QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("400");
    case 401:
        return QStringLiteral("401");
    case 403:
        return QStringLiteral("403");
    case 501:
        return QStringLiteral("501");
    default:
        return QString::number(status);
    }
}

// Who asks for the credentials of a resource: the origin server. The target is chosen once per
// request: Judge::proxy() answers with AuthTarget::Proxy itself and goes no further; a request
// it lets through meets the origin, here.
AuthTarget targetFor(const Resource &)
{
    return AuthTarget::Origin;
}

// What the forward proxy checks its credentials against: a protection space of its own that
// accepts Basic from any user of the scenario (no group). Not a resource of the scenario.
const Resource &proxyProtectionSpace()
{
    static const Resource space = [] {
        Resource r;
        r.path = QStringLiteral("*");
        r.schemes = {AuthScheme::Basic};
        return r;
    }();
    return space;
}

// How much of a refused proxy target the 403's body repeats (it is the peer's bytes).
constexpr qsizetype kMaxNamedTargetBytes = 256;

// This server as a proxy request must name it: http://host:port (the connection's own end).
QByteArray ownOrigin(const RequestFacts &f)
{
    if (f.local.isNull() || f.localPort == 0)
        return QByteArrayLiteral("this server");
    bool v4 = false;
    const quint32 address = f.local.toIPv4Address(&v4); // also for ::ffff:a.b.c.d
    const QString host =
        v4 ? QHostAddress(address).toString() : QLatin1Char('[') + f.local.toString() + QLatin1Char(']');
    return "http://" + host.toLatin1() + ':' + QByteArray::number(f.localPort);
}

bool implemented(AuthScheme s)
{
    return auth::scheme(s).implemented();
}

void challengeAccepted(const Resource &r, Verdict &v)
{
    v.challenges = auth::acceptedChallenges(r);
}

// The ChallengeSent step's argument: the schemes, comma-separated. One challenge (the usual
// case) shares the scheme's static name.
QString challengeNames(const auth::Challenges &c)
{
    if (c.count == 1)
        return schemeName(c.items[0].scheme);
    QStringList names;
    for (const auth::Challenge &ch : c)
        names.append(schemeName(ch.scheme));
    return names.join(QLatin1String(", "));
}

// A field name against a lower-case name of letters and '-': OR-ing 0x20 folds case exactly for
// those (field names are tokens). Inline, for the scan protocol() makes on every request.
template<size_t N> inline bool isNamed(QByteArrayView name, const char (&lower)[N])
{
    if (name.size() != qsizetype(N - 1))
        return false;
    for (size_t i = 0; i < N - 1; ++i) {
        if ((name[qsizetype(i)] | 0x20) != lower[i])
            return false;
    }
    return true;
}

// The steps of judge(), in the order of BRIEF.md capability 2.
class Judge
{
public:
    Judge(const Scenario &s, const RequestFacts &f, const AuthStateView &st, Verdict &v,
          bool overrides = true)
        : s(s), f(f), st(st), v(v), t(v.trace), overrides(overrides)
    {}

    void run()
    {
        v.format = http::preferredFormat(http::findHeader(f.headers, http::header::Accept));
        if (framing() && protocol() && proxy() && route())
            resourceChecks();
        if (f.contentPending)
            beforeContent();
        else if (f.continueSent)
            t.add(Rule::ContinueSent, Outcome::Info);
    }

private:
    // Steps 3-6 for the resource route() found.
    void resourceChecks()
    {
        if (address())
            credentialsAndPermission();
        hidePolicy();
        if (v.body == Verdict::Body::Index && v.status == 200)
            hiddenOnIndex();
        method();
        behaviour();
        responseNotes();
    }

    void fail(int status, Rule rule, const QString &a1 = {}, const QString &a2 = {})
    {
        v.status = status;
        v.reason = rule;
        v.body = Verdict::Body::Problem;
        t.decide(rule, Outcome::Fail, a1, a2);
    }

    bool framing()
    {
        v.limit = f.limit;
        switch (f.problem) {
        case Problem::None:
            t.add(Rule::WellFramed, Outcome::Pass);
            return true;
        case Problem::Malformed:
            fail(400, Rule::MalformedFraming, utf8(f.problemDetail));
            break;
        case Problem::HeaderBlockTooLarge:
            if (f.problemDetail.isEmpty())
                fail(431, Rule::HeaderBlockTooLarge, QString::number(f.limit));
            else
                fail(431, Rule::HeaderFieldTooLarge, utf8(f.problemDetail), QString::number(f.limit));
            break;
        case Problem::TooManyHeaderFields:
            fail(431, Rule::TooManyHeaderFields, QString::number(f.limit));
            break;
        case Problem::BodyTooLarge:
            fail(413, Rule::BodyTooLarge, QString::number(f.limit));
            break;
        case Problem::UriTooLong:
            fail(414, Rule::UriTooLong, QString::number(f.limit));
            break;
        case Problem::MethodUnknown:
            fail(501, Rule::MethodNotImplemented, utf8(f.problemDetail));
            break;
        case Problem::VersionUnsupported:
            fail(505, Rule::VersionNotSupported, utf8(f.problemDetail));
            break;
        case Problem::Timeout:
            fail(408, Rule::RequestTimeout, QString::number(f.limit));
            break;
        case Problem::Overloaded:
            fail(503, Rule::Overloaded, QString::number(f.limit));
            break;
        }
        v.body = Verdict::Body::Text;
        v.detail = f.problemDetail;
        v.noStore = true;
        v.close = true;
        return false;
    }

    // A refusal of the request as a whole, before any resource: plain text naming what is wrong.
    bool refuse(int status, Rule rule, const QString &a1, QByteArray detail)
    {
        fail(status, rule, a1);
        v.body = Verdict::Body::Text;
        v.detail = std::move(detail);
        v.noStore = true;
        v.close = true;
        return false;
    }

    // RFC 9110 / 9112 rules about the request as a whole: version, Host, Expect, HTTP/1.0
    // framing. One pass over the header fields; nothing allocated unless something is unusual.
    bool protocol()
    {
        if (f.httpMinor > 1)
            t.add(Rule::HigherMinorVersion, Outcome::Info,
                  QStringLiteral("HTTP/1.") + QString::number(f.httpMinor));
        int hosts = 0;
        QByteArrayView host;
        bool transferEncoding = false;
        for (const http::HeaderField &h : f.headers) {
            if (isNamed(h.name, "host")) {
                if (hosts++ == 0)
                    host = h.value;
            } else if (isNamed(h.name, "expect")) {
                if (!expectation(h.value))
                    return false;
            } else if (isNamed(h.name, "transfer-encoding")) {
                transferEncoding = true;
            }
        }
        const bool http10 = f.httpMinor == 0;
        if (hosts > 1)
            return refuse(400, Rule::HostDuplicate, QString::number(hosts),
                          "more than one Host header field");
        if (hosts == 0 && !http10)
            return refuse(400, Rule::HostMissing, {}, "an HTTP/1.1 request needs a Host header field");
        if (hosts == 1 && !http::isValidHost(host))
            return refuse(400, Rule::HostInvalid, quoted(host),
                          "the Host header field is not a valid host[:port]");
        if (const std::optional<QByteArrayView> authority = absoluteFormAuthority(f.target))
            t.add(Rule::HostFromTarget, Outcome::Info, quoted(*authority));
        else if (hosts == 0)
            t.add(Rule::HostOptionalHttp10, Outcome::Skip);
        else
            t.add(Rule::HostPresent, Outcome::Pass);
        if (expects100)
            t.add(http10 ? Rule::ExpectIgnoredHttp10 : Rule::ExpectContinue, Outcome::Info);
        if (http10 && transferEncoding) {
            // RFC 9112 §6.1: treat the framing as faulty and close after processing the message.
            t.add(Rule::Http10TransferEncoding, Outcome::Info);
            v.close = true;
        }
        return true;
    }

    // Expect = #( expectation ); only "100-continue" is defined, case-insensitively (RFC 9110
    // §10.1.1). Anything else: 417.
    bool expectation(QByteArrayView value)
    {
        while (!value.isEmpty()) {
            qsizetype comma = value.indexOf(',');
            QByteArrayView member = comma < 0 ? value : value.first(comma);
            value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
            while (!member.isEmpty() && (member.front() == ' ' || member.front() == '\t'))
                member = member.sliced(1);
            while (!member.isEmpty() && (member.back() == ' ' || member.back() == '\t'))
                member.chop(1);
            if (member.isEmpty())
                continue;
            if (http::equalsIgnoreCase(member, "100-continue")) {
                expects100 = true;
                continue;
            }
            return refuse(417, Rule::ExpectationUnknown, quoted(member),
                          "this server meets no expectation but 100-continue");
        }
        return true;
    }

    // Proxy mode (Scenario::proxy; RFC 9110 §11.7, §15.5.8). An absolute-form request addressed
    // to this server meets the simulated forward proxy first: it wants Proxy-Authorization
    // (Basic, any user of the scenario, its own realm) and answers 407 without it. A request it
    // lets through goes on to the origin's checks, which judge Authorization as for any request.
    // Any other target is refused with 403: AuthLab is never an open proxy and forwards nothing.
    bool proxy()
    {
        if (!s.proxy)
            return true;
        if (methods::fromToken(f.method) == methods::Connect)
            return proxyRefusesTarget(Rule::ProxyNoTunnel, quoted(f.target), {}, "CONNECT " + named(f.target),
                                      " asks for a tunnel; AuthLab opens none");
        switch (targetAuthority(f.target, f.local, f.localPort)) {
        case TargetAuthority::NotAbsolute:
            t.add(Rule::ProxyOriginForm, Outcome::Skip);
            return true;
        case TargetAuthority::Other: {
            const QByteArrayView authority = *absoluteFormAuthority(f.target);
            const QByteArray own = ownOrigin(f);
            return proxyRefusesTarget(Rule::ProxyTargetOther, quoted(authority), utf8(own),
                                      "the request-target " + named(f.target),
                                      " names " + named(authority) + ", not this server (" + own + ")");
        }
        case TargetAuthority::Self:
            break;
        }
        t.add(Rule::ProxyTargetSelf, Outcome::Pass, quoted(*absoluteFormAuthority(f.target)));
        return proxyCredentials();
    }

    // The peer's bytes as the 403's body repeats them: bounded.
    static QByteArray named(QByteArrayView peerBytes)
    {
        if (peerBytes.size() <= kMaxNamedTargetBytes)
            return peerBytes.toByteArray();
        return peerBytes.first(kMaxNamedTargetBytes).toByteArray() + "...";
    }

    bool proxyRefusesTarget(Rule rule, const QString &a1, const QString &a2, const QByteArray &what,
                            const QByteArray &why)
    {
        fail(403, rule, a1, a2);
        v.body = Verdict::Body::Text;
        v.detail = "AuthLab is not an open proxy: " + what + why + "; nothing was forwarded";
        v.noStore = true;
        return false;
    }

    // Proxy-Authorization, checked by the Basic scheme unit against the proxy's protection space.
    // The unit fails and challenges on a verdict of the proxy's own, so that the origin's verdict
    // is untouched when the proxy lets the request through; its trace steps are this trace's.
    bool proxyCredentials()
    {
        int count = 0;
        const QByteArrayView field =
            http::findHeader(f.headers, auth::credentialsHeader(AuthTarget::Proxy), &count);
        if (count == 0)
            return proxyChallenge(Rule::ProxyNoCredentials);
        if (count > 1)
            return proxyChallenge(Rule::ProxyDuplicateCredentials, QString::number(count));
        const syntax::Credentials cred = syntax::splitCredentials(field);
        if (!cred.valid)
            return proxyChallenge(Rule::ProxyCredentialsMalformed);
        const auth::SchemeUnit *unit = auth::schemeForToken(cred.scheme);
        if (!unit || unit->id != AuthScheme::Basic)
            return proxyChallenge(Rule::ProxyUnsupportedScheme, quoted(cred.scheme));
        Verdict proxyVerdict;
        proxyVerdict.target = AuthTarget::Proxy;
        const auth::SchemeContext ctx{s, proxyProtectionSpace(), f, st, proxyVerdict, t, unit->id};
        auth::SchemeGrant grant;
        if (!unit->verify(ctx, cred.rest, &grant)) {
            v.claimedUser = proxyVerdict.claimedUser;
            return proxyChallenge(Rule::ProxyCredentialsRejected);
        }
        t.add(Rule::ProxyAuthenticated, Outcome::Pass, s.users[grant.user].name);
        return true;
    }

    // 407 with the proxy's Basic challenge, whatever was wrong (unknown user and wrong password
    // alike): the verdict's target is the proxy's.
    bool proxyChallenge(Rule rule, const QString &a1 = {})
    {
        v.target = AuthTarget::Proxy;
        fail(auth::unauthorizedStatus(v.target), rule, a1);
        v.challenges.clear();
        v.challenges.add({AuthScheme::Basic, auth::ChallengeError::None});
        v.noStore = true;
        t.add(Rule::ProxyChallengeSent, Outcome::Info, challengeNames(v.challenges));
        return false;
    }

    // The request was judged on its header fields alone (Expect, content still to come).
    void beforeContent()
    {
        if (v.status != 417) {
            if (!expects100 || f.httpMinor == 0) {
                v.interim = Verdict::Interim::Wait; // nobody waits for us: read the content, then judge
                return;
            }
            if (v.status >= 200 && v.status < 300) {
                v.interim = Verdict::Interim::Continue;
                return;
            }
        }
        // The final status is known without the content: send it now, and close rather than
        // read content that may never come (RFC 9110 §10.1.1, RFC 9112 §9.6).
        t.add(Rule::FinalBeforeContent, Outcome::Info);
        v.close = true;
    }

    bool route()
    {
        if (f.target == QByteArrayView("*")) { // asterisk-form (RFC 9112 §3.2.4)
            if (methods::fromToken(f.method) != methods::Options)
                return refuse(400, Rule::AsteriskNotOptions, methods::traceName(f.method),
                              "the request-target * is only for OPTIONS");
            options(QStringLiteral("*"), methods::kServerWide);
            return false;
        }
        const std::optional<QByteArray> path = routablePath(f.target);
        if (!path) {
            fail(400, Rule::MalformedFraming, QStringLiteral("request-target is not a routable path"));
            v.body = Verdict::Body::Text;
            v.detail = "the request-target is not a path this server can route";
            v.noStore = true;
            return false;
        }
        if (const int endpoint = sessionEndpoint(*path)) {
            if (endpoint == 1)
                login();
            else
                logout();
            return false;
        }
        v.resource = s.resourceIndexForPath(*path);
        if (v.resource < 0) {
            fail(404, Rule::NoResource, utf8(*path));
            // A genuine 404 carries exactly what a hiding 404 carries (RFC 9110 §15.5.4).
            v.noStore = true;
            v.varyAuthorization = true;
            sameWorkAsHidden();
            return false;
        }
        // An exact match is the resource's own path: share that string instead of making one.
        // Except for a hidden resource: a missing path decodes the target for its trace step, and
        // a hidden resource must cost what a missing path costs.
        const Resource &r = res();
        t.add(Rule::ResourceMatched, Outcome::Pass,
              r.match == Resource::Match::Exact && !r.hidden ? r.path : utf8(*path), r.path);
        return true;
    }

    const Resource &res() const { return s.resources[v.resource]; }

    // ... and takes as long: a missing path runs the checks of the scenario's (first) hidden
    // resource on a scratch verdict and throws the result away, so that answering it costs what
    // answering a hidden resource to a caller who may not see it costs. Without this /vault was
    // measurably slower than /nope (bench/hidden-timing.py, docs/robustness.md).
    void sameWorkAsHidden()
    {
        const int hidden = s.firstHiddenResource();
        if (hidden < 0)
            return;
        Verdict scratch;
        scratch.resource = hidden;
        Judge j(s, f, st, scratch);
        // The checks whose cost depends on what the caller sent, and the hide policy. The rest of
        // the hidden path (behaviour, notes: a few trace steps without allocations) is about what
        // the scratch verdict costs; callgrind counts both paths within ~1 % of each other
        // (docs/robustness.md).
        if (j.address())
            j.credentialsAndPermission();
        j.hidePolicy();
    }

    // The address rules (nginx's access module): the server's, then the resource's, as one
    // ordered list; the first rule that matches the client address decides, none matching allows.
    bool address()
    {
        const Resource &r = res();
        if (s.access.isEmpty() && r.access.isEmpty()) {
            t.add(Rule::NoAddressRule, Outcome::Skip);
            return true;
        }
        const QHostAddress client = clientAddress();
        const QString shown = client.toString();
        for (const AddressRule &rule : s.access) {
            if (rule.matches(client))
                return addressRule(rule, Rule::ServerAddressAllowed, Rule::ServerAddressDenied, shown);
        }
        for (const AddressRule &rule : r.access) {
            if (rule.matches(client))
                return addressRule(rule, Rule::AddressAllowed, Rule::AddressDenied, shown);
        }
        t.add(Rule::AddressNoRuleMatched, Outcome::Pass, shown,
              QString::number(s.access.size() + r.access.size()));
        return true;
    }

    // The address the rules see: the scenario's simulated client address if it has one (and the
    // trace says so), else the peer's; never a field the client sent (X-Forwarded-For).
    QHostAddress clientAddress()
    {
        if (!f.claimedClient.isNull())
            return unmappedAddress(f.claimedClient); // the override's own step says whose claim this is
        if (s.simulatedClient.isNull())
            return unmappedAddress(f.peer);
        const QHostAddress simulated = unmappedAddress(s.simulatedClient);
        t.add(Rule::AddressSimulated, Outcome::Info, simulated.toString(),
              unmappedAddress(f.peer).toString());
        return simulated;
    }

    bool addressRule(const AddressRule &rule, Rule allowed, Rule denied, const QString &client)
    {
        if (rule.action == AddressRule::Action::Allow) {
            t.add(allowed, Outcome::Pass, client, rule.toString());
            return true;
        }
        fail(403, denied, client, rule.toString());
        // The answer depends on who asks: like every answer of a protected resource, not for caches.
        v.noStore = true;
        v.varyAuthorization = !res().isPublic();
        return false;
    }

    // Steps 4-5: credentials present, well-formed, user known, secret correct, group/scope.
    bool credentialsAndPermission()
    {
        const Resource &r = res();
        v.target = targetFor(r);
        if (r.isPublic()) {
            t.add(Rule::PublicResource, Outcome::Info);
            v.status = 200;
            v.reason = Rule::ServedPublic;
            v.body = r.path == QLatin1String("/") ? Verdict::Body::Index : Verdict::Body::Page;
            return true;
        }
        // Anything that depends on credentials must not be stored or shared by caches.
        v.noStore = true;
        v.varyAuthorization = true;

        const bool anyImplemented = std::any_of(r.schemes.begin(), r.schemes.end(), implemented);
        int count = 0;
        const QByteArrayView field = http::findHeader(f.headers, auth::credentialsHeader(v.target), &count);
        if (count > 1) {
            fail(400, Rule::DuplicateAuthorization, QString::number(count));
            return false;
        }
        QByteArray bodyToken;
        if (r.accepts(AuthScheme::Bearer) && !bearerMethods(field, count, &bodyToken))
            return false;
        if (count == 0) {
            if (!bodyToken.isNull())
                return bearerBodyToken(bodyToken);
            if (r.accepts(AuthScheme::Session)) {
                if (sessionCookie())
                    return groups();
                if (browserLike()) {
                    const QByteArray loc = session::loginLocation(r.path.toUtf8());
                    fail(302, Rule::SessionLoginRedirect, utf8(loc));
                    v.body = Verdict::Body::Empty;
                    v.location = loc;
                    return false;
                }
            }
            if (!anyImplemented) {
                fail(501, Rule::SchemeNotImplemented, schemesText(r));
                return false;
            }
            fail(auth::unauthorizedStatus(v.target), Rule::NoCredentials);
            challengeAccepted(r, v);
            return false;
        }
        const syntax::Credentials cred = syntax::splitCredentials(field);
        if (!cred.valid) {
            fail(400, Rule::CredentialsMalformed);
            return false;
        }
        const auth::SchemeUnit *unit = auth::schemeForToken(cred.scheme);
        if (!unit || !r.accepts(unit->id)) {
            if (!anyImplemented) {
                fail(501, Rule::SchemeNotImplemented, schemesText(r));
                return false;
            }
            fail(auth::unauthorizedStatus(v.target), Rule::UnsupportedScheme, utf8(cred.scheme),
                 schemesText(r));
            challengeAccepted(r, v);
            return false;
        }
        v.scheme = unit->id;
        t.add(Rule::SchemeAccepted, Outcome::Pass, schemeName(unit->id));
        if (!unit->implemented()) {
            fail(501, Rule::SchemeNotImplemented, schemeName(unit->id));
            return false;
        }
        const auth::SchemeContext ctx{s, r, f, st, v, t, unit->id};
        auth::SchemeGrant grant;
        if (!unit->verify(ctx, cred.rest, &grant))
            return false;
        v.user = grant.user;
        return groups() && (!grant.scopes || scopes(*grant.scopes));
    }

    // RFC 6750 §2: the methods of sending a Bearer token this request uses (header field, form
    // body, query). More than one, or one parameter twice, is a 400 invalid_request (§3.1); a
    // form-body token (§2.2) goes to *bodyToken; a query token (§2.3) is noted, not accepted.
    bool bearerMethods(QByteArrayView field, int count, QByteArray *bodyToken)
    {
        const bool header = count == 1 && auth::schemeForToken(syntax::splitCredentials(field).scheme) ==
                                              &auth::scheme(AuthScheme::Bearer);
        const bearer::TokenMethods m = bearer::tokenMethods(f, header);
        if (m.bodyError != session::FormError::None) {
            const bool tooLarge = m.bodyError == session::FormError::TooLarge;
            fail(tooLarge ? 413 : 400, Rule::BearerFormUnreadable,
                 QString::fromLatin1(session::formErrorText(m.bodyError)));
            v.scheme = AuthScheme::Bearer;
            if (!tooLarge)
                v.challenges.add({AuthScheme::Bearer, auth::ChallengeError::InvalidRequest});
            return false;
        }
        if (m.count() > 1 || m.body > 1 || m.query > 1) {
            if (m.count() > 1)
                fail(400, Rule::BearerMultipleMethods, m.names());
            else
                fail(400, Rule::BearerTokenRepeated,
                     m.body > 1 ? QStringLiteral("form body (§2.2)") : QStringLiteral("URI query (§2.3)"));
            v.scheme = AuthScheme::Bearer;
            v.challenges.clear();
            v.challenges.add({AuthScheme::Bearer, auth::ChallengeError::InvalidRequest});
            return false;
        }
        if (m.bodyNotForMethod)
            t.add(Rule::BearerBodyNotForMethod, Outcome::Info, methods::traceName(f.method));
        if (header) {
            t.add(Rule::BearerFromHeader, Outcome::Pass);
        } else if (m.body) {
            t.add(Rule::BearerFromBody, Outcome::Pass, methods::traceName(f.method));
            *bodyToken = m.bodyToken.isNull() ? QByteArray("") : m.bodyToken;
        } else if (m.query) {
            t.add(Rule::BearerQueryNotAccepted, Outcome::Info);
        }
        return true;
    }

    // A form-body token (RFC 6750 §2.2), checked like the header field's token.
    bool bearerBodyToken(QByteArrayView token)
    {
        v.scheme = AuthScheme::Bearer;
        t.add(Rule::SchemeAccepted, Outcome::Pass, schemeName(AuthScheme::Bearer));
        const auth::SchemeContext ctx{s, res(), f, st, v, t, AuthScheme::Bearer};
        auth::SchemeGrant grant;
        if (!bearer::verifyToken(ctx, token, &grant))
            return false;
        v.user = grant.user;
        return groups() && (!grant.scopes || scopes(*grant.scopes));
    }

    bool groups()
    {
        const Resource &r = res();
        const User &u = s.users[v.user];
        if (r.groups.isEmpty()) {
            t.add(Rule::NoGroupRequired, Outcome::Pass);
            return grant();
        }
        if (const QString g = r.grantingGroup(u); !g.isEmpty()) {
            t.add(Rule::GroupMember, Outcome::Pass, u.name, g);
            return grant();
        }
        fail(403, Rule::NotGroupMember, u.name, r.groups.join(QLatin1String(", ")));
        return false;
    }

    // The resource's scopes against those the credentials carry (a scheme with scopes: Bearer).
    bool scopes(const QStringList &granted)
    {
        if (v.status != 200)
            return false;
        const Resource &r = res();
        for (const QString &needed : r.scopes) {
            if (!granted.contains(needed)) {
                fail(403, Rule::ScopeMissing, needed);
                v.challenges.clear();
                v.challenges.add({*v.scheme, auth::ChallengeError::InsufficientScope});
                return false;
            }
        }
        if (!r.scopes.isEmpty())
            t.add(Rule::ScopeGranted, Outcome::Pass, r.scopes.join(QLatin1Char(' ')));
        return true;
    }

    bool grant()
    {
        v.status = 200;
        v.reason = Rule::Granted;
        v.body = Verdict::Body::Page;
        return true;
    }

    // The built-in endpoints of the cookie session: 1 for /login, 2 for /logout, 0 otherwise
    // (also when no resource of the scenario accepts a session: then they are plain paths).
    int sessionEndpoint(QByteArrayView path) const
    {
        const int which = path == QByteArrayView("/login") ? 1 : path == QByteArrayView("/logout") ? 2 : 0;
        if (!which)
            return 0;
        for (const Resource &r : s.resources) {
            if (r.accepts(AuthScheme::Session))
                return which;
        }
        return 0;
    }

    // A browser navigating (Accept names text/html) is sent to the form; any other client gets
    // the 401 and its challenge.
    bool browserLike() const
    {
        const QByteArray accept = http::findHeader(f.headers, http::header::Accept).toByteArray().toLower();
        return accept.contains("text/html");
    }

    // The first Cookie value that names a live session (RFC 6265 §5.4 gives no order).
    bool sessionCookie()
    {
        for (QByteArrayView id : session::cookieValues(f.headers)) {
            if (!session::isWellFormedId(id))
                continue;
            const std::optional<StateEntry> e = st.find(StateTable::Sessions, session::tableKey(id));
            if (!e)
                continue;
            const int u = s.userIndexForUtf8(e->value);
            if (u < 0)
                continue;
            v.user = u;
            v.scheme = AuthScheme::Session;
            t.add(Rule::SessionCookieValid, Outcome::Pass, s.users[u].name);
            return true;
        }
        return false;
    }

    void loginForm(QByteArrayView next, QByteArrayView username, bool failed)
    {
        v.status = 200;
        v.body = Verdict::Body::LoginForm;
        v.detail = session::loginPageHtml({next, username, failed});
        v.noStore = true;
    }

    // /login: GET shows the form (next from the query), POST checks the form's credentials.
    void login()
    {
        const methods::Set allowed = methods::loginMethods();
        const methods::Method m = methods::fromToken(f.method);
        if (m == methods::Options) {
            options(QStringLiteral("/login"), allowed);
            return;
        }
        if (!(allowed & m)) {
            fail(405, Rule::MethodNotAllowed, methods::traceName(f.method, m),
                 QString::fromLatin1(methods::allowValue(allowed)));
            v.allow = allowed;
            return;
        }
        if (m != methods::Post) {
            const qsizetype q = f.target.indexOf('?');
            const session::Form query = session::parseForm(q < 0 ? QByteArrayView() : f.target.sliced(q + 1));
            loginForm(query.ok() ? query.value("next") : QByteArray(), {}, false);
            t.decide(Rule::SessionLoginForm, Outcome::Pass);
            v.reason = Rule::SessionLoginForm;
            return;
        }
        const QByteArrayView type = http::findHeader(f.headers, http::header::ContentType);
        if (!session::isFormMediaType(type)) {
            fail(415, Rule::SessionFormMediaType, quoted(type));
            return;
        }
        const session::Form form = f.bodyTruncated
                                       ? session::Form{session::FormError::TooLarge, {}, {}, false}
                                       : session::parseForm(f.body);
        if (!form.ok()) {
            fail(form.error == session::FormError::TooLarge ? 413 : 400, Rule::SessionFormMalformed,
                 QString::fromLatin1(session::formErrorText(form.error)));
            return;
        }
        const QByteArray name = form.value("username");
        const QByteArray next = form.value("next");
        const int found = s.userIndexForUtf8(name);
        const bool right = secret::equal(secret::digest(form.value("password")),
                                         found >= 0 ? s.users[found].passwordDigest : secret::dummy());
        v.claimedUser = utf8(name);
        if (found < 0 || !right || !session::isWellFormedId(f.newSessionId)) {
            loginForm(next, name, true);
            v.reason = Rule::SessionLoginFailed;
            t.decide(Rule::SessionLoginFailed, Outcome::Fail, utf8(name));
            return;
        }
        const QByteArray target = session::safeNext(next);
        if (!next.isEmpty() && target != next)
            t.add(Rule::SessionNextRefused, Outcome::Info, quoted(next));
        v.status = 303;
        v.user = found;
        v.scheme = AuthScheme::Session;
        v.body = Verdict::Body::Empty;
        v.noStore = true;
        v.location = target;
        v.setCookie = session::sessionSetCookie(f.newSessionId);
        v.stateChanges.append({StateChange::Kind::Put, StateTable::Sessions,
                               session::tableKey(f.newSessionId),
                               StateEntry{s.users[found].name.toUtf8(), 0, 0}});
        v.reason = Rule::SessionCreated;
        t.decide(Rule::SessionCreated, Outcome::Pass, s.users[found].name, utf8(target));
    }

    // /logout (any method): every session the request's cookies name ends; the cookie is cleared.
    void logout()
    {
        for (QByteArrayView id : session::cookieValues(f.headers)) {
            if (session::isWellFormedId(id))
                v.stateChanges.append(
                    {StateChange::Kind::Remove, StateTable::Sessions, session::tableKey(id), {}});
        }
        v.status = 303;
        v.body = Verdict::Body::Empty;
        v.noStore = true;
        v.location = QByteArrayLiteral("/login");
        v.setCookie = session::sessionClearCookie();
        v.reason = Rule::SessionEnded;
        t.decide(Rule::SessionEnded, Outcome::Pass);
    }

    void hidePolicy()
    {
        const Resource &r = res();
        if (!r.hidden) {
            t.add(Rule::NotHidden, Outcome::Skip);
            return;
        }
        if (v.status == 200) {
            t.add(Rule::HiddenAllowed, Outcome::Pass);
            return;
        }
        // Whatever the caller did wrong (no credentials, bad ones, wrong group, wrong address),
        // a hidden resource answers exactly like a path that does not exist.
        const QString instead = statusText(v.status);
        const bool wouldChallenge = !v.challenges.isEmpty();
        fail(404, Rule::HiddenAsNotFound, instead);
        // The lesson of hiding: no challenge, so challenge-first clients never send credentials.
        if (wouldChallenge)
            t.add(Rule::HiddenNoChallenge, Outcome::Info);
        v.body = Verdict::Body::Problem;
        v.challenges.clear();
        v.noStore = true;
        v.varyAuthorization = true;
    }

    // The index lists a hidden resource only to a caller who would be let in: judged like a
    // request for it with the same credentials and address, in a scratch verdict so that the
    // index's own trace stays as it is. A page that shows one is the caller's own: never stored.
    void hiddenOnIndex()
    {
        for (qsizetype i = 0; i < s.resources.size(); ++i) {
            if (!s.resources[i].hidden)
                continue;
            Verdict probe;
            probe.resource = int(i);
            Judge j(s, f, st, probe);
            if (j.address() && j.credentialsAndPermission() && probe.status == 200) {
                v.shownHidden.append(int(i));
                v.noStore = true;
                v.varyAuthorization = v.varyAuthorization || !s.resources[i].isPublic();
            }
        }
    }

    // After authentication and the hide policy: only a caller who may see the resource learns
    // which methods it supports (a 405 or an OPTIONS answer tells nothing a 401/404 would not).
    void method()
    {
        if (v.status != 200)
            return;
        const Resource &r = res();
        const methods::Set allowed = methods::allowedMethods(r);
        const methods::Method m = methods::fromToken(f.method);
        if (m == methods::Options) {
            options(r.path, allowed);
            return;
        }
        if (allowed & m) {
            t.add(Rule::MethodAllowed, Outcome::Pass, methods::traceName(f.method, m));
            return;
        }
        fail(405, Rule::MethodNotAllowed, methods::traceName(f.method, m),
             QString::fromLatin1(methods::allowValue(allowed)));
        v.allow = allowed;
    }

    void options(const QString &what, methods::Set allowed)
    {
        v.status = 200;
        v.reason = Rule::OptionsAnswered;
        v.body = Verdict::Body::Empty;
        v.allow = allowed;
        t.decide(Rule::OptionsAnswered, Outcome::Pass, what);
    }

    // The verdict so far is the correct one; the scenario's behaviour may rewrite it, one
    // override at a time, each with its own trace step (overrides.h).
    void behaviour()
    {
        if (!overrides)
            return;
        for (const Override &o : overridesFor(s.behaviour)) {
            const int before = v.status;
            OverrideStep step;
            const OverrideContext context{s, f, st, step};
            if (!o.apply) {
                t.add(o.rule, Outcome::Info);
                continue;
            }
            if (!o.apply(context, v)) {
                t.add(Rule::BehaviourNotApplied, Outcome::Skip, behaviourId(s.behaviour));
                continue;
            }
            // The correct answer, then the one this behaviour gives instead (or what the override
            // says of itself).
            if (step.a1.isEmpty()) {
                step.a1 = statusText(before);
                step.a2 = statusText(v.status);
            }
            if (v.status != before) {
                v.reason = o.rule;
                t.decide(o.rule, Outcome::Fail, step.a1, step.a2);
            } else {
                t.add(o.rule, Outcome::Fail, step.a1, step.a2);
            }
        }
    }

    void responseNotes()
    {
        if (!v.challenges.isEmpty()) {
            digestNotes();
            t.add(Rule::ChallengeSent, Outcome::Info, challengeNames(v.challenges));
        }
        if (!v.authenticationInfo.isEmpty()) {
            if (v.status < 300) // rspauth answers a success (RFC 7616 §3.5)
                t.add(Rule::DigestAuthenticationInfo, Outcome::Info);
            else
                v.authenticationInfo.clear();
        }
        if (v.noStore && v.resource >= 0 && !res().isPublic())
            t.add(Rule::NoStore, Outcome::Info);
        if (v.status == 200 && v.reason == Rule::Granted)
            t.decide(Rule::Granted, Outcome::Pass, s.users[v.user].name);
        else if (v.status == 200 && v.reason == Rule::ServedPublic)
            t.decide(Rule::ServedPublic, Outcome::Pass);
    }

    // A Digest challenge carries a fresh nonce (RFC 7616 §3.3), minted here, once per answer,
    // whichever check asked for the challenge; both of its lines carry the same one.
    void digestNotes()
    {
        for (const auth::Challenge &c : v.challenges) {
            if (c.scheme == AuthScheme::Digest) {
                v.nonce = st.minter().mint(s.realm.toUtf8(), digest::serverOpaque(), st.now());
                t.add(Rule::DigestChallenges, Outcome::Info);
                return;
            }
        }
    }

    const Scenario &s;
    const RequestFacts &f;
    const AuthStateView &st;
    Verdict &v;
    Trace &t;
    const bool overrides; // false: the verdict RFC 9110 asks for, whatever the behaviour
    bool expects100 = false;
};

} // namespace

// ---------------------------------------------------------------------------------------
// What a scheme unit does to the verdict (authscheme.h): the same steps as Judge's own.

void auth::SchemeContext::fail(int status, Rule rule, const QString &a1, const QString &a2) const
{
    verdict.status = status;
    verdict.reason = rule;
    verdict.body = Verdict::Body::Problem;
    trace.decide(rule, Outcome::Fail, a1, a2);
}

void auth::SchemeContext::unauthorized(Rule rule, const QString &a1) const
{
    fail(unauthorizedStatus(verdict.target), rule, a1);
}

void auth::SchemeContext::challengeAll() const
{
    challengeAccepted(resource, verdict);
}

void auth::SchemeContext::challengeOnly(ChallengeError error) const
{
    verdict.challenges.clear();
    verdict.challenges.add({scheme, error});
}

namespace {

// ---------------------------------------------------------------------------------------
// Rendering. Bodies are wire content, written in English like any server's; the GUI
// explains them in the user's language through the trace.

// What render() reads beyond the key: only for an answer that is not cacheable (renderkey.h).
struct RenderDetail
{
    QByteArray detail;
    qint64 limit = 0;
    const QList<int> *shownHidden = nullptr;
    QByteArrayView nonce;              // Digest challenges
    QByteArrayView authenticationInfo; // Digest, granted
    QByteArrayView location;           // session login: 302 / 303
    QByteArrayView setCookie;          // session login / logout
};

QByteArray problemDetail(const Scenario &s, const RenderKey &v)
{
    switch (v.status) {
    case 401:
    case 407:
        // The same words whatever went wrong: unknown user and wrong password must not differ.
        return "Valid credentials are required. The " + auth::challengeHeader(v.target).toByteArray() +
               " header field says how to authenticate; then try again.";
    case 404:
        // leaky-hide: the hidden resource's 404 is worded (and so sized) differently.
        return v.reason == Rule::BehaviourLeakyHide ? "Not found." : "There is no resource at this address.";
    case 403:
        switch (v.reason) {
        case Rule::NotGroupMember:
            return "You are authenticated as " + s.users[v.user].name.toUtf8() +
                   ", but this resource is only for members of " +
                   s.resources[v.resource].groups.join(QLatin1String(", ")).toUtf8() + ".";
        case Rule::ServerAddressDenied:
            return "This server cannot be reached from your network address. Other credentials would not "
                   "change that.";
        case Rule::AddressDenied:
            return "This resource cannot be reached from your network address. Other credentials "
                   "would not change that.";
        case Rule::ScopeMissing:
            return "The access token lacks the scope this resource requires: " +
                   s.resources[v.resource].scopes.join(QLatin1Char(' ')).toUtf8() + ".";
        default:
            return "Access to this resource is forbidden.";
        }
    case 400:
        switch (v.reason) {
        case Rule::DuplicateAuthorization:
            return "The request carries more than one Authorization header field.";
        case Rule::CredentialsMalformed:
            return "The Authorization header field is malformed: it must be a scheme name, a space, "
                   "and the credentials.";
        case Rule::BasicMissingToken:
            return "The Authorization header field is malformed: Basic needs base64 credentials after "
                   "the scheme name.";
        case Rule::BasicNotToken68:
        case Rule::BasicBadBase64:
            return "The Authorization header field is malformed: the Basic credentials are not valid base64.";
        case Rule::BasicNoColon:
            return "The Authorization header field is malformed: the decoded Basic credentials have no "
                   "colon between user-id and password.";
        case Rule::BasicControlCharacter:
            return "The Authorization header field is malformed: the Basic user-id or password contains "
                   "a control character.";
        case Rule::DigestUriMismatch:
            return "The uri parameter of the Digest credentials is not the request-target; they must agree.";
        case Rule::BearerMalformed:
            return "The Authorization header field is malformed: Bearer needs exactly one token.";
        case Rule::BearerMultipleMethods:
            return "The request carries the access token by more than one method (Authorization header "
                   "field, form body, URI query); send it by one.";
        case Rule::BearerTokenRepeated:
            return "The access_token parameter is given more than once.";
        case Rule::BearerFormUnreadable:
            return "The form body has more fields than this server reads for an access_token.";
        default:
            return "The request is malformed.";
        }
    case 413:
        if (v.reason == Rule::BearerFormUnreadable)
            return "The form body is larger than this server reads for an access_token.";
        return QByteArray(http::reasonPhrase(v.status).toByteArray());
    case 405:
        return "This resource does not support the request's method; the Allow header field lists the "
               "methods it supports.";
    case 501:
        return "This resource uses an authentication scheme this server does not implement yet.";
    default:
        return QByteArray(http::reasonPhrase(v.status).toByteArray());
    }
}

QByteArray htmlPage(const QString &title, const QString &bodyHtml)
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
           title.toHtmlEscaped().toUtf8() + "</title></head>\n<body>\n<h1>" + title.toHtmlEscaped().toUtf8() +
           "</h1>\n" + bodyHtml.toUtf8() + "\n</body></html>\n";
}

QByteArray indexBody(const Scenario &s, const RenderKey &v, const RenderDetail &d)
{
    // A hidden resource is invisible to whoever may not see it (judge() lists who may).
    auto listed = [&](qsizetype i) {
        return !s.resources[i].hidden || (d.shownHidden && d.shownHidden->contains(int(i)));
    };
    if (v.format == http::Preferred::Json) {
        QJsonArray list;
        for (qsizetype i = 0; i < s.resources.size(); ++i) {
            if (!listed(i))
                continue;
            const Resource &r = s.resources[i];
            QJsonObject o;
            o.insert(QStringLiteral("path"), r.path);
            o.insert(QStringLiteral("title"), r.title);
            o.insert(QStringLiteral("public"), r.isPublic());
            o.insert(QStringLiteral("hidden"), r.hidden);
            list.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("scenario"), s.name);
        root.insert(QStringLiteral("resources"), list);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    QString items;
    for (qsizetype i = 0; i < s.resources.size(); ++i) {
        if (!listed(i))
            continue;
        const Resource &r = s.resources[i];
        QString rule = r.isPublic() ? QStringLiteral("public") : schemesText(r);
        if (!r.groups.isEmpty())
            rule += QStringLiteral(", group ") + r.groups.join(QLatin1String(" or "));
        if (!r.scopes.isEmpty())
            rule += QStringLiteral(", scope ") + r.scopes.join(QLatin1Char(' '));
        if (!r.access.isEmpty())
            rule += QStringLiteral(", address rules: ") + addressRulesText(r.access);
        if (r.hidden)
            rule += QStringLiteral(", hidden (404 unless you may see it)");
        items += QStringLiteral("<li><a href=\"") + r.path.toHtmlEscaped() + QStringLiteral("\">") +
                 r.path.toHtmlEscaped() + QStringLiteral("</a> — ") + r.title.toHtmlEscaped() +
                 QStringLiteral(" <small>(") + rule.toHtmlEscaped() + QStringLiteral(")</small></li>\n");
    }
    return htmlPage(s.name.isEmpty() ? QStringLiteral("AuthLab") : s.name,
                    QStringLiteral("<p>Resources of this scenario:</p>\n<ul>\n") + items +
                        QStringLiteral("</ul>"));
}

QByteArray pageBody(const Scenario &s, const RenderKey &v)
{
    const Resource &r = s.resources[v.resource];
    const QString title = r.title.isEmpty() ? r.path : r.title;
    const User *u = v.user >= 0 ? &s.users[v.user] : nullptr;
    if (v.format == http::Preferred::Json) {
        QJsonObject o;
        o.insert(QStringLiteral("resource"), r.path);
        o.insert(QStringLiteral("title"), title);
        o.insert(QStringLiteral("user"), u ? QJsonValue(u->name) : QJsonValue());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QString html;
    if (u)
        html += QStringLiteral("<p>Hello, ") + u->name.toHtmlEscaped() + QStringLiteral(".</p>\n");
    if (!r.description.isEmpty())
        html += QStringLiteral("<p>") + r.description.toHtmlEscaped() + QStringLiteral("</p>\n");
    html += QStringLiteral("<p><a href=\"/\">All resources</a></p>");
    return htmlPage(title, html);
}

} // namespace

Verdict judge(const Scenario &scenario, const RequestFacts &request, const AuthStateView &state)
{
    Verdict v;
    Judge(scenario, request, state, v).run();
    return v;
}

Verdict judgeRfc9110(const Scenario &scenario, const RequestFacts &request, const AuthStateView &state)
{
    Verdict v;
    Judge(scenario, request, state, v, false).run();
    return v;
}

namespace {

// The behaviour odd-challenge-syntax: every challenge in one field line, each scheme name in lower
// case, the realm as a bare token when it is one (RFC 9110 §11.1 allows the first; §11.5 and
// §11.6.1 warn against the others).
QByteArray oddChallengeLine(const Scenario &s, const RenderKey &v, const RenderDetail &d)
{
    QByteArray line;
    for (const auth::Challenge &c : v.challenges) {
        const auth::SchemeUnit &unit = auth::scheme(c.scheme);
        for (int i = 0; i < unit.lines; ++i) {
            QByteArray one = unit.challenge(s, v, c, d.nonce, i);
            const qsizetype space = one.indexOf(' ');
            for (qsizetype k = 0; k < (space < 0 ? one.size() : space); ++k)
                one[k] = char(QChar::toLower(uchar(one[k])));
            const qsizetype realm = one.indexOf("realm=\"");
            if (realm >= 0) {
                const qsizetype open = realm + 6;
                const qsizetype close = one.indexOf('"', open + 1);
                const QByteArrayView value = QByteArrayView(one).sliced(open + 1, close - open - 1);
                if (close > open && !value.isEmpty() &&
                    std::all_of(value.begin(), value.end(), [](char ch) { return syntax::isTchar(ch); })) {
                    one.remove(close, 1);
                    one.remove(open, 1);
                }
            }
            if (!line.isEmpty())
                line += ", ";
            line += one;
        }
    }
    return auth::challengeHeader(v.target).toByteArray() + ": " + line + "\r\n";
}

// The response from the key alone (and, when it is not cacheable, the per-request detail):
// nothing else of the verdict is in reach here.
Response renderFrom(const Scenario &s, const RenderKey &v, const RenderDetail &d)
{
    Response r;
    r.status = v.status;
    QByteArray contentType;
    switch (v.body) {
    case Verdict::Body::Text:
        contentType = http::media::Text.toByteArray();
        r.body = QByteArray::number(v.status) + ' ' + http::reasonPhrase(v.status).toByteArray();
        if (v.reason == Rule::TooManyHeaderFields)
            r.body += ": more than " + QByteArray::number(d.limit) + " header fields";
        else if (v.status == 431 && !d.detail.isEmpty())
            r.body += ": the " + d.detail + " header field is too large (limit " +
                      QByteArray::number(d.limit) + " bytes for the request line and header fields)";
        else if (v.status == 431 || v.status == 413)
            r.body += ": limit " + QByteArray::number(d.limit) + " bytes";
        else if (v.status == 414)
            r.body += ": the request-target makes the request line exceed the limit of " +
                      QByteArray::number(d.limit) + " bytes for the request line and header fields";
        else if (v.status == 501)
            r.body += ": the method " + d.detail + " is not recognised (methods are case-sensitive)";
        else if (v.status == 505)
            r.body += ": " + d.detail + " is not spoken over this text protocol; use HTTP/1.1";
        else if (!d.detail.isEmpty())
            r.body += ": " + d.detail;
        r.body += '\n';
        break;
    case Verdict::Body::Empty:
        break;
    case Verdict::Body::LoginForm:
        contentType = http::media::Html.toByteArray();
        r.body = d.detail;
        break;
    case Verdict::Body::Index:
        contentType =
            (v.format == http::Preferred::Json ? http::media::Json : http::media::Html).toByteArray();
        r.body = indexBody(s, v, d);
        break;
    case Verdict::Body::Page:
        contentType =
            (v.format == http::Preferred::Json ? http::media::Json : http::media::Html).toByteArray();
        r.body = pageBody(s, v);
        break;
    case Verdict::Body::Problem: {
        const QByteArray detail = problemDetail(s, v);
        if (v.format == http::Preferred::Json) {
            contentType = http::media::ProblemJson.toByteArray();
            QJsonObject o;
            o.insert(QStringLiteral("type"), QStringLiteral("about:blank"));
            o.insert(QStringLiteral("title"), QString::fromLatin1(http::reasonPhrase(v.status)));
            o.insert(QStringLiteral("status"), v.status);
            o.insert(QStringLiteral("detail"), QString::fromUtf8(detail));
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            contentType = http::media::Html.toByteArray();
            const QString title = QString::number(v.status) + QLatin1Char(' ') +
                                  QString::fromLatin1(http::reasonPhrase(v.status));
            r.body = htmlPage(title, QStringLiteral("<p>") + QString::fromUtf8(detail).toHtmlEscaped() +
                                         QStringLiteral("</p>"));
        }
        break;
    }
    }

    QByteArray &h = r.headers;
    if (!contentType.isEmpty())
        h += "Content-Type: " + contentType + "\r\n";
    if (v.allow)
        h += "Allow: " + methods::allowValue(v.allow) + "\r\n";
    // One challenge per field line: Qt and others only read the first scheme of a line
    // (RFC 9110 §11.6.1; standards.md §3.4). Each scheme writes its own.
    if (v.oddChallenges) {
        h += oddChallengeLine(s, v, d);
    } else {
        for (const auth::Challenge &c : v.challenges) {
            const auth::SchemeUnit &unit = auth::scheme(c.scheme);
            for (int line = 0; line < unit.lines; ++line)
                h += auth::challengeHeader(v.target).toByteArray() + ": " +
                     unit.challenge(s, v, c, d.nonce, line) + "\r\n";
        }
    }
    if (!d.location.isEmpty())
        h += http::header::Location.toByteArray() + ": " + d.location + "\r\n";
    if (!d.setCookie.isEmpty())
        h += session::kSetCookieHeader.toByteArray() + ": " + d.setCookie + "\r\n";
    if (!d.authenticationInfo.isEmpty())
        h += http::header::AuthenticationInfo.toByteArray() + ": " + d.authenticationInfo + "\r\n";
    if (v.noStore)
        h += "Cache-Control: no-store\r\n";
    if (v.varyCredentials)
        h += "Vary: " + auth::credentialsHeader(v.target).toByteArray() + "\r\n";
    return r;
}

} // namespace

Response render(const Scenario &s, const Verdict &v)
{
    const RenderKey key = renderKey(v);
    RenderDetail detail;
    if (!key.cacheable)
        detail = {v.detail, v.limit, &v.shownHidden, v.nonce, v.authenticationInfo, v.location, v.setCookie};
    return renderFrom(s, key, detail);
}

Response render(const Scenario &s, const RenderKey &cacheableKey)
{
    Q_ASSERT(cacheableKey.cacheable);
    return renderFrom(s, cacheableKey, {});
}

Decision decide(const Scenario &scenario, const RequestFacts &request, const AuthStateView &state)
{
    Decision d;
    d.verdict = judge(scenario, request, state);
    d.response = render(scenario, d.verdict);
    return d;
}

} // namespace authlab
