#include "policy/overrides.h"

#include "auth/loginpage.h"
#include "policy/decision.h"

#include <QCoreApplication>

namespace authlab {

namespace {

// An answer that asks for credentials at the origin: the 401s the schools and bugs rewrite.
bool isOrigin401(const Verdict &v)
{
    return v.status == 401 && v.target == AuthTarget::Origin;
}

// The shape of a refusal with nothing in it but the status: no challenge, a problem body.
void refuseAs(Verdict &v, int status, Rule rule)
{
    v.status = status;
    v.reason = rule;
    v.body = Verdict::Body::Problem;
    v.challenges.clear();
    v.nonce.clear();
}

bool never401(const OverrideContext &, Verdict &v)
{
    if (!isOrigin401(v))
        return false;
    refuseAs(v, 403, Rule::BehaviourNever401);
    return true;
}

// Every refusal of a resource (401, 403) answered like a path that does not exist: a 404 with
// exactly the header fields of a genuine one (decision.cpp, route()).
bool hideAll(const OverrideContext &, Verdict &v)
{
    if (v.resource < 0 || (v.status != 401 && v.status != 403))
        return false;
    refuseAs(v, 404, Rule::BehaviourHideAll);
    v.noStore = true;
    v.varyAuthorization = true;
    return true;
}

bool unchallenged401(const OverrideContext &, Verdict &v)
{
    if (!isOrigin401(v) || v.challenges.isEmpty())
        return false;
    v.challenges.clear();
    v.nonce.clear();
    return true;
}

bool forbiddenForAnonymous(const OverrideContext &, Verdict &v)
{
    if (!isOrigin401(v) || v.reason != Rule::NoCredentials)
        return false;
    refuseAs(v, 403, Rule::BehaviourForbiddenForAnonymous);
    return true;
}

// Authenticated, not allowed: 401 and the challenges again (a Bearer scope error keeps its
// insufficient_scope, the "401 insufficient_scope" of published error tables).
bool unauthorizedForForbidden(const OverrideContext &c, Verdict &v)
{
    if (v.status != 403 || !v.authenticated() || v.resource < 0 || v.target != AuthTarget::Origin)
        return false;
    v.status = 401;
    v.reason = Rule::BehaviourUnauthorizedForForbidden;
    v.body = Verdict::Body::Problem;
    if (v.challenges.isEmpty())
        v.challenges = auth::acceptedChallenges(c.scenario.resources[v.resource]);
    return true;
}

// The API client of a session resource is sent to the HTML form like a browser.
bool loginRedirectForApi(const OverrideContext &c, Verdict &v)
{
    if (!isOrigin401(v) || v.resource < 0 || v.authenticated())
        return false;
    const Resource &r = c.scenario.resources[v.resource];
    if (!r.accepts(AuthScheme::Session))
        return false;
    refuseAs(v, 302, Rule::BehaviourLoginRedirectForApi);
    v.body = Verdict::Body::Empty;
    v.location = session::loginLocation(r.path.toUtf8());
    return true;
}

// 200 and a login form where the 401 belongs.
bool soft401(const OverrideContext &c, Verdict &v)
{
    if (!isOrigin401(v) || v.resource < 0)
        return false;
    const QByteArray path = c.scenario.resources[v.resource].path.toUtf8();
    refuseAs(v, 200, Rule::BehaviourSoft401);
    v.body = Verdict::Body::LoginForm;
    v.detail = session::loginPageHtml({path, {}, false});
    return true;
}

// The hidden resource's 404 carries another text than a genuine 404 (render() words it).
bool leakyHide(const OverrideContext &, Verdict &v)
{
    if (v.status != 404 || v.reason != Rule::HiddenAsNotFound)
        return false;
    v.reason = Rule::BehaviourLeakyHide;
    return true;
}

bool oddChallengeSyntax(const OverrideContext &, Verdict &v)
{
    if (v.challenges.isEmpty())
        return false;
    v.oddChallenges = true;
    return true;
}

// The leftmost address of X-Forwarded-For (the client's own claim), if it is one.
std::optional<QHostAddress> forwardedFor(const RequestFacts &f)
{
    QByteArrayView list = http::findHeader(f.headers, http::header::XForwardedFor);
    if (list.isEmpty())
        return std::nullopt;
    const qsizetype comma = list.indexOf(',');
    if (comma >= 0)
        list = list.first(comma);
    const QHostAddress a(QString::fromLatin1(list.trimmed()));
    if (a.isNull())
        return std::nullopt;
    return a;
}

// The request judged again as if it came from the address X-Forwarded-For names. The trace
// keeps the correct checks; the override's step says what the server believed instead.
bool trustsForwardedFor(const OverrideContext &c, Verdict &v)
{
    const std::optional<QHostAddress> claimed = forwardedFor(c.request);
    if (!claimed || v.resource < 0)
        return false;
    RequestFacts believed = c.request;
    believed.claimedClient = *claimed;
    Verdict other = judgeRfc9110(c.scenario, believed, c.state);
    if (other.status == v.status)
        return false;
    other.trace = std::move(v.trace);
    v = std::move(other);
    // Whose address was believed, instead of which: the simulated one if the scenario has it.
    c.step.a1 = QString::fromLatin1(http::findHeader(c.request.headers, http::header::XForwardedFor));
    c.step.a2 =
        unmappedAddress(c.scenario.simulatedClient.isNull() ? c.request.peer : c.scenario.simulatedClient)
            .toString();
    return true;
}

// clang-format off
// The texts are written out as QT_TRANSLATE_NOOP (not through a macro of our own) so that
// lupdate, which does not expand macros, finds them.
constexpr Override kRfc9110[] = {{Rule::BehaviourRfc9110, nullptr}};
constexpr Override kNever401[] = {{Rule::BehaviourNever401, never401}};
constexpr Override kHideAll[] = {{Rule::BehaviourHideAll, hideAll}};
constexpr Override kUnchallenged401[] = {{Rule::BehaviourUnchallenged401, unchallenged401}};
constexpr Override kForbiddenForAnonymous[] = {{Rule::BehaviourForbiddenForAnonymous, forbiddenForAnonymous}};
constexpr Override kUnauthorizedForForbidden[] = {{Rule::BehaviourUnauthorizedForForbidden, unauthorizedForForbidden}};
constexpr Override kLoginRedirectForApi[] = {{Rule::BehaviourLoginRedirectForApi, loginRedirectForApi}};
constexpr Override kSoft401[] = {{Rule::BehaviourSoft401, soft401}};
constexpr Override kLeakyHide[] = {{Rule::BehaviourLeakyHide, leakyHide}};
constexpr Override kOddChallengeSyntax[] = {{Rule::BehaviourOddChallengeSyntax, oddChallengeSyntax}};
constexpr Override kTrustsForwardedFor[] = {{Rule::BehaviourTrustsForwardedFor, trustsForwardedFor}};

#define B(behaviour, title, kind, does, citation, breaks, clients, list) \
    BehaviourInfo { Behaviour::behaviour, title, kind, does, citation, breaks, clients, list }

constexpr std::array<BehaviourInfo, size_t(Behaviour::Count)> kBehaviours = {{
    B(Rfc9110, QT_TRANSLATE_NOOP("authlab::Behaviours", "RFC 9110 (correct)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "correct"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Answers as RFC 9110 says: 401 with a challenge when credentials are missing or wrong, 403 when they are right but not enough, 404 only for what does not exist or is configured as hidden."),
      "RFC 9110 §15.5.2, §15.5.4, §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Follows the RFC to the letter; the other behaviours are measured against it."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Every client behaves as designed: browsers prompt on Basic and Digest, curl --anyauth and Python requests' HTTPDigestAuth retry once with credentials, Qt asks its application through authenticationRequired."),
      kRfc9110),
    B(Never401, QT_TRANSLATE_NOOP("authlab::Behaviours", "Never 401 (roll-your-own school)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "school"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Answers 403 without a challenge wherever RFC 9110 asks for 401: missing credentials, wrong password, unknown user."),
      "RFC 9110 §15.5.2, §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "\"The server generating a 401 response MUST send a WWW-Authenticate header field\": this school never sends the 401 at all, and with 403 it says that credentials would not help."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "No client ever sends credentials unless it sends them unasked: browsers show no prompt, curl --anyauth and --digest stop at the 403, requests' HTTPDigestAuth returns the 403, Qt emits no authenticationRequired."),
      kNever401),
    B(HideAll, QT_TRANSLATE_NOOP("authlab::Behaviours", "Hide all (hiding school)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "school"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Answers every refusal (401 and 403) with a 404 that is byte for byte the 404 of a path that does not exist."),
      "RFC 9110 §15.5.4, §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "\"An origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond with a status code of 404\": allowed, but without a 401 there is no challenge, so nobody learns how to authenticate."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Only clients that send credentials with the first request get in (curl -u, requests with auth=(user, password), wget --auth-no-challenge); browsers, curl --anyauth and Qt see a 404 and stop."),
      kHideAll),
    B(Unchallenged401, QT_TRANSLATE_NOOP("authlab::Behaviours", "401 without a challenge (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Sends its 401s without any WWW-Authenticate field."),
      "RFC 9110 §11.6.1, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "\"A server generating a 401 (Unauthorized) response MUST send a WWW-Authenticate header field containing at least one challenge.\""),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "curl --anyauth and --digest never send the credentials; browsers render the body without a prompt; requests' HTTPDigestAuth returns the 401; Qt finishes with AuthenticationRequiredError without emitting authenticationRequired."),
      kUnchallenged401),
    B(Forbidden403ForAnonymous, QT_TRANSLATE_NOOP("authlab::Behaviours", "403 for anonymous callers (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Answers 403 to a request without credentials, where RFC 9110 asks for 401 and a challenge (wrong credentials still get 401)."),
      "RFC 9110 §15.5.2, §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "A request without credentials \"lacks valid authentication credentials\": 401. A 403 means \"the server understood the request but refuses to fulfill it\" whatever the credentials (Spring's Http403ForbiddenEntryPoint, DRF's session authentication)."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Challenge-driven clients never offer credentials: browsers, curl --anyauth, requests' HTTPDigestAuth and Qt all stop at the 403; only curl -u and other pre-emptive senders get in."),
      kForbiddenForAnonymous),
    B(Unauthorized401ForForbidden, QT_TRANSLATE_NOOP("authlab::Behaviours", "401 for forbidden callers (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Answers 401 with a challenge to a caller who authenticated correctly but is not allowed (wrong group, missing scope)."),
      "RFC 9110 §15.5.4, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Right credentials that are not enough get 403: \"If authentication credentials were provided in the request, the server considers them insufficient to grant access. The client SHOULD NOT automatically repeat the request with the same credentials.\""),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Browsers prompt again and again for credentials that can never work; Qt emits authenticationRequired again; curl and requests show the 401, which reads as \"wrong password\"."),
      kUnauthorizedForForbidden),
    B(LoginRedirectForApi, QT_TRANSLATE_NOOP("authlab::Behaviours", "Login redirect for API calls (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Sends every caller without a session to the HTML login form with 302, API clients (Accept: application/json) too, instead of 401 with a Bearer challenge."),
      "RFC 9110 §15.4.3, §11.6.1",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "A redirect to a login page is not an authentication challenge; an API client needs the 401 and its WWW-Authenticate."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "requests, Qt and curl -L follow the 302 on their own and end with 200 and an HTML login page where they expected JSON; curl without -L shows the 302."),
      kLoginRedirectForApi),
    B(Soft401, QT_TRANSLATE_NOOP("authlab::Behaviours", "Soft 401: 200 with a login page (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Answers 200 with an HTML login form wherever RFC 9110 asks for 401."),
      "RFC 9110 §15.5.2, §15.3.1",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "\"The 200 (OK) status code indicates that the request has succeeded\": it did not. The 401 and its challenge are missing."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Every client takes the 200 for success: scripts parse HTML as data, monitors report the resource as up, caches may keep the page; no client ever sends credentials."),
      kSoft401),
    B(LeakyHide, QT_TRANSLATE_NOOP("authlab::Behaviours", "Leaky hiding (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Hides the hidden resources with 404, but their 404 carries another text (another Content-Length) than the 404 of a path that does not exist."),
      "RFC 9110 §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "A 404 that hides must be indistinguishable from a genuine 404, or it tells that the resource exists (\"not willing to disclose that one exists\")."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Every client shows 404; a scanner that compares lengths (Burp, ffuf) finds the hidden resource at once."),
      kLeakyHide),
    B(OddChallengeSyntax, QT_TRANSLATE_NOOP("authlab::Behaviours", "Odd challenge syntax"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Writes all challenges in one WWW-Authenticate field line, with the scheme in lower case and the realm unquoted."),
      "RFC 9110 §11.1, §11.5, §11.6.1",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Scheme names are case-insensitive, but for realm \"a sender MUST only generate the quoted-string syntax\", and several challenges on one field line \"might not be interoperable\"."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "curl, Qt and Python requests read the line as one Digest challenge whose later parameters win: they answer with MD5 where curl answers the correct server with SHA-256, a silent downgrade. Qt looks only at the first scheme of each field line, so a second scheme on the same line is never seen."),
      kOddChallengeSyntax),
    B(TrustsXForwardedFor, QT_TRANSLATE_NOOP("authlab::Behaviours", "Trusts X-Forwarded-For (bug)"), QT_TRANSLATE_NOOP("authlab::Behaviours", "bug"),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Judges address rules by the client's own X-Forwarded-For field instead of the connection's address: the classic bypass of an address allow-list."),
      "RFC 7239 §8.1",
      QT_TRANSLATE_NOOP("authlab::Behaviours", "A forwarding field \"cannot be relied upon to be correct, as it may be modified … by every node on the way to the server, including the client making the request\"."),
      QT_TRANSLATE_NOOP("authlab::Behaviours", "Any client gets past the address rule: curl -H 'X-Forwarded-For: 10.1.2.3' reaches /lan-only from anywhere."),
      kTrustsForwardedFor),
}};
#undef B
// clang-format on

constexpr bool behavioursInOrder()
{
    for (size_t i = 0; i < kBehaviours.size(); ++i) {
        if (size_t(kBehaviours[i].behaviour) != i)
            return false;
    }
    return true;
}
static_assert(behavioursInOrder(), "kBehaviours is indexed by Behaviour");

QString tr(const char *text)
{
    return QCoreApplication::translate("authlab::Behaviours", text);
}

} // namespace

const BehaviourInfo &behaviourInfo(Behaviour behaviour)
{
    return kBehaviours[size_t(behaviour) < kBehaviours.size() ? size_t(behaviour) : 0];
}

std::span<const Override> overridesFor(Behaviour behaviour)
{
    return behaviourInfo(behaviour).overrides;
}

QString behaviourTitle(Behaviour b)
{
    return tr(behaviourInfo(b).title);
}

QString behaviourKind(Behaviour b)
{
    return tr(behaviourInfo(b).kind);
}

QString behaviourDoes(Behaviour b)
{
    return tr(behaviourInfo(b).does);
}

QString behaviourBreaks(Behaviour b)
{
    return tr(behaviourInfo(b).breaks);
}

QString behaviourClients(Behaviour b)
{
    return tr(behaviourInfo(b).clients);
}

} // namespace authlab
