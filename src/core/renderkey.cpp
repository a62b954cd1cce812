#include "renderkey.h"

#include "decision.h"

namespace authlab {

size_t qHash(const RenderKey &k, size_t seed) noexcept
{
    size_t challenges = k.challenges.count;
    for (const auth::Challenge &c : k.challenges)
        challenges = challenges * 31 + ((size_t(c.scheme) << 4) | size_t(c.error));
    return qHashMulti(seed, k.status, k.resource, k.user, int(k.reason), int(k.body), int(k.format), k.allow,
                      int(k.target), challenges, k.noStore, k.varyCredentials, k.cacheable);
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
    // The caller's own answer: the detail of a Text body, an index that shows hidden resources
    // to this caller (RenderDetail in decision.cpp is exactly what these add).
    k.cacheable = v.body != ResponseBody::Text && v.shownHidden.isEmpty();
    return k;
}

} // namespace authlab
