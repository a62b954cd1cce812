#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

// Protocol vocabulary in one place: status phrases, header names, media types.
// These are protocol tokens: they are never translated.
namespace authlab::http {

// RFC 9110 §15 reason phrases (and RFC 6585 for 431).
QByteArrayView reasonPhrase(int status);

namespace header {
inline constexpr QByteArrayView Authorization = "Authorization";
inline constexpr QByteArrayView WwwAuthenticate = "WWW-Authenticate";
inline constexpr QByteArrayView ProxyAuthenticate = "Proxy-Authenticate";
inline constexpr QByteArrayView ProxyAuthorization = "Proxy-Authorization";
inline constexpr QByteArrayView CacheControl = "Cache-Control";
inline constexpr QByteArrayView Vary = "Vary";
inline constexpr QByteArrayView ContentType = "Content-Type";
inline constexpr QByteArrayView ContentLength = "Content-Length";
inline constexpr QByteArrayView Connection = "Connection";
inline constexpr QByteArrayView Date = "Date";
inline constexpr QByteArrayView Accept = "Accept";
inline constexpr QByteArrayView Host = "Host";
inline constexpr QByteArrayView Location = "Location";
inline constexpr QByteArrayView RetryAfter = "Retry-After";
inline constexpr QByteArrayView Server = "Server";
inline constexpr QByteArrayView RequestId = "X-Request-ID";
inline constexpr QByteArrayView UserAgent = "User-Agent";
inline constexpr QByteArrayView Allow = "Allow";
inline constexpr QByteArrayView AuthenticationInfo = "Authentication-Info";
inline constexpr QByteArrayView ProxyAuthenticationInfo = "Proxy-Authentication-Info";
inline constexpr QByteArrayView ProxyConnection = "Proxy-Connection";
inline constexpr QByteArrayView Expect = "Expect";
inline constexpr QByteArrayView TransferEncoding = "Transfer-Encoding";
inline constexpr QByteArrayView XForwardedFor = "X-Forwarded-For";
} // namespace header

namespace media {
inline constexpr QByteArrayView ProblemJson = "application/problem+json";
inline constexpr QByteArrayView Json = "application/json";
inline constexpr QByteArrayView Html = "text/html; charset=utf-8";
inline constexpr QByteArrayView Text = "text/plain; charset=utf-8";
} // namespace media

struct HeaderField
{
    QByteArrayView name;
    QByteArrayView value;
};

// A view of a request's header fields, in order, as they arrived. Views point into the
// connection's buffer and are valid only while the request is being decided.
using HeaderFields = QVarLengthArray<HeaderField, 24>;

// Owned name/value pairs, in order (for display and for the client).
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b);

// The value of a hexadecimal digit (either case), or -1: percent-encoding, JSON \u escapes, nc.
constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A valid Host field value: uri-host [ ":" port ] (RFC 9112 §3.2, RFC 3986 §3.2.2-3.2.3).
// Empty is valid (a target URI without authority).
bool isValidHost(QByteArrayView value);
// Without leading and trailing OWS (spaces and tabs, RFC 9110 §5.6.3).
QByteArrayView trimOws(QByteArrayView v);
// Value of the first field with this name (case-insensitive), and how many there are.
QByteArrayView findHeader(const HeaderFields &fields, QByteArrayView name, int *count = nullptr);

// RFC 9110 §5.6.4 quoted-string, escaping '"' and '\'.
QByteArray quoted(QByteArrayView text);

// IMF-fixdate (RFC 9110 §5.6.7) for a Unix time.
QByteArray httpDate(qint64 unixSeconds);

enum class Preferred { Html, Json };
// Which error-body format the request prefers, from Accept q-values (RFC 9110 §12.5.1).
Preferred preferredFormat(QByteArrayView accept);

} // namespace authlab::http

namespace authlab {
using http::HeaderList;
}
