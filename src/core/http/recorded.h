#pragma once

#include "http/exchange.h"
#include "http/http.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace authlab {

// One request and its response as they crossed the wire, in the form the hand-over tools need
// (HAR, "Copy as curl", the bug report): the exact header field lines both ways (repeated fields
// kept apart, Host and Content-Length included when the raw bytes are known), the contents, the
// timing, and the embedded server's decision when it served the request. Built from a server
// record (fromServerRecord) or from a client leg (client/legrecord.h).
struct RecordedExchange
{
    qint64 startedMs = 0; // wall clock, ms since the epoch
    double timeMs = -1;   // request sent (or complete, for a server record) → response; -1 unknown

    QByteArray method;
    QByteArray url;    // absolute, exactly as sent (scheme://authority + origin-form target)
    QByteArray target; // the request-target exactly as sent
    QByteArray httpVersion = "HTTP/1.1";
    HeaderList requestHeaders;
    QByteArray requestBody;
    bool requestTruncated = false; // only the first bytes are known
    qint64 requestHeadersSize = -1;
    qint64 requestBodySize = -1;

    bool hasResponse = false;
    int status = 0;
    QByteArray reasonPhrase;
    QByteArray responseVersion = "HTTP/1.1";
    HeaderList responseHeaders;
    QByteArray responseBody; // the content, de-chunked
    bool responseTruncated = false;
    qint64 responseHeadersSize = -1;
    qint64 responseBodySize = -1;
    QString transportError; // no response: why

    QByteArray proxy;      // the request went through this HTTP proxy (http://host:port), else empty
    bool insecure = false; // certificate errors were accepted (curl -k)
    QString serverAddress; // the server's IP address, if known
    QString connection;    // the connection's id, if known

    // Exactly the bytes on the wire, as far as they were kept (empty if not); redacted() clears them.
    QByteArray rawRequest;
    QByteArray rawResponse;

    // The embedded server's record of it, if it served the request (decision, trace, id).
    std::shared_ptr<const Exchange> server;

    QByteArray requestHeader(QByteArrayView name) const;  // the first such field, or empty
    QByteArray responseHeader(QByteArrayView name) const; // the first such field, or empty
};

// The server's record as a RecordedExchange. `base` (the server's URL) gives scheme and address
// where the request's own Host field does not say them.
RecordedExchange fromServerRecord(const Exchange &e, const QUrl &base = {});

// Fills the response part (status line, fields, content) from raw bytes; false when the header
// block is not complete. `headRequest`: the answer to HEAD has no content.
bool parseRawResponse(QByteArrayView raw, bool headRequest, RecordedExchange &r);

// What "redact" hides (RFC 9110 §11.6.2 credentials, RFC 6265 cookies, RFC 6750 §2.2/§2.3 tokens,
// login passwords). Every secret value becomes kRedacted; the rest stays as it was.
inline constexpr QByteArrayView kRedacted = "<redacted>";
// Authorization / Proxy-Authorization: the scheme is kept ("Basic <redacted>"); Cookie: every
// pair's value (all of a pair without '='); Set-Cookie: the cookie's value (attributes kept);
// Authentication-Info / Proxy-Authentication-Info: Digest's rspauth. Other fields unchanged.
// The name is compared without white space around it ("Authorization :" is still one).
QByteArray redactedFieldValue(QByteArrayView name, QByteArrayView value);
// A recorded field line redacted: as above, and a line that is not a well-formed field (a
// folded continuation, a name that is not a token) is hidden whole, name and value.
HeaderList::value_type redactedField(const QByteArray &name, const QByteArray &value);
// Form or query string (a=b&c=d): the values of access_token, password (and the like).
QByteArray redactedForm(QByteArrayView form);
bool isSecretParameter(QByteArrayView decodedName);
// A URL (or request-target) with the secret query parameters redacted and no userinfo.
QByteArray redactedUrl(QByteArrayView url);
// The URL without its userinfo ("http://alice:pw@host/" gives "http://host/"): HTTP sends none.
QByteArray withoutUserinfo(QByteArrayView url);
// Text that may quote a URL or form (a trace step's arguments: a login's next target): the
// secret query parameters redacted, as in redactedUrl().
QString redactedText(const QString &text);
// URL, target, fields and a form body redacted. `server` stays (for its decision): its raw bytes
// are not redacted, so a writer of redacted output must not print them.
RecordedExchange redacted(const RecordedExchange &r);

} // namespace authlab
