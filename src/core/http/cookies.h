#pragma once

#include "http/http.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

// The session cookie: reading the `Cookie` request field (RFC 6265 §4.2.1 syntax, parsed as
// leniently as §5.4 lets a server expect) and building the `Set-Cookie` fields of a login and
// a logout (RFC 6265 §4.1, SameSite from RFC 6265bis).
namespace authlab::session {

// Header names (to move into http::header when this is merged; http.h is the one place).
inline constexpr QByteArrayView kCookieHeader = "Cookie";
inline constexpr QByteArrayView kSetCookieHeader = "Set-Cookie";

inline constexpr QByteArrayView kSessionCookieName = "authlab_session";

// Limits on what a peer sends: a Cookie field value longer than kMaxCookieBytes is not parsed
// at all; of a longer list only the first kMaxCookiePairs pairs are looked at.
inline constexpr qsizetype kMaxCookieBytes = 4096;
inline constexpr int kMaxCookiePairs = 50;

struct CookiePair
{
    QByteArrayView name;  // a token (RFC 6265 §4.1.1 cookie-name)
    QByteArrayView value; // cookie-octets, without the surrounding DQUOTEs if it had them
};

struct CookieList
{
    QVarLengthArray<CookiePair, 8> pairs; // views into the parsed field value
    int malformed = 0;                    // pairs skipped: no '=', empty or non-token name, bad value
    bool tooLong = false;                 // the value exceeded kMaxCookieBytes: nothing parsed
    bool truncated = false;               // more than kMaxCookiePairs pairs: the rest ignored
};

// cookie-string = cookie-pair *( ";" SP cookie-pair ), read leniently: whitespace (SP, HTAB)
// around pairs and around '=' is skipped, a malformed pair is skipped and counted, the others
// are kept in order. The pairs are views into `fieldValue`: keep it alive while they are used.
CookieList parseCookies(QByteArrayView fieldValue);

// The values of the cookie `name` over every Cookie field of a request, in order (several are
// possible: a browser sends two cookies of one name set for different paths or domains, and
// RFC 6265 §5.4 gives no reliable order, so the caller should accept the first one that names
// a live session rather than just the first). At most kMaxCookiePairs values.
QVarLengthArray<QByteArrayView, 4> cookieValues(const http::HeaderFields &fields,
                                                QByteArrayView name = kSessionCookieName);

// `Set-Cookie` value after a login: authlab_session=<id>; Path=/; HttpOnly; SameSite=Lax.
// No `Secure`: the lab server speaks plain HTTP on loopback (a Secure cookie would never come
// back). No Max-Age: a browser-session cookie; the server's cap ends it at the latest.
QByteArray sessionSetCookie(QByteArrayView id);
// `Set-Cookie` value after a logout: the same name, path and attributes, empty, Max-Age=0.
QByteArray sessionClearCookie();

// cookie-octet (RFC 6265 §4.1.1): %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E.
bool isCookieOctet(char c);

} // namespace authlab::session
