#include "http/recorded.h"

#include "auth/syntax.h"
#include "http/cookies.h"
#include "http/exchangetext.h"

namespace authlab {

namespace {

QByteArray firstField(const HeaderList &fields, QByteArrayView name)
{
    for (const auto &[n, v] : fields) {
        if (http::equalsIgnoreCase(n, name))
            return v;
    }
    return {};
}

bool isChunked(const HeaderList &fields)
{
    for (const auto &[n, v] : fields) {
        if (http::equalsIgnoreCase(n, http::header::TransferEncoding) &&
            v.toLower().contains(QByteArrayView("chunked")))
            return true;
    }
    return false;
}

// The content of a chunked message (RFC 9112 §7.1); `complete` false when the bytes end early.
QByteArray dechunk(QByteArrayView raw, bool *complete)
{
    QByteArray out;
    qsizetype pos = 0;
    *complete = false;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            return out;
        QByteArrayView sizeText = raw.sliced(pos, eol - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText = sizeText.first(semi);
        bool ok = false;
        const qint64 size = http::trimOws(sizeText).toByteArray().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return out;
        pos = eol + 2;
        if (size == 0) {
            *complete = true;
            return out;
        }
        if (raw.size() - pos < size) {
            out += raw.sliced(pos);
            return out;
        }
        out += raw.sliced(pos, size);
        pos += size + 2;
    }
    return out;
}

// The content after the header block, as framed by the fields; `truncated` when it ends early.
QByteArray content(QByteArrayView rest, const HeaderList &fields, bool *truncated, qint64 *declared)
{
    *truncated = false;
    *declared = -1;
    if (isChunked(fields)) {
        bool complete = false;
        QByteArray body = dechunk(rest, &complete);
        *truncated = !complete;
        if (complete)
            *declared = body.size();
        return body;
    }
    const QByteArray length = firstField(fields, http::header::ContentLength);
    if (!length.isEmpty()) {
        bool ok = false;
        const qint64 n = http::trimOws(length).toByteArray().toLongLong(&ok);
        if (ok && n >= 0) {
            *declared = n;
            *truncated = rest.size() < n;
            return rest.first(qMin<qint64>(n, rest.size())).toByteArray();
        }
    }
    return rest.toByteArray(); // delimited by the close
}

bool isAbsoluteForm(QByteArrayView target)
{
    const QByteArray lower = target.first(qMin<qsizetype>(8, target.size())).toByteArray().toLower();
    return lower.startsWith("http://") || lower.startsWith("https://");
}

QByteArray percentDecoded(QByteArrayView text)
{
    QByteArray t = text.toByteArray();
    t.replace('+', ' ');
    return QByteArray::fromPercentEncoding(t);
}

bool isForm(const HeaderList &fields)
{
    const QByteArray type = firstField(fields, http::header::ContentType).trimmed().toLower();
    return type.startsWith("application/x-www-form-urlencoded");
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

// An auth-param list (RFC 9110 §11.2) with the value of the parameter `secret` redacted
// (a quoted value stays quoted); everything else as it was.
QByteArray redactedParameter(QByteArrayView list, QByteArrayView secret)
{
    QByteArray out;
    const qsizetype n = list.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        while (i < n && (isOws(list[i]) || list[i] == ','))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && list[i] != '=' && list[i] != ',' && !isOws(list[i]))
            ++i;
        const QByteArrayView name = list.sliced(nameStart, i - nameStart);
        qsizetype j = i;
        while (j < n && isOws(list[j]))
            ++j;
        if (j >= n || list[j] != '=') {
            out += list.sliced(start, i - start);
            continue;
        }
        ++j;
        while (j < n && isOws(list[j]))
            ++j;
        const qsizetype valueStart = j;
        const bool quoted = j < n && list[j] == '"';
        if (quoted) {
            ++j;
            while (j < n && list[j] != '"')
                j += list[j] == '\\' ? 2 : 1;
            j = qMin(j + 1, n);
        } else {
            while (j < n && list[j] != ',' && !isOws(list[j]))
                ++j;
        }
        out += list.sliced(start, valueStart - start);
        if (http::equalsIgnoreCase(name, secret))
            out += quoted ? '"' + kRedacted.toByteArray() + '"' : kRedacted.toByteArray();
        else
            out += list.sliced(valueStart, j - valueStart);
        i = j;
    }
    return out;
}

// A cookie-pair with its value redacted; a pair without '=' (a nameless cookie) is all value.
QByteArray redactedCookiePair(QByteArrayView pair)
{
    const qsizetype eq = pair.indexOf('=');
    if (eq >= 0)
        return pair.first(eq + 1).toByteArray() + kRedacted.toByteArray();
    qsizetype lead = 0;
    while (lead < pair.size() && isOws(pair[lead]))
        ++lead;
    return lead == pair.size() ? pair.toByteArray()
                               : pair.first(lead).toByteArray() + kRedacted.toByteArray();
}

} // namespace

QByteArray RecordedExchange::requestHeader(QByteArrayView name) const
{
    return firstField(requestHeaders, name);
}

QByteArray RecordedExchange::responseHeader(QByteArrayView name) const
{
    return firstField(responseHeaders, name);
}

bool parseRawResponse(QByteArrayView raw, bool headRequest, RecordedExchange &r)
{
    QByteArray startLine;
    HeaderList fields;
    const qsizetype start = splitRawMessage(raw, &startLine, &fields);
    if (start < 0)
        return false;
    const QList<QByteArray> parts = startLine.split(' ');
    r.hasResponse = true;
    r.responseVersion = parts.value(0);
    r.status = parts.value(1).toInt();
    r.reasonPhrase = parts.size() > 2 ? startLine.mid(parts[0].size() + parts[1].size() + 2) : QByteArray();
    r.responseHeaders = fields;
    r.responseHeadersSize = start;
    const bool noContent =
        headRequest || (r.status >= 100 && r.status < 200) || r.status == 204 || r.status == 304;
    if (noContent) {
        r.responseBody.clear();
        r.responseBodySize = 0;
        r.responseTruncated = false;
        return true;
    }
    bool truncated = false;
    qint64 declared = -1;
    r.responseBody = content(raw.sliced(start), fields, &truncated, &declared);
    r.responseTruncated = truncated;
    r.responseBodySize = declared >= 0 ? declared : (truncated ? -1 : r.responseBody.size());
    return true;
}

RecordedExchange fromServerRecord(const Exchange &e, const QUrl &base)
{
    RecordedExchange r;
    r.server = std::make_shared<const Exchange>(e);
    r.startedMs = e.receivedAtMs;
    r.timeMs = double(e.durationNs) / 1e6;
    r.method = e.method;
    r.target = e.target;
    r.connection = QString::number(e.connectionId);
    r.rawRequest = e.rawRequest;
    r.rawResponse = e.rawResponse;
    if (base.isValid() && !base.host().isEmpty())
        r.serverAddress = base.host();

    QByteArray startLine;
    const qsizetype start = splitRawMessage(e.rawRequest, &startLine, &r.requestHeaders);
    if (start >= 0) {
        const QList<QByteArray> parts = startLine.split(' ');
        if (parts.size() == 3) {
            r.method = parts[0];
            r.target = parts[1];
            r.httpVersion = parts[2];
        }
        r.requestHeadersSize = start;
        bool truncated = false;
        qint64 declared = -1;
        r.requestBody =
            content(QByteArrayView(e.rawRequest).sliced(start), r.requestHeaders, &truncated, &declared);
        r.requestTruncated = truncated || e.rawRequestTruncated();
        r.requestBodySize = declared >= 0 ? declared : (r.requestTruncated ? -1 : r.requestBody.size());
    }
    const QByteArray scheme = base.scheme().isEmpty() ? QByteArray("http") : base.scheme().toLatin1();
    const QByteArray baseAuthority = base.authority().toLatin1();
    if (isAbsoluteForm(r.target)) {
        // A proxy request: the target names the origin, the connection went to this server.
        r.url = r.target;
        if (!baseAuthority.isEmpty())
            r.proxy = scheme + "://" + baseAuthority;
    } else {
        const QByteArray host = http::trimOws(r.requestHeader(http::header::Host)).toByteArray();
        r.url = scheme + "://" + (host.isEmpty() ? baseAuthority : host) + r.target;
    }

    if (!parseRawResponse(e.rawResponse, http::equalsIgnoreCase(r.method, "HEAD"), r)) {
        // Summary records carry no bytes: what is known.
        r.hasResponse = e.status != 0;
        r.status = e.status;
        r.reasonPhrase = http::reasonPhrase(e.status).toByteArray();
    } else if (e.rawResponseTruncated()) {
        r.responseTruncated = true;
    }
    return r;
}

bool isSecretParameter(QByteArrayView decodedName)
{
    static const QByteArrayView secrets[] = {"access_token", "refresh_token", "id_token", "client_secret",
                                             "password",     "passwd",        "pwd"};
    for (QByteArrayView s : secrets) {
        if (http::equalsIgnoreCase(decodedName, s))
            return true;
    }
    return false;
}

QByteArray redactedForm(QByteArrayView form)
{
    QByteArray out;
    out.reserve(form.size());
    qsizetype pos = 0;
    while (pos <= form.size()) {
        qsizetype amp = form.indexOf('&', pos);
        if (amp < 0)
            amp = form.size();
        const QByteArrayView pair = form.sliced(pos, amp - pos);
        const qsizetype eq = pair.indexOf('=');
        const QByteArray value = eq >= 0 ? percentDecoded(pair.sliced(eq + 1)) : QByteArray();
        // A value that is itself a URL (a login's next target) may carry a token of its own.
        const QByteArray nested = value.contains('?') ? redactedUrl(value) : value;
        if (eq >= 0 && isSecretParameter(percentDecoded(pair.first(eq))))
            out += pair.first(eq + 1) + kRedacted.toByteArray();
        else if (nested != value)
            out += pair.first(eq + 1) + nested.toPercentEncoding("/<>");
        else
            out += pair;
        if (amp < form.size())
            out += '&';
        pos = amp + 1;
    }
    return out;
}

QByteArray withoutUserinfo(QByteArrayView url)
{
    const qsizetype scheme = url.indexOf("://");
    if (scheme < 0)
        return url.toByteArray();
    const qsizetype authority = scheme + 3;
    qsizetype end = authority;
    while (end < url.size() && url[end] != '/' && url[end] != '?' && url[end] != '#')
        ++end;
    const qsizetype at = url.sliced(authority, end - authority).lastIndexOf('@');
    if (at < 0)
        return url.toByteArray();
    return url.first(authority).toByteArray() + url.sliced(authority + at + 1).toByteArray();
}

QByteArray redactedUrl(QByteArrayView original)
{
    const QByteArray stripped = withoutUserinfo(original);
    const QByteArrayView url = stripped;
    const qsizetype q = url.indexOf('?');
    if (q < 0)
        return url.toByteArray();
    qsizetype end = url.indexOf('#', q);
    if (end < 0)
        end = url.size();
    return url.first(q + 1).toByteArray() + redactedForm(url.sliced(q + 1, end - q - 1)) +
           url.sliced(end).toByteArray();
}

QByteArray redactedFieldValue(QByteArrayView fieldName, QByteArrayView value)
{
    using namespace http;
    // "Authorization : …" is malformed (RFC 9112 §5.1) but still the credentials.
    const QByteArrayView name = trimOws(fieldName);
    if (equalsIgnoreCase(name, header::Authorization) || equalsIgnoreCase(name, header::ProxyAuthorization)) {
        const QByteArrayView v = trimOws(value);
        const qsizetype space = v.indexOf(' ');
        if (space < 0) // a scheme alone carries nothing; anything else is all secret
            return v.isEmpty() ? QByteArray() : kRedacted.toByteArray();
        return v.first(space).toByteArray() + ' ' + kRedacted.toByteArray();
    }
    if (equalsIgnoreCase(name, session::kCookieHeader)) {
        QList<QByteArray> out;
        for (const QByteArray &pair : value.toByteArray().split(';'))
            out.append(redactedCookiePair(pair));
        return out.join(';');
    }
    if (equalsIgnoreCase(name, session::kSetCookieHeader)) {
        const QByteArray v = value.toByteArray();
        const qsizetype semi = v.indexOf(';');
        const QByteArray pair = semi < 0 ? v : v.left(semi);
        const qsizetype eq = pair.indexOf('=');
        if (eq >= 0 && http::trimOws(QByteArrayView(pair).sliced(eq + 1)).isEmpty())
            return v; // no value to hide (a logout's empty cookie)
        return redactedCookiePair(pair) + (semi < 0 ? QByteArray() : v.mid(semi));
    }
    // Digest's response-auth (RFC 7616 §3.5): with the nonce and uri it allows a dictionary attack.
    if (equalsIgnoreCase(name, header::AuthenticationInfo) ||
        equalsIgnoreCase(name, header::ProxyAuthenticationInfo))
        return redactedParameter(value, "rspauth");
    if (equalsIgnoreCase(name, header::Location))
        return redactedUrl(value);
    return value.toByteArray();
}

HeaderList::value_type redactedField(const QByteArray &name, const QByteArray &value)
{
    // A well-formed field, or one with white space before the colon: by its name. Anything else
    // (a folded continuation line, a name that is not a token) may be part of any field: hidden.
    const QByteArrayView trimmedEnd = http::trimOws(name);
    const bool folded = !name.isEmpty() && isOws(name.front());
    if (folded || !syntax::isToken(trimmedEnd))
        return {kRedacted.toByteArray(), kRedacted.toByteArray()};
    return {name, redactedFieldValue(name, value)};
}

QString redactedText(const QString &text)
{
    return text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('@'))
               ? QString::fromUtf8(redactedUrl(text.toUtf8()))
               : text;
}

RecordedExchange redacted(const RecordedExchange &r)
{
    RecordedExchange c = r;
    c.url = redactedUrl(r.url);
    c.target = redactedUrl(r.target);
    for (auto &f : c.requestHeaders)
        f = redactedField(f.first, f.second);
    for (auto &f : c.responseHeaders)
        f = redactedField(f.first, f.second);
    if (isForm(c.requestHeaders))
        c.requestBody = redactedForm(c.requestBody);
    c.rawRequest.clear();
    c.rawResponse.clear();
    return c;
}

} // namespace authlab
