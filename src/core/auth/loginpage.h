#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The login form of the cookie-session scheme and the open-redirect guard for its `next`.
namespace authlab::session {

// A `next` longer than this is not followed (the form falls back to "/").
inline constexpr qsizetype kMaxNextBytes = 2048;

struct LoginForm
{
    QByteArrayView next;     // where to go after the login; passed through safeNext() here
    QByteArrayView username; // pre-filled after a failed attempt (UTF-8; escaped here)
    bool failed = false;     // show "wrong user name or password" (the response stays 200)
};

// A complete HTML page (UTF-8): a form that POSTs username, password and next to /login, with
// labels, autocomplete="username" / "current-password", and the error as role="alert".
// Like every page the server writes, it is English (protocol output, not UI text).
QByteArray loginPageHtml(const LoginForm &form);

// `next` if it is a local absolute path, otherwise "/": the open-redirect guard for the 303
// after a login. Accepted: starts with one "/" (not "//", not "/\"), only printable ASCII
// (no controls, spaces or bytes >= 0x80 — browsers drop tabs and newlines, so "/\t/evil"
// would become "//evil"), no backslash; and after percent-decoding (up to three rounds) it
// still starts with one "/" and holds no control characters, so "/%2F%2Fevil", "/%5Cevil" and
// "/%0D%0A…" are refused as well ("/a%20b" is fine). Returned as sent, never decoded.
QByteArray safeNext(QByteArrayView next);

// The Location of a browser's redirect to the form: "/login?next=" + the path, percent-encoded
// (unreserved characters and "/" kept), e.g. "/login?next=/app/".
QByteArray loginLocation(QByteArrayView path);

// Text for HTML element content and double-quoted attribute values: & < > " ' escaped.
QByteArray htmlEscape(QByteArrayView text);

} // namespace authlab::session
