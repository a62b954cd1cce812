#pragma once

#include "http/recorded.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace authlab {

// "Copy as curl": a POSIX shell command that sends a recorded request again, as it was: the
// method, the target exactly (--path-as-is, --globoff), every header field as sent in its order
// (Authorization included), the content byte for byte, HTTP/1.1, and none of curl's own default
// fields the original did not carry (-H 'Accept:' takes curl's away). --include shows the
// answer's header block. Quoting: single quotes ('\'' for a quote); bytes that are not printable
// text are written with printf's octal escapes (a binary body is piped in: --data-binary @-), so
// the command means the same in dash, bash and zsh.
struct CurlCommand
{
    QString command;   // the shell text, comment lines (notes) first
    QStringList notes; // what the command cannot reproduce, in words (also the comment lines)
};

class Curl
{
    Q_DECLARE_TR_FUNCTIONS(authlab::Curl)
public:
    static CurlCommand command(const RecordedExchange &request);
    // One shell word for these bytes (see above); empty bytes give ''.
    static QByteArray quote(QByteArrayView bytes);
};

} // namespace authlab
