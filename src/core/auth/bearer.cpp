#include "auth/bearer.h"

#include "auth/secretdigest.h"
#include "auth/syntax.h"
#include "http/http.h"
#include "policy/decision.h"

namespace authlab::bearer {

bool isWellFormed(QByteArrayView rest)
{
    // b64token has the same character set as token68 (RFC 9110 §11.2).
    return syntax::isToken68(rest);
}

QByteArray challenge(const QString &realm, Error error, const QStringList &scopes)
{
    QByteArray v = "Bearer realm=" + http::quoted(realm.toUtf8());
    switch (error) {
    case Error::None:
        break;
    case Error::InvalidRequest:
        v += ", error=\"invalid_request\", error_description=\"The Authorization field is not a single "
             "bearer token\"";
        break;
    case Error::InvalidToken:
        v += ", error=\"invalid_token\", error_description=\"The access token is invalid or has expired\"";
        break;
    case Error::InsufficientScope:
        v +=
            ", error=\"insufficient_scope\", error_description=\"The access token lacks the required scope\"";
        break;
    }
    if (!scopes.isEmpty())
        v += ", scope=" + http::quoted(scopes.join(QLatin1Char(' ')).toUtf8());
    return v;
}

QByteArray authorization(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

} // namespace authlab::bearer

namespace authlab::bearer {

bool verify(const auth::SchemeContext &ctx, QByteArrayView credentials, auth::SchemeGrant *grant)
{
    if (!isWellFormed(credentials)) {
        ctx.fail(400, Rule::BearerMalformed);
        ctx.challengeOnly(auth::ChallengeError::InvalidRequest);
        return false;
    }
    ctx.step(Rule::BearerWellFormed, Outcome::Pass);
    const Scenario &s = ctx.scenario;
    Verdict &v = ctx.verdict;
    // One digest of the presented token and one lookup of that digest, whatever the
    // number of tokens and their lengths.
    int foundUser = -1;
    const Token *found = s.tokenForDigest(secret::digest(credentials), &foundUser);
    if (!found) {
        ctx.unauthorized(Rule::TokenUnknown);
        ctx.challengeOnly(auth::ChallengeError::InvalidToken);
        return false;
    }
    v.claimedUser = s.users[foundUser].name;
    if (found->expired) {
        ctx.unauthorized(Rule::TokenExpired, v.claimedUser);
        ctx.challengeOnly(auth::ChallengeError::InvalidToken);
        return false;
    }
    ctx.step(Rule::TokenKnown, Outcome::Pass, v.claimedUser);
    grant->user = foundUser;
    grant->scopes = &found->scopes;
    return true;
}

QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &c,
                          QByteArrayView, int)
{
    Error error = Error::None;
    switch (c.error) {
    case auth::ChallengeError::None:
        break;
    case auth::ChallengeError::InvalidRequest:
        error = Error::InvalidRequest;
        break;
    case auth::ChallengeError::InvalidToken:
        error = Error::InvalidToken;
        break;
    case auth::ChallengeError::InsufficientScope:
        error = Error::InsufficientScope;
        break;
    case auth::ChallengeError::Stale: // Digest's; Bearer never sends it
        break;
    }
    // The scopes the resource needs, with insufficient_scope (RFC 6750 §3.1).
    const QStringList scope = error == Error::InsufficientScope && key.resource >= 0
                                  ? scenario.resources[key.resource].scopes
                                  : QStringList();
    return challenge(scenario.realm, error, scope);
}

} // namespace authlab::bearer
