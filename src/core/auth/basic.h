#pragma once

#include "auth/scheme.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The Basic scheme, RFC 7617: parsing credentials (server) and building them (client).
namespace authlab::basic {

enum class Error : quint8 { None, MissingToken, NotToken68, BadBase64, NoColon, ControlCharacter };

struct Credentials
{
    Error error = Error::None;
    QByteArray userId;   // UTF-8 (converted from Latin-1 when latin1 is true)
    QByteArray password; // UTF-8 (likewise)
    bool latin1 = false; // the user-pass bytes were not valid UTF-8 and were read as ISO-8859-1
};

// Parses what follows "Basic " in an Authorization field.
Credentials parse(QByteArrayView token68);

// WWW-Authenticate value: Basic realm="…", charset="UTF-8"   (RFC 7617 §2, §2.1)
QByteArray challenge(const QString &realm);

// The scheme unit (authscheme.h, registered in schemes.cpp): user-id and password checked
// against the scenario's users, one trace step per check.
bool verify(const auth::SchemeContext &ctx, QByteArrayView token68, auth::SchemeGrant *grant);
QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &c,
                          QByteArrayView nonce, int line);

enum class Encoding : quint8 { Utf8, Latin1 };
// The Authorization value a client sends: "Basic " + base64(user ":" password).
// With Latin1, characters outside ISO-8859-1 cannot be sent; *lossy is set when that happened.
QByteArray authorization(const QString &user, const QString &password, Encoding encoding,
                         bool *lossy = nullptr);

} // namespace authlab::basic
