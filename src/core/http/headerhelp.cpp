#include "http/headerhelp.h"

#include "auth/syntax.h"
#include "http/http.h"

#include <QStringList>

namespace authlab {

QString HeaderHelp::explain(QByteArrayView name, QByteArrayView value, bool inResponse)
{
    using http::equalsIgnoreCase;
    if (equalsIgnoreCase(name, "WWW-Authenticate")) {
        QStringList schemes;
        for (const QByteArray &s : syntax::challengeSchemes(value))
            schemes.append(QString::fromLatin1(s));
        QString text = tr("A challenge: how to authenticate for this resource. Every 401 must carry one "
                          "(RFC 9110 §11.6.1).");
        if (!schemes.isEmpty())
            text += QLatin1Char(' ') + tr("Offers: %1.").arg(schemes.join(QLatin1String(", ")));
        if (value.contains("charset=\"UTF-8\""))
            text += QLatin1Char(' ') +
                    tr("charset=\"UTF-8\": send user-id and password as UTF-8 (RFC 7617 §2.1).");
        if (value.contains("error=\"insufficient_scope\""))
            text += QLatin1Char(' ') +
                    tr("insufficient_scope: the token is valid but lacks a scope (RFC 6750 §3.1).");
        else if (value.contains("error=\"invalid_token\""))
            text += QLatin1Char(' ') +
                    tr("invalid_token: the token is unknown, expired or revoked (RFC 6750 §3.1).");
        else if (value.contains("error=\"invalid_request\""))
            text +=
                QLatin1Char(' ') + tr("invalid_request: the request itself is malformed (RFC 6750 §3.1).");
        return text;
    }
    if (equalsIgnoreCase(name, "Authorization")) {
        const syntax::Credentials c = syntax::splitCredentials(value);
        if (equalsIgnoreCase(c.scheme, "Basic"))
            return tr("Credentials, Basic scheme: base64 of user-id:password. Base64 is an encoding, not "
                      "encryption: anyone who sees this header has the password (RFC 7617 §4).");
        if (equalsIgnoreCase(c.scheme, "Bearer"))
            return tr("Credentials, Bearer scheme: whoever holds the token may use it (RFC 6750 §2.1).");
        return tr("Credentials for the origin server (RFC 9110 §11.6.2).");
    }
    if (equalsIgnoreCase(name, "Cache-Control")) {
        if (value.contains("no-store"))
            return tr("no-store: no cache may keep this answer, because it depends on who asked "
                      "(RFC 9111 §5.2.2.5).");
        if (value.contains("private"))
            return tr("private: only the user's own cache may keep this answer (RFC 9111 §5.2.2.7).");
        return tr("Caching instructions (RFC 9111 §5.2).");
    }
    if (equalsIgnoreCase(name, "Vary"))
        return tr("Caches must keep separate answers per value of these request fields (RFC 9110 §12.5.5).");
    if (equalsIgnoreCase(name, "Location"))
        return tr(
            "Where to go next: with 3xx, the user agent may follow it automatically (RFC 9110 §10.2.2).");
    if (equalsIgnoreCase(name, "Proxy-Authenticate"))
        return tr("A challenge from a proxy; it comes with 407 (RFC 9110 §11.7.1).");
    if (equalsIgnoreCase(name, "Proxy-Authorization"))
        return tr("Credentials for the next proxy, not for the origin server (RFC 9110 §11.7.2).");
    if (equalsIgnoreCase(name, "X-Request-ID"))
        return inResponse
                   ? tr("Echo of the request's identifier; AuthLab uses it to match its client's request "
                        "with the server's record.")
                   : tr("An identifier AuthLab adds to match this request with the server's record.");
    if (equalsIgnoreCase(name, "Content-Type"))
        return value.startsWith("application/problem+json")
                   ? tr("A problem details document: status, title and detail as JSON (RFC 9457).")
                   : tr("The media type of the content (RFC 9110 §8.3).");
    if (equalsIgnoreCase(name, "Connection") && value.contains("close"))
        return tr("The connection closes after this message (RFC 9112 §9.6).");
    if (equalsIgnoreCase(name, "Retry-After"))
        return tr("How long to wait before trying again (RFC 9110 §10.2.3).");
    return {};
}

} // namespace authlab
