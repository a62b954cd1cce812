#include "policy/renderkey.h"

#include "policy/decision.h"

#include <cstring>

namespace authlab {

// On every request (the cache lookup): the fields packed into three words and mixed, instead of
// qHashMulti's dozen combined hashes (~240 instructions a request in callgrind).
size_t qHash(const RenderKey &k, size_t seed) noexcept
{
    static_assert(sizeof(auth::Challenge) == 2 && auth::kSchemeCount == 4, "the challenges fill one word");
    const quint64 a = quint64(quint16(k.status)) | quint64(quint16(k.resource + 1)) << 16 |
                      quint64(quint16(k.user + 1)) << 32 | quint64(quint16(k.reason)) << 48;
    const quint64 b = quint64(k.body) | quint64(k.format) << 8 | quint64(k.allow) << 16 |
                      quint64(k.target) << 32 | quint64(k.noStore) << 40 | quint64(k.varyCredentials) << 41 |
                      quint64(k.cacheable) << 42 | quint64(k.oddChallenges) << 43 |
                      quint64(k.challenges.count) << 48;
    quint64 c = 0;
    std::memcpy(&c, k.challenges.items.data(), sizeof c);
    quint64 h = a * 0x9E3779B97F4A7C15ull;
    h = (h ^ (h >> 29) ^ b) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 31) ^ c) * 0x94D049BB133111EBull;
    return size_t(h ^ (h >> 32)) ^ seed;
}

RenderKey renderKey(const Verdict &v)
{
    RenderKey k;
    k.status = v.status;
    k.resource = v.resource;
    k.user = v.user;
    k.reason = v.reason;
    k.body = v.body;
    k.format = v.format;
    k.allow = v.allow;
    k.target = v.target;
    k.challenges = v.challenges;
    k.noStore = v.noStore;
    k.varyCredentials = v.varyAuthorization;
    k.oddChallenges = v.oddChallenges;
    // The caller's own answer: the detail of a Text body, an index that shows hidden resources
    // to this caller (RenderDetail in decision.cpp is exactly what these add).
    // A nonce or Authentication-Info is the caller's own too, and so are a Location, a cookie
    // and the login form (it repeats the caller's user name and next).
    k.cacheable = v.authenticationInfo.isEmpty() && cacheableButForAuthenticationInfo(v);
    return k;
}

bool cacheableButForAuthenticationInfo(const Verdict &v)
{
    return v.body != ResponseBody::Text && v.shownHidden.isEmpty() && v.nonce.isEmpty() &&
           v.location.isEmpty() && v.setCookie.isEmpty() && v.body != ResponseBody::LoginForm;
}

} // namespace authlab
