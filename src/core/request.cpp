#include "request.h"

#include <QStringList>

namespace authlab {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

std::optional<QByteArray> routablePath(QByteArrayView target)
{
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: skip scheme and authority
        const qsizetype start = target.indexOf("//") + 2;
        const qsizetype slash = target.indexOf('/', start);
        target = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    if (target.isEmpty() || target.front() != '/')
        return std::nullopt;
    const qsizetype q = target.indexOf('?');
    if (q >= 0)
        target = target.first(q);
    const qsizetype h = target.indexOf('#');
    if (h >= 0)
        target = target.first(h);

    // Fast path: nothing to decode or normalise.
    bool plain = true;
    for (char c : target) {
        if (c == '%' || c == '.' || static_cast<unsigned char>(c) >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain) // no allocation on the hot path: a view of the request's own bytes
        return QByteArray::fromRawData(target.data(), target.size());

    QByteArray decoded;
    decoded.reserve(target.size());
    for (qsizetype i = 0; i < target.size(); ++i) {
        const char c = target[i];
        if (c != '%') {
            decoded.append(c);
            continue;
        }
        if (i + 2 >= target.size())
            return std::nullopt;
        const int hi = hexValue(target[i + 1]);
        const int lo = hexValue(target[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        const char byte = char(hi * 16 + lo);
        if (byte == '\0')
            return std::nullopt;
        decoded.append(byte);
        i += 2;
    }
    // Remove dot segments, so that /public/../admin is /admin and not a way around a rule.
    const QList<QByteArray> segments = decoded.split('/');
    QList<QByteArray> out;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QByteArray &s = segments[i];
        if (s == ".") {
            if (i == segments.size() - 1)
                out.append(QByteArray());
        } else if (s == "..") {
            if (!out.isEmpty())
                out.removeLast();
            if (i == segments.size() - 1)
                out.append(QByteArray());
        } else {
            out.append(s);
        }
    }
    QByteArray path = "/";
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i > 0)
            path.append('/');
        path.append(out[i]);
    }
    return path;
}

} // namespace authlab
