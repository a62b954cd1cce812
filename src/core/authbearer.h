#pragma once

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

} // namespace authlab::bearer
