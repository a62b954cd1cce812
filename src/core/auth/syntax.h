#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Generic syntax of RFC 9110 §11 (credentials, token, token68) and byte-level helpers the
// scheme parsers share.
namespace authlab::syntax {

struct Credentials
{
    QByteArrayView scheme; // the auth-scheme token, as sent (compare case-insensitively)
    QByteArrayView rest;   // what follows the scheme and its spaces (token68 or auth-params)
    bool valid = false;    // false: the field does not even start with a token
};

// credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]   (RFC 9110 §11.4)
Credentials splitCredentials(QByteArrayView fieldValue);

bool isTchar(char c);
bool isToken(QByteArrayView text);              // RFC 9110 §5.6.2
bool isToken68(QByteArrayView text);            // RFC 9110 §11.2
bool hasControlCharacter(QByteArrayView bytes); // CTL, RFC 5234 Appendix B.1
bool isValidUtf8(QByteArrayView bytes);         // RFC 3629: no overlongs, surrogates or > U+10FFFF
QByteArray latin1ToUtf8(QByteArrayView bytes);

// Compares a secret in time that depends only on the expected secret's length, not on
// where the first difference is (a timing side channel would let a peer guess it byte by byte).
bool constantTimeEquals(QByteArrayView given, QByteArrayView expected);

} // namespace authlab::syntax

namespace authlab::syntax {

// The auth-scheme of every challenge in a WWW-Authenticate / Proxy-Authenticate field value
// (RFC 9110 §11.3 and §11.6.1: a comma-separated list of challenges, each a scheme followed by
// token68 or auth-params; quoted strings may contain commas). Several field lines joined with
// ", " parse the same way. Stops at the first thing that is not valid syntax.
QList<QByteArray> challengeSchemes(QByteArrayView fieldValue);

} // namespace authlab::syntax
