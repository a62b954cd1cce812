#include "auth/digestscheme.h"

#include "auth/digest.h"
#include "auth/state.h"
#include "policy/decision.h"

namespace authlab::digest {

namespace {

// What an unknown user's digest is computed with, so that an unknown user costs what a wrong
// password costs and gets the same answer (RFC 9110 §15.5.2; the trace alone tells them apart).
constexpr QByteArrayView kDummyPassword = "authlab-dummy-password-for-unknown-users";

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.data(), bytes.size());
}

// The arithmetic of one response for the trace, with the password and H(A1) redacted.
QString arithmetic(const Breakdown &full)
{
    const Breakdown b = full.redacted();
    QByteArray s = "HA1 = H(" + b.a1.input + ") = " + b.a1.output;
    if (isSession(b.algorithm))
        s += "; HA1-sess = H(" + b.a1Session.input + ") = " + b.a1Session.output;
    s += "; HA2 = H(" + b.a2.input + ") = " + b.a2.output;
    s += "; response = H(" + b.response.input + ") = " + b.response.output;
    return QString::fromUtf8(s);
}

// Whether a nonce-table entry's value (realm NUL opaque, nonceCountChange) is for this realm and opaque.
bool boundTo(QByteArrayView binding, QByteArrayView realm, QByteArrayView opaque)
{
    return binding.size() == realm.size() + 1 + opaque.size() && binding.startsWith(realm) &&
           binding[realm.size()] == '\0' && binding.endsWith(opaque);
}

} // namespace

QByteArrayView serverOpaque()
{
    return "authlab-opaque-v1";
}

bool staleFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::StaleNonce:
    case Outcome::ForeignNonce:
    case Outcome::Replay:
    case Outcome::ForgottenNonce:
        return true;
    default:
        return false;
    }
}

Check check(const Credentials &c, QByteArrayView method, QByteArrayView requestTarget, QByteArrayView realm,
            QByteArrayView username, QByteArrayView password, const NonceMinter &minter,
            const AuthStateView &nonces, qint64 now)
{
    Check result;
    const auto done = [&](Outcome o) {
        result.outcome = o;
        return result;
    };
    // §3.4.6: the uri must be the request-target (400), checked before any hashing.
    if (c.uri != requestTarget)
        return done(Outcome::UriMismatch);
    if (c.realm != realm)
        return done(Outcome::RealmMismatch);
    result.breakdown = compute(c, method, username, password);
    // A wrong response is a wrong password whatever the nonce: never stale=true for it (§3.3).
    if (!responseMatches(c.response, result.breakdown.response.output))
        return done(Outcome::WrongResponse);
    // The digest is right: now the nonce (ours? fresh?) and its count (§3.3, §3.6, §5.5). A nonce
    // in the table passed the MAC when its first nc was granted, and its entry says for which realm
    // and opaque and when it was minted: the MAC is computed again only for a nonce not seen yet
    // (it was a sixth of a granted SHA-256 request's instructions).
    const std::optional<StateEntry> seen = nonces.find(StateTable::Nonces, c.nonce);
    NonceMinter::Verdict nonce;
    if (seen && boundTo(seen->value, realm, c.opaque))
        nonce = {NonceMinter::age(seen->stamp, now), seen->stamp};
    else
        nonce = minter.verify(c.nonce, realm, c.opaque, now);
    if (nonce.freshness == NonceMinter::Freshness::Invalid)
        return done(Outcome::ForeignNonce);
    result.issued = nonce.issued;
    if (nonce.freshness == NonceMinter::Freshness::Stale)
        return done(Outcome::StaleNonce);
    if (seen && c.count <= seen->count) {
        result.highest = seen->count;
        return done(Outcome::Replay);
    }
    // A nonce whose count was evicted cannot be told apart from a replay: never trusted again.
    if (!seen && nonce.issued <= nonces.forgottenUpTo(StateTable::Nonces))
        return done(Outcome::ForgottenNonce);
    return done(Outcome::Authenticated);
}

StateChange nonceCountChange(const Credentials &c, const Check &authenticated)
{
    // The entry's value binds the nonce to what its MAC covered (see boundTo).
    QByteArray binding;
    binding.reserve(c.realm.size() + 1 + c.opaque.size());
    binding.append(c.realm).append('\0').append(c.opaque);
    return {StateChange::Kind::Raise, StateTable::Nonces, c.nonce, {binding, c.count, authenticated.issued}};
}

bool verify(const auth::SchemeContext &ctx, QByteArrayView authParams, auth::SchemeGrant *grant)
{
    const Parsed p = parseParameters(authParams);
    if (!p.ok()) {
        ctx.fail(400, Rule::DigestMalformed, p.reason());
        // The body names the defect (English, like every body): a plain-text answer of its own.
        Verdict &v = ctx.verdict;
        v.body = Verdict::Body::Text;
        v.detail = p.parameter.isEmpty()
                       ? QByteArray("the Digest credentials are not a list of auth-params")
                       : "the Digest parameter \"" + p.parameter + "\" is missing, repeated or improper";
        return false;
    }
    const Credentials &c = p.credentials;
    const Scenario &s = ctx.scenario;
    Verdict &v = ctx.verdict;
    ctx.step(Rule::DigestWellFormed, authlab::Outcome::Pass, text(algorithmName(c.algorithm)), text(c.nc));

    // The user in constant time, by name or (userhash=true) by H(name:realm) through the
    // scenario's index; an unknown user is computed with a dummy password.
    const int found =
        c.userhash ? s.userIndexForUserhash(c.username.toLower()) : s.userIndexForUtf8(c.username);
    const User *u = found >= 0 ? &s.users[found] : nullptr;
    const QByteArrayView name = u ? QByteArrayView(u->nameUtf8) : QByteArrayView(c.username);
    const QByteArrayView password = u ? QByteArrayView(u->passwordUtf8) : kDummyPassword;
    const QByteArray realm = s.realm.toUtf8();
    const Check r = check(c, ctx.request.method, ctx.request.target, realm, name, password,
                          ctx.state.minter(), ctx.state, ctx.state.now());

    // The trace tells what check() found, in its order.
    if (r.outcome == Outcome::UriMismatch) {
        ctx.fail(400, Rule::DigestUriMismatch, text(c.uri), text(ctx.request.target));
        return false;
    }
    v.claimedUser = u ? u->name : text(c.username);
    if (c.userhash)
        ctx.step(Rule::DigestUserhash, authlab::Outcome::Info, text(c.username));
    if (r.outcome == Outcome::RealmMismatch) {
        ctx.unauthorized(Rule::DigestRealmMismatch, text(c.realm));
        ctx.challengeAll();
        return false;
    }
    ctx.step(Rule::DigestArithmetic, authlab::Outcome::Info, text(algorithmName(c.algorithm)),
             arithmetic(r.breakdown));
    if (!u) {
        ctx.unauthorized(Rule::DigestUserUnknown, v.claimedUser);
        ctx.challengeAll();
        return false;
    }
    ctx.step(Rule::DigestUserKnown, authlab::Outcome::Pass, u->name);
    if (r.outcome == Outcome::WrongResponse) {
        ctx.unauthorized(Rule::DigestResponseWrong, u->name);
        ctx.challengeAll();
        return false;
    }
    ctx.step(Rule::DigestResponseCorrect, authlab::Outcome::Pass, u->name);

    // Each nonce failure is 401 with a new nonce and stale=true: the client retries without its user.
    if (staleFor(r.outcome)) {
        QString a1, a2;
        Rule rule = Rule::DigestNonceForgotten;
        if (r.outcome == Outcome::ForeignNonce)
            rule = Rule::DigestNonceForeign;
        else if (r.outcome == Outcome::StaleNonce)
            rule = Rule::DigestNonceStale;
        else if (r.outcome == Outcome::Replay) {
            rule = Rule::DigestReplay;
            a1 = text(c.nc);
            a2 = QString::number(r.highest, 16).rightJustified(8, u'0');
        }
        ctx.fail(auth::unauthorizedStatus(v.target), rule, a1, a2);
        ctx.challengeOnly(auth::ChallengeError::Stale);
        return false;
    }
    ctx.step(Rule::DigestNonceFresh, authlab::Outcome::Pass, text(c.nc));
    v.stateChanges.append(nonceCountChange(c, r));
    v.authenticationInfo =
        authenticationInfo(rspauth(c.algorithm, r.breakdown.ha1(), c.nonce, c.nc, c.cnonce, c.qop, c.uri),
                           c.qop, c.nc, c.cnonce);
    grant->user = found;
    return true;
}

QByteArray challengeValue(const Scenario &scenario, const RenderKey &, const auth::Challenge &c,
                          QByteArrayView nonce, int line)
{
    return challenge(line == 0 ? Algorithm::Sha256 : Algorithm::Md5, scenario.realm, nonce, serverOpaque(),
                     c.error == auth::ChallengeError::Stale);
}

} // namespace authlab::digest
