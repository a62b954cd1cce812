#pragma once

#include <QByteArray>
#include <QString>

namespace authlab {

struct Resource;

// Request methods as a set (RFC 9110 §9). The methods a resource answers are decided in one
// place, allowedMethods(); everything else (405, Allow, OPTIONS) follows from it.
namespace methods {

enum Method : quint16 {
    None = 0,
    Get = 1 << 0,
    Head = 1 << 1,
    Options = 1 << 2,
    Post = 1 << 3,
    Put = 1 << 4,
    Delete = 1 << 5,
    Patch = 1 << 6,
    Trace = 1 << 7,
    Connect = 1 << 8,
    Other = 1 << 15, // recognised by the parser (PROPFIND, MKCOL...), implemented nowhere
};
using Set = quint16;

// The method of a request, as a bit (Other for any other token).
Method fromToken(QByteArrayView method);

// What every resource answers: GET and HEAD (RFC 9110 §9.1: all general-purpose servers MUST
// support them) and OPTIONS.
inline constexpr Set kServerWide = Get | Head | Options;

// The methods `resource` answers. The one place to change: POST joins the set of a resource
// where a form lives (the /login form of a later issue) — nothing else needs to know.
Set allowedMethods(const Resource &resource);
// The methods of the built-in login form /login (it takes the form's POST).
Set loginMethods();

// The Allow field value for a set, in a fixed order: "GET, HEAD, OPTIONS".
QByteArray allowValue(Set set);

// The method's name for a trace argument; no allocation for the usual ones.
QString traceName(QByteArrayView method);
QString traceName(QByteArrayView method, Method bit); // bit: fromToken(method), already known

} // namespace methods
} // namespace authlab
