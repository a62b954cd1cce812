#pragma once
// Servers of another make (nginx, Apache httpd) for the tests: run as a child process from a
// temporary prefix on a free loopback port, in the foreground, stopped by the PID the test
// started. Shared by tst_realservers (the client) and tst_checkrealservers (`authlab check`).
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

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

} // namespace realserver
