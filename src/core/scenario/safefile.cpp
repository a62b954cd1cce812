#include "scenario/safefile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace authlab {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return SafeFile::tr("a directory");
    if (S_ISCHR(mode))
        return SafeFile::tr("a character device");
    if (S_ISBLK(mode))
        return SafeFile::tr("a block device");
    if (S_ISFIFO(mode))
        return SafeFile::tr("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return SafeFile::tr("a socket");
    return SafeFile::tr("not a regular file");
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

QString tooLarge(qint64 maxBytes)
{
    if (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0)
        return SafeFile::tr("the file is larger than %1 MiB").arg(maxBytes / (1024 * 1024));
    return SafeFile::tr("the file is larger than %1 bytes").arg(maxBytes);
}

// Closes the descriptor on every way out.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

FileRead SafeFile::read(const QString &path, qint64 maxBytes)
{
    FileRead r;
    r.path = path;
    if (path.startsWith(QLatin1String(":/")) || path.startsWith(QLatin1String("qrc:/"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.problem = tr("cannot read the file: %1").arg(f.errorString());
            return r;
        }
        r.data = f.read(maxBytes + 1);
        if (r.data.size() > maxBytes) {
            r.data.clear();
            r.problem = tooLarge(maxBytes);
        }
        return r;
    }

    Fd fd;
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    fd.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd.fd < 0) {
        r.problem = tr("cannot read the file: %1").arg(errnoText(errno));
        return r;
    }
    struct stat st
    {};
    if (::fstat(fd.fd, &st) != 0) {
        r.problem = tr("cannot read the file: %1").arg(errnoText(errno));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.problem = tr("is %1, not a regular file; refusing to read it").arg(kindOf(st.st_mode));
        return r;
    }
    if (st.st_size > maxBytes) {
        r.problem = tooLarge(maxBytes);
        return r;
    }
    // The size may change while we read (and /proc-like files report 0): read up to one byte
    // past the limit, never more, and decide by what was actually read.
    QByteArray data;
    data.resize(qsizetype(qMin<qint64>(maxBytes + 1, qMax<qint64>(st.st_size + 1, 4096))));
    qint64 got = 0;
    while (got <= maxBytes) {
        if (got == data.size())
            data.resize(qsizetype(qMin<qint64>(maxBytes + 1, qint64(data.size()) * 2)));
        const ssize_t n = ::read(fd.fd, data.data() + got, size_t(data.size() - got));
        if (n > 0) {
            got += n;
            continue;
        }
        if (n == 0)
            break;
        if (errno == EINTR)
            continue;
        r.problem = tr("cannot read the file: %1").arg(errnoText(errno));
        return r;
    }
    if (got > maxBytes) {
        r.problem = tooLarge(maxBytes);
        return r;
    }
    data.truncate(qsizetype(got));
    r.data = std::move(data);
    return r;
}

} // namespace authlab
