#include "auth/loginpage.h"

#include "http/formbody.h"

namespace authlab::session {

namespace {

// "/" not followed by another "/" or a backslash (both make a network-path reference in a browser).
bool startsLocal(QByteArrayView p)
{
    return !p.isEmpty() && p.front() == '/' && !(p.size() >= 2 && (p[1] == '/' || p[1] == '\\'));
}

// The checks of safeNext() on the path as sent: one leading '/', then only printable ASCII
// without backslashes.
bool isLocalPath(QByteArrayView p)
{
    if (!startsLocal(p))
        return false;
    for (const char c : p) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '\\')
            return false;
    }
    return true;
}

// The checks on a percent-decoded spelling: it must still start like a local path and hold no
// control characters ("%20" and UTF-8 are fine there, "%0D%0A" and "%09" are not).
bool isLocalDecoded(QByteArrayView p)
{
    if (!startsLocal(p))
        return false;
    for (const char c : p) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

QByteArray safeNext(QByteArrayView next)
{
    static const QByteArray root = QByteArrayLiteral("/");
    if (next.size() > kMaxNextBytes || !isLocalPath(next))
        return root;
    QByteArray decoded = next.toByteArray();
    for (int round = 0; round < 3; ++round) {
        QByteArray again = percentDecode(decoded);
        if (again == decoded)
            break;
        if (!isLocalDecoded(again))
            return root;
        decoded = std::move(again);
    }
    // Still encoded after three rounds: someone is layering encodings; refuse.
    if (percentDecode(decoded) != decoded)
        return root;
    return next.toByteArray();
}

QByteArray loginLocation(QByteArrayView path)
{
    return QByteArrayLiteral("/login?next=") + path.toByteArray().toPercentEncoding("/");
}

QByteArray htmlEscape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray loginPageHtml(const LoginForm &form)
{
    QByteArray html =
        QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>Sign in — AuthLab</title></head>\n<body>\n<main>\n<h1>Sign in</h1>\n");
    if (form.failed)
        html += "<p role=\"alert\" id=\"login-error\">Wrong user name or password.</p>\n";
    html += "<form method=\"post\" action=\"/login\">\n"
            "<p><label for=\"username\">User name</label><br>\n"
            "<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" "
            "autocapitalize=\"none\" spellcheck=\"false\" required";
    if (form.failed)
        html += " aria-describedby=\"login-error\"";
    html += " value=\"" + htmlEscape(form.username) + "\"></p>\n";
    html += "<p><label for=\"password\">Password</label><br>\n"
            "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" "
            "required></p>\n";
    html += "<input type=\"hidden\" name=\"next\" value=\"" + htmlEscape(safeNext(form.next)) + "\">\n";
    html += "<p><button type=\"submit\">Sign in</button></p>\n</form>\n</main>\n</body></html>\n";
    return html;
}

} // namespace authlab::session
