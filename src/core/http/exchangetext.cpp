#include "http/exchangetext.h"

#include "auth/syntax.h"
#include "http/http.h"

#include <QCoreApplication>
#include <QDateTime>

namespace authlab {

QString printable(QByteArrayView bytes, qsizetype max)
{
    const bool cut = bytes.size() > max;
    if (cut)
        bytes = bytes.first(max);
    QString out;
    out.reserve(bytes.size());
    const QString decoded = QString::fromUtf8(bytes);
    for (QChar c : decoded) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter) {
            out += QStringLiteral("\\x%1").arg(
                c.unicode() == QChar::ReplacementCharacter ? 0x3f : c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    if (cut)
        out += QStringLiteral("…");
    return out;
}

QString escapeRaw(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() + bytes.size() / 16);
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\r') {
            out += QLatin1String("\\r");
            ++i;
        } else if (c == '\n') {
            out += QLatin1String("\\n\n");
            ++i;
        } else if (c == '\t') {
            out += QLatin1String("\\t");
            ++i;
        } else if (c < 0x20 || c == 0x7f) {
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            ++i;
        } else if (c < 0x80) {
            out += QLatin1Char(char(c));
            ++i;
        } else {
            // A whole valid UTF-8 sequence is shown as the character; anything else escaped.
            const int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            const QByteArrayView seq = bytes.sliced(i, qMin<qsizetype>(len, bytes.size() - i));
            if (len > 1 && seq.size() == len && syntax::isValidUtf8(seq)) {
                out += QString::fromUtf8(seq);
                i += len;
            } else {
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
                ++i;
            }
        }
    }
    return out;
}

qsizetype splitRawMessage(QByteArrayView raw, QByteArray *startLine, HeaderList *fields)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QByteArrayView head = raw.first(end);
    qsizetype pos = 0;
    bool first = true;
    while (pos <= head.size()) {
        qsizetype eol = head.indexOf("\r\n", pos);
        if (eol < 0)
            eol = head.size();
        const QByteArrayView line = head.sliced(pos, eol - pos);
        if (first) {
            if (startLine)
                *startLine = line.toByteArray();
            first = false;
        } else if (fields) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                QByteArrayView value = line.sliced(colon + 1);
                while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
                    value = value.sliced(1);
                fields->append({line.first(colon).toByteArray(), value.toByteArray()});
            }
        }
        pos = eol + 2;
    }
    return end + 4;
}

QString exchangeUserText(const Exchange &e)
{
    if (!e.user.isEmpty())
        return printable(e.user.toUtf8(), 64);
    if (!e.claimedUser.isEmpty())
        return QCoreApplication::translate("authlab::Exchange", "%1 (not authenticated)")
            .arg(printable(e.claimedUser.toUtf8(), 64));
    return QStringLiteral("-");
}

QString exchangeLogLine(const Exchange &e)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(e.receivedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString client = e.peer.protocol() == QAbstractSocket::IPv6Protocol
                         ? QLatin1Char('[') + e.peer.toString() + QLatin1Char(']')
                         : e.peer.toString();
    client += QLatin1Char(':') + QString::number(e.peerPort);
    const QString method = e.method.isEmpty() ? QStringLiteral("-") : printable(e.method, 16);
    const QString target = e.target.isEmpty() ? QStringLiteral("-") : printable(e.target, 200);
    return time + QLatin1Char(' ') + client + QLatin1Char(' ') + method + QLatin1Char(' ') + target +
           QLatin1Char(' ') + QString::number(e.status) + QLatin1Char(' ') + exchangeUserText(e) +
           QLatin1String(" ") + QLatin1String(ruleId(e.reason)) + QLatin1String(" [") +
           ruleCitation(e.reason) + QLatin1Char(']');
}

} // namespace authlab
