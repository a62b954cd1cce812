#include "session/har.h"

#include "policy/rules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace authlab {

namespace {

QString latin(QByteArrayView b)
{
    return QString::fromLatin1(b);
}

// Field values are bytes; UTF-8 where valid (as a reader expects), else Latin-1 (one char per byte).
QString text(QByteArrayView b)
{
    const QString s = QString::fromUtf8(b);
    return s.toUtf8() == b ? s : QString::fromLatin1(b);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonArray headers(const HeaderList &fields)
{
    QJsonArray out;
    for (const auto &[n, v] : fields)
        out.append(QJsonObject{{QStringLiteral("name"), latin(n)}, {QStringLiteral("value"), text(v)}});
    return out;
}

QString decoded(QByteArrayView part)
{
    QByteArray t = part.toByteArray();
    t.replace('+', ' ');
    return text(QByteArray::fromPercentEncoding(t));
}

// name=value pairs of a query or form (decoded; "<redacted>" stays as it is).
QJsonArray pairs(QByteArrayView form)
{
    QJsonArray out;
    if (form.isEmpty())
        return out;
    for (const QByteArray &pair : form.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        out.append(QJsonObject{{QStringLiteral("name"), decoded(eq < 0 ? pair : pair.left(eq))},
                               {QStringLiteral("value"), eq < 0 ? QString() : decoded(pair.mid(eq + 1))}});
    }
    return out;
}

QByteArray queryOf(QByteArrayView url)
{
    const qsizetype q = url.indexOf('?');
    if (q < 0)
        return {};
    qsizetype end = url.indexOf('#', q);
    if (end < 0)
        end = url.size();
    return url.sliced(q + 1, end - q - 1).toByteArray();
}

QJsonArray requestCookies(const HeaderList &fields)
{
    QJsonArray out;
    for (const auto &[n, v] : fields) {
        if (!http::equalsIgnoreCase(n, "Cookie"))
            continue;
        for (const QByteArray &pair : v.split(';')) {
            const QByteArray p = pair.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq <= 0)
                continue;
            out.append(QJsonObject{{QStringLiteral("name"), text(p.left(eq).trimmed())},
                                   {QStringLiteral("value"), text(p.mid(eq + 1).trimmed())}});
        }
    }
    return out;
}

QJsonArray responseCookies(const HeaderList &fields)
{
    QJsonArray out;
    for (const auto &[n, v] : fields) {
        if (!http::equalsIgnoreCase(n, "Set-Cookie"))
            continue;
        const QList<QByteArray> parts = v.split(';');
        const QByteArray first = parts.value(0).trimmed();
        const qsizetype eq = first.indexOf('=');
        if (eq <= 0)
            continue;
        QJsonObject c{{QStringLiteral("name"), text(first.left(eq).trimmed())},
                      {QStringLiteral("value"), text(first.mid(eq + 1).trimmed())}};
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray a = parts[i].trimmed();
            const qsizetype aeq = a.indexOf('=');
            const QByteArray key = (aeq < 0 ? a : a.left(aeq)).trimmed().toLower();
            const QByteArray value = aeq < 0 ? QByteArray() : a.mid(aeq + 1).trimmed();
            if (key == "path")
                c.insert(QStringLiteral("path"), text(value));
            else if (key == "domain")
                c.insert(QStringLiteral("domain"), text(value));
            else if (key == "httponly")
                c.insert(QStringLiteral("httpOnly"), true);
            else if (key == "secure")
                c.insert(QStringLiteral("secure"), true);
            else if (key == "expires") {
                const QDateTime t = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
                if (t.isValid())
                    c.insert(QStringLiteral("expires"), isoTime(t.toMSecsSinceEpoch()));
            }
        }
        out.append(c);
    }
    return out;
}

bool isTextType(const QByteArray &mime)
{
    const QByteArray m = mime.toLower();
    return m.startsWith("text/") || m.contains("json") || m.contains("xml") || m.contains("javascript") ||
           m.startsWith("application/x-www-form-urlencoded");
}

bool isUtf8(QByteArrayView b)
{
    return QString::fromUtf8(b).toUtf8() == b;
}

QString httpVersionOf(const QByteArray &v)
{
    return v.isEmpty() ? QStringLiteral("HTTP/1.1") : latin(v);
}

} // namespace

QString Har::stepText(const TraceStep &step, bool redact)
{
    return redact ? ruleText(step.rule, redactedText(step.a1), redactedText(step.a2)) : step.text();
}

QJsonObject Har::entry(const RecordedExchange &original, bool redact)
{
    const RecordedExchange r = redact ? redacted(original) : original;

    QJsonObject request{
        {QStringLiteral("method"), latin(r.method)},
        {QStringLiteral("url"), text(r.url)},
        {QStringLiteral("httpVersion"), httpVersionOf(r.httpVersion)},
        {QStringLiteral("cookies"), requestCookies(r.requestHeaders)},
        {QStringLiteral("headers"), headers(r.requestHeaders)},
        {QStringLiteral("queryString"), pairs(queryOf(r.url))},
        {QStringLiteral("headersSize"), r.requestHeadersSize},
        {QStringLiteral("bodySize"), r.requestBodySize},
    };
    if (!r.requestBody.isEmpty() || r.requestBodySize > 0) {
        const QByteArray mime = r.requestHeader(http::header::ContentType).trimmed();
        QJsonObject post{{QStringLiteral("mimeType"), latin(mime)}};
        if (isUtf8(r.requestBody)) {
            post.insert(QStringLiteral("text"), QString::fromUtf8(r.requestBody));
        } else {
            // HAR 1.2 has no encoding for posted data: base64, said in an extension field.
            post.insert(QStringLiteral("text"), latin(r.requestBody.toBase64()));
            post.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
        }
        // HAR 1.2 says text and params are mutually exclusive; Chrome's export (and the viewers)
        // give both for a form, so the text keeps the exact bytes and params the decoded pairs.
        if (mime.toLower().startsWith("application/x-www-form-urlencoded"))
            post.insert(QStringLiteral("params"), pairs(r.requestBody));
        if (r.requestTruncated)
            post.insert(QStringLiteral("comment"),
                        tr("Only the first %1 bytes were recorded.").arg(r.requestBody.size()));
        request.insert(QStringLiteral("postData"), post);
    }

    const QByteArray mime = r.responseHeader(http::header::ContentType).trimmed();
    QJsonObject content{{QStringLiteral("size"), qint64(r.responseBody.size())},
                        {QStringLiteral("mimeType"), latin(mime)}};
    if (!r.responseBody.isEmpty()) {
        if (isUtf8(r.responseBody) && (isTextType(mime) || mime.isEmpty())) {
            content.insert(QStringLiteral("text"), QString::fromUtf8(r.responseBody));
        } else {
            content.insert(QStringLiteral("text"), latin(r.responseBody.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    if (r.responseTruncated)
        content.insert(
            QStringLiteral("comment"),
            tr("Only the first %1 bytes of the content were recorded.").arg(r.responseBody.size()));
    QJsonObject response{
        {QStringLiteral("status"), r.hasResponse ? r.status : 0},
        {QStringLiteral("statusText"), latin(r.reasonPhrase)},
        {QStringLiteral("httpVersion"), r.hasResponse ? httpVersionOf(r.responseVersion) : QString()},
        {QStringLiteral("cookies"), responseCookies(r.responseHeaders)},
        {QStringLiteral("headers"), headers(r.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), text(r.responseHeader(http::header::Location).trimmed())},
        {QStringLiteral("headersSize"), r.responseHeadersSize},
        {QStringLiteral("bodySize"), r.responseBodySize},
    };
    if (!r.hasResponse && !r.transportError.isEmpty())
        response.insert(QStringLiteral("_error"), r.transportError);

    // Only the total is measured: it is the wait; the phases AuthLab does not see are -1.
    const double wait = r.timeMs >= 0 ? r.timeMs : 0;
    const QJsonObject timings{
        {QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), -1}, {QStringLiteral("connect"), -1},
        {QStringLiteral("ssl"), -1},     {QStringLiteral("send"), 0}, {QStringLiteral("wait"), wait},
        {QStringLiteral("receive"), 0},
    };
    QJsonObject e{
        {QStringLiteral("startedDateTime"), isoTime(r.startedMs)},
        {QStringLiteral("time"), wait},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timings},
    };
    if (!r.serverAddress.isEmpty())
        e.insert(QStringLiteral("serverIPAddress"), r.serverAddress);
    if (!r.connection.isEmpty())
        e.insert(QStringLiteral("connection"), r.connection);
    if (r.server) {
        const Exchange &s = *r.server;
        QJsonObject a{{QStringLiteral("exchange"), qint64(s.id)},
                      {QStringLiteral("status"), s.status},
                      {QStringLiteral("rule"), QLatin1String(ruleId(s.reason))},
                      {QStringLiteral("citation"), ruleCitation(s.reason)}};
        if (!s.requestId.isEmpty())
            a.insert(QStringLiteral("requestId"), latin(s.requestId));
        if (!s.user.isEmpty())
            a.insert(QStringLiteral("user"), s.user);
        if (const TraceStep *d = s.trace.decisiveStep()) {
            a.insert(QStringLiteral("rule"), QLatin1String(ruleId(d->rule)));
            a.insert(QStringLiteral("citation"), d->citation());
            a.insert(QStringLiteral("reason"), stepText(*d, redact));
        }
        e.insert(QStringLiteral("_authlab"), a);
        e.insert(QStringLiteral("comment"), tr("AuthLab's server answered %1: %2 (%3)")
                                                .arg(s.status)
                                                .arg(a.value(QStringLiteral("reason")).toString().isEmpty()
                                                         ? a.value(QStringLiteral("rule")).toString()
                                                         : a.value(QStringLiteral("reason")).toString(),
                                                     a.value(QStringLiteral("citation")).toString()));
    }
    return e;
}

QJsonObject Har::document(const QList<RecordedExchange> &exchanges, const HarOptions &options)
{
    QJsonArray entries;
    for (const RecordedExchange &r : exchanges)
        entries.append(entry(r, options.redact));
    QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("AuthLab")},
                                                {QStringLiteral("version"), QLatin1String(AUTHLAB_VERSION)}}},
        {QStringLiteral("entries"), entries},
    };
    QString comment = options.comment;
    if (options.redact) {
        const QString note = tr("Passwords, tokens and cookie values are replaced by <redacted>.");
        comment = comment.isEmpty() ? note : comment + QLatin1Char(' ') + note;
    }
    if (!comment.isEmpty())
        log.insert(QStringLiteral("comment"), comment);
    return QJsonObject{{QStringLiteral("log"), log}};
}

QByteArray Har::toJson(const QList<RecordedExchange> &exchanges, const HarOptions &options)
{
    return QJsonDocument(document(exchanges, options)).toJson(QJsonDocument::Indented);
}

bool Har::write(const QString &path, const QList<RecordedExchange> &exchanges, const HarOptions &options,
                QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(toJson(exchanges, options));
    if (!f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

HarKeeper::HarKeeper(qsizetype maxExchanges, qint64 maxBytes)
    : m_maxExchanges(maxExchanges), m_maxBytes(maxBytes)
{}

void HarKeeper::add(const Exchange &e)
{
    m_kept.push_back(e);
    m_bytes += e.rawRequest.size() + e.rawResponse.size();
    // The newest one stays whatever its size (the server caps what it records of each).
    while (qsizetype(m_kept.size()) > m_maxExchanges || (m_bytes > m_maxBytes && m_kept.size() > 1)) {
        m_bytes -= m_kept.front().rawRequest.size() + m_kept.front().rawResponse.size();
        m_kept.pop_front();
        ++m_dropped;
    }
}

} // namespace authlab
