// libFuzzer target: RequestParser (llhttp) as the server drives it, and decide() on every
// request and every error it produces.
//
// Input: 3 control bytes, then the bytes of one connection.
//   byte 0, byte 1: sizes of the reads, alternating (0 = everything that is left)
//   byte 2: the peer address (low 2 bits)
// Each read is copied into a buffer of its own that is freed right after it was parsed (as
// the server reuses its read buffer), so a request view that points into a read instead of
// the parser's storage is a use-after-free that ASan reports.

#include "fuzzcommon.h"

#include "http/requestparser.h"

#include <QHostAddress>

#include <cstring>
#include <memory>

using namespace authlab;

namespace {

ParserLimits fuzzLimits()
{
    ParserLimits l;
    l.maxHeaderBytes = 2 * 1024;
    l.maxHeaderFields = 16;
    l.maxBodyBytes = 4 * 1024;
    l.maxCaptureBytes = 1536; // below the header limit: truncated captures happen too
    return l;
}

const QHostAddress &peerFor(uint8_t selector)
{
    static const QHostAddress peers[4] = {
        QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("10.1.2.3")),
        QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("::ffff:10.9.8.7"))};
    return peers[selector & 3];
}

struct Connection
{
    const uint8_t *stream; // the whole connection's bytes (for checking the capture)
    qsizetype streamSize;
    qsizetype streamPos = 0; // bytes of the stream the parser has consumed
    const QHostAddress *peer;
};

// The parser's state after Request or Error, checked and decided as the server does.
void answer(RequestParser &parser, Connection &conn, const char *read, qsizetype readSize, bool error)
{
    const ParserLimits limits = fuzzLimits();
    const Scenario &s = fuzz::defaultScenario();

    RequestFacts facts;
    parser.fillFacts(facts);
    facts.peer = *conn.peer;
    if (error) {
        facts.problem = parser.problem();
        facts.problemDetail = parser.problemDetail();
        facts.limit = parser.problemLimit();
        FUZZ_CHECK(facts.problem != Problem::None);
    }

    // The views of the request live in the parser's storage: never in the read buffer (which
    // the server overwrites with the next read), and all within one header block's worth of
    // bytes, since that storage holds only the request line's target and the field lines.
    const char *readEnd = read + readSize;
    const char *lo = nullptr;
    const char *hi = nullptr;
    qsizetype total = 0;
    auto within = [&](QByteArrayView v) {
        (void)fuzz::touch(v);
        if (v.isEmpty())
            return;
        FUZZ_CHECK(!(v.data() < readEnd && v.data() + v.size() > read));
        if (!lo || v.data() < lo)
            lo = v.data();
        if (!hi || v.data() + v.size() > hi)
            hi = v.data() + v.size();
        total += v.size();
    };
    within(facts.target);
    for (const http::HeaderField &f : facts.headers) {
        within(f.name);
        within(f.value);
        FUZZ_CHECK(!f.name.isEmpty());
    }
    // (+ an X-Request-ID line recovered from the raw bytes of a request that failed early.)
    const qsizetype recovered = error ? 12 + 128 : 0;
    FUZZ_CHECK(total <= limits.maxHeaderBytes + recovered);
    FUZZ_CHECK(!lo || hi - lo <= limits.maxHeaderBytes + recovered);
    (void)fuzz::touch(facts.method);
    FUZZ_CHECK(facts.headers.size() <= limits.maxHeaderFields);
    if (!error) {
        FUZZ_CHECK(parser.bodyBytes() >= 0 && parser.bodyBytes() <= limits.maxBodyBytes);
        FUZZ_CHECK(facts.httpMajor == 1 && facts.httpMinor >= 0 &&
                   facts.httpMinor <= 9); // 1.2+ is served as 1.1
        FUZZ_CHECK(!facts.method.isEmpty());
    }

    // The capture: bounded, and exactly the message's bytes as they arrived (the message ends
    // where the parser stopped consuming).
    const QByteArray &raw = parser.captured();
    FUZZ_CHECK(raw.size() <= limits.maxCaptureBytes);
    FUZZ_CHECK(parser.messageBytes() >= raw.size());
    FUZZ_CHECK(parser.messageBytes() <= conn.streamPos);
    const qsizetype messageStart = conn.streamPos - qsizetype(parser.messageBytes());
    FUZZ_CHECK(std::memcmp(raw.constData(), conn.stream + messageStart, size_t(raw.size())) == 0);
    FUZZ_CHECK(parser.captureTruncated() == (parser.messageBytes() > raw.size()));

    // An announced body over the limit is refused before any of it is read: the message ends
    // with its header block (architecture.md, "Parse").
    if (error && facts.problem == Problem::BodyTooLarge) {
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = raw.first(headerEnd + 2).toLower();
            if (head.contains("\ncontent-length:") && !head.contains("\ntransfer-encoding:"))
                FUZZ_CHECK(parser.messageBytes() == headerEnd + 4);
        }
    }

    const Decision d = decide(s, facts);
    fuzz::checkDecision(s, d);
    if (error) {
        // Transport problems are answered by status, never by auth rules, and close.
        FUZZ_CHECK(d.verdict.status == 400 || d.verdict.status == 413 || d.verdict.status == 414 ||
                   d.verdict.status == 431 || d.verdict.status == 501 || d.verdict.status == 505);
        FUZZ_CHECK(d.verdict.close);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const uint8_t readSizes[2] = {data[0], data[1]};
    Connection conn{data + 3, qsizetype(size - 3), 0, &peerFor(data[2])};

    RequestParser parser(fuzzLimits());
    parser.setCapture(true);

    bool closed = false;
    int reads = 0;
    qsizetype pos = 0;
    while (pos < conn.streamSize && !closed) {
        const uint8_t want = readSizes[reads++ & 1];
        const qsizetype n = want == 0 ? conn.streamSize - pos : qMin<qsizetype>(want, conn.streamSize - pos);
        const std::unique_ptr<char[]> read(new char[size_t(n)]);
        std::memcpy(read.get(), conn.stream + pos, size_t(n));
        pos += n;

        qsizetype off = 0;
        int stalled = 0;
        while (off < n && !closed) {
            const bool wasIdle = parser.idle();
            const RequestParser::Feed f = parser.feed(read.get() + off, n - off);
            FUZZ_CHECK(f.consumed >= 0 && f.consumed <= n - off);
            off += f.consumed;
            conn.streamPos += f.consumed;
            // The server loops while there are bytes: something must change every round.
            stalled =
                f.consumed == 0 && (f.result != RequestParser::Result::Request || wasIdle) ? stalled + 1 : 0;
            FUZZ_CHECK(stalled < 3);
            switch (f.result) {
            case RequestParser::Result::NeedMore:
                // The server drops what it was not asked for again: NeedMore must take it all.
                FUZZ_CHECK(off == n);
                break;
            case RequestParser::Result::Request:
                FUZZ_CHECK(parser.idle());
                answer(parser, conn, read.get(), n, false);
                // Like the server: a response that closes the connection ends the reading.
                if (!parser.keepAlive())
                    closed = true;
                break;
            case RequestParser::Result::Error:
                answer(parser, conn, read.get(), n, true);
                closed = true;
                break;
            case RequestParser::Result::Headers: {
                // Expect with content to come: judged on the header fields, as the server does.
                FUZZ_CHECK(parser.inBody());
                RequestFacts facts;
                parser.fillFacts(facts);
                facts.peer = *conn.peer;
                facts.contentPending = true;
                const Decision d = decide(fuzz::defaultScenario(), facts);
                fuzz::checkDecision(fuzz::defaultScenario(), d);
                if (d.verdict.interim == Verdict::Interim::None) { // the final answer now, then close
                    FUZZ_CHECK(d.verdict.close);
                    closed = true;
                }
                break;
            }
            }
        }
    }

    if (!closed) {
        const Scenario &s = fuzz::defaultScenario();
        if (!parser.idle()) {
            // No complete request in time: the server answers 408 with what it has.
            RequestFacts facts;
            facts.peer = *conn.peer;
            facts.problem = Problem::Timeout;
            facts.limit = 10000;
            parser.fillFacts(facts);
            (void)fuzz::touch(facts.target);
            for (const http::HeaderField &f : facts.headers)
                (void)(fuzz::touch(f.name) + fuzz::touch(f.value));
            const Decision d = decide(s, facts);
            fuzz::checkDecision(s, d);
            FUZZ_CHECK(d.verdict.status == 408);
        }
        const RequestParser::Result r = parser.finish();
        FUZZ_CHECK((r == RequestParser::Result::Error) == !parser.idle());
    }
    return 0;
}
