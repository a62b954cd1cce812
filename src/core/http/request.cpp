#include "http/request.h"

#include "http/http.h"

#include <QStringList>

namespace authlab {

namespace {

// The longest IPv6 literal (with an embedded IPv4 address) is 45 characters.
constexpr qsizetype kMaxIpv6Literal = 45;
// The default port of the http scheme (RFC 9110 §4.2.1).
constexpr quint16 kHttpPort = 80;

// An IPv4address of RFC 3986 §3.2.2, strictly: four dec-octets, no leading zeros (some
// resolvers would read "010" as octal, so it names no address here).
std::optional<quint32> strictIpv4(QByteArrayView host)
{
    quint32 value = 0;
    qsizetype i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= host.size() || host[i] != '.')
                return std::nullopt;
            ++i;
        }
        const qsizetype start = i;
        unsigned octet = 0;
        while (i < host.size() && i - start < 3 && host[i] >= '0' && host[i] <= '9')
            octet = octet * 10 + unsigned(host[i++] - '0');
        const qsizetype digits = i - start;
        if (digits == 0 || octet > 255 || (digits > 1 && host[start] == '0'))
            return std::nullopt;
        value = value << 8 | octet;
    }
    return i == host.size() ? std::optional<quint32>(value) : std::nullopt;
}

// The address a host names without a name lookup: an IP literal, or localhost. nullopt for
// anything else (a reg-name, a zone id, an IPvFuture).
std::optional<QHostAddress> literalAddress(QByteArrayView host, bool bracketed)
{
    if (bracketed) {
        if (host.isEmpty() || host.size() > kMaxIpv6Literal)
            return std::nullopt;
        for (char c : host) {
            if (http::hexValue(c) < 0 && c != ':' && c != '.')
                return std::nullopt; // '%' (a zone id) and "v1.x" (IPvFuture) among them
        }
        QHostAddress a;
        if (!a.setAddress(QString::fromLatin1(host)) || a.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        return a;
    }
    if (http::equalsIgnoreCase(host, "localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (const std::optional<quint32> v4 = strictIpv4(host))
        return QHostAddress(*v4);
    return std::nullopt;
}

} // namespace

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

TargetAuthority targetAuthority(QByteArrayView target, const QHostAddress &local, quint16 localPort)
{
    const std::optional<QByteArrayView> authority = absoluteFormAuthority(target);
    if (!authority)
        return TargetAuthority::NotAbsolute;
    // This server speaks plain HTTP only: an https target is never addressed to it.
    if (!http::equalsIgnoreCase(target.first(5), "http:") || localPort == 0)
        return TargetAuthority::Other;
    QByteArrayView rest = *authority;
    if (rest.contains('@')) // userinfo (RFC 9110 §4.2.4: deprecated, a recipient treats it as an error)
        return TargetAuthority::Other;
    QByteArrayView host;
    bool bracketed = false;
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close < 0)
            return TargetAuthority::Other;
        host = rest.sliced(1, close - 1);
        rest = rest.sliced(close + 1);
        bracketed = true;
    } else {
        const qsizetype colon = rest.indexOf(':');
        host = colon < 0 ? rest : rest.first(colon);
        rest = colon < 0 ? QByteArrayView() : rest.sliced(colon);
    }
    // port = *DIGIT (RFC 3986 §3.2.3); empty or absent: the scheme's default.
    quint32 port = kHttpPort;
    if (!rest.isEmpty()) {
        if (rest.front() != ':')
            return TargetAuthority::Other;
        rest = rest.sliced(1);
        if (!rest.isEmpty()) {
            // Leading zeros are digits too, but "is this me?" answers no to every unusual
            // spelling (as strictIpv4() does).
            if (rest.size() > 5 || (rest.size() > 1 && rest.front() == '0'))
                return TargetAuthority::Other;
            port = 0;
            for (char c : rest) {
                if (c < '0' || c > '9')
                    return TargetAuthority::Other;
                port = port * 10 + quint32(c - '0');
            }
            if (port > 65535)
                return TargetAuthority::Other;
        }
    }
    if (port != localPort)
        return TargetAuthority::Other;
    const std::optional<QHostAddress> address = literalAddress(host, bracketed);
    if (!address)
        return TargetAuthority::Other;
    const auto mode =
        QHostAddress::ConversionMode(QHostAddress::ConvertV4MappedToIPv4 | QHostAddress::ConvertLocalHost);
    const bool self = address->isEqual(QHostAddress(QHostAddress::LocalHost), mode) ||
                      address->isEqual(QHostAddress(QHostAddress::LocalHostIPv6), mode) ||
                      (!local.isNull() && address->isEqual(local, mode));
    return self ? TargetAuthority::Self : TargetAuthority::Other;
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
