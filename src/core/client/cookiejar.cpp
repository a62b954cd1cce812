#include "client/cookiejar.h"

#include "http/http.h"

namespace authlab {

namespace {
// RFC 6265 §5.1.4 default-path.
QByteArray defaultPath(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty() || path.front() != '/')
        return "/";
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

// RFC 6265 §5.1.4 path-match.
bool pathMatches(const QByteArray &requestPath, const QByteArray &cookiePath)
{
    if (requestPath == cookiePath)
        return true;
    if (!requestPath.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith('/') || requestPath.at(cookiePath.size()) == '/';
}
} // namespace

void CookieJar::take(const QUrl &url, const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        if (line.size() > kMaxCookieBytes)
            continue; // RFC 6265 §6.1 lets a user agent refuse what it cannot store
        const QList<QByteArray> parts = line.split(';');
        const QByteArray pair = parts.first().trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue; // §5.2 steps 2 and 5: no '=' or an empty name: ignored
        ClientCookie c;
        c.name = pair.left(eq).trimmed();
        c.value = pair.mid(eq + 1).trimmed();
        c.host = url.host().toLower();
        c.path = defaultPath(url);
        c.setCookie = line;
        bool expired = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray attr = parts[i].trimmed();
            const qsizetype aeq = attr.indexOf('=');
            const QByteArray name = (aeq < 0 ? attr : attr.left(aeq)).trimmed();
            const QByteArray value = aeq < 0 ? QByteArray() : attr.mid(aeq + 1).trimmed();
            if (http::equalsIgnoreCase(name, "Path") && value.startsWith('/'))
                c.path = value;
            else if (http::equalsIgnoreCase(name, "Secure"))
                c.secure = true;
            else if (http::equalsIgnoreCase(name, "HttpOnly"))
                c.httpOnly = true;
            else if (http::equalsIgnoreCase(name, "Max-Age")) {
                bool ok = false;
                const qlonglong seconds = value.toLongLong(&ok);
                if (ok && seconds <= 0)
                    expired = true;
            }
        }
        // §5.3 step 11: a new cookie replaces the old one of the same name, host and path.
        for (qsizetype i = 0; i < m_cookies.size(); ++i) {
            const ClientCookie &old = m_cookies[i];
            if (old.name == c.name && old.host == c.host && old.path == c.path) {
                m_cookies.removeAt(i);
                break;
            }
        }
        if (expired)
            continue;
        if (m_cookies.size() >= kMaxCookies)
            m_cookies.removeFirst();
        m_cookies.append(c);
    }
}

QByteArray CookieJar::cookieHeader(const QUrl &url) const
{
    const QString host = url.host().toLower();
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    const bool https = url.scheme() == QLatin1String("https");
    QByteArray out;
    for (const ClientCookie &c : m_cookies) {
        if (c.host != host || !pathMatches(path, c.path) || (c.secure && !https))
            continue;
        if (!out.isEmpty())
            out += "; ";
        out += c.name + '=' + c.value;
    }
    return out;
}

} // namespace authlab
