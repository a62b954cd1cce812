#include "http/http.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <string_view>

namespace authlab::http {

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        break;
    }
    return "Unknown";
}

static inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

namespace {
bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// unreserved / sub-delims (RFC 3986 §2.2-2.3), as a table: this runs on every request.
constexpr std::array<bool, 256> kHostChars = [] {
    std::array<bool, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = true;
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = true;
    for (char c : std::string_view("-._~!$&'()*+,;="))
        t[static_cast<unsigned char>(c)] = true;
    return t;
}();
bool isHostChar(char c)
{
    return kHostChars[static_cast<unsigned char>(c)];
}
} // namespace

bool isValidHost(QByteArrayView value)
{
    const char *p = value.data();
    const char *const end = p + value.size();
    if (p != end && *p == '[') { // IP-literal: IPv6address / IPvFuture
        ++p;
        const char *const start = p;
        while (p != end && *p != ']' && (isHostChar(*p) || *p == ':'))
            ++p;
        if (p == end || *p != ']' || p - start < 1)
            return false;
        ++p;
    } else { // IPv4address / reg-name
        while (p != end && *p != ':') {
            if (isHostChar(*p)) {
                ++p;
            } else if (*p == '%' && end - p > 2 && isHex(p[1]) && isHex(p[2])) {
                p += 3;
            } else {
                return false;
            }
        }
    }
    if (p == end)
        return true;
    if (*p++ != ':')
        return false;
    for (; p != end; ++p) { // port = *DIGIT
        if (*p < '0' || *p > '9')
            return false;
    }
    return true;
}

QByteArrayView findHeader(const HeaderFields &fields, QByteArrayView name, int *count)
{
    QByteArrayView found;
    int n = 0;
    for (const HeaderField &f : fields) {
        if (equalsIgnoreCase(f.name, name)) {
            if (n == 0)
                found = f.value;
            ++n;
        }
    }
    if (count)
        *count = n;
    return found;
}

QByteArray quoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (char c : text) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray httpDate(qint64 unixSeconds)
{
    static constexpr std::array<const char *, 7> days = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char *, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const time_t t = time_t(unixSeconds);
    struct tm tm
    {};
    gmtime_r(&t, &tm);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                                days[size_t(tm.tm_wday)], tm.tm_mday, months[size_t(tm.tm_mon)],
                                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QByteArray(buf, n);
}

QByteArrayView trimOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

namespace {

// q-value of one Accept member ("text/html;q=0.8"); 1.0 when absent, 0 when unparsable.
double qValue(QByteArrayView params)
{
    while (!params.isEmpty()) {
        qsizetype semi = params.indexOf(';');
        QByteArrayView p = trimOws(semi < 0 ? params : params.first(semi));
        params = semi < 0 ? QByteArrayView() : params.sliced(semi + 1);
        if (p.size() >= 2 && lower(p[0]) == 'q' && p[1] == '=') {
            bool ok = false;
            const double q = p.sliced(2).toDouble(&ok);
            return ok ? q : 0.0;
        }
    }
    return 1.0;
}
} // namespace

Preferred preferredFormat(QByteArrayView accept)
{
    double html = 0.0, json = 0.0;
    while (!accept.isEmpty()) {
        qsizetype comma = accept.indexOf(',');
        QByteArrayView member = trimOws(comma < 0 ? accept : accept.first(comma));
        accept = comma < 0 ? QByteArrayView() : accept.sliced(comma + 1);
        qsizetype semi = member.indexOf(';');
        QByteArrayView type = trimOws(semi < 0 ? member : member.first(semi));
        const double q = semi < 0 ? 1.0 : qValue(member.sliced(semi + 1));
        if (equalsIgnoreCase(type, "application/json") || equalsIgnoreCase(type, "application/problem+json"))
            json = std::max(json, q);
        else if (equalsIgnoreCase(type, "text/html"))
            html = std::max(html, q);
    }
    // JSON only when asked for explicitly and not outranked by HTML; "*/*" prefers nothing.
    return json > 0.0 && json > html ? Preferred::Json : Preferred::Html;
}

} // namespace authlab::http
