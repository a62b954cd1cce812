#pragma once

#include "auth/scheme.h"

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
QByteArray challenge(const QString &realm, Error error = Error::None, const QStringList &scopes = {});

QByteArray authorization(const QString &token);

// The scheme unit (authscheme.h, registered in schemes.cpp): the token looked up by its digest,
// one trace step per check; its scopes go back to judge() for the resource's scope check.
bool verify(const auth::SchemeContext &ctx, QByteArrayView credentials, auth::SchemeGrant *grant);
QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &c,
                          QByteArrayView nonce, int line);

} // namespace authlab::bearer
