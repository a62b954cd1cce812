#include "http/cookies.h"

#include "auth/syntax.h"

namespace authlab::session {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimWsp(QByteArrayView v)
{
    while (!v.isEmpty() && isWsp(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isWsp(v.back()))
        v.chop(1);
    return v;
}

// cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE ); writes the octets.
bool cookieValue(QByteArrayView v, QByteArrayView *out)
{
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = v.sliced(1, v.size() - 2);
    for (const char c : v) {
        if (!isCookieOctet(c))
            return false;
    }
    *out = v;
    return true;
}

} // namespace

bool isCookieOctet(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == 0x21 || (u >= 0x23 && u <= 0x2b) || (u >= 0x2d && u <= 0x3a) || (u >= 0x3c && u <= 0x5b) ||
           (u >= 0x5d && u <= 0x7e);
}

CookieList parseCookies(QByteArrayView fieldValue)
{
    CookieList list;
    if (fieldValue.size() > kMaxCookieBytes) {
        list.tooLong = true;
        return list;
    }
    qsizetype start = 0;
    while (start <= fieldValue.size()) {
        qsizetype end = fieldValue.indexOf(';', start);
        if (end < 0)
            end = fieldValue.size();
        const QByteArrayView piece = trimWsp(fieldValue.sliced(start, end - start));
        start = end + 1;
        if (piece.isEmpty())
            continue; // "a=1;;b=2" or a trailing ';': nothing there, nothing malformed
        const qsizetype eq = piece.indexOf('=');
        QByteArrayView value;
        if (eq < 0) {
            ++list.malformed;
            continue;
        }
        const QByteArrayView name = trimWsp(piece.first(eq));
        if (!syntax::isToken(name) || !cookieValue(trimWsp(piece.sliced(eq + 1)), &value)) {
            ++list.malformed;
            continue;
        }
        if (list.pairs.size() >= kMaxCookiePairs) {
            list.truncated = true;
            break;
        }
        list.pairs.append({name, value});
    }
    return list;
}

QVarLengthArray<QByteArrayView, 4> cookieValues(const http::HeaderFields &fields, QByteArrayView name)
{
    QVarLengthArray<QByteArrayView, 4> values;
    for (const http::HeaderField &f : fields) {
        if (!http::equalsIgnoreCase(f.name, kCookieHeader))
            continue;
        const CookieList list = parseCookies(f.value);
        for (const CookiePair &p : list.pairs) {
            // Cookie names are case-sensitive (RFC 6265 §5.4 compares them byte for byte).
            if (p.name == name && values.size() < kMaxCookiePairs)
                values.append(p.value);
        }
    }
    return values;
}

QByteArray sessionSetCookie(QByteArrayView id)
{
    return kSessionCookieName.toByteArray() + '=' + id.toByteArray() + "; Path=/; HttpOnly; SameSite=Lax";
}

QByteArray sessionClearCookie()
{
    return kSessionCookieName.toByteArray() + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
}

} // namespace authlab::session
