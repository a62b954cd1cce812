#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace authlab {

// The bytes of a file a person handed to AuthLab (a scenario, later HAR files and lessons),
// or what is wrong with it. Either `problem` is empty and `data` holds the whole file, or
// `problem` says what is wrong (without the file name; errorText() adds it).
struct FileRead
{
    QString path;
    QByteArray data;
    QString problem;

    bool ok() const { return problem.isEmpty(); }
    QString errorText() const { return path + QLatin1String(": ") + problem; }
};

// Reads a user-supplied file without trusting it: it must be a regular file once symlinks are
// followed (checked with fstat on the opened descriptor, so nothing can be swapped in between),
// it is opened non-blocking so that a FIFO cannot hang the caller, and at most maxBytes + 1
// bytes are read whatever size() claims (a device such as /dev/zero reports 0). Qt resource
// paths (":/...", "qrc:/...") are built into the binary and read with QFile.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(authlab::SafeFile)
public:
    static FileRead read(const QString &path, qint64 maxBytes);
};

} // namespace authlab
