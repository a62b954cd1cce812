#include "auth/bearer.h"

#include "auth/secretdigest.h"
#include "auth/syntax.h"
#include "http/http.h"
#include "http/methods.h"
#include "http/request.h"
#include "policy/decision.h"

namespace authlab::bearer {

bool isWellFormed(QByteArrayView rest)
{
    // b64token has the same character set as token68 (RFC 9110 §11.2).
    return syntax::isToken68(rest);
}

QByteArray challenge(const QString &realm, Error error, const QStringList &scopes, QByteArrayView description)
{
    QByteArray v = "Bearer realm=" + http::quoted(realm.toUtf8());
    QByteArrayView text;
    switch (error) {
    case Error::None:
        break;
    case Error::InvalidRequest:
        v += ", error=\"invalid_request\"";
        text = "The Authorization field is not a single bearer token";
        break;
    case Error::InvalidToken:
        v += ", error=\"invalid_token\"";
        text = "The access token is invalid or has expired";
        break;
    case Error::InsufficientScope:
        v += ", error=\"insufficient_scope\"";
        text = "The access token lacks the required scope";
        break;
    }
    if (!description.isEmpty())
        text = description;
    if (!text.isEmpty())
        v += ", error_description=" + http::quoted(text.toByteArray());
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

namespace {
// Methods whose content has defined semantics (RFC 9110 §9.3): only they carry a form-body
// token (RFC 6750 §2.2: "the "GET" method MUST NOT be used").
constexpr methods::Set kFormBodyMethods = methods::Post | methods::Put | methods::Patch;
} // namespace

QString TokenMethods::names() const
{
    QStringList n;
    if (header)
        n.append(QStringLiteral("Authorization header field (§2.1)"));
    if (body)
        n.append(QStringLiteral("form body (§2.2)"));
    if (query)
        n.append(QStringLiteral("URI query (§2.3)"));
    return n.join(QLatin1String(", "));
}

TokenMethods tokenMethods(const RequestFacts &f, bool header)
{
    TokenMethods m;
    m.header = header;
    const qsizetype q = f.target.indexOf('?');
    if (q >= 0) {
        QByteArrayView query = f.target.sliced(q + 1);
        if (const qsizetype hash = query.indexOf('#'); hash >= 0)
            query = query.first(hash);
        m.query = session::countFields(query, kAccessTokenParameter);
    }
    if (f.body.isEmpty() && !f.bodyTruncated)
        return m;
    if (!session::isFormMediaType(http::findHeader(f.headers, http::header::ContentType)))
        return m; // multipart/form-data, JSON, ...: not the single-part form of §2.2
    if (!(methods::fromToken(f.method) & kFormBodyMethods)) {
        m.bodyNotForMethod = !f.bodyTruncated && session::parseForm(f.body).has(kAccessTokenParameter);
        return m;
    }
    const session::Form form = f.bodyTruncated ? session::Form{session::FormError::TooLarge, {}, {}, false}
                                               : session::parseForm(f.body);
    if (!form.ok()) {
        m.bodyError = form.error;
        return m;
    }
    if (form.has(kAccessTokenParameter)) {
        m.body = form.duplicates.contains(kAccessTokenParameter) ? 2 : 1;
        m.bodyToken = form.value(kAccessTokenParameter);
    }
    return m;
}

bool verify(const auth::SchemeContext &ctx, QByteArrayView credentials, auth::SchemeGrant *grant)
{
    if (!isWellFormed(credentials)) {
        ctx.fail(400, Rule::BearerMalformed);
        ctx.challengeOnly(auth::ChallengeError::InvalidRequest);
        return false;
    }
    ctx.step(Rule::BearerWellFormed, Outcome::Pass);
    return verifyToken(ctx, credentials, grant);
}

bool verifyToken(const auth::SchemeContext &ctx, QByteArrayView credentials, auth::SchemeGrant *grant)
{
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
    // invalid_request has several causes: the description names the one this answer is about.
    QByteArrayView description;
    switch (key.reason) {
    case Rule::BearerMultipleMethods:
        description = "The access token is sent by more than one method";
        break;
    case Rule::BearerTokenRepeated:
        description = "The access_token parameter is repeated";
        break;
    case Rule::BearerFormUnreadable:
        description = "The form body has more fields than this server reads";
        break;
    default:
        break;
    }
    return challenge(scenario.realm, error, scope,
                     error == Error::InvalidRequest ? description : QByteArrayView());
}

} // namespace authlab::bearer
