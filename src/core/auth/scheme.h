#pragma once

#include "http/http.h"
#include "policy/rules.h"
#include "policy/trace.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

// What every authentication scheme is to the decision: one unit (authbasic.cpp, authbearer.cpp,
// ...) that verifies credentials and writes its challenges, registered in schemes.cpp. judge()
// and render() know no scheme by name; docs/architecture.md, "Adding a scheme".
namespace authlab {

struct Verdict;
struct RenderKey;
struct RequestFacts;
class AuthStateView;

// Who asks for credentials: the origin server (Authorization / WWW-Authenticate / 401) or a proxy
// (Proxy-Authorization / Proxy-Authenticate / 407), RFC 9110 §11.6 and §11.7. Chosen once per
// request, like nginx's ngx_http_auth_basic_set_realm() choosing its header: Proxy for the
// answers of the simulated forward proxy (Scenario::proxy), Origin for everything else.
enum class AuthTarget : quint8 { Origin, Proxy };

namespace auth {

// The realm of the simulated forward proxy: a protection space of its own (RFC 9110 §11.5), so
// that a client never mixes up its proxy credentials with the origin's.
inline constexpr QByteArrayView kProxyRealm = "AuthLab proxy";

// The realm a challenge names for this target: the scenario's for the origin, kProxyRealm for
// the proxy. It depends on the render key's target only, so it is part of what the key compares.
inline QString realmFor(const Scenario &scenario, AuthTarget t)
{
    return t == AuthTarget::Proxy ? QString::fromLatin1(kProxyRealm) : scenario.realm;
}

constexpr QByteArrayView credentialsHeader(AuthTarget t)
{
    return t == AuthTarget::Proxy ? http::header::ProxyAuthorization : http::header::Authorization;
}
constexpr QByteArrayView challengeHeader(AuthTarget t)
{
    return t == AuthTarget::Proxy ? http::header::ProxyAuthenticate : http::header::WwwAuthenticate;
}
constexpr int unauthorizedStatus(AuthTarget t)
{
    return t == AuthTarget::Proxy ? 407 : 401;
}

// The number of registered schemes (one per AuthScheme value): also the most challenges an
// answer can carry.
inline constexpr int kSchemeCount = 4;

// What a challenge says beyond the scheme's realm: the error of RFC 6750 §3.1 (Bearer). A scheme
// that has no such errors ignores it.
// Stale is Digest's stale=true (RFC 7616 §3.3): the digest was right, the nonce was not.
enum class ChallengeError : quint8 { None, InvalidRequest, InvalidToken, InsufficientScope, Stale };

// One challenge of an answer, as a value: the scheme that writes it and what it says. render()
// asks the scheme to write it (one field line each), so the verdict and the render key stay
// small, comparable and free of allocations.
struct Challenge
{
    AuthScheme scheme = AuthScheme::Basic;
    ChallengeError error = ChallengeError::None;
    friend bool operator==(const Challenge &, const Challenge &) = default;
};

// The challenges of one answer, in the order they are sent (the registry's order). Fixed size:
// every unused slot stays default, so the defaulted == compares only what was added.
struct Challenges
{
    std::array<Challenge, kSchemeCount> items{};
    quint8 count = 0;

    void add(Challenge c)
    {
        if (count < kSchemeCount)
            items[count++] = c;
    }
    void clear() { *this = Challenges{}; }
    bool isEmpty() const { return count == 0; }
    const Challenge *begin() const { return items.data(); }
    const Challenge *end() const { return items.data() + count; }
    friend bool operator==(const Challenges &, const Challenges &) = default;
};

// What a scheme's verify() may read and do: the request, the scenario, the resource, the auth
// state (read-only), and the verdict it fills in through the helpers below, so that every scheme
// fails, challenges and traces the same way.
struct SchemeContext
{
    const Scenario &scenario;
    const Resource &resource;
    const RequestFacts &request;
    const AuthStateView &state;
    Verdict &verdict;
    Trace &trace;
    AuthScheme scheme; // the scheme being verified

    // A passed (or informational) check. Inline: a granted Basic request takes four.
    void step(Rule rule, Outcome outcome, const QString &a1 = {}, const QString &a2 = {}) const
    {
        trace.add(rule, outcome, a1, a2);
    }
    // The decisive failure: status, rule, a Problem body.
    void fail(int status, Rule rule, const QString &a1 = {}, const QString &a2 = {}) const;
    // 401 (or 407 for a proxy): the credentials did not authenticate anybody.
    void unauthorized(Rule rule, const QString &a1 = {}) const;
    // Challenge with every scheme the resource accepts, or only with this one (and an error).
    void challengeAll() const;
    void challengeOnly(ChallengeError error) const;
};

// What verify() found when it let the caller in.
struct SchemeGrant
{
    int user = -1;
    // The scopes the credentials carry, when the scheme has scopes (Bearer): the resource's
    // required scopes are checked against them. nullptr: the scheme has none, nothing to check.
    const QStringList *scopes = nullptr;
};

// One scheme. Plain function pointers in a constant table: no virtual call, no allocation.
struct SchemeUnit
{
    AuthScheme id;
    QByteArrayView token; // the auth-scheme token (RFC 9110 §11.1), matched case-insensitively
    // Checks the credentials (what follows the scheme token in the field), adding one trace step
    // per check. Returns true with *grant filled in, or false after ctx.fail()/ctx.unauthorized().
    // nullptr: the scheme is not implemented yet; a resource that needs it answers 501.
    bool (*verify)(const SchemeContext &ctx, QByteArrayView credentials, SchemeGrant *grant);
    // The challenge's field value (without the field name) of field line `line` (0 .. lines-1).
    // It sees only the render key, like render() itself, and the nonce of an answer that is not
    // cacheable (empty otherwise): whatever else it writes is part of what the key compares.
    QByteArray (*challenge)(const Scenario &scenario, const RenderKey &key, const Challenge &c,
                            QByteArrayView nonce, int line);
    // How many field lines its challenge takes (Digest: SHA-256 then MD5, RFC 7616 §3.7).
    quint8 lines = 1;

    bool implemented() const { return verify != nullptr; }
};

// Every implemented scheme the resource accepts, in the registry's order, without error: the
// challenges of a 401 (407) for it.
Challenges acceptedChallenges(const Resource &resource);

// The registry (schemes.cpp): every scheme, in the order challenges are sent, indexed by AuthScheme.
extern const std::array<SchemeUnit, kSchemeCount> registry;
inline const std::array<SchemeUnit, kSchemeCount> &schemes()
{
    return registry;
}
inline const SchemeUnit &scheme(AuthScheme id)
{
    return registry[size_t(id)];
}
// The scheme an auth-scheme token names (case-insensitively), or nullptr.
const SchemeUnit *schemeForToken(QByteArrayView token);

} // namespace auth
} // namespace authlab
