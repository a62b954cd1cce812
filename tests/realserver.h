#pragma once
// Servers of another make (nginx, Apache httpd) for the tests: run as a child process from a
// temporary prefix on a free loopback port, in the foreground, stopped by the PID the test
// started. Shared by tst_realservers (the client) and tst_checkrealservers (`authlab check`).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <initializer_list>
#include <utility>

namespace realserver {

// A server of another make, run as a child process from a temporary prefix.
struct RealServer
{
    QString name;
    QString package; // the Debian package that brings the binary
    QString skip;    // why its rows are skipped (binary missing); empty when it runs
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
    QString errorLog;

    QString path(const QString &file) const { return dir.filePath(file); }
    QUrl url(const QString &target) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(target));
    }
    QString log() const
    {
        QFile f(errorLog);
        QByteArray text = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        return QString::fromUtf8(text.right(2000));
    }
    // By the PID this test started: SIGTERM, then wait for the process to exit.
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    ~RealServer() { stop(); }
};

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

inline bool accepts(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    // Workers started as root drop to nobody: they must be able to read what the test wrote.
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                            QFileDevice::ReadOther);
}

inline bool openDirectory(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                           QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther);
}

inline QString findBinary(const QString &name)
{
    const QString sbin = QStringLiteral("/usr/sbin/") + name;
    if (QFile::exists(sbin))
        return sbin;
    return QStandardPaths::findExecutable(name);
}

// Who Apache's workers run as: only used when started as root (then they drop to nobody).
inline std::pair<QByteArray, QByteArray> workerUser()
{
    if (geteuid() == 0) {
        const group *g = getgrnam("nogroup");
        return {QByteArrayLiteral("nobody"), g ? QByteArrayLiteral("nogroup") : QByteArrayLiteral("nobody")};
    }
    const passwd *p = getpwuid(geteuid());
    const group *g = getgrgid(getegid());
    return {p ? QByteArray(p->pw_name) : QByteArray::number(geteuid()),
            g ? QByteArray(g->gr_name) : QByteArray::number(getegid())};
}

// The preparation both tests share (each writes its own configuration). A missing binary sets
// s.skip and leaves *binary empty; a prefix that cannot be made fails the current test (QVERIFY):
// callers check QTest::currentTestFailed().

// A temporary prefix readable by workers that drop to nobody, with `subdirs`, a free port and the
// error log's path.
inline void preparePrefix(RealServer &s, std::initializer_list<const char *> subdirs)
{
    QVERIFY(s.dir.isValid());
    QVERIFY(openDirectory(s.dir.path()));
    for (const char *sub : subdirs) {
        QVERIFY(QDir(s.dir.path()).mkdir(QString::fromLatin1(sub)));
        QVERIFY(openDirectory(s.path(QString::fromLatin1(sub))));
    }
    s.port = freePort();
    QVERIFY(s.port != 0);
    s.errorLog = s.path(QStringLiteral("error.log"));
}

// nginx (nginx-light) with bob:builder in the prefix's htpasswd.
inline void prepareNginx(RealServer &s, QString *binary)
{
    s.name = QStringLiteral("nginx");
    s.package = QStringLiteral("nginx-light");
    *binary = findBinary(QStringLiteral("nginx"));
    if (binary->isEmpty()) {
        s.skip = QStringLiteral("nginx is not installed (apt-get install nginx-light, or tools/dev.sh deps)");
        return;
    }
    preparePrefix(s, {});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(writeFile(s.path(QStringLiteral("htpasswd")), QByteArrayLiteral("bob:{PLAIN}builder\n")));
}

// The start of an nginx configuration for the prefix, up to the server block's root: the caller
// adds its locations and closes the server and http blocks.
inline QByteArray nginxConfigHead(const RealServer &s)
{
    const QByteArray d = s.dir.path().toUtf8();
    QByteArray conf = "worker_processes 1;\npid " + d + "/nginx.pid;\nerror_log " + d +
                      "/error.log warn;\nevents { worker_connections 64; }\nhttp {\n    access_log off;\n";
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += "    " + QByteArray(temp) + "_temp_path " + d + '/' + temp + ";\n";
    conf += "    server {\n        listen 127.0.0.1:" + QByteArray::number(s.port) + ";\n        root " + d +
            ";\n";
    return conf;
}

inline QString apacheModules()
{
    return QStringLiteral("/usr/lib/apache2/modules");
}

// Apache httpd (apache2-bin) with htdocs/ok.txt and bob:builder of `realm` in the prefix's
// htdigest (user:realm:MD5(user:realm:password)).
inline void prepareApache(RealServer &s, const QByteArray &realm, QString *binary)
{
    s.name = QStringLiteral("apache2");
    s.package = QStringLiteral("apache2-bin");
    *binary = findBinary(QStringLiteral("apache2"));
    if (binary->isEmpty() || !QFile::exists(apacheModules() + QStringLiteral("/mod_auth_digest.so"))) {
        binary->clear();
        s.skip = QStringLiteral(
            "Apache httpd is not installed (apt-get install apache2-bin, or tools/dev.sh deps)");
        return;
    }
    preparePrefix(s, {"htdocs", "run", "tmp"});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(writeFile(s.path(QStringLiteral("htdocs/ok.txt")), QByteArrayLiteral("ok\n")));
    const QByteArray ha1 =
        QCryptographicHash::hash(QByteArray("bob:" + realm + ":builder"), QCryptographicHash::Md5).toHex();
    QVERIFY(writeFile(s.path(QStringLiteral("htdigest")), "bob:" + realm + ':' + ha1 + '\n'));
}

// The start of an Apache configuration for the prefix: where it runs, its modules, and htdocs as
// the only directory it serves.
inline QByteArray apacheConfigHead(const RealServer &s, std::initializer_list<const char *> modules)
{
    const QByteArray d = s.dir.path().toUtf8();
    const auto [workerName, workerGroup] = workerUser();
    QByteArray conf =
        "ServerRoot \"" + d + "\"\nServerName 127.0.0.1\nListen 127.0.0.1:" + QByteArray::number(s.port) +
        "\nPidFile \"" + d + "/run/apache2.pid\"\nDefaultRuntimeDir \"" + d + "/run\"\nErrorLog \"" + d +
        "/error.log\"\nLogLevel warn\nUser " + workerName + "\nGroup " + workerGroup + "\n";
    for (const char *module : modules)
        conf += "LoadModule " + QByteArray(module) + "_module " + apacheModules().toUtf8() + "/mod_" +
                module + ".so\n";
    conf += "DocumentRoot \"" + d +
            "/htdocs\"\n"
            "<Directory />\n    Require all denied\n</Directory>\n"
            "<Directory \"" +
            d + "/htdocs\">\n    Require all granted\n</Directory>\n";
    return conf;
}

// Ready when it accepts a connection; a bad configuration ends the process instead.
inline void waitUntilListening(RealServer &server)
{
    QVERIFY2(server.process.waitForStarted(10000),
             qPrintable(server.name + QStringLiteral(": ") + server.process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.process.state() != QProcess::Running || accepts(server.port), 15000);
    QVERIFY2(server.process.state() == QProcess::Running,
             qPrintable(server.name + QStringLiteral(" exited: ") +
                        QString::fromUtf8(server.process.readAllStandardError()) + server.log()));
}

// nginx in the foreground with `conf` as the prefix's nginx.conf.
inline void runNginx(RealServer &s, const QString &binary, const QByteArray &conf)
{
    QVERIFY(writeFile(s.path(QStringLiteral("nginx.conf")), conf));
    s.process.start(binary, {QStringLiteral("-p"), s.dir.path(), QStringLiteral("-e"), s.errorLog,
                             QStringLiteral("-c"), s.path(QStringLiteral("nginx.conf")), QStringLiteral("-g"),
                             QStringLiteral("daemon off;")});
    waitUntilListening(s);
}

// Apache httpd in the foreground with `conf` as the prefix's apache.conf.
inline void runApache(RealServer &s, const QString &binary, const QByteArray &conf)
{
    QVERIFY(writeFile(s.path(QStringLiteral("apache.conf")), conf));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), s.path(QStringLiteral("tmp"))); // mod_auth_digest's shared memory
    s.process.setProcessEnvironment(env);
    s.process.start(binary, {QStringLiteral("-f"), s.path(QStringLiteral("apache.conf")),
                             QStringLiteral("-DFOREGROUND")});
    waitUntilListening(s);
}

} // namespace realserver
