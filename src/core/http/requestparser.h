#pragma once

#include "http/http.h"
#include "http/request.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <llhttp.h>

namespace authlab {

namespace detail {
struct ParserSpan
{
    int offset = 0;
    int length = 0;
};
struct FieldSpans
{
    ParserSpan name;
    ParserSpan value;
};
} // namespace detail

struct ParserLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; // request line + header fields, exact
    int maxHeaderFields = 256;
    qint64 maxBodyBytes = 1024 * 1024;
    // Of the content, what is kept for the decision (RequestFacts::body: a login form); the rest
    // is read and counted up to maxBodyBytes, not kept, so that a connection holds at most this.
    qsizetype maxKeptBodyBytes = 16 * 1024;
    qsizetype maxCaptureBytes = 64 * 1024; // raw bytes kept per request for display
};

// Incremental HTTP/1.1 request parser for one connection, on llhttp. It knows nothing of
// sockets: feed it bytes, it says when a whole request is there (pipelined requests come out
// one at a time, in order) or what is wrong. Memory stays bounded by the limits whatever the
// peer sends. Used by the server, the unit tests and the fuzzer.
class RequestParser
{
public:
    // Headers: the header block of a request with content is complete and it carries Expect;
    // the request may be judged now (fillFacts works), and feeding goes on with its content.
    enum class Result { NeedMore, Request, Error, Headers };
    struct Feed
    {
        Result result;
        qsizetype consumed; // bytes of the input used; feed the rest again after a Request
    };

    explicit RequestParser(const ParserLimits &limits = {});
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    void setCapture(bool on) { m_capture = on; }
    Feed feed(const char *data, qsizetype size);
    // The peer closed its side: Error if a request was in progress, else NeedMore.
    Result finish();

    // After Result::Request: the request, valid until the next feed().
    QByteArrayView method() const;
    QByteArrayView target() const { return span(m_url); }
    int httpMajor() const { return m_major; }
    int httpMinor() const { return m_minor; }
    const http::HeaderFields &headers() const { return m_fields; }
    bool keepAlive() const { return m_keepAlive; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // Fills the request part of the facts (not the peer).
    void fillFacts(RequestFacts &facts) const;
    // The same for a request that did not complete (an error, a timeout): the header fields
    // that arrived whole, and an X-Request-ID recovered from the raw bytes when the parser
    // stopped before it (so that even a 400 can be matched with its record).
    void fillPartialFacts(RequestFacts &facts);

    // After Result::Error: what went wrong. The connection must be closed after answering.
    Problem problem() const { return m_problem; }
    const QByteArray &problemDetail() const { return m_detail; }
    qint64 problemLimit() const { return m_limit; }

    // Raw bytes of the current (or just completed) message, as received, up to maxCaptureBytes.
    const QByteArray &captured() const { return m_raw; }
    qint64 messageBytes() const { return m_messageBytes; }
    bool captureTruncated() const { return m_messageBytes > m_raw.size(); }

    // True while a message has started but its header block is incomplete.
    bool inHeaders() const { return m_state == State::Headers; }
    bool inBody() const { return m_state == State::Body; }
    bool idle() const { return m_state == State::Idle; }

private:
    using Span = detail::ParserSpan;
    enum class State { Idle, Headers, Body };
    enum class Pause { None, HeadersComplete, MessageComplete };

    static int onMethod(llhttp_t *p, const char *at, size_t len);
    static int onMethodComplete(llhttp_t *p);
    static int onUrl(llhttp_t *p, const char *at, size_t len);
    static int onVersionComplete(llhttp_t *p);
    static int onHeaderField(llhttp_t *p, const char *at, size_t len);
    static int onHeaderFieldComplete(llhttp_t *p);
    static int onHeaderValue(llhttp_t *p, const char *at, size_t len);
    static int onHeaderValueComplete(llhttp_t *p);
    static int onHeadersComplete(llhttp_t *p);
    static int onBody(llhttp_t *p, const char *at, size_t len);
    static int onMessageComplete(llhttp_t *p);
    static const llhttp_settings_t *settings();

    void startMessage(const char *at);
    int appendSpan(Span &span, const char *at, size_t len);
    bool headerSizeExceeded(const char *end);
    int tooLarge(const char *reason);
    int trailer(size_t len);
    QByteArrayView span(const Span &s) const
    {
        return QByteArrayView(m_store.constData() + s.offset, s.length);
    }
    void capture(const char *from, const char *to);
    Feed fail(Problem problem, QByteArray detail, qint64 limit, qsizetype consumed);
    enum class Sniff { More, Unknown, Bad };
    Sniff classifyUnknownMethod() const;
    Feed sniffed(qsizetype consumed);
    void salvageFields(QByteArrayView block);
    void buildFields();

    ParserLimits m_limits;
    llhttp_t m_parser{};
    bool m_capture = false;

    State m_state = State::Idle;
    Pause m_pause = Pause::None;
    Problem m_problem = Problem::None;
    QByteArray m_detail;
    qint64 m_limit = 0;

    // Per message
    QByteArray m_store; // method/url/field names/values, appended in arrival order
    Span m_method;      // only kept when a read ends inside the method; read when the method is unknown
    const char *m_methodPiece = nullptr;
    size_t m_methodPieceLength = 0;
    Span m_url;
    Span m_name;
    Span m_value;
    QVarLengthArray<detail::FieldSpans, 24> m_spans;
    http::HeaderFields m_fields;
    int m_major = 1;
    int m_minor = 1;
    bool m_methodKnown = false;   // llhttp keeps the previous message's method until a new one is complete
    qsizetype m_trailerBytes = 0; // trailer section after chunked content: bounded, not kept
    bool m_keepAlive = true;
    qint64 m_bodyBytes = 0;
    QByteArray m_body; // the content's first maxKeptBodyBytes (de-chunked)
    QByteArray m_raw;
    qint64 m_messageBytes = 0;
    bool m_sniffing = false;  // llhttp refused the method: reading the request line to tell 501 from 400
    QByteArray m_sniff;       // that message's bytes from its first (bounded by the header limit)
    QByteArray m_sniffDetail; // llhttp's reason, for the 400

    // Position bookkeeping, in bytes of the connection's stream
    qint64 m_streamBase = 0;       // stream offset of the chunk being parsed
    const char *m_chunk = nullptr; // its start
    const char *m_chunkEnd = nullptr;
    qint64 m_messageStart = -1; // stream offset of the current message's first byte
    const char *m_captureFrom = nullptr;
};

} // namespace authlab
