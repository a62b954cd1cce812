#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// The client's cookie jar (RFC 6265 §5.3 storage, §5.4 sending), kept small and plain: host-only
// cookies (a Domain attribute is recorded but not widened to other hosts), Path, Secure,
// Max-Age / Expires in the past deleting, session cookies otherwise. One jar per identity, so
// that switching identity is switching browser profile. Bounded: kMaxCookies, kMaxCookieBytes.
namespace authlab {

struct ClientCookie
{
    QByteArray name;
    QByteArray value;
    QString host; // host-only (RFC 6265 §5.3 step 6)
    QByteArray path = "/";
    bool secure = false;
    bool httpOnly = false;
    QByteArray setCookie; // the Set-Cookie value it came from, for display
};

class CookieJar
{
public:
    static constexpr qsizetype kMaxCookies = 50;
    static constexpr qsizetype kMaxCookieBytes = 4096;

    // Takes every Set-Cookie field line of a response to `url` (one cookie per line).
    void take(const QUrl &url, const QList<QByteArray> &setCookieLines);
    // The Cookie field value for a request to `url`; empty if no cookie applies.
    QByteArray cookieHeader(const QUrl &url) const;
    const QList<ClientCookie> &cookies() const { return m_cookies; }
    bool isEmpty() const { return m_cookies.isEmpty(); }
    void clear() { m_cookies.clear(); }

private:
    QList<ClientCookie> m_cookies;
};

} // namespace authlab
