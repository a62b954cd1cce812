// LAN exposure: which addresses attendees can use (from interface lists made up here, so that no
// network is needed), the warning, and the workbench serving on every address while its own
// client keeps using the loopback.
#include "session/lan.h"
#include "session/workbench.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace authlab;
using namespace Qt::StringLiterals;

class TestLan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attendeeUrls_data();
    void attendeeUrls();
    void onlyNonLoopbackIsExposed();
    void warningSaysWhatIsAtStake();
    void workbenchOnEveryAddressKeepsItsClientOnLoopback();
};

namespace {
QList<lan::Interface> interfaces()
{
    return {
        {u"lo"_s, true, true, {QHostAddress(u"127.0.0.1"_s), QHostAddress(u"::1"_s)}},
        {u"eth0"_s,
         true,
         false,
         {QHostAddress(u"192.168.1.20"_s), QHostAddress(u"fe80::1%eth0"_s), QHostAddress(u"fd00::2"_s)}},
        {u"wlan0"_s, false, false, {QHostAddress(u"10.0.0.5"_s)}},
        {u"docker0"_s, true, false, {QHostAddress(u"172.17.0.1"_s), QHostAddress(u"::ffff:192.168.1.20"_s)}},
    };
}
} // namespace

void TestLan::attendeeUrls_data()
{
    QTest::addColumn<QHostAddress>("host");
    QTest::addColumn<QStringList>("urls");
    const QString a = u"http://192.168.1.20:8080/"_s, b = u"http://172.17.0.1:8080/"_s,
                  c = u"http://[fd00::2]:8080/"_s;
    QTest::newRow("every address (0.0.0.0 and ::)")
        << QHostAddress(QHostAddress::Any) << QStringList{a, b, c};
    QTest::newRow("0.0.0.0") << QHostAddress(u"0.0.0.0"_s) << QStringList{a, b};
    QTest::newRow("::") << QHostAddress(QHostAddress::AnyIPv6) << QStringList{c};
    QTest::newRow("one address") << QHostAddress(u"172.17.0.1"_s) << QStringList{b};
    QTest::newRow("an interface that is down") << QHostAddress(u"10.0.0.5"_s) << QStringList{};
    QTest::newRow("loopback") << QHostAddress(QHostAddress::LocalHost) << QStringList{};
}

void TestLan::attendeeUrls()
{
    QFETCH(QHostAddress, host);
    QFETCH(QStringList, urls);
    QCOMPARE(lan::attendeeUrls(interfaces(), host, 8080), urls);
}

void TestLan::onlyNonLoopbackIsExposed()
{
    QVERIFY(!lan::isExposed(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(!lan::isExposed(QHostAddress(QHostAddress::LocalHostIPv6)));
    QVERIFY(lan::isExposed(QHostAddress(QHostAddress::Any)));
    QVERIFY(lan::isExposed(QHostAddress(u"0.0.0.0"_s)));
    QVERIFY(lan::isExposed(QHostAddress(u"192.168.1.20"_s)));
}

void TestLan::warningSaysWhatIsAtStake()
{
    const QString w = lan::Texts::warning();
    QVERIFY(w.contains(u"fake"_s));
    QVERIFY(w.contains(u"published"_s));
    QVERIFY(w.contains(u"anyone on this network"_s));
    QVERIFY(lan::Texts::addressList({u"http://192.168.1.20:8080/"_s})
                .contains(u"\n  http://192.168.1.20:8080/"_s));
    QVERIFY(lan::Texts::addressList({}).contains(u"No network address"_s));
}

void TestLan::workbenchOnEveryAddressKeepsItsClientOnLoopback()
{
    Workbench wb;
    QVERIFY(wb.startServer(0));
    const quint16 port = wb.server().port();
    QVERIFY(wb.startServer(port, QHostAddress(QHostAddress::Any)));
    QVERIFY(lan::isExposed(wb.server().address()));
    QVERIFY2(QHostAddress(wb.serverUrl().host()).isLoopback(), qPrintable(wb.serverUrl().toString()));
    QVERIFY2(QHostAddress(wb.request().url.host()).isLoopback(), qPrintable(wb.request().url.toString()));
    QSignalSpy finished(&wb, &Workbench::roundFinished);
    QVERIFY(finished.wait(10000));
    QVERIFY(wb.currentResult());
    QCOMPARE(wb.currentResult()->status(), 403); // bob on /admin, as on loopback

    // Reachable on every address this machine has (if it has one besides the loopback).
    const QStringList urls = lan::attendeeUrls(lan::systemInterfaces(), wb.server().address(), port);
    for (const QString &u : urls) {
        const QUrl url(u);
        QTcpSocket s;
        s.connectToHost(url.host(), quint16(url.port()));
        QVERIFY2(s.waitForConnected(5000), qPrintable(u + u": "_s + s.errorString()));
        s.write("GET /public HTTP/1.1\r\nHost: " + url.authority().toLatin1() +
                "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n") && s.waitForReadyRead(5000))
            answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), qPrintable(u + u": "_s + QString::fromLatin1(answer)));
    }

    QVERIFY(wb.startServer(port)); // back to the loopback
    QVERIFY(!lan::isExposed(wb.server().address()));
}

QTEST_GUILESS_MAIN(TestLan)
#include "tst_lan.moc"
