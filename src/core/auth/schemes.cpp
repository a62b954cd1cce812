#include "auth/basic.h"
#include "auth/bearer.h"
#include "auth/digestscheme.h"
#include "auth/scheme.h"

// The registry: every authentication scheme the server knows, in the order its challenges are
// sent. Adding a scheme is one unit (authdigest.cpp next to authbasic.cpp) and its line here.
namespace authlab::auth {

namespace {

constexpr std::array<SchemeUnit, kSchemeCount> kSchemes = {{
    {AuthScheme::Basic, "Basic", &basic::verify, &basic::challengeValue},        // RFC 7617
    {AuthScheme::Bearer, "Bearer", &bearer::verify, &bearer::challengeValue},    // RFC 6750
    {AuthScheme::Digest, "Digest", &digest::verify, &digest::challengeValue, 2}, // RFC 7616: SHA-256, MD5
    // Cookie login: not an HTTP scheme, so no auth-scheme token and no challenge; the judge
    // itself reads the cookie and serves /login and /logout (decision.cpp), so no row functions.
    {AuthScheme::Session, {}, nullptr, nullptr},
}};

constexpr bool inEnumOrder()
{
    for (size_t i = 0; i < kSchemes.size(); ++i) {
        if (size_t(kSchemes[i].id) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "scheme(id) indexes the registry by AuthScheme");

} // namespace

constinit const std::array<SchemeUnit, kSchemeCount> registry = kSchemes; // no static-order question

Challenges acceptedChallenges(const Resource &r)
{
    unsigned accepted = 0; // one walk over the resource's (one or two) schemes, then the registry's order
    for (AuthScheme s : r.schemes)
        accepted |= 1u << unsigned(s);
    Challenges c;
    for (const SchemeUnit &u : registry) {
        if ((accepted & (1u << unsigned(u.id))) && u.implemented())
            c.add({u.id, ChallengeError::None});
    }
    return c;
}

const SchemeUnit *schemeForToken(QByteArrayView token)
{
    for (const SchemeUnit &u : registry) {
        if (!u.token.isEmpty() && http::equalsIgnoreCase(token, u.token))
            return &u;
    }
    return nullptr;
}

} // namespace authlab::auth
