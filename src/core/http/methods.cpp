#include "http/methods.h"

#include "scenario/scenario.h"

#include <cstring>

namespace authlab::methods {

namespace {
struct Known
{
    Method bit;
    QByteArrayView token;
};
// In the order the Allow field lists them.
constexpr Known kKnown[] = {
    {Get, "GET"},       {Head, "HEAD"},   {Options, "OPTIONS"}, {Post, "POST"},       {Put, "PUT"},
    {Delete, "DELETE"}, {Patch, "PATCH"}, {Trace, "TRACE"},     {Connect, "CONNECT"},
};
} // namespace

Method fromToken(QByteArrayView method)
{
    // On every request: by length first, then the bytes (method names are case-sensitive,
    // RFC 9110 §9.1).
    const auto is = [&](QByteArrayView token) {
        return std::memcmp(method.data(), token.data(), size_t(token.size())) == 0;
    };
    switch (method.size()) {
    case 3:
        return is("GET") ? Get : is("PUT") ? Put : Other;
    case 4:
        return is("HEAD") ? Head : is("POST") ? Post : Other;
    case 5:
        return is("PATCH") ? Patch : is("TRACE") ? Trace : Other;
    case 6:
        return is("DELETE") ? Delete : Other;
    case 7:
        return is("OPTIONS") ? Options : is("CONNECT") ? Connect : Other;
    default:
        return Other;
    }
}

Set allowedMethods(const Resource &)
{
    return kServerWide;
}

Set loginMethods()
{
    return kServerWide | Post;
}

QByteArray allowValue(Set set)
{
    QByteArray value;
    for (const Known &k : kKnown) {
        if (set & k.bit) {
            if (!value.isEmpty())
                value += ", ";
            value += k.token;
        }
    }
    return value;
}

QString traceName(QByteArrayView method, Method bit)
{
    switch (bit) {
    case Get:
        return QStringLiteral("GET");
    case Head:
        return QStringLiteral("HEAD");
    case Options:
        return QStringLiteral("OPTIONS");
    default:
        break;
    }
    return QString::fromLatin1(method.first(qMin<qsizetype>(method.size(), 32)));
}

QString traceName(QByteArrayView method)
{
    return traceName(method, fromToken(method));
}

} // namespace authlab::methods
