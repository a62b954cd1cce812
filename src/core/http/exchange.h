#pragma once

#include "policy/trace.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace authlab {

// One request and its response as the embedded server saw them: a plain value, published
// from the server's threads to whoever listens (GUI log, CLI log, HAR export, tests).
struct Exchange
{
    quint64 id = 0;          // server-wide sequence number, from 1
    qint64 receivedAtMs = 0; // wall clock (ms since the epoch) when the request was complete
    qint64 durationNs = 0;   // request complete -> response queued for writing
    QHostAddress peer;
    quint16 peerPort = 0;
    quint64 connectionId = 0;
    int requestOnConnection = 0; // 1 for the first request on a connection

    QByteArray method;
    QByteArray target;
    QByteArray requestId; // the request's X-Request-ID, if it had one (echoed in the response)
    int status = 0;
    QString user;        // authenticated user, empty if none
    QString claimedUser; // user-id the credentials named, even when wrong or unknown
    Rule reason = Rule::WellFramed;
    Trace trace;

    // Raw bytes exactly as they crossed the socket (capped; the *Bytes fields give the full size).
    QByteArray rawRequest;
    QByteArray rawResponse;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;

    bool rawRequestTruncated() const { return requestBytes > rawRequest.size(); }
    bool rawResponseTruncated() const { return responseBytes > rawResponse.size(); }
};

} // namespace authlab

Q_DECLARE_METATYPE(authlab::Exchange)
