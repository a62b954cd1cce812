#include "methods.h"

#include "scenario.h"

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
    for (const Known &k : kKnown) {
        if (method == k.token) // method names are case-sensitive (RFC 9110 §9.1)
            return k.bit;
    }
    return Other;
}

Set allowedMethods(const Resource &)
{
    return kServerWide;
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

QString traceName(QByteArrayView method)
{
    switch (fromToken(method)) {
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

} // namespace authlab::methods
