#include "client/curlcommand.h"

#include <QUrl>

namespace authlab {

namespace {

bool isPlain(uchar c)
{
    return c >= 0x20 && c < 0x7f;
}

// Printable: ASCII without controls, or well-formed UTF-8 (which terminals and shells pass as is).
bool isPrintableText(QByteArrayView bytes, bool allowNewlines)
{
    for (char ch : bytes) {
        const auto c = uchar(ch);
        if (c < 0x20 && !(allowNewlines && (c == '\n' || c == '\t')))
            return false;
        if (c == 0x7f)
            return false;
    }
    return QString::fromUtf8(bytes).toUtf8() == bytes; // invalid UTF-8 does not round-trip
}

QByteArray singleQuoted(QByteArrayView text)
{
    QByteArray out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + '\'';
}

// A printf format writing exactly these bytes: printable ASCII as is ('%' and '\' escaped),
// everything else as an octal escape. Single-quoted as one shell word.
QByteArray printfFormat(QByteArrayView bytes)
{
    QByteArray f;
    for (char ch : bytes) {
        const auto c = uchar(ch);
        if (c == '%')
            f += "%%";
        else if (c == '\\')
            f += "\\\\";
        else if (isPlain(c))
            f += ch;
        else
            f += '\\' + QByteArray::number(c, 8).rightJustified(3, '0');
    }
    return singleQuoted(f);
}

bool sameAuthority(const QByteArray &url, const QByteArray &host)
{
    const QUrl u = QUrl::fromEncoded(url);
    QByteArray authority = u.host(QUrl::FullyEncoded).toLatin1();
    if (authority.contains(':'))
        authority = '[' + authority + ']';
    if (u.port() >= 0)
        authority += ':' + QByteArray::number(u.port());
    return http::equalsIgnoreCase(http::trimOws(host), authority);
}

bool has(const HeaderList &fields, QByteArrayView name)
{
    for (const auto &[n, v] : fields) {
        if (http::equalsIgnoreCase(n, name))
            return true;
    }
    return false;
}

} // namespace

QByteArray Curl::quote(QByteArrayView bytes)
{
    if (isPrintableText(bytes, false))
        return singleQuoted(bytes);
    // Printable runs in single quotes, the other bytes from printf (no newline can be among
    // them in a field value or URL, so command substitution loses nothing).
    QByteArray out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        qsizetype j = i;
        while (j < bytes.size() && isPlain(uchar(bytes[j])))
            ++j;
        if (j > i)
            out += singleQuoted(bytes.sliced(i, j - i));
        qsizetype k = j;
        while (k < bytes.size() && !isPlain(uchar(bytes[k])))
            ++k;
        if (k > j)
            out += "\"$(printf " + printfFormat(bytes.sliced(j, k - j)) + ")\"";
        i = k;
    }
    return out;
}

CurlCommand Curl::command(const RecordedExchange &r)
{
    CurlCommand c;
    const QByteArray authorization =
        http::trimOws(r.requestHeader(http::header::Authorization)).toByteArray();
    if (authorization.toLower().startsWith("digest "))
        c.notes.append(tr("Digest: this repeats the nonce and nc of the original request; a server that "
                          "counts nc (as AuthLab's does) answers 401 (a replay, or stale=true). For a fresh "
                          "answer use curl --digest -u USER:PASSWORD instead."));
    if (r.requestTruncated)
        c.notes.append(tr("The record kept only the first %1 bytes of the request's content; the command "
                          "sends those.")
                           .arg(r.requestBody.size()));
    if (r.method.isEmpty() || r.url.isEmpty())
        c.notes.append(tr("The record has no request line: nothing to send."));

    const bool sendsContent = !r.requestBody.isEmpty() || has(r.requestHeaders, http::header::ContentLength);
    const bool get = r.method == "GET", head = r.method == "HEAD";
    if (head && sendsContent)
        c.notes.append(tr("A HEAD request with content: curl waits for the content the answer announces, "
                          "which a HEAD answer does not have; stop it with Ctrl+C once the header block "
                          "is shown."));
    // HTTP sends no userinfo; curl would turn it into an Authorization field of its own.
    QByteArray url = withoutUserinfo(r.url);
    // OPTIONS * (RFC 9112 §3.2.4): the URL names the server, the target goes as it is.
    const bool asterisk = r.target == "*" && url.endsWith('*');
    if (asterisk)
        url.chop(1);

    QList<QByteArray> args{"curl", "--include", "--http1.1", "--globoff", "--path-as-is"};
    // With content curl would make a GET a POST, and refuses --head: the method is said.
    if (head && !sendsContent)
        args << "--head";
    else if (!get || sendsContent)
        args << "--request" << quote(r.method);
    if (asterisk)
        args << "--request-target" << quote(r.target);
    if (r.insecure)
        args << "--insecure";
    if (!r.proxy.isEmpty())
        args << "--proxy" << quote(withoutUserinfo(r.proxy));

    for (const auto &[name, value] : r.requestHeaders) {
        // curl sends a Content-Length given with -H in its place (and none of its own); of a cut
        // content it counts what it sends.
        // Nor of a content that redaction changed (its length no longer matches).
        if (http::equalsIgnoreCase(name, http::header::ContentLength) &&
            (r.requestTruncated ||
             http::trimOws(value).toByteArray() != QByteArray::number(r.requestBody.size())))
            continue;
        if (http::equalsIgnoreCase(name, http::header::Host) && r.proxy.isEmpty() &&
            sameAuthority(r.url, value))
            continue; // curl writes the same Host itself
        // "Name:" would remove the field; "Name;" sends it empty.
        const QByteArray field = value.isEmpty() ? QByteArray(name + ";") : QByteArray(name + ": " + value);
        args << "--header" << quote(field);
    }
    // curl's own defaults, when the original did not send them.
    if (!has(r.requestHeaders, http::header::UserAgent))
        args << "--header" << quote("User-Agent:");
    if (!has(r.requestHeaders, http::header::Accept))
        args << "--header" << quote("Accept:");
    if (!r.proxy.isEmpty() && !has(r.requestHeaders, http::header::ProxyConnection))
        args << "--header" << quote("Proxy-Connection:"); // curl's own to a proxy
    QByteArray pipe;
    if (sendsContent) {
        if (!has(r.requestHeaders, http::header::ContentType))
            args << "--header" << quote("Content-Type:");
        if (!has(r.requestHeaders, http::header::Expect))
            args << "--header" << quote("Expect:");
        if (isPrintableText(r.requestBody, true)) {
            // --data-raw: a content starting with '@' is not a file name.
            args << "--data-raw" << singleQuoted(r.requestBody);
        } else {
            pipe = "printf " + printfFormat(r.requestBody) + " | ";
            args << "--data-binary"
                 << "@-";
        }
    }
    args << quote(url);

    QByteArray text;
    for (const QString &note : std::as_const(c.notes))
        text += "# " + note.toUtf8() + '\n';
    text += pipe;
    // One option (with its value) per line after the first few, for reading.
    text += args[0];
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool option = args[i].startsWith("--");
        const bool startsLine =
            (option && (args[i] == "--header" || args[i] == "--data-binary" || args[i] == "--data-raw" ||
                        args[i] == "--request" || args[i] == "--proxy")) ||
            i == args.size() - 1; // the URL
        text += startsLine ? QByteArray(" \\\n  ") : QByteArray(" ");
        text += args[i];
    }
    c.command = QString::fromUtf8(text) + QLatin1Char('\n');
    return c;
}

} // namespace authlab
