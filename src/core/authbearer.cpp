#include "authbearer.h"

#include "authsyntax.h"
#include "http.h"

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
        v += ", error=\"invalid_request\", error_description=\"The Authorization field is not a single bearer token\"";
        break;
    case Error::InvalidToken:
        v += ", error=\"invalid_token\", error_description=\"The access token is invalid or has expired\"";
        break;
    case Error::InsufficientScope:
        v += ", error=\"insufficient_scope\", error_description=\"The access token lacks the required scope\"";
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
