#include "session/lan.h"

#include <QNetworkInterface>
#include <QUrl>

namespace authlab::lan {

QList<Interface> systemInterfaces()
{
    QList<Interface> out;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : all) {
        Interface x;
        x.name = i.humanReadableName();
        x.up =
            i.flags().testFlag(QNetworkInterface::IsUp) && i.flags().testFlag(QNetworkInterface::IsRunning);
        x.loopback = i.flags().testFlag(QNetworkInterface::IsLoopBack);
        for (const QNetworkAddressEntry &e : i.addressEntries())
            x.addresses.append(e.ip());
        out.append(x);
    }
    return out;
}

bool isExposed(const QHostAddress &host)
{
    return !host.isNull() && !host.isLoopback();
}

namespace {
bool covers(const QHostAddress &host, const QHostAddress &a)
{
    if (host == QHostAddress(QHostAddress::Any))
        return true;
    if (host == QHostAddress(QHostAddress::AnyIPv4))
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    if (host == QHostAddress(QHostAddress::AnyIPv6))
        return a.protocol() == QAbstractSocket::IPv6Protocol;
    return host.isEqual(a, QHostAddress::TolerantConversion);
}

QString urlFor(const QHostAddress &a, quint16 port)
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(a.toString());
    u.setPort(port);
    u.setPath(QStringLiteral("/"));
    return u.toString();
}
} // namespace

QStringList attendeeUrls(const QList<Interface> &interfaces, const QHostAddress &host, quint16 port)
{
    QStringList v4, v6;
    for (const Interface &i : interfaces) {
        if (!i.up || i.loopback)
            continue;
        for (QHostAddress a : i.addresses) {
            bool mapped = false;
            const quint32 ipv4 = a.toIPv4Address(&mapped);
            if (mapped && a.protocol() == QAbstractSocket::IPv6Protocol)
                a = QHostAddress(ipv4);
            a.setScopeId(QString());
            if (a.isNull() || a.isLoopback() || !covers(host, a))
                continue;
            if (a.protocol() == QAbstractSocket::IPv6Protocol && a.isLinkLocal())
                continue;
            QStringList &list = a.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6;
            const QString url = urlFor(a, port);
            if (!list.contains(url))
                list.append(url);
        }
    }
    return v4 + v6;
}

QString Texts::warning()
{
    return tr("The mock server has fake users whose passwords and tokens are published in AuthLab's "
              "documentation, and it speaks plain HTTP: anyone on this network can "
              "reach it, log in with them and read what is sent. Expose it only on a network you trust, "
              "for a workshop, and turn it off afterwards.");
}

QString Texts::addressList(const QStringList &urls)
{
    if (urls.isEmpty())
        return tr("No network address found (is this machine connected to a network?); only this "
                  "machine can reach the server.");
    return tr("Attendees can use:") + QStringLiteral("\n  ") + urls.join(QStringLiteral("\n  "));
}

} // namespace authlab::lan
