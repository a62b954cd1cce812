// Real clients against `authlab serve` on /digest/staff (RFC 7616): Python's requests
// (HTTPDigestAuth), headless Chromium, and Qt's own QAuthenticator through QNetworkAccessManager.
// curl and wget are in tst_cli. Each client must get in as bob (200), be refused as carol (403: not in
// the group) and stay out with a wrong password (401). A client that cannot be had on this machine is
// skipped with the Debian package that brings it; tools/dev.sh deps installs them all.
#include <QAuthenticator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pythonRequests_data();
    void pythonRequests();
    void chromiumHeadless_data();
    void chromiumHeadless();
    void qAuthenticator_data();
    void qAuthenticator();
    void oddChallengeSyntax();
    void cleanupTestCase();

private:
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/digest/staff").arg(m_port); }
    // The server's log lines for `target` that arrived since the last call: "STATUS USER".
    QStringList newLogLines(const QString &target);

    QProcess m_serve;
    quint16 m_port = 0;
    QByteArray m_log;
    qsizetype m_logRead = 0;
    int m_visits = 0; // each browser visit has a target of its own, so its log lines are its own
};

void TestInterop::initTestCase()
{
    const QString binary = qEnvironmentVariable("AUTHLAB_BINARY");
    QVERIFY2(QFile::exists(binary), "AUTHLAB_BINARY must point at the built authlab");
    m_serve.setProcessChannelMode(QProcess::SeparateChannels);
    m_serve.start(binary, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
    // The first line names the URL: wait for it rather than for time to pass.
    while (!m_serve.canReadLine())
        QVERIFY2(m_serve.waitForReadyRead(10000), "authlab serve did not say where it listens");
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"))
                                          .match(QString::fromUtf8(m_serve.readLine()));
    QVERIFY(m.hasMatch());
    m_port = quint16(m.captured(1).toUInt());
}

QStringList TestInterop::newLogLines(const QString &target)
{
    m_log += m_serve.readAllStandardOutput();
    QStringList lines;
    const QRegularExpression entry(QStringLiteral(" GET ") + QRegularExpression::escape(target) +
                                   QStringLiteral(" (\\d{3}) (\\S+) "));
    const qsizetype end = m_log.lastIndexOf('\n') + 1;
    const QString fresh = QString::fromUtf8(m_log.mid(m_logRead, end - m_logRead));
    m_logRead = end;
    for (const QString &line : fresh.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = entry.match(line);
        if (m.hasMatch())
            lines.append(m.captured(1) + QLatin1Char(' ') + m.captured(2));
    }
    return lines;
}

static void addClientRows()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("bob") << QStringLiteral("bob") << QStringLiteral("builder") << 200;
    QTest::newRow("bob, wrong password") << QStringLiteral("bob") << QStringLiteral("wrong") << 401;
    QTest::newRow("carol (not staff)") << QStringLiteral("carol") << QStringLiteral("songbird") << 403;
    QTest::newRow("alice") << QStringLiteral("alice") << QStringLiteral("wonderland") << 200;
}

// Python's requests (Debian's python3-requests, or the one of the python3 on PATH): HTTPDigestAuth
// answers the challenge it reads from the two WWW-Authenticate lines joined into one (so it takes MD5).
void TestInterop::pythonRequests_data()
{
    addClientRows();
}

void TestInterop::pythonRequests()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    // The interpreter on PATH, else Debian's own (where python3-requests installs).
    QString python;
    for (const QString &candidate :
         {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import requests")});
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0) {
            python = candidate;
            break;
        }
    }
    if (python.isEmpty())
        QSKIP("Python's requests is not installed (apt-get install python3-requests, or tools/dev.sh deps): "
              "the HTTPDigestAuth interop test needs it");
    const QString script = QStringLiteral(
        "import sys, requests\n"
        "from requests.auth import HTTPDigestAuth\n"
        "r = requests.get(sys.argv[1], auth=HTTPDigestAuth(sys.argv[2], sys.argv[3]), timeout=20)\n"
        "print(r.status_code, r.headers.get('Authentication-Info', '-'))\n"
        "print(r.text)\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, url(), user, password});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY2(out.startsWith(QByteArray(QByteArray::number(status) + ' ')), out.constData());
    // Only a 200 shows the page, and only a 200 proves the server knew the password too (rspauth).
    QCOMPARE(out.contains(QByteArray("Hello, " + user.toUtf8())), status == 200);
    QCOMPARE(out.contains(" rspauth=\""), status == 200);
}

// Chromium (Debian's chromium) headless: the credentials in the URL are its first answer to the
// challenge; with a wrong password it has nobody to ask and shows the 401 page.
void TestInterop::chromiumHeadless_data()
{
    addClientRows();
}

void TestInterop::chromiumHeadless()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("Chromium is not installed (apt-get install chromium, or tools/dev.sh deps): the browser's "
              "Digest interop test needs it");
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const QString path = QStringLiteral("/digest/staff?visit=%1").arg(++m_visits);
    QUrl target(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + path);
    target.setUserName(user);
    target.setPassword(password);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    p.setProcessEnvironment(env);
    p.start(chromium,
            {QStringLiteral("--headless"), QStringLiteral("--disable-gpu"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
             QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
             QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
             target.toString()});
    QVERIFY2(p.waitForFinished(60000), "Chromium did not finish within 60 s");
    const QByteArray dom = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().right(2000).constData());
    QCOMPARE(dom.contains(QByteArray("Hello, " + user.toUtf8())), status == 200);
    // What the server decided for this browser's requests: the answer to its credentials, and never
    // a 200 that should not be.
    const QString expected = QString::number(status) + QLatin1Char(' ') + user;
    QStringList lines;
    QTRY_VERIFY2_WITH_TIMEOUT((lines += newLogLines(path)).contains(expected),
                              qPrintable(lines.join(QLatin1String(", "))), 10000);
    for (const QString &l : std::as_const(lines))
        QVERIFY2(!l.startsWith(QLatin1String("200")) || status == 200, qPrintable(l));
}

// Qt's own client: QNetworkAccessManager asks through authenticationRequired, QAuthenticator
// answers the Digest challenge it can compute.
void TestInterop::qAuthenticator_data()
{
    addClientRows();
}

void TestInterop::qAuthenticator()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    QNetworkAccessManager nam;
    int asked = 0;
    connect(&nam, &QNetworkAccessManager::authenticationRequired, this,
            [&](QNetworkReply *, QAuthenticator *authenticator) {
                // The first time: the credentials. Asked again means they were refused: give up.
                if (++asked == 1) {
                    authenticator->setUser(user);
                    authenticator->setPassword(password);
                }
            });
    QNetworkRequest request{QUrl(url())};
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(asked, status == 401 ? 2 : 1);
    QCOMPARE(reply->error(), status == 200   ? QNetworkReply::NoError
                             : status == 401 ? QNetworkReply::AuthenticationRequiredError
                                             : QNetworkReply::ContentAccessDenied);
    QCOMPARE(reply->readAll().contains(QByteArray("Hello, " + user.toUtf8())), status == 200);
    QCOMPARE(reply->rawHeader("Authentication-Info").startsWith("rspauth=\""), status == 200);
}

// What the behaviour odd-challenge-syntax's explanation claims (policy/overrides.cpp): with both
// Digest challenges on one field line, curl, Qt and requests take it as one challenge whose later
// parameters win, and answer with MD5 (a 32-digit rspauth) where curl answers the correct server
// with SHA-256 (64 digits).
void TestInterop::oddChallengeSyntax()
{
    QProcess serve;
    serve.start(qEnvironmentVariable("AUTHLAB_BINARY"),
                {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--quiet"), QStringLiteral("--behaviour"),
                 QStringLiteral("odd-challenge-syntax")});
    while (!serve.canReadLine())
        QVERIFY2(serve.waitForReadyRead(10000), "authlab serve did not say where it listens");
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"))
                                          .match(QString::fromUtf8(serve.readLine()));
    QVERIFY(m.hasMatch());
    const QString odd = QStringLiteral("http://127.0.0.1:%1/digest/staff").arg(m.captured(1));
    auto rspauthDigits = [](const QByteArray &info) {
        const QRegularExpressionMatch r =
            QRegularExpression(QStringLiteral("rspauth=\"([0-9a-f]*)\"")).match(QString::fromLatin1(info));
        return r.hasMatch() ? int(r.captured(1).size()) : -1;
    };

    // Qt
    QNetworkAccessManager nam;
    int asked = 0;
    connect(&nam, &QNetworkAccessManager::authenticationRequired, this,
            [&](QNetworkReply *, QAuthenticator *authenticator) {
                if (++asked == 1) {
                    authenticator->setUser(QStringLiteral("bob"));
                    authenticator->setPassword(QStringLiteral("builder"));
                }
            });
    QNetworkRequest request{QUrl(odd)};
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(rspauthDigits(reply->rawHeader("Authentication-Info")), 32); // MD5

    // curl: SHA-256 from the correct server, MD5 from the odd one
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (!curl.isEmpty()) {
        auto curlInfo = [&](const QString &at) {
            QProcess p;
            p.start(curl, {QStringLiteral("-s"), QStringLiteral("-D"), QStringLiteral("-"),
                           QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("--digest"),
                           QStringLiteral("-u"), QStringLiteral("bob:builder"), at});
            p.waitForFinished(20000);
            for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
                if (line.toLower().startsWith("authentication-info:"))
                    return line;
            }
            return QByteArray();
        };
        QCOMPARE(rspauthDigits(curlInfo(url())), 64); // SHA-256
        QCOMPARE(rspauthDigits(curlInfo(odd)), 32);   // MD5
    }

    // Python requests
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import requests")});
    if (probe.waitForFinished(20000) && probe.exitCode() == 0) {
        QProcess p;
        p.start(python,
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, requests\n"
                                "from requests.auth import HTTPDigestAuth\n"
                                "r = requests.get(sys.argv[1], auth=HTTPDigestAuth('bob', 'builder'))\n"
                                "print(r.status_code, r.headers.get('Authentication-Info', '-'))\n"),
                 odd});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.startsWith("200 "), out.constData());
        QCOMPARE(rspauthDigits(out), 32);
    }
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
}

void TestInterop::cleanupTestCase()
{
    m_serve.terminate();
    QVERIFY(m_serve.waitForFinished(10000));
    QCOMPARE(m_serve.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
