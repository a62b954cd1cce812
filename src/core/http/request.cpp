#include "http/request.h"

#include "http/http.h"

#include <QStringList>

namespace authlab {

std::optional<QByteArrayView> absoluteFormAuthority(QByteArrayView target)
{
    // The scheme is case-insensitive (RFC 3986 §3.1): "HTTP://" is absolute-form too.
    if (target.isEmpty() || target.front() == '/')
        return std::nullopt; // origin-form, the usual case
    qsizetype start = -1;
    if (target.size() >= 7 && http::equalsIgnoreCase(target.first(7), "http://"))
        start = 7;
    else if (target.size() >= 8 && http::equalsIgnoreCase(target.first(8), "https://"))
        start = 8;
    if (start < 0)
        return std::nullopt;
    // The authority ends at the first "/", "?" or "#" (RFC 3986 §3.2): in
    // "http://host?/admin" the path is empty and "/admin" is part of the query.
    qsizetype end = start;
    while (end < target.size() && target[end] != '/' && target[end] != '?' && target[end] != '#')
        ++end;
    return target.sliced(start, end - start);
}

std::optional<QByteArray> routablePath(QByteArrayView target)
{
    if (!target.isEmpty() && target.front() != '/') {
        const std::optional<QByteArrayView> authority = absoluteFormAuthority(target);
        if (!authority)
            return std::nullopt;
        const qsizetype end = (authority->data() - target.data()) + authority->size();
        // An empty path in absolute-form is "/" (RFC 9112 §3.2.2, RFC 9110 §4.2.3).
        target = end < target.size() && target[end] == '/' ? target.sliced(end) : QByteArrayView("/");
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
        const int hi = http::hexValue(target[i + 1]);
        const int lo = http::hexValue(target[i + 2]);
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
