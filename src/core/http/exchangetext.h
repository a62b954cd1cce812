#pragma once

#include "http/exchange.h"
#include "http/http.h"

#include <QString>

namespace authlab {

// One log line per exchange (BRIEF.md: time, client, method, target, status, user, decisive
// reason), as `authlab serve` prints it. Control characters are escaped: a peer must not be
// able to forge log lines.
QString exchangeLogLine(const Exchange &e);

// "bob", or "mallory (not authenticated)" when credentials named a user that did not pass.
QString exchangeUserText(const Exchange &e);

// Printable form of bytes a peer controls: UTF-8 where valid, \xNN escapes for the rest.
QString printable(QByteArrayView bytes, qsizetype max = 200);

// Raw bytes for display: printable text stays, CR and LF show as \r and \n (a line break
// follows \n), other control bytes and invalid UTF-8 as \xNN. Nothing is hidden.
QString escapeRaw(QByteArrayView bytes);

// Splits a raw HTTP message into its start line and header fields (exactly as sent, one pair
// per field line) and returns where the content starts, or -1 if the header block is incomplete.
qsizetype splitRawMessage(QByteArrayView raw, QByteArray *startLine, HeaderList *fields);

} // namespace authlab
