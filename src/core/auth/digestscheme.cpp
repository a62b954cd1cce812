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

} // namespace

QByteArrayView serverOpaque()
{
    return "authlab-opaque-v1";
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
    // §3.4.6: the uri must be the request-target (400), checked before any hashing.
    if (c.uri != ctx.request.target) {
        ctx.fail(400, Rule::DigestUriMismatch, text(c.uri), text(ctx.request.target));
        return false;
    }

    // The user in constant time, by name or (userhash=true) by H(name:realm) through the
    // scenario's index; an unknown user is computed with a dummy password.
    const int found =
        c.userhash ? s.userIndexForUserhash(c.username.toLower()) : s.userIndexForUtf8(c.username);
    const User *u = found >= 0 ? &s.users[found] : nullptr;
    const QByteArrayView name = u ? QByteArrayView(u->nameUtf8) : QByteArrayView(c.username);
    const QByteArrayView password = u ? QByteArrayView(u->passwordUtf8) : kDummyPassword;
    v.claimedUser = u ? u->name : text(c.username);
    if (c.userhash)
        ctx.step(Rule::DigestUserhash, authlab::Outcome::Info, text(c.username));
    const QByteArray realm = s.realm.toUtf8();
    if (c.realm != realm) {
        ctx.unauthorized(Rule::DigestRealmMismatch, text(c.realm));
        ctx.challengeAll();
        return false;
    }
    const Breakdown b = compute(c, ctx.request.method, name, password);
    const bool matches = responseMatches(c.response, b.response.output);
    ctx.step(Rule::DigestArithmetic, authlab::Outcome::Info, text(algorithmName(c.algorithm)), arithmetic(b));
    if (!u) {
        ctx.unauthorized(Rule::DigestUserUnknown, v.claimedUser);
        ctx.challengeAll();
        return false;
    }
    ctx.step(Rule::DigestUserKnown, authlab::Outcome::Pass, u->name);
    if (!matches) {
        ctx.unauthorized(Rule::DigestResponseWrong, u->name);
        ctx.challengeAll();
        return false;
    }
    ctx.step(Rule::DigestResponseCorrect, authlab::Outcome::Pass, u->name);

    // The digest is right: now the nonce (ours? fresh?) and its count (§3.3, §3.6, §5.5). Each
    // failure here is 401 with a new nonce and stale=true: the client retries without its user.
    const NonceMinter::Verdict nonce = ctx.state.minter().verify(c.nonce, realm, c.opaque, ctx.state.now());
    auto stale = [&](Rule rule, const QString &a1 = {}, const QString &a2 = {}) {
        ctx.fail(auth::unauthorizedStatus(v.target), rule, a1, a2);
        ctx.challengeOnly(auth::ChallengeError::Stale);
        return false;
    };
    if (nonce.freshness == NonceMinter::Freshness::Invalid)
        return stale(Rule::DigestNonceForeign);
    if (nonce.freshness == NonceMinter::Freshness::Stale)
        return stale(Rule::DigestNonceStale);
    const std::optional<StateEntry> seen = ctx.state.find(StateTable::Nonces, c.nonce);
    if (seen && c.count <= seen->count)
        return stale(Rule::DigestReplay, text(c.nc),
                     QString::number(seen->count, 16).rightJustified(8, u'0'));
    if (!seen && nonce.issued <= ctx.state.forgottenUpTo(StateTable::Nonces))
        return stale(Rule::DigestNonceForgotten);
    ctx.step(Rule::DigestNonceFresh, authlab::Outcome::Pass, text(c.nc));
    // Recorded only now that the response verified: a peer without the password cannot burn a
    // client's counts.
    v.stateChanges.append(
        {StateChange::Kind::Raise, StateTable::Nonces, c.nonce, {{}, c.count, nonce.issued}});
    v.authenticationInfo = authenticationInfo(
        rspauth(c.algorithm, b.ha1(), c.nonce, c.nc, c.cnonce, c.qop, c.uri), c.qop, c.nc, c.cnonce);
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
