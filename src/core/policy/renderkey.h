#pragma once

#include "auth/scheme.h"
#include "http/http.h"
#include "policy/rules.h"

#include <QHashFunctions>

namespace authlab {

struct Verdict;

// The kinds of content a response carries.
enum class ResponseBody : quint8 { Page, Index, Problem, Text, Empty, LoginForm };

// Everything render() reads from a verdict, and nothing else: render() builds this key first and
// renders from it (decision.cpp), so a new render input that is not added here cannot be read.
// Equal keys give byte-identical responses for the same scenario snapshot (tst_decision checks it
// over the default scenario); the server caches rendered bytes under it.
//
// cacheable is false for an answer that is the caller's own: per-request detail (Text bodies
// with the limit or field name), an index showing hidden resources, and, for the schemes and
// behaviours to come, anything carrying a nonce, a cookie or a Location.
struct RenderKey
{
    int status = 500;
    int resource = -1;
    int user = -1;
    Rule reason = Rule::WellFramed; // chooses the body's wording
    ResponseBody body = ResponseBody::Problem;
    http::Preferred format = http::Preferred::Html;
    quint16 allow = 0;
    AuthTarget target = AuthTarget::Origin;
    auth::Challenges challenges;
    bool noStore = false;
    bool varyCredentials = false;
    bool oddChallenges = false; // one field line, lower-case scheme, unquoted realm (a behaviour)
    bool cacheable = true;

    friend bool operator==(const RenderKey &, const RenderKey &) = default;
};

size_t qHash(const RenderKey &key, size_t seed = 0) noexcept;

// The key of a verdict's response.
RenderKey renderKey(const Verdict &verdict);
// Whether a verdict whose key is not cacheable would be, but for its Authentication-Info (a
// granted Digest request): the server caches the rest under the key marked cacheable and adds
// that one field to the cached bytes itself (ServerWorker::responseFor).
bool cacheableButForAuthenticationInfo(const Verdict &verdict);

} // namespace authlab
