#include "http/requestparser.h"

#include <cstring>

namespace authlab {

namespace {
RequestParser *self(llhttp_t *p)
{
    return static_cast<RequestParser *>(p->data);
}

QByteArrayView trimmedValue(QByteArrayView v)
{
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}
} // namespace

RequestParser::RequestParser(const ParserLimits &limits) : m_limits(limits)
{
    llhttp_init(&m_parser, HTTP_REQUEST, settings());
    m_parser.data = this;
    // Any HTTP/d.d version reaches onVersionComplete, which decides: HTTP/1.2 is handled as
    // HTTP/1.1 (RFC 9110 §2.5), HTTP/2.0 in a text request line is 505 (strict llhttp 8.1 would
    // call both "Invalid HTTP version"). 8.1 has no setter for this flag yet.
    m_parser.lenient_flags |= LENIENT_VERSION;
    m_store.reserve(1024);
}

const llhttp_settings_t *RequestParser::settings()
{
    static const llhttp_settings_t s = [] {
        llhttp_settings_t st;
        llhttp_settings_init(&st);
        st.on_method = &RequestParser::onMethod;
        st.on_method_complete = &RequestParser::onMethodComplete;
        st.on_url = &RequestParser::onUrl;
        st.on_version_complete = &RequestParser::onVersionComplete;
        st.on_header_field = &RequestParser::onHeaderField;
        st.on_header_field_complete = &RequestParser::onHeaderFieldComplete;
        st.on_header_value = &RequestParser::onHeaderValue;
        st.on_header_value_complete = &RequestParser::onHeaderValueComplete;
        st.on_headers_complete = &RequestParser::onHeadersComplete;
        st.on_body = &RequestParser::onBody;
        st.on_message_complete = &RequestParser::onMessageComplete;
        return st;
    }();
    return &s;
}

void RequestParser::startMessage(const char *at)
{
    m_state = State::Headers;
    m_messageStart = m_streamBase + (at - m_chunk);
    m_captureFrom = at;
    m_store.clear();
    m_spans.clear();
    m_fields.clear();
    m_method = m_url = m_name = m_value = Span{};
    m_methodPiece = nullptr;
    m_bodyBytes = 0;
    m_body.clear();
    m_raw.clear();
    m_messageBytes = 0;
    m_keepAlive = true;
    m_methodKnown = false;
    m_trailerBytes = 0;
}

bool RequestParser::headerSizeExceeded(const char *end)
{
    return m_streamBase + (end - m_chunk) - m_messageStart > m_limits.maxHeaderBytes;
}

int RequestParser::tooLarge(const char *reason)
{
    m_problem = Problem::HeaderBlockTooLarge;
    m_limit = m_limits.maxHeaderBytes;
    llhttp_set_error_reason(&m_parser, reason);
    return HPE_USER;
}

int RequestParser::appendSpan(Span &s, const char *at, size_t len)
{
    if (headerSizeExceeded(at + len))
        return tooLarge("header block too large");
    if (s.length == 0)
        s.offset = int(m_store.size());
    // resize + memcpy: QByteArray::append's general path cost more than the parsing itself.
    const qsizetype old = m_store.size();
    m_store.resize(old + qsizetype(len));
    std::memcpy(m_store.data() + old, at, len);
    s.length += int(len);
    return 0;
}

int RequestParser::onMethod(llhttp_t *p, const char *at, size_t len)
{
    RequestParser *rp = self(p);
    if (rp->m_state == State::Idle)
        rp->startMessage(at);
    if (rp->headerSizeExceeded(at + len)) {
        rp->m_detail.clear();
        return rp->tooLarge("request line too large");
    }
    // Where the method's bytes of this read are: copied only if the read ends inside the
    // method (feed()), so that an unknown method split across reads can still be named.
    rp->m_methodPiece = at;
    rp->m_methodPieceLength = len;
    return 0;
}

int RequestParser::onMethodComplete(llhttp_t *p)
{
    self(p)->m_methodKnown = true;
    return 0;
}

int RequestParser::onUrl(llhttp_t *p, const char *at, size_t len)
{
    RequestParser *rp = self(p);
    const int r = rp->appendSpan(rp->m_url, at, len);
    if (r) {
        // The request-target is what takes the request line over the limit: 414 URI Too Long
        // (RFC 9112 §3), not 431.
        rp->m_detail.clear();
        rp->m_problem = Problem::UriTooLong;
    }
    return r;
}

int RequestParser::onVersionComplete(llhttp_t *p)
{
    RequestParser *rp = self(p);
    const int major = llhttp_get_http_major(p);
    if (major == 1)
        return 0; // HTTP/1.0, HTTP/1.1, and a higher minor version handled as 1.1
    rp->m_problem = Problem::VersionUnsupported;
    rp->m_detail = "HTTP/" + QByteArray::number(major) + '.' + QByteArray::number(llhttp_get_http_minor(p));
    llhttp_set_error_reason(p, "unsupported HTTP version");
    return HPE_USER;
}

// Trailer fields (after chunked content) are not header fields: RFC 9110 §6.5.1 forbids
// merging them into the header section (a trailer "Authorization" must not authenticate),
// and the content before them does not count against the header block limit. They are
// bounded on their own by the same limit, and dropped.
int RequestParser::trailer(size_t len)
{
    m_trailerBytes += qsizetype(len);
    if (m_trailerBytes > m_limits.maxHeaderBytes) {
        m_detail.clear();
        return tooLarge("trailer section too large");
    }
    return 0;
}

int RequestParser::onHeaderField(llhttp_t *p, const char *at, size_t len)
{
    RequestParser *rp = self(p);
    if (rp->m_state == State::Body)
        return rp->trailer(len);
    const int r = rp->appendSpan(rp->m_name, at, len);
    if (r) {
        // Name the field by what arrived of its name, including this piece: the name itself
        // may be what is too large, and arrive in one piece.
        QByteArray name = rp->span(rp->m_name).toByteArray();
        name.append(at, qMin(qsizetype(len), qsizetype(64)));
        rp->m_detail = name.first(qMin(name.size(), qsizetype(64)));
    }
    return r;
}

int RequestParser::onHeaderFieldComplete(llhttp_t *p)
{
    RequestParser *rp = self(p);
    if (rp->m_state == State::Body)
        return 0; // a trailer field: not counted, not kept
    if (rp->m_spans.size() >= rp->m_limits.maxHeaderFields) {
        rp->m_detail.clear();
        rp->m_problem = Problem::TooManyHeaderFields;
        rp->m_limit = rp->m_limits.maxHeaderFields;
        llhttp_set_error_reason(p, "too many header fields");
        return HPE_USER;
    }
    return 0;
}

int RequestParser::onHeaderValue(llhttp_t *p, const char *at, size_t len)
{
    RequestParser *rp = self(p);
    if (rp->m_state == State::Body)
        return rp->trailer(len);
    const int r = rp->appendSpan(rp->m_value, at, len);
    if (r)
        rp->m_detail = rp->span(rp->m_name).first(qMin(rp->m_name.length, 64)).toByteArray();
    return r;
}

int RequestParser::onHeaderValueComplete(llhttp_t *p)
{
    RequestParser *rp = self(p);
    if (rp->m_state == State::Body)
        return 0; // a trailer field
    // llhttp (8.1, strict mode) lets a field line without a name (": value") through, but
    // field-name is a token, at least one character (RFC 9110 §5.1, RFC 9112 §5): 400, and
    // never a header field with an empty name (found by fuzz_requestparser).
    if (rp->m_name.length == 0) {
        rp->m_problem = Problem::Malformed;
        rp->m_detail = "a header field line has no field name";
        llhttp_set_error_reason(p, "empty header field name");
        return HPE_USER;
    }
    rp->m_spans.append({rp->m_name, rp->m_value});
    rp->m_name = rp->m_value = Span{};
    return 0;
}

int RequestParser::onHeadersComplete(llhttp_t *p)
{
    RequestParser *rp = self(p);
    // llhttp takes a request line without a version ("GET /") for HTTP/0.9: not an HTTP/1.x
    // request (RFC 9112 §3), 400, not a guess. (A written version other than 1.x was refused
    // in onVersionComplete.)
    if (llhttp_get_http_major(p) != 1) {
        rp->m_problem = Problem::Malformed;
        rp->m_detail = "the request line has no HTTP version";
        llhttp_set_error_reason(p, "unsupported HTTP version");
        return HPE_USER;
    }
    // Pause so that feed() knows exactly where the header block ends.
    rp->m_pause = Pause::HeadersComplete;
    return HPE_PAUSED;
}

int RequestParser::onBody(llhttp_t *p, const char *at, size_t len)
{
    RequestParser *rp = self(p);
    const qsizetype keep = qMin(qsizetype(len), rp->m_limits.maxKeptBodyBytes - rp->m_body.size());
    if (keep > 0)
        rp->m_body.append(at, keep);
    rp->m_bodyBytes += qint64(len);
    if (rp->m_bodyBytes > rp->m_limits.maxBodyBytes) {
        rp->m_problem = Problem::BodyTooLarge;
        rp->m_limit = rp->m_limits.maxBodyBytes;
        llhttp_set_error_reason(p, "body too large");
        return HPE_USER;
    }
    return 0;
}

int RequestParser::onMessageComplete(llhttp_t *p)
{
    RequestParser *rp = self(p);
    // CONNECT and Upgrade requests are answered and then the connection is closed: AuthLab
    // does not switch protocols or tunnel.
    rp->m_keepAlive = llhttp_should_keep_alive(p) != 0 && !llhttp_get_upgrade(p);
    rp->m_pause = Pause::MessageComplete;
    return HPE_PAUSED;
}

void RequestParser::capture(const char *from, const char *to)
{
    if (!from || to <= from)
        return;
    const qsizetype n = qsizetype(to - from);
    m_messageBytes += n;
    if (!m_capture)
        return;
    const qsizetype room = m_limits.maxCaptureBytes - m_raw.size();
    if (room > 0)
        m_raw.append(from, qMin(room, n));
}

namespace {
bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}
constexpr qsizetype kMaxMethodName = 32;
constexpr qsizetype kMaxSalvageBytes = 64 * 1024;
} // namespace

RequestParser::Feed RequestParser::fail(Problem problem, QByteArray detail, qint64 limit, qsizetype consumed)
{
    m_problem = problem;
    m_detail = std::move(detail);
    m_limit = limit;
    // The raw bytes of the message, at most 64 KiB: what was captured of it (or, without
    // capture, its part in this chunk), then what the peer sent after the point of failure,
    // unparsed, in this chunk. An X-Request-ID there names the request too.
    const char *stop = m_chunk + consumed;
    QByteArray block;
    if (m_sniffing) {
        block = m_sniff; // the message's bytes from its first one, already bounded
    } else if (m_capture) {
        block = m_raw;
    } else {
        const qint64 startInChunk = m_messageStart - (m_streamBase - consumed);
        const char *from = startInChunk >= 0 && startInChunk <= consumed ? m_chunk + startInChunk : m_chunk;
        block = QByteArray(from, qMin<qsizetype>(stop - from, kMaxSalvageBytes));
    }
    const qsizetype room = m_sniffing ? 0 : qMax<qsizetype>(0, kMaxSalvageBytes - block.size());
    block.append(stop, qMin<qsizetype>(m_chunkEnd - stop, room));
    salvageFields(block);
    return {Result::Error, consumed};
}

// llhttp (strict) stops at the first byte that no method it knows continues with. Whether
// that is a method this server does not recognise (501, RFC 9110 §9.1) or no request line at
// all (400) shows only in the whole line: method SP request-target SP HTTP-version. Until the
// line is there (bounded by the header limit), the parser waits for it.
RequestParser::Sniff RequestParser::classifyUnknownMethod() const
{
    const QByteArrayView line(m_sniff);
    qsizetype i = 0;
    while (i < line.size() && isTchar(line[i]))
        ++i;
    if (i == line.size())
        return i > kMaxMethodName ? Sniff::Bad : Sniff::More;
    if (i == 0 || i > kMaxMethodName || line[i] != ' ')
        return Sniff::Bad;
    const qsizetype eol = line.indexOf('\n', i);
    if (eol < 0)
        return line.size() > m_limits.maxHeaderBytes ? Sniff::Bad : Sniff::More;
    QByteArrayView rest = line.sliced(i + 1, eol - i - 1);
    if (rest.endsWith('\r'))
        rest.chop(1);
    const qsizetype sp = rest.lastIndexOf(' ');
    if (sp <= 0 || rest.first(sp).contains(' '))
        return Sniff::Bad;
    const QByteArrayView version = rest.sliced(sp + 1);
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (version.size() != 8 || !version.startsWith("HTTP/") || !digit(version[5]) || version[6] != '.' ||
        !digit(version[7]))
        return Sniff::Bad;
    return Sniff::Unknown;
}

RequestParser::Feed RequestParser::sniffed(qsizetype consumed)
{
    switch (classifyUnknownMethod()) {
    case Sniff::More:
        return {Result::NeedMore, consumed};
    case Sniff::Unknown: {
        qsizetype i = 0;
        while (isTchar(m_sniff[i]))
            ++i;
        // The request-target too, for the record and the log (request line: method SP target SP version).
        const qsizetype eol = m_sniff.indexOf('\n', i);
        const QByteArrayView line = QByteArrayView(m_sniff).first(eol);
        const qsizetype sp = line.lastIndexOf(' ');
        m_url = Span{int(m_store.size()), int(sp - i - 1)};
        m_store.append(line.sliced(i + 1, sp - i - 1));
        return fail(Problem::MethodUnknown, m_sniff.first(i), 0, consumed);
    }
    case Sniff::Bad:
        break;
    }
    return fail(Problem::Malformed, m_sniffDetail, 0, consumed);
}

void RequestParser::buildFields()
{
    m_fields.clear();
    for (const detail::FieldSpans &fs : m_spans)
        m_fields.append({span(fs.name), trimmedValue(span(fs.value))});
}

void RequestParser::salvageFields(QByteArrayView block)
{
    buildFields();
    if (!http::findHeader(m_fields, http::header::RequestId).isEmpty())
        return;
    // Field lines after the first line, up to the empty line; the last one only if it is whole.
    qsizetype lineStart = block.indexOf('\n');
    while (lineStart >= 0 && lineStart + 1 < block.size()) {
        const qsizetype from = lineStart + 1;
        const qsizetype next = block.indexOf('\n', from);
        QByteArrayView line = QByteArrayView(block).sliced(from, (next < 0 ? block.size() : next) - from);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || next < 0)
            break; // the end of the header block, or a line that did not arrive whole
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && http::equalsIgnoreCase(line.first(colon), http::header::RequestId)) {
            QByteArrayView value = line.sliced(colon + 1);
            while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
                value = value.sliced(1);
            value = trimmedValue(value);
            if (!value.isEmpty() && value.size() <= 128) {
                // Kept in the parser's own storage like every other field (after it, so that
                // no span moves); `block` may be a copy that dies here.
                const Span name{int(m_store.size()), int(colon)};
                m_store.append(line.first(colon));
                const Span v{int(m_store.size()), int(value.size())};
                m_store.append(value);
                m_fields.append({span(name), span(v)});
            }
            return;
        }
        lineStart = next;
    }
}

RequestParser::Feed RequestParser::feed(const char *data, qsizetype size)
{
    if (m_problem != Problem::None)
        return {Result::Error, 0};
    m_chunk = data;
    m_chunkEnd = data + size;
    if (m_sniffing) { // the rest of a request line with an unknown method
        capture(data, data + size);
        m_streamBase += size;
        m_sniff.append(data, qBound<qsizetype>(0, m_limits.maxHeaderBytes + 1 - m_sniff.size(), size));
        return sniffed(size);
    }
    m_captureFrom = m_state == State::Idle ? nullptr : data;

    const char *pos = data;
    const char *const end = data + size;
    while (true) {
        m_pause = Pause::None;
        const llhttp_errno_t err = llhttp_execute(&m_parser, pos, size_t(end - pos));
        if (err == HPE_OK) {
            capture(m_captureFrom, end);
            // Still inside the header block: it must not grow past the limit whatever arrives.
            // (Measured before m_streamBase moves on: headerSizeExceeded() adds end - m_chunk
            // itself, and counting this chunk twice refused header blocks of more than half
            // the limit that arrived in more than one read.)
            if (!m_methodKnown && m_methodPiece && m_state == State::Headers) {
                appendSpan(m_method, m_methodPiece, m_methodPieceLength); // the read ended inside the method
                m_methodPiece = nullptr;
            }
            const bool headerTooLarge = m_state == State::Headers && headerSizeExceeded(end);
            m_streamBase += size;
            if (headerTooLarge) {
                m_detail.clear();
                return fail(Problem::HeaderBlockTooLarge, {}, m_limits.maxHeaderBytes, size);
            }
            return {Result::NeedMore, size};
        }
        const char *stop = llhttp_get_error_pos(&m_parser);
        if (!stop || stop < pos || stop > end)
            stop = pos;
        if (err == HPE_PAUSED && m_pause == Pause::HeadersComplete) {
            llhttp_resume(&m_parser);
            m_state = State::Body;
            if (headerSizeExceeded(stop)) {
                capture(m_captureFrom, stop);
                m_streamBase += stop - data;
                return fail(Problem::HeaderBlockTooLarge, {}, m_limits.maxHeaderBytes, stop - data);
            }
            // Refuse an announced body that is too large before reading any of it. Compared
            // unsigned: llhttp's content_length is a uint64_t, and a Content-Length of 2^63 or
            // more turned negative as qint64, passed, and had the body read up to the limit
            // (found by fuzz_requestparser).
            if ((m_parser.flags & F_CONTENT_LENGTH) &&
                m_parser.content_length > quint64(qMax<qint64>(m_limits.maxBodyBytes, 0))) {
                capture(m_captureFrom, stop);
                m_streamBase += stop - data;
                return fail(Problem::BodyTooLarge, {}, m_limits.maxBodyBytes, stop - data);
            }
            m_major = llhttp_get_http_major(&m_parser);
            m_minor = llhttp_get_http_minor(&m_parser);
            // Content follows and the client may be waiting for our verdict on the header
            // fields before it sends it (Expect: 100-continue, RFC 9110 §10.1.1): hand the
            // request over now. Requests without content never stop here.
            const bool contentFollows = (m_parser.flags & F_CHUNKED) ||
                                        ((m_parser.flags & F_CONTENT_LENGTH) && m_parser.content_length > 0);
            if (contentFollows) {
                for (const detail::FieldSpans &fs : m_spans) {
                    if (http::equalsIgnoreCase(span(fs.name), http::header::Expect)) {
                        capture(m_captureFrom, stop);
                        m_captureFrom = stop;
                        m_streamBase += stop - data;
                        buildFields();
                        return {Result::Headers, stop - data};
                    }
                }
            }
            pos = stop;
            continue;
        }
        if (err == HPE_PAUSED && m_pause == Pause::MessageComplete) {
            llhttp_resume(&m_parser);
            capture(m_captureFrom, stop);
            m_streamBase += stop - data;
            m_state = State::Idle;
            m_messageStart = -1;
            // Build the header views now: m_store no longer changes for this message.
            buildFields();
            return {Result::Request, stop - data};
        }
        // A real error: framing, our own limits (HPE_USER), or something else llhttp found.
        if (m_state == State::Idle) {
            // Bad from its first bytes (no method was recognised): what the parser reports
            // from here on must be this message's, not the previous one's (a stale HEAD would
            // even strip the body from the 400).
            startMessage(pos);
        }
        capture(m_captureFrom, stop);
        m_streamBase += stop - data;
        // Our callbacks record their own problem. llhttp reports an error returned from a
        // *_complete callback as HPE_CB_* rather than HPE_USER, so test the problem, not the code.
        if (m_problem != Problem::None)
            return fail(m_problem, m_detail, m_limit, stop - data);
        const char *reason = llhttp_get_error_reason(&m_parser);
        QByteArray detail = QByteArray(llhttp_errno_name(err)).toLower().replace('_', ' ');
        if (detail.startsWith("hpe "))
            detail = detail.mid(4);
        if (reason && *reason)
            detail = QByteArray(reason);
        if (err == HPE_INVALID_METHOD) {
            // The method began in an earlier read (kept by onMethod) or at `pos`.
            m_sniff = span(m_method).toByteArray();
            const char *from = m_method.length ? data : pos;
            while (m_sniff.isEmpty() && from < end && (*from == '\r' || *from == '\n'))
                ++from;
            m_sniff.append(from, qMin<qsizetype>(end - from, m_limits.maxHeaderBytes + 1));
            m_sniffDetail = detail;
            m_sniffing = true;
            capture(stop, end); // everything is the request line's, as far as it goes
            m_streamBase += end - stop;
            return sniffed(size);
        }
        return fail(Problem::Malformed, detail, 0, stop - data);
    }
}

RequestParser::Result RequestParser::finish()
{
    if (m_state == State::Idle)
        return Result::NeedMore;
    m_problem = Problem::Malformed;
    m_detail = "the connection ended in the middle of a request";
    return Result::Error;
}

QByteArrayView RequestParser::method() const
{
    if (!m_methodKnown)
        return m_problem == Problem::MethodUnknown ? QByteArrayView(m_detail) : QByteArrayView();
    return QByteArrayView(llhttp_method_name(llhttp_method_t(m_parser.method)));
}

void RequestParser::fillFacts(RequestFacts &facts) const
{
    facts.method = method();
    facts.target = target();
    facts.httpMajor = m_major;
    facts.httpMinor = m_minor;
    facts.headers = m_fields;
    facts.body = m_body;
    facts.bodyTruncated = m_bodyBytes > m_body.size();
}

void RequestParser::fillPartialFacts(RequestFacts &facts)
{
    if (m_problem == Problem::None) // a timeout: what was captured of the header block
        salvageFields(m_capture ? QByteArrayView(m_raw) : QByteArrayView());
    fillFacts(facts);
}

} // namespace authlab
