#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace authlab::lan {

// One network interface as far as exposing the server is concerned: a plain value, so that
// the address listing can be tested without a network (systemInterfaces() reads the real ones).
struct Interface
{
    QString name;
    bool up = false;
    bool loopback = false;
    QList<QHostAddress> addresses;
};

QList<Interface> systemInterfaces(); // QNetworkInterface::allInterfaces()

// True when a server listening on `host` can be reached from other machines.
bool isExposed(const QHostAddress &host);

// The URLs attendees can type to reach a server listening on `host`:`port`: the addresses of
// every interface that is up and not loopback which `host` covers (0.0.0.0: the IPv4 ones, ::
// only IPv6, QHostAddress::Any both, a single address: itself if an interface has it). IPv6
// link-local addresses are left out (a URL would need the zone, which browsers do not take).
// IPv4 first, then IPv6, each in interface order, without duplicates: "http://192.168.1.20:8080/".
QStringList attendeeUrls(const QList<Interface> &interfaces, const QHostAddress &host, quint16 port);

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(authlab::lan::Texts)
public:
    // The warning shown before exposing the server (the GUI asks with it; `serve` prints it).
    static QString warning();
    // "Attendees can use:" then one URL a line, or a sentence saying none was found.
    static QString addressList(const QStringList &urls);
};

} // namespace authlab::lan
