#include "auth/syntax.h"

#include "auth/challenges.h"

#include "http/http.h"

#include <QByteArray>

namespace authlab::syntax {

bool isTchar(char c)
{
    // tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
    //       / DIGIT / ALPHA
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

static bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

bool isToken68(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && isToken68Char(text[i]))
        ++i;
    if (i == 0)
        return false;
    for (; i < n; ++i) {
        if (text[i] != '=')
            return false;
    }
    return true;
}

Credentials splitCredentials(QByteArrayView v)
{
    Credentials c;
    // Field values arrive without surrounding whitespace (RFC 9110 §5.5), but be tolerant.
    v = http::trimOws(v);
    qsizetype i = 0;
    while (i < v.size() && isTchar(v[i]))
        ++i;
    c.scheme = v.first(i);
    if (i == 0 || (i < v.size() && v[i] != ' '))
        return c; // not a token, or the token runs into a non-space
    while (i < v.size() && v[i] == ' ')
        ++i;
    c.rest = v.sliced(i);
    c.valid = true;
    return c;
}

bool hasControlCharacter(QByteArrayView bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false; // continuation byte, overlong lead (c0/c1) or > U+10FFFF lead
        }
        if (n - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

QByteArray latin1ToUtf8(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() * 2);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.append(char(c));
        } else {
            out.append(char(0xc0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3f)));
        }
    }
    return out;
}

bool constantTimeEquals(QByteArrayView given, QByteArrayView expected)
{
    // Touch every byte of the expected secret whatever the given one looks like; the only
    // thing the running time reveals is the expected length, which the scenario shows anyway.
    unsigned diff = unsigned(given.size() ^ expected.size());
    const qsizetype gn = given.size();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const unsigned char g = gn > 0 ? static_cast<unsigned char>(given[i % gn]) : 0;
        diff |= unsigned(g ^ static_cast<unsigned char>(expected[i]));
    }
    // Compiler barrier: the loop above must not be turned into an early-exit memcmp.
    asm volatile("" : "+r"(diff));
    return diff == 0;
}

} // namespace authlab::syntax

namespace authlab::syntax {

QList<QByteArray> challengeSchemes(QByteArrayView v)
{
    // One reading of challenge syntax for the server's explanations and the client alike.
    QList<QByteArray> schemes;
    for (const challenges::Challenge &c : challenges::parse(v))
        schemes.append(c.scheme);
    return schemes;
}

} // namespace authlab::syntax
