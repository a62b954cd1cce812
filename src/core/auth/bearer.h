#pragma once

#include "auth/scheme.h"
#include "http/formbody.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// The Bearer scheme, RFC 6750.
namespace authlab::bearer {

// credentials = "Bearer" 1*SP b64token   (RFC 6750 §2.1). Returns false when `rest` is not one b64token.
bool isWellFormed(QByteArrayView rest);

enum class Error : quint8 { None, InvalidRequest, InvalidToken, InsufficientScope };

// WWW-Authenticate value. Without an error (no token was sent) it carries only the realm:
// RFC 6750 §3.1 says such a challenge SHOULD NOT include error information.
// `description` replaces the error's usual error_description (e.g. for invalid_request, which
// has several causes).
QByteArray challenge(const QString &realm, Error error = Error::None, const QStringList &scopes = {},
                     QByteArrayView description = {});

QByteArray authorization(const QString &token);

// The parameter that carries a token in a form body (§2.2) or a query (§2.3).
inline constexpr QByteArrayView kAccessTokenParameter = "access_token";

// The methods of sending an access token (RFC 6750 §2) that one request uses.
struct TokenMethods
{
    bool header = false; // §2.1: the credentials field names the Bearer scheme
    int body = 0;        // §2.2: access_token fields of a form body (2: repeated)
    int query = 0;       // §2.3: access_token parameters of the query
    // A form body with an access_token field on a method whose content has no defined semantics
    // (GET, HEAD, DELETE, ...): §2.2 says it is not a token ("GET MUST NOT be used").
    bool bodyNotForMethod = false;
    // The form body could not be read (over session::kMaxFormBytes, cut short, too many fields).
    session::FormError bodyError = session::FormError::None;
    QByteArray bodyToken; // the first access_token field of the form body

    int count() const { return int(header) + int(body > 0) + int(query > 0); }
    // The methods used, as the trace names them: "Authorization header field (§2.1), URI query (§2.3)".
    QString names() const;
};

// What `request` carries: `header` says whether its credentials field names Bearer. The body
// is read (with the form unit's limits) only for POST, PUT and PATCH with the media type
// application/x-www-form-urlencoded (a single-part body, §2.2), and for the note on other methods.
TokenMethods tokenMethods(const RequestFacts &request, bool header);

// verify() for a token that did not come in the header field: the same lookup and steps, without
// the b64token syntax of §2.1 (a malformed token is an invalid_token, §3.1).
bool verifyToken(const auth::SchemeContext &ctx, QByteArrayView token, auth::SchemeGrant *grant);

// The scheme unit (authscheme.h, registered in schemes.cpp): the token looked up by its digest,
// one trace step per check; its scopes go back to judge() for the resource's scope check.
bool verify(const auth::SchemeContext &ctx, QByteArrayView credentials, auth::SchemeGrant *grant);
QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &c,
                          QByteArrayView nonce, int line);

} // namespace authlab::bearer
