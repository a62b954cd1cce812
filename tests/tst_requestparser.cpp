// RequestParser without sockets: framing, incremental feeding, pipelining, limits, errors,
// raw-byte capture, and a fixed-seed garbage loop that must never crash or hang.

#include "http/requestparser.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <utility>

using namespace authlab;

namespace {

using Result = RequestParser::Result;
using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

// One parsed request, copied out of the parser (its views die at the next feed()).
struct Parsed
{
    QByteArray method;
    QByteArray target;
    int major = 0;
    int minor = 0;
    HeaderPairs headers;
    bool keepAlive = false;
    qint64 bodyBytes = 0;
    QByteArray content; // RequestFacts::body
    bool contentTruncated = false;
    QByteArray captured;
    qint64 messageBytes = 0;
    bool captureTruncated = false;

    friend bool operator==(const Parsed &, const Parsed &) = default;
};

QByteArray describe(const Parsed &p)
{
    QByteArray s = p.method + ' ' + p.target + " HTTP/" + QByteArray::number(p.major) + '.' +
                   QByteArray::number(p.minor) + " keepAlive=" + (p.keepAlive ? "true" : "false") +
                   " body=" + QByteArray::number(p.bodyBytes) +
                   " messageBytes=" + QByteArray::number(p.messageBytes) +
                   " truncated=" + (p.captureTruncated ? "true" : "false") + " headers=[";
    for (const auto &[name, value] : p.headers)
        s += name + ": " + value + "; ";
    s += "] captured=" + p.captured.toPercentEncoding(" :/;=.-_");
    return s;
}

Parsed snapshot(const RequestParser &p)
{
    Parsed r;
    r.method = p.method().toByteArray();
    r.target = p.target().toByteArray();
    r.major = p.httpMajor();
    r.minor = p.httpMinor();
    for (const http::HeaderField &f : p.headers())
        r.headers.append({f.name.toByteArray(), f.value.toByteArray()});
    r.keepAlive = p.keepAlive();
    r.bodyBytes = p.bodyBytes();
    RequestFacts facts;
    p.fillFacts(facts);
    r.content = facts.body.toByteArray();
    r.contentTruncated = facts.bodyTruncated;
    r.captured = p.captured();
    r.messageBytes = p.messageBytes();
    r.captureTruncated = p.captureTruncated();
    return r;
}

// What feeding a sequence of pieces produced.
struct Run
{
    QList<Parsed> requests;
    QList<qsizetype> consumed; // `consumed` of each Request result, summed over its piece's feeds
    Result last = Result::NeedMore;
    QString violation; // a broken feed() contract, empty if none
};

// Feeds the pieces in order, as a connection would: after a Request, the rest of the piece
// is fed again. Stops at the first Error.
Run drive(RequestParser &parser, const QList<QByteArray> &pieces)
{
    Run run;
    qsizetype sinceLastRequest = 0;
    for (const QByteArray &piece : pieces) {
        qsizetype off = 0;
        while (off < piece.size()) {
            const RequestParser::Feed f = parser.feed(piece.constData() + off, piece.size() - off);
            if (f.consumed < 0 || f.consumed > piece.size() - off) {
                run.violation =
                    QStringLiteral("consumed %1 of %2 bytes").arg(f.consumed).arg(piece.size() - off);
                return run;
            }
            off += f.consumed;
            sinceLastRequest += f.consumed;
            run.last = f.result;
            if (f.result == Result::Error)
                return run;
            if (f.result == Result::NeedMore) {
                if (off != piece.size()) {
                    run.violation =
                        QStringLiteral("NeedMore left %1 bytes unconsumed").arg(piece.size() - off);
                    return run;
                }
                break;
            }
            if (f.consumed == 0 && sinceLastRequest == 0) {
                run.violation = QStringLiteral("a Request result consumed no byte at all");
                return run;
            }
            run.requests.append(snapshot(parser));
            run.consumed.append(sinceLastRequest);
            sinceLastRequest = 0;
        }
    }
    return run;
}

QList<QByteArray> whole(const QByteArray &data)
{
    return {data};
}

QList<QByteArray> bytewise(const QByteArray &data)
{
    QList<QByteArray> pieces;
    for (char c : data)
        pieces.append(QByteArray(1, c));
    return pieces;
}

QList<QByteArray> chunksOf(const QByteArray &data, qsizetype n)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < data.size(); i += n)
        pieces.append(data.mid(i, n));
    return pieces;
}

enum class Feeding { Whole, Bytewise, Chunks7, Chunks100 };

QList<QByteArray> pieces(const QByteArray &data, Feeding how)
{
    switch (how) {
    case Feeding::Whole:
        return whole(data);
    case Feeding::Bytewise:
        return bytewise(data);
    case Feeding::Chunks7:
        return chunksOf(data, 7);
    case Feeding::Chunks100:
        return chunksOf(data, 100);
    }
    return whole(data);
}

const char *feedingName(Feeding how)
{
    switch (how) {
    case Feeding::Whole:
        return "whole";
    case Feeding::Bytewise:
        return "bytewise";
    case Feeding::Chunks7:
        return "chunks of 7";
    case Feeding::Chunks100:
        return "chunks of 100";
    }
    return "?";
}

const char *problemName(Problem p)
{
    switch (p) {
    case Problem::None:
        return "None";
    case Problem::Malformed:
        return "Malformed";
    case Problem::HeaderBlockTooLarge:
        return "HeaderBlockTooLarge";
    case Problem::TooManyHeaderFields:
        return "TooManyHeaderFields";
    case Problem::BodyTooLarge:
        return "BodyTooLarge";
    case Problem::Timeout:
        return "Timeout";
    case Problem::Overloaded:
        return "Overloaded";
    case Problem::UriTooLong:
        return "UriTooLong";
    case Problem::MethodUnknown:
        return "MethodUnknown";
    case Problem::VersionUnsupported:
        return "VersionUnsupported";
    }
    return "?";
}

const char *resultName(Result r)
{
    switch (r) {
    case Result::NeedMore:
        return "NeedMore";
    case Result::Request:
        return "Request";
    case Result::Error:
        return "Error";
    case Result::Headers:
        return "Headers";
    }
    return "?";
}

QString errorText(const RequestParser &p)
{
    return QStringLiteral("problem %1, detail \"%2\", limit %3")
        .arg(QLatin1String(problemName(p.problem())), QString::fromLatin1(p.problemDetail()))
        .arg(p.problemLimit());
}

// A GET whose header block (request line through the empty line) is exactly `total` bytes.
QByteArray getOfHeaderSize(qsizetype total)
{
    const QByteArray head = QByteArrayLiteral("GET /limit HTTP/1.1\r\nHost: example.org\r\nX-Pad: ");
    const QByteArray tail = QByteArrayLiteral("\r\n\r\n");
    const qsizetype pad = total - head.size() - tail.size();
    Q_ASSERT(pad > 0);
    return head + QByteArray(pad, 'p') + tail;
}

const QByteArray kSimpleGet = QByteArrayLiteral("GET /staff?x=1 HTTP/1.1\r\n"
                                                "Host: localhost:8080\r\n"
                                                "User-Agent: tst/1.0\r\n"
                                                "Accept: */*\r\n"
                                                "X-Spaces:   padded value  \t\r\n"
                                                "\r\n");
const QByteArray kPostLength = QByteArrayLiteral("POST /public HTTP/1.1\r\n"
                                                 "Host: localhost\r\n"
                                                 "Content-Type: text/plain\r\n"
                                                 "Content-Length: 13\r\n"
                                                 "\r\n"
                                                 "hello, world!");
const QByteArray kPostChunked = QByteArrayLiteral("POST /upload HTTP/1.1\r\n"
                                                  "Host: localhost\r\n"
                                                  "Transfer-Encoding: chunked\r\n"
                                                  "\r\n"
                                                  "5\r\nhello\r\n"
                                                  "a;name=value\r\n, chunked!\r\n"
                                                  "0\r\n"
                                                  "\r\n");
const QByteArray kHead = QByteArrayLiteral(
    "HEAD /admin HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic Ym9iOmJ1aWxkZXI=\r\n\r\n");

} // namespace

class TestRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleGet();
    void splitAnywhere_data();
    void splitAnywhere();
    void pipelined();
    void keepAlive_data();
    void keepAlive();
    void body_data();
    void body();
    void bodyReachesFacts_data();
    void bodyReachesFacts();
    void headerBlockLimit_data();
    void headerBlockLimit();
    void hugeFieldIsNamed_data();
    void hugeFieldIsNamed();
    void tooManyFields_data();
    void tooManyFields();
    void contentLengthOverLimit_data();
    void contentLengthOverLimit();
    void chunkedBodyOverLimit_data();
    void chunkedBodyOverLimit();
    void trailerFields_data();
    void trailerFields();
    void toleratedFraming_data();
    void toleratedFraming();
    void unsupportedRequestLine_data();
    void unsupportedRequestLine();
    void higherMinorVersion();
    void expectStopsAfterHeaders();
    void longTargetIsUriTooLong();
    void requestIdRecovered_data();
    void requestIdRecovered();
    void malformed_data();
    void malformed();
    void errorIsFinal();
    void errorAfterRequestIsItsOwn_data();
    void errorAfterRequestIsItsOwn();
    void finishMidMessage_data();
    void finishMidMessage();
    void captureOff();
    void captureTruncated_data();
    void captureTruncated();
    void randomGarbage();
};

void TestRequestParser::simpleGet()
{
    RequestParser p;
    p.setCapture(true);
    const RequestParser::Feed f = p.feed(kSimpleGet.constData(), kSimpleGet.size());
    QVERIFY2(f.result == Result::Request,
             qPrintable(QLatin1String(resultName(f.result)) + QLatin1String(": ") + errorText(p)));
    QCOMPARE(f.consumed, kSimpleGet.size());
    QCOMPARE(p.method(), QByteArrayView("GET"));
    QCOMPARE(p.target(), QByteArrayView("/staff?x=1"));
    QCOMPARE(p.httpMajor(), 1);
    QCOMPARE(p.httpMinor(), 1);
    QVERIFY(p.keepAlive());
    QCOMPARE(p.bodyBytes(), 0);
    QVERIFY(p.idle());

    const Parsed got = snapshot(p);
    const HeaderPairs expected = {
        {QByteArrayLiteral("Host"), QByteArrayLiteral("localhost:8080")},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("tst/1.0")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")},
        // Leading and trailing whitespace is not part of a field value (RFC 9110 §5.5).
        {QByteArrayLiteral("X-Spaces"), QByteArrayLiteral("padded value")},
    };
    QCOMPARE(got.headers, expected);
    QCOMPARE(http::findHeader(p.headers(), QByteArrayView("user-agent")), QByteArrayView("tst/1.0"));

    RequestFacts facts;
    p.fillFacts(facts);
    QCOMPARE(facts.method, QByteArrayView("GET"));
    QCOMPARE(facts.target, QByteArrayView("/staff?x=1"));
    QCOMPARE(facts.headers.size(), 4);
    QCOMPARE(facts.problem, Problem::None);

    QCOMPARE(p.captured(), kSimpleGet);
    QCOMPARE(p.messageBytes(), kSimpleGet.size());
    QVERIFY(!p.captureTruncated());
    QCOMPARE(p.finish(), Result::NeedMore); // nothing in progress
}

void TestRequestParser::splitAnywhere_data()
{
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::newRow("simple GET") << QList<QByteArray>{kSimpleGet};
    QTest::newRow("POST with Content-Length") << QList<QByteArray>{kPostLength};
    QTest::newRow("POST chunked") << QList<QByteArray>{kPostChunked};
    QTest::newRow("HEAD with credentials") << QList<QByteArray>{kHead};
    QTest::newRow("three pipelined") << QList<QByteArray>{kPostLength, kSimpleGet, kPostChunked};
}

// The same bytes give the same requests however the network happens to cut them.
void TestRequestParser::splitAnywhere()
{
    QFETCH(QList<QByteArray>, messages);
    const QByteArray data = messages.join();

    RequestParser reference;
    reference.setCapture(true);
    const Run ref = drive(reference, whole(data));
    QVERIFY2(ref.violation.isEmpty(), qPrintable(ref.violation));
    QCOMPARE(ref.requests.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QCOMPARE(ref.requests[i].captured, messages[i]);
        QCOMPARE(ref.requests[i].messageBytes, messages[i].size());
        QCOMPARE(ref.consumed[i], messages[i].size());
    }

    QList<QList<QByteArray>> ways;
    ways.append(bytewise(data));
    for (qsizetype cut = 0; cut <= data.size(); ++cut)
        ways.append({data.left(cut), data.mid(cut)});
    // Three pieces, too: every cut of the second half of the buffer after a cut at a third.
    const qsizetype third = data.size() / 3;
    for (qsizetype cut = third; cut <= data.size(); ++cut)
        ways.append({data.left(third), data.mid(third, cut - third), data.mid(cut)});

    for (const QList<QByteArray> &way : std::as_const(ways)) {
        RequestParser p;
        p.setCapture(true);
        const Run run = drive(p, way);
        QByteArray shape;
        for (const QByteArray &piece : way)
            shape += QByteArray::number(piece.size()) + ' ';
        QVERIFY2(run.violation.isEmpty(),
                 qPrintable(run.violation + QLatin1String(" with pieces ") + QString::fromLatin1(shape)));
        QVERIFY2(run.last != Result::Error, qPrintable(QLatin1String("pieces ") + QString::fromLatin1(shape) +
                                                       QLatin1String(": ") + errorText(p)));
        QVERIFY2(run.requests.size() == ref.requests.size(),
                 qPrintable(QStringLiteral("pieces %1: %2 requests instead of %3")
                                .arg(QString::fromLatin1(shape))
                                .arg(run.requests.size())
                                .arg(ref.requests.size())));
        for (qsizetype i = 0; i < run.requests.size(); ++i) {
            if (!(run.requests[i] == ref.requests[i])) {
                const QByteArray msg = "pieces " + shape + ", request " + QByteArray::number(i) +
                                       ":\n   got " + describe(run.requests[i]) + "\n  want " +
                                       describe(ref.requests[i]);
                QFAIL(msg.constData());
            }
        }
        QVERIFY(p.idle());
        QCOMPARE(p.finish(), Result::NeedMore);
    }
}

void TestRequestParser::pipelined()
{
    const QByteArray a = QByteArrayLiteral("GET /public HTTP/1.1\r\nHost: x\r\nX-Request-ID: one\r\n\r\n");
    const QByteArray b =
        QByteArrayLiteral("POST /admin HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nBODY");
    const QByteArray c = QByteArrayLiteral("DELETE /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const QByteArray data = a + b + c;

    RequestParser p;
    p.setCapture(true);
    qsizetype off = 0;
    const struct
    {
        QByteArray message;
        const char *method;
        const char *target;
        qint64 body;
        bool keepAlive;
    } expected[] = {
        {a, "GET", "/public", 0, true}, {b, "POST", "/admin", 4, true}, {c, "DELETE", "/nope", 0, false}};
    for (const auto &e : expected) {
        const RequestParser::Feed f = p.feed(data.constData() + off, data.size() - off);
        QVERIFY2(f.result == Result::Request,
                 qPrintable(QStringLiteral("at offset %1: %2, %3")
                                .arg(off)
                                .arg(QLatin1String(resultName(f.result)), errorText(p))));
        QCOMPARE(f.consumed, e.message.size());
        QCOMPARE(p.method(), QByteArrayView(e.method));
        QCOMPARE(p.target(), QByteArrayView(e.target));
        QCOMPARE(p.bodyBytes(), e.body);
        QCOMPARE(p.keepAlive(), e.keepAlive);
        QCOMPARE(p.captured(), e.message); // each message's own bytes, not its neighbours'
        QCOMPARE(p.messageBytes(), e.message.size());
        off += f.consumed;
    }
    QCOMPARE(off, data.size());
    // The first message's header must not leak into the later ones.
    QCOMPARE(http::findHeader(p.headers(), QByteArrayView("X-Request-ID")), QByteArrayView());
    QCOMPARE(p.finish(), Result::NeedMore);
}

void TestRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << true;
    QTest::newRow("1.1 Connection: close")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << 1 << false;
    QTest::newRow("1.1 Connection: Close, TE")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nConnection: TE, Close\r\nTE: trailers\r\n\r\n")
        << 1 << false;
    QTest::newRow("1.1 Connection: keep-alive")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n") << 1 << true;
    QTest::newRow("1.0 default") << QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n") << 0 << false;
    QTest::newRow("1.0 with Host") << QByteArrayLiteral("GET / HTTP/1.0\r\nHost: x\r\n\r\n") << 0 << false;
    QTest::newRow("1.0 Connection: keep-alive")
        << QByteArrayLiteral("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 0 << true;
    // No protocol switch: answered, then closed.
    QTest::newRow("1.1 Upgrade")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
        << 1 << false;
}

void TestRequestParser::keepAlive()
{
    QFETCH(QByteArray, request);
    QFETCH(int, minor);
    QFETCH(bool, keepAlive);
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p;
        const Run run = drive(p, pieces(request, how));
        QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
        QVERIFY2(run.requests.size() == 1,
                 qPrintable(QLatin1String(feedingName(how)) + QLatin1String(": ") + errorText(p)));
        QCOMPARE(run.requests[0].major, 1);
        QCOMPARE(run.requests[0].minor, minor);
        QVERIFY2(run.requests[0].keepAlive == keepAlive, feedingName(how));
    }
}

void TestRequestParser::body_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<qint64>("bodyBytes");
    QTest::newRow("Content-Length 13") << kPostLength << qint64(13);
    QTest::newRow("Content-Length 0")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") << qint64(0);
    QTest::newRow("chunked 5+10") << kPostChunked << qint64(15);
    QTest::newRow("chunked empty")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << qint64(0);
    QTest::newRow("chunked hex sizes")
        << QByteArrayLiteral("PUT /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "1F\r\n0123456789abcdef0123456789abcde\r\n"
                             "1\r\nz\r\n0\r\n\r\n")
        << qint64(32);
    QTest::newRow("Content-Length 1000")
        << QByteArray(QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n") +
                      QByteArray(1000, 'b'))
        << qint64(1000);
}

void TestRequestParser::body()
{
    QFETCH(QByteArray, request);
    QFETCH(qint64, bodyBytes);
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise, Feeding::Chunks7}) {
        RequestParser p;
        p.setCapture(true);
        const Run run = drive(p, pieces(request, how));
        QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
        QVERIFY2(run.requests.size() == 1,
                 qPrintable(QLatin1String(feedingName(how)) + QLatin1String(": ") + errorText(p)));
        QVERIFY2(run.requests[0].bodyBytes == bodyBytes, qPrintable(QStringLiteral("%1: body %2, want %3")
                                                                        .arg(QLatin1String(feedingName(how)))
                                                                        .arg(run.requests[0].bodyBytes)
                                                                        .arg(bodyBytes)));
        QCOMPARE(run.consumed[0], request.size());
        QCOMPARE(run.requests[0].captured, request);
    }
}

// The content reaches the decision (a login form), de-chunked, and only up to the kept limit.
void TestRequestParser::bodyReachesFacts_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("truncated");
    QTest::newRow("none") << kHead << QByteArray() << false;
    QTest::newRow("Content-Length") << kPostLength << QByteArray("hello, world!") << false;
    QTest::newRow("chunked") << kPostChunked << QByteArray("hello, chunked!") << false;
    QTest::newRow("over the kept limit")
        << QByteArray(QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n") +
                      QByteArray(16, 'a') + QByteArray(24, 'b'))
        << QByteArray(16, 'a') << true;
}

void TestRequestParser::bodyReachesFacts()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, content);
    QFETCH(bool, truncated);
    ParserLimits limits;
    limits.maxKeptBodyBytes = 16;
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise, Feeding::Chunks7}) {
        RequestParser p(limits);
        // Twice: the second request must not see the first one's content.
        const Run run = drive(p, pieces(request + request, how));
        QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
        QCOMPARE(run.requests.size(), 2);
        for (const Parsed &got : run.requests) {
            QCOMPARE(got.content, content);
            QCOMPARE(got.contentTruncated, truncated);
        }
    }
}

void TestRequestParser::headerBlockLimit_data()
{
    QTest::addColumn<qsizetype>("headerBytes");
    QTest::addColumn<QByteArray>("after"); // bytes that follow the header block
    QTest::addColumn<int>("feeding");
    QTest::addColumn<bool>("accepted");
    const int modes[] = {int(Feeding::Whole), int(Feeding::Bytewise), int(Feeding::Chunks7),
                         int(Feeding::Chunks100)};
    for (int mode : modes) {
        const char *name = feedingName(Feeding(mode));
        QTest::addRow("exactly 1024, %s", name) << qsizetype(1024) << QByteArray() << mode << true;
        QTest::addRow("1025, %s", name) << qsizetype(1025) << QByteArray() << mode << false;
        QTest::addRow("1023, %s", name) << qsizetype(1023) << QByteArray() << mode << true;
        QTest::addRow("2000, %s", name) << qsizetype(2000) << QByteArray() << mode << false;
        // The next pipelined request in the same buffer does not count against this one.
        QTest::addRow("exactly 1024 then more, %s", name)
            << qsizetype(1024) << QByteArrayLiteral("GET /next HTTP/1.1\r\nHost: x\r\n\r\n") << mode << true;
    }
}

// The limit is exact: the request line, the fields and the empty line that ends them may take
// maxHeaderBytes bytes, and not one more.
void TestRequestParser::headerBlockLimit()
{
    QFETCH(qsizetype, headerBytes);
    QFETCH(QByteArray, after);
    QFETCH(int, feeding);
    QFETCH(bool, accepted);

    ParserLimits limits;
    limits.maxHeaderBytes = 1024;
    RequestParser p(limits);
    const QByteArray request = getOfHeaderSize(headerBytes);
    QCOMPARE(request.size(), headerBytes);
    const Run run = drive(p, pieces(request + after, Feeding(feeding)));
    QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
    if (accepted) {
        QVERIFY2(run.last != Result::Error, qPrintable(errorText(p)));
        QCOMPARE(run.requests.size(), after.isEmpty() ? 1 : 2);
        QCOMPARE(run.requests[0].target, QByteArrayLiteral("/limit"));
        QCOMPARE(run.consumed[0], request.size());
    } else {
        QVERIFY2(run.last == Result::Error, resultName(run.last));
        QVERIFY(run.requests.isEmpty());
        QVERIFY2(p.problem() == Problem::HeaderBlockTooLarge, qPrintable(errorText(p)));
        QCOMPARE(p.problemLimit(), qint64(1024));
        QVERIFY(!p.idle());
    }
}

void TestRequestParser::hugeFieldIsNamed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("feeding");
    const QByteArray big(3000, 'v');
    const QByteArray cookie =
        QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nCookie: ") + big + "\r\nAccept: */*\r\n\r\n";
    const QByteArray second =
        QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nX-Short: 1\r\nX-Huge-Field: ") + big + "\r\n\r\n";
    const QByteArray hugeName =
        QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n") + QByteArray(3000, 'N') + ": 1\r\n\r\n";
    // The value's last byte is the first one over the limit.
    const QByteArray borderline =
        QByteArrayLiteral("GET / HTTP/1.1\r\nX-Edge: ") + QByteArray(1024 - 24 + 1, 'e') + "\r\n\r\n";
    for (int mode :
         {int(Feeding::Whole), int(Feeding::Bytewise), int(Feeding::Chunks7), int(Feeding::Chunks100)}) {
        const char *name = feedingName(Feeding(mode));
        QTest::addRow("Cookie, %s", name) << cookie << QByteArrayLiteral("Cookie") << mode;
        QTest::addRow("second field, %s", name) << second << QByteArrayLiteral("X-Huge-Field") << mode;
        QTest::addRow("value ends past the limit, %s", name)
            << borderline << QByteArrayLiteral("X-Edge") << mode;
        // A huge name is named by its first 64 bytes.
        QTest::addRow("huge name, %s", name) << hugeName << QByteArray(64, 'N') << mode;
    }
}

void TestRequestParser::hugeFieldIsNamed()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, field);
    QFETCH(int, feeding);
    ParserLimits limits;
    limits.maxHeaderBytes = 1024;
    RequestParser p(limits);
    const Run run = drive(p, pieces(request, Feeding(feeding)));
    QVERIFY2(run.last == Result::Error, resultName(run.last));
    QVERIFY2(p.problem() == Problem::HeaderBlockTooLarge, qPrintable(errorText(p)));
    QCOMPARE(p.problemDetail(), field);
    QCOMPARE(p.problemLimit(), qint64(1024));
}

void TestRequestParser::tooManyFields_data()
{
    QTest::addColumn<int>("fields");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("7 of 8") << 7 << true;
    QTest::newRow("8 of 8") << 8 << true;
    QTest::newRow("9 of 8") << 9 << false;
    QTest::newRow("100 of 8") << 100 << false;
}

void TestRequestParser::tooManyFields()
{
    QFETCH(int, fields);
    QFETCH(bool, accepted);
    ParserLimits limits;
    limits.maxHeaderFields = 8;
    QByteArray request = QByteArrayLiteral("GET / HTTP/1.1\r\n");
    for (int i = 0; i < fields; ++i)
        request += "X-F" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
    request += "\r\n";
    QVERIFY(request.size() < limits.maxHeaderBytes); // the count, not the size, is at stake

    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p(limits);
        const Run run = drive(p, pieces(request, how));
        if (accepted) {
            QVERIFY2(run.requests.size() == 1, qPrintable(errorText(p)));
            QCOMPARE(run.requests[0].headers.size(), fields);
        } else {
            QVERIFY2(run.last == Result::Error, feedingName(how));
            QVERIFY2(p.problem() == Problem::TooManyHeaderFields, qPrintable(errorText(p)));
            QCOMPARE(p.problemLimit(), qint64(limits.maxHeaderFields));
        }
    }
}

void TestRequestParser::contentLengthOverLimit_data()
{
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<int>("bodyBytesSent");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at the limit") << qint64(100) << 100 << true;
    QTest::newRow("one over, no body yet") << qint64(101) << 0 << false;
    QTest::newRow("one over, body follows") << qint64(101) << 101 << false;
    QTest::newRow("2 MiB, some body follows") << qint64(2 * 1024 * 1024) << 50 << false;
    QTest::newRow("absurd") << qint64(999999999999LL) << 10 << false;
}

// An announced body over the limit is refused as soon as the header block is complete.
void TestRequestParser::contentLengthOverLimit()
{
    QFETCH(qint64, contentLength);
    QFETCH(int, bodyBytesSent);
    QFETCH(bool, accepted);
    ParserLimits limits;
    limits.maxBodyBytes = 100;
    const QByteArray head =
        "POST /public HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(contentLength) +
        "\r\n\r\n";
    const QByteArray data = head + QByteArray(bodyBytesSent, 'b');

    RequestParser p(limits);
    const RequestParser::Feed f = p.feed(data.constData(), data.size());
    if (accepted) {
        QVERIFY2(f.result == Result::Request, qPrintable(errorText(p)));
        QCOMPARE(p.bodyBytes(), contentLength);
        return;
    }
    QVERIFY2(f.result == Result::Error, resultName(f.result));
    QVERIFY2(p.problem() == Problem::BodyTooLarge, qPrintable(errorText(p)));
    QCOMPARE(p.problemLimit(), qint64(100));
    QCOMPARE(p.bodyBytes(), 0);        // not one byte of the body was read
    QCOMPARE(f.consumed, head.size()); // the error is at the end of the header block
}

void TestRequestParser::chunkedBodyOverLimit_data()
{
    QTest::addColumn<QList<int>>("chunks");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("60+40 of 100") << QList<int>{60, 40} << true;
    QTest::newRow("60+41 of 100") << QList<int>{60, 41} << false;
    QTest::newRow("one chunk of 101") << QList<int>{101} << false;
    QTest::newRow("many small ones") << QList<int>{10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 1} << false;
    QTest::newRow("huge announced chunk") << QList<int>{0x7fffff} << false;
}

void TestRequestParser::chunkedBodyOverLimit()
{
    QFETCH(QList<int>, chunks);
    QFETCH(bool, accepted);
    ParserLimits limits;
    limits.maxBodyBytes = 100;
    QByteArray data =
        QByteArrayLiteral("POST /public HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int n : chunks)
        data += QByteArray::number(n, 16) + "\r\n" + QByteArray(qMin(n, 200), 'c') + "\r\n";
    data += "0\r\n\r\n";

    for (Feeding how : {Feeding::Whole, Feeding::Bytewise, Feeding::Chunks7}) {
        RequestParser p(limits);
        const Run run = drive(p, pieces(data, how));
        QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
        if (accepted) {
            QVERIFY2(run.requests.size() == 1, qPrintable(errorText(p)));
            QCOMPARE(run.requests[0].bodyBytes, qint64(100));
        } else {
            QVERIFY2(run.last == Result::Error, feedingName(how));
            QVERIFY2(p.problem() == Problem::BodyTooLarge, qPrintable(errorText(p)));
            QCOMPARE(p.problemLimit(), qint64(100));
            QVERIFY(p.bodyBytes() <= 101 + 200); // stopped at the first byte over, within the read
        }
    }
}

// Trailer fields come after the content; they are not header fields (RFC 9110 §6.5.1: not to be
// merged into the header section, so a trailer Authorization must not authenticate), and they do
// not count against the header block limit, which the content may well have exceeded already.
// They are bounded by the same limit on their own.
void TestRequestParser::trailerFields_data()
{
    QTest::addColumn<int>("contentBytes");
    QTest::addColumn<QByteArray>("trailer");
    QTest::addColumn<bool>("accepted");
    const QByteArray auth =
        QByteArrayLiteral("Authorization: Basic YWxpY2U6d29uZGVybGFuZA==\r\nX-Checksum: 1\r\n");
    QTest::newRow("small content") << 10 << auth << true;
    QTest::newRow("content over the header limit") << 3000 << auth << true;
    QTest::newRow("trailer at the limit")
        << 3000 << QByteArray("X-T: " + QByteArray(1024 - 9, 't') + "\r\n") << true;
    QTest::newRow("trailer over the limit")
        << 10 << QByteArray("X-T: " + QByteArray(2000, 't') + "\r\n") << false;
}

void TestRequestParser::trailerFields()
{
    QFETCH(int, contentBytes);
    QFETCH(QByteArray, trailer);
    QFETCH(bool, accepted);
    ParserLimits limits;
    limits.maxHeaderBytes = 1024;
    const QByteArray content(contentBytes, 't');
    const QByteArray data =
        QByteArrayLiteral("POST /public HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") +
        QByteArray::number(content.size(), 16) + "\r\n" + content + "\r\n0\r\n" + trailer + "\r\n";
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise, Feeding::Chunks100}) {
        RequestParser p(limits);
        p.setCapture(true);
        const Run run = drive(p, pieces(data, how));
        QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
        if (!accepted) {
            QVERIFY2(run.last == Result::Error, feedingName(how));
            QVERIFY2(p.problem() == Problem::HeaderBlockTooLarge, qPrintable(errorText(p)));
            continue;
        }
        QVERIFY2(run.requests.size() == 1,
                 qPrintable(QLatin1String(feedingName(how)) + QLatin1String(": ") + errorText(p)));
        QCOMPARE(run.requests[0].bodyBytes, qint64(content.size()));
        const HeaderPairs expected = {{QByteArrayLiteral("Host"), QByteArrayLiteral("x")},
                                      {QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")}};
        QCOMPARE(run.requests[0].headers, expected);
        QCOMPARE(run.requests[0].captured, data);
    }
}

// What RFC 9112 lets a recipient accept; no CR or LF ever reaches a field value.
void TestRequestParser::toleratedFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("value"); // of X-A
    QTest::newRow("empty line before the request (§2.2)")
        << QByteArrayLiteral("\r\nGET / HTTP/1.1\r\nX-A: v\r\n\r\n") << QByteArrayLiteral("v");
    QTest::newRow("LF-terminated request line (§2.2)")
        << QByteArrayLiteral("GET / HTTP/1.1\nX-A: v\r\n\r\n") << QByteArrayLiteral("v");
    QTest::newRow("obs-fold replaced by spaces (§5.2)")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nX-A: a\r\n  folded\r\n\r\n")
        << QByteArrayLiteral("a  folded");
    QTest::newRow("obs-text in a value") << QByteArrayLiteral("GET / HTTP/1.1\r\nX-A: caf\xc3\xa9\r\n\r\n")
                                         << QByteArrayLiteral("caf\xc3\xa9");
}

void TestRequestParser::toleratedFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, value);
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p;
        const Run run = drive(p, pieces(request, how));
        QVERIFY2(run.requests.size() == 1,
                 qPrintable(QLatin1String(feedingName(how)) + QLatin1String(": ") + errorText(p)));
        QCOMPARE(run.requests[0].method, QByteArrayLiteral("GET"));
        QCOMPARE(run.requests[0].headers.size(), 1);
        QCOMPARE(run.requests[0].headers[0].second, value);
    }
}

void TestRequestParser::unsupportedRequestLine_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<QByteArray>("method"); // what method() says afterwards
    const int unknown = int(Problem::MethodUnknown), version = int(Problem::VersionUnsupported);
    QTest::newRow("FROB") << QByteArrayLiteral("FROB / HTTP/1.1\r\nHost: x\r\n\r\n") << unknown
                          << QByteArrayLiteral("FROB") << QByteArrayLiteral("FROB");
    QTest::newRow("BREW, a known prefix")
        << QByteArrayLiteral("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n") << unknown << QByteArrayLiteral("BREW")
        << QByteArrayLiteral("BREW");
    QTest::newRow("lower-case get") << QByteArrayLiteral("get / HTTP/1.1\r\nHost: x\r\n\r\n") << unknown
                                    << QByteArrayLiteral("get") << QByteArrayLiteral("get");
    QTest::newRow("after a GET") << QByteArray(kSimpleGet + "FOO / HTTP/1.1\r\n\r\n") << unknown
                                 << QByteArrayLiteral("FOO") << QByteArrayLiteral("FOO");
    QTest::newRow("HTTP/2.0") << QByteArrayLiteral("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << version
                              << QByteArrayLiteral("HTTP/2.0") << QByteArrayLiteral("GET");
    QTest::newRow("HTTP/2 preface") << QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << version
                                    << QByteArrayLiteral("HTTP/2.0") << QByteArrayLiteral("PRI");
    QTest::newRow("HTTP/4.2") << QByteArrayLiteral("GET / HTTP/4.2\r\nHost: x\r\n\r\n") << version
                              << QByteArrayLiteral("HTTP/4.2") << QByteArrayLiteral("GET");
}

// A request line this server cannot serve but that is well-formed: an unknown method is 501,
// another major version 505, whichever way the bytes arrive (RFC 9110 §9.1, §2.5).
void TestRequestParser::unsupportedRequestLine()
{
    QFETCH(QByteArray, request);
    QFETCH(int, problem);
    QFETCH(QByteArray, detail);
    QFETCH(QByteArray, method);
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p;
        p.setCapture(true);
        const Run run = drive(p, pieces(request, how));
        QVERIFY2(run.last == Result::Error, resultName(run.last));
        QVERIFY2(int(p.problem()) == problem, qPrintable(errorText(p)));
        QCOMPARE(p.problemDetail(), detail);
        QCOMPARE(p.method().toByteArray(), method);
        QVERIFY2(request.contains(QByteArray(' ' + p.target().toByteArray() + ' ')),
                 p.target().toByteArray().constData());
    }
}

// HTTP/1.2 is handled as HTTP/1.1 (RFC 9110 §2.5): a request, kept alive.
void TestRequestParser::higherMinorVersion()
{
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p;
        const Run run =
            drive(p, pieces(QByteArrayLiteral("GET / HTTP/1.2\r\nHost: x\r\n\r\n") + kSimpleGet, how));
        QCOMPARE(run.requests.size(), 2);
        QCOMPARE(p.httpMajor(), 1);
    }
}

// Expect with content to come: the parser stops after the header block (Result::Headers), the
// facts are there, and the content follows as the same request.
void TestRequestParser::expectStopsAfterHeaders()
{
    const QByteArray head = QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                                              "Content-Length: 5\r\n\r\n");
    RequestParser p;
    const RequestParser::Feed f = p.feed(head.constData(), head.size());
    QCOMPARE(f.result, Result::Headers);
    QCOMPARE(f.consumed, head.size());
    RequestFacts facts;
    p.fillFacts(facts);
    QCOMPARE(facts.method.toByteArray(), QByteArrayLiteral("POST"));
    QCOMPARE(http::findHeader(facts.headers, "expect").toByteArray(), QByteArrayLiteral("100-continue"));
    const QByteArray body = QByteArrayLiteral("hello");
    QCOMPARE(p.feed(body.constData(), body.size()).result, Result::Request);
    QCOMPARE(p.bodyBytes(), 5);
    // Without content, or without Expect, no stop.
    RequestParser q;
    const QByteArray get = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n");
    QCOMPARE(q.feed(get.constData(), get.size()).result, Result::Request);
}

// A request-target over the limit is 414's business (RFC 9112 §3), not 431's.
void TestRequestParser::longTargetIsUriTooLong()
{
    const QByteArray bytes = "GET /" + QByteArray(20 * 1024, 'u') + " HTTP/1.1\r\nHost: x\r\n\r\n";
    for (Feeding how : {Feeding::Whole, Feeding::Chunks100}) {
        RequestParser p;
        drive(p, pieces(bytes, how));
        QVERIFY2(p.problem() == Problem::UriTooLong, qPrintable(errorText(p)));
    }
}

// A request that fails before its X-Request-ID was parsed still names it (recovered from the
// raw bytes), so that its answer and record can be matched.
void TestRequestParser::requestIdRecovered_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("capture");
    const QByteArray id = "X-Request-ID: abc-1\r\n";
    QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\n" + id + "\r\n") << true;
    QTest::newRow("unknown method, no capture") << QByteArray("BREW / HTTP/1.1\r\n" + id + "\r\n") << false;
    QTest::newRow("bad field first") << QByteArray("GET / HTTP/1.1\r\nBad Name: 1\r\n" + id + "\r\n") << true;
    QTest::newRow("bad field first, no capture")
        << QByteArray("GET / HTTP/1.1\r\nBad Name: 1\r\n" + id + "\r\n") << false;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + id + "\r\n") << true;
}

void TestRequestParser::requestIdRecovered()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, capture);
    RequestParser p;
    p.setCapture(capture);
    QCOMPARE(p.feed(request.constData(), request.size()).result, Result::Error);
    RequestFacts facts;
    p.fillPartialFacts(facts);
    QCOMPARE(http::findHeader(facts.headers, http::header::RequestId).toByteArray(),
             QByteArrayLiteral("abc-1"));
}

void TestRequestParser::malformed_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray ok = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n");
    // (An unknown method in a well-formed request line is 501: unknownMethod.)
    QTest::newRow("unknown method, no version") << QByteArrayLiteral("FROB /\r\nHost: x\r\n\r\n");
    QTest::newRow("method of control bytes") << QByteArrayLiteral("\x01\x02 / HTTP/1.1\r\n\r\n");
    QTest::newRow("garbage line") << QByteArrayLiteral("hello there\r\n\r\n");
    QTest::newRow("no version (HTTP/0.9)") << QByteArrayLiteral("GET /\r\nHost: x\r\n\r\n");
    QTest::newRow("no version, no fields") << QByteArrayLiteral("GET /\r\n\r\n");
    QTest::newRow("bad version") << QByteArrayLiteral("GET / HTTP/x.y\r\nHost: x\r\n\r\n");
    QTest::newRow("extra word") << QByteArrayLiteral("GET / HTTP/1.1 please\r\nHost: x\r\n\r\n");
    QTest::newRow("space in target") << QByteArrayLiteral("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("control char in target") << QByteArrayLiteral("GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("space in field name") << QByteArray(ok + "Bad Name: x\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray(ok + "X-A : x\r\n\r\n");
    QTest::newRow("separator in field name") << QByteArray(ok + "X(y): 1\r\n\r\n");
    QTest::newRow("field without colon") << QByteArray(ok + "NoColonHere\r\n\r\n");
    QTest::newRow("NUL in value") << QByteArray(ok + QByteArray("X-A: a\0b\r\n\r\n", 12));
    QTest::newRow("bare CR in value") << QByteArray(ok + "X-A: a\rb\r\n\r\n");
    QTest::newRow("bare LF in value") << QByteArray(ok + "X-A: a\nX-B: b\r\n\r\n");
    QTest::newRow("DEL in value") << QByteArray(ok + "X-A: a\x7f"
                                                     "b\r\n\r\n");
    QTest::newRow("bad Content-Length") << QByteArray(ok + "Content-Length: 12abc\r\n\r\n");
    QTest::newRow("negative Content-Length") << QByteArray(ok + "Content-Length: -1\r\n\r\n");
    QTest::newRow("two Content-Lengths")
        << QByteArray(ok + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab");
    QTest::newRow("Content-Length with chunked")
        << QByteArray(ok + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QTest::newRow("chunked not last") << QByteArray(ok + "Transfer-Encoding: chunked, gzip\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray(
        ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("chunk without CRLF")
        << QByteArray(ok + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11); // a TLS hello
}

void TestRequestParser::malformed()
{
    QFETCH(QByteArray, request);
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p;
        p.setCapture(true);
        const Run run = drive(p, pieces(request, how));
        QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
        QVERIFY2(run.last == Result::Error,
                 qPrintable(QStringLiteral("%1: %2 after %3 requests")
                                .arg(QLatin1String(feedingName(how)), QLatin1String(resultName(run.last)))
                                .arg(run.requests.size())));
        QVERIFY2(p.problem() == Problem::Malformed, qPrintable(errorText(p)));
        QVERIFY2(!p.problemDetail().isEmpty(), feedingName(how));
        // What was read of the bad message is kept for display: a prefix of what was sent.
        QVERIFY2(request.startsWith(p.captured()),
                 qPrintable(QString::fromLatin1(p.captured().toPercentEncoding())));
    }
}

// After an error the parser is done: further input is refused, consumed nothing.
void TestRequestParser::errorIsFinal()
{
    RequestParser p;
    const QByteArray bad = QByteArrayLiteral("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n");
    QCOMPARE(p.feed(bad.constData(), bad.size()).result, Result::Error);
    const Problem problem = p.problem();
    const QByteArray detail = p.problemDetail();
    const RequestParser::Feed again = p.feed(kSimpleGet.constData(), kSimpleGet.size());
    QCOMPARE(again.result, Result::Error);
    QCOMPARE(again.consumed, 0);
    QCOMPARE(p.problem(), problem);
    QCOMPARE(p.problemDetail(), detail);
}

void TestRequestParser::errorAfterRequestIsItsOwn_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QByteArray>("method"); // what the parser may say of the bad message
    QTest::newRow("HEAD, then garbage")
        << kHead << QByteArrayLiteral("\x01\x02 garbage\r\n\r\n") << QByteArray();
    QTest::newRow("GET, then a line that is no request")
        << kSimpleGet << QByteArrayLiteral("FROB /\r\n\r\n") << QByteArray();
    QTest::newRow("HEAD, then bad field")
        << kHead << QByteArrayLiteral("POST /x HTTP/1.1\r\nBad Name: 1\r\n\r\n") << QByteArrayLiteral("POST");
}

// A bad message after a good one on the same connection: the parser describes the bad one, not
// its predecessor (method, target, fields, captured bytes).
void TestRequestParser::errorAfterRequestIsItsOwn()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, bad);
    QFETCH(QByteArray, method);
    const QByteArray data = first + bad;
    for (Feeding how : {Feeding::Whole, Feeding::Bytewise}) {
        RequestParser p;
        p.setCapture(true);
        const Run run = drive(p, pieces(data, how));
        QCOMPARE(run.requests.size(), 1);
        QVERIFY2(run.last == Result::Error, resultName(run.last));
        QVERIFY2(p.problem() == Problem::Malformed, qPrintable(errorText(p)));
        QCOMPARE(p.method().toByteArray(), method);
        QVERIFY2(p.target().isEmpty() || bad.contains(p.target().toByteArray()),
                 p.target().toByteArray().constData());
        QVERIFY2(p.headers().isEmpty(), feedingName(how));
        QVERIFY2(bad.startsWith(p.captured()),
                 qPrintable(QString::fromLatin1(p.captured().toPercentEncoding())));
        QVERIFY(p.messageBytes() <= bad.size());
        RequestFacts facts;
        p.fillFacts(facts);
        QVERIFY(!facts.isHead());
    }
}

void TestRequestParser::finishMidMessage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("inProgress");
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("complete request") << kSimpleGet << false;
    QTest::newRow("two complete requests") << QByteArray(kSimpleGet + kPostLength) << false;
    QTest::newRow("part of the method") << QByteArrayLiteral("GE") << true;
    QTest::newRow("request line") << QByteArrayLiteral("GET /x HTT") << true;
    QTest::newRow("in the fields") << QByteArrayLiteral("GET /x HTTP/1.1\r\nHost: x\r\nAcc") << true;
    QTest::newRow("before the empty line") << QByteArrayLiteral("GET /x HTTP/1.1\r\nHost: x\r\n") << true;
    QTest::newRow("in the body") << kPostLength.chopped(3) << true;
    QTest::newRow("in a chunk") << kPostChunked.left(kPostChunked.indexOf("hello") + 2) << true;
    QTest::newRow("before the last chunk") << kPostChunked.left(kPostChunked.indexOf("0\r\n")) << true;
    QTest::newRow("complete, then a second begun") << QByteArray(kSimpleGet + "POST /") << true;
}

void TestRequestParser::finishMidMessage()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, inProgress);
    RequestParser p;
    const Run run = drive(p, whole(data));
    QVERIFY2(run.last != Result::Error, qPrintable(errorText(p)));
    const Result r = p.finish();
    if (!inProgress) {
        QVERIFY2(r == Result::NeedMore, resultName(r));
        QCOMPARE(p.problem(), Problem::None);
        return;
    }
    QVERIFY2(r == Result::Error, resultName(r));
    QVERIFY2(p.problem() == Problem::Malformed, qPrintable(errorText(p)));
    QVERIFY(!p.problemDetail().isEmpty());
}

void TestRequestParser::captureOff()
{
    RequestParser p; // capture is off by default: nothing kept, but the size is still counted
    const Run run = drive(p, chunksOf(kPostLength + kSimpleGet, 5));
    QCOMPARE(run.requests.size(), 2);
    QVERIFY(run.requests[0].captured.isEmpty());
    QCOMPARE(run.requests[0].messageBytes, kPostLength.size());
    QCOMPARE(run.requests[1].messageBytes, kSimpleGet.size());
}

void TestRequestParser::captureTruncated_data()
{
    QTest::addColumn<int>("feeding");
    for (int mode :
         {int(Feeding::Whole), int(Feeding::Bytewise), int(Feeding::Chunks7), int(Feeding::Chunks100)})
        QTest::addRow("%s", feedingName(Feeding(mode))) << mode;
}

void TestRequestParser::captureTruncated()
{
    QFETCH(int, feeding);
    ParserLimits limits;
    limits.maxCaptureBytes = 64;
    const QByteArray small = QByteArrayLiteral("GET /s HTTP/1.1\r\nHost: x\r\n\r\n"); // under 64 bytes
    const QByteArray exactHead = QByteArrayLiteral("GET /e HTTP/1.1\r\nHost: x\r\nX-Fill: ");
    const QByteArray exact =
        exactHead + QByteArray(64 - exactHead.size() - 4, 'f') + "\r\n\r\n"; // exactly 64 bytes
    QCOMPARE(exact.size(), 64);
    const QByteArray big = QByteArrayLiteral("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 200\r\n\r\n") +
                           QByteArray(200, 'B');

    RequestParser p(limits);
    p.setCapture(true);
    const Run run = drive(p, pieces(big + small + exact + big, Feeding(feeding)));
    QVERIFY2(run.violation.isEmpty(), qPrintable(run.violation));
    QCOMPARE(run.requests.size(), 4);

    QCOMPARE(run.requests[0].captured, big.left(64));
    QCOMPARE(run.requests[0].messageBytes, big.size());
    QVERIFY(run.requests[0].captureTruncated);

    QCOMPARE(run.requests[1].captured, small);
    QVERIFY(!run.requests[1].captureTruncated);

    QCOMPARE(run.requests[2].captured, exact);
    QVERIFY(!run.requests[2].captureTruncated);

    QCOMPARE(run.requests[3].captured, big.left(64));
    QVERIFY(run.requests[3].captureTruncated);
}

// Whatever arrives, the parser neither crashes nor hangs nor grows past its limits, and it
// ends either waiting for more or in error.
void TestRequestParser::randomGarbage()
{
    QRandomGenerator rng(20240607u);
    ParserLimits limits;
    limits.maxHeaderBytes = 512;
    limits.maxHeaderFields = 12;
    limits.maxBodyBytes = 256;
    limits.maxCaptureBytes = 128;

    const QList<QByteArray> seeds = {kSimpleGet, kPostLength, kPostChunked, kHead,
                                     QByteArray(kSimpleGet + kPostChunked + kPostLength)};
    const QByteArray alphabet =
        QByteArrayLiteral("GETPOSHADLUT /?&=%:;,HTTP/1.0\r\n\t -ChunkdTrsfEcoigLth0123456789abcdefxX");

    int requests = 0;
    int errors = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray data;
        const int kind = round % 4;
        if (kind == 0) { // raw bytes
            data.resize(rng.bounded(0, 400));
            for (char &c : data)
                c = char(rng.bounded(256));
        } else if (kind == 1) { // HTTP-ish characters
            data.resize(rng.bounded(0, 400));
            for (char &c : data)
                c = alphabet[rng.bounded(int(alphabet.size()))];
        } else { // a valid message with a few mutations, or cut short
            data = seeds[rng.bounded(int(seeds.size()))];
            const int mutations = kind == 2 ? rng.bounded(1, 5) : 0;
            for (int m = 0; m < mutations && !data.isEmpty(); ++m) {
                const int at = rng.bounded(int(data.size()));
                switch (rng.bounded(4)) {
                case 0:
                    data[at] = char(rng.bounded(256));
                    break;
                case 1:
                    data.insert(at, alphabet[rng.bounded(int(alphabet.size()))]);
                    break;
                case 2:
                    data.remove(at, 1);
                    break;
                default:
                    data.insert(at,
                                QByteArray(rng.bounded(1, 700), alphabet[rng.bounded(int(alphabet.size()))]));
                }
            }
            if (kind == 3)
                data.truncate(rng.bounded(int(data.size()) + 1));
        }

        RequestParser p(limits);
        p.setCapture(true);
        qsizetype off = 0;
        Result last = Result::NeedMore;
        int steps = 0;
        while (off < data.size() && last != Result::Error) {
            QVERIFY2(++steps < 100000,
                     qPrintable(QStringLiteral("round %1 does not make progress").arg(round)));
            const qsizetype n = qMin<qsizetype>(rng.bounded(1, 64), data.size() - off);
            const RequestParser::Feed f = p.feed(data.constData() + off, n);
            QVERIFY2(
                f.consumed >= 0 && f.consumed <= n,
                qPrintable(QStringLiteral("round %1: consumed %2 of %3").arg(round).arg(f.consumed).arg(n)));
            if (f.result == Result::NeedMore)
                QVERIFY2(f.consumed == n,
                         qPrintable(QStringLiteral("round %1: NeedMore left bytes").arg(round)));
            if (f.result == Result::Request) {
                ++requests;
                QVERIFY(p.idle());
                QVERIFY(p.bodyBytes() <= limits.maxBodyBytes);
                QVERIFY(p.headers().size() <= limits.maxHeaderFields);
                QVERIFY(p.messageBytes() > 0);
                QVERIFY(!p.method().isEmpty());
            }
            QVERIFY(p.captured().size() <= limits.maxCaptureBytes);
            off += f.consumed;
            last = f.result;
        }
        const Result end = p.finish();
        QVERIFY2(end == Result::Error || end == Result::NeedMore, resultName(end));
        if (last == Result::Error || end == Result::Error) {
            ++errors;
            QVERIFY2(p.problem() != Problem::None, qPrintable(QStringLiteral("round %1").arg(round)));
            QVERIFY2(!p.problemDetail().isEmpty() || p.problem() != Problem::Malformed,
                     qPrintable(QStringLiteral("round %1: Malformed without a reason").arg(round)));
            const RequestParser::Feed after = p.feed("GET / HTTP/1.1\r\n\r\n", 18);
            QCOMPARE(after.result, Result::Error);
        } else {
            QVERIFY2(p.idle(),
                     qPrintable(QStringLiteral("round %1: NeedMore from finish() mid-message").arg(round)));
        }
    }
    // The loop really went through both outcomes.
    QVERIFY2(requests > 100, qPrintable(QString::number(requests)));
    QVERIFY2(errors > 1000, qPrintable(QString::number(errors)));
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
