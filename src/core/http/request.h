#pragma once

#include "http/http.h"

#include <QByteArray>
#include <QHostAddress>

#include <optional>

namespace authlab {

// What went wrong below the level of auth rules, found by the transport before a decision.
enum class Problem : quint8 {
    None,
    Malformed,           // llhttp rejected the bytes (detail: its reason)
    HeaderBlockTooLarge, // request line + fields over the limit (detail: field name, if one is at fault)
    TooManyHeaderFields, // more fields than the limit (limit: the field count)
    BodyTooLarge,        // content over the limit
    UriTooLong,          // the request-target alone takes the request line over the header limit
    MethodUnknown,       // a method token llhttp does not know (detail: the token)
    VersionUnsupported,  // HTTP/2.0 or later in a text request line (detail: the version)
    Timeout,             // no complete header block in time
    Overloaded,          // no connection slot free
};

// Everything the decision may look at, as plain facts. Views point into the connection's
// buffers and are valid only during the call to judge()/decide().
struct RequestFacts
{
    QByteArrayView method;
    QByteArrayView target; // request-target exactly as sent
    int httpMajor = 1;
    int httpMinor = 1;
    http::HeaderFields headers;
    QByteArrayView body;        // the content (de-chunked), at most ParserLimits::maxKeptBodyBytes of it
    bool bodyTruncated = false; // the content was longer than what body holds
    QHostAddress peer;
    // Set only by an override that believes the client's own claim of its address (the behaviour
    // trusts-x-forwarded-for judges the request again with it): wins over the peer and over a
    // simulated address. Never set by the transport.
    QHostAddress claimedClient;
    // The address and port the connection came in on (the socket's own end): what an
    // absolute-form target must name to be addressed to this server (proxy mode). Port 0: unknown.
    QHostAddress local;
    quint16 localPort = 0;

    Problem problem = Problem::None;
    QByteArray problemDetail; // llhttp's reason, or the header field that was too large
    qint64 limit = 0;         // the limit that was exceeded (bytes or milliseconds)

    // Set by the transport, not the peer:
    bool contentPending = false; // judged at the end of the header block, before the content (Expect)
    bool continueSent = false;   // 100 Continue was sent before the content arrived
    // A fresh session id (session::newId()) drawn by the server before judging a POST, so
    // that a login's judge() stays deterministic; empty for every other request.
    QByteArray newSessionId;

    bool isHead() const { return method == QByteArrayView("HEAD"); }
};

// The path a request-target names (RFC 9110 §7.1), as UTF-8 bytes: origin-form or
// absolute-form, query dropped, percent-decoded, dot segments removed (RFC 3986 §5.2.4).
// nullopt if it is not a path we can route (e.g. "*", or bad percent-encoding). When nothing
// needs decoding (the usual case) the result refers to `target`'s bytes without copying them,
// so it must not outlive them.
std::optional<QByteArray> routablePath(QByteArrayView target);

// The authority of an absolute-form request-target ("http://host:port/..." with the scheme in
// any case), or nullopt if the target is not in absolute-form (RFC 9112 §3.2.2).
std::optional<QByteArrayView> absoluteFormAuthority(QByteArrayView target);

// Whom an absolute-form request-target addresses, for the forward proxy (Scenario::proxy):
// Self when it is "http://" (any case) with an authority that names this server: the host
// "localhost", 127.0.0.1, [::1] or the address the connection came in on (`local`, as a strict
// dotted-quad or a bracketed IPv6 literal), and the port `localPort` (80 when none is given,
// RFC 9110 §4.2.1). Other for any other authority (another host, port or scheme, userinfo,
// a reg-name that would need a name lookup). NotAbsolute for every other form (RFC 9112 §3.2).
enum class TargetAuthority : quint8 { NotAbsolute, Self, Other };
TargetAuthority targetAuthority(QByteArrayView target, const QHostAddress &local, quint16 localPort);

} // namespace authlab
