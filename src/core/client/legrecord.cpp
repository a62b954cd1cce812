#include "client/legrecord.h"

#include "http/exchangetext.h"

#include <QHostAddress>

namespace authlab {

RecordedExchange recordedLeg(const ClientExchange &exchange, int index)
{
    RecordedExchange r;
    if (index < 0 || index >= exchange.legs.size())
        return r;
    const ClientLeg &leg = exchange.legs.at(index);
    r.server = leg.server;
    r.method = leg.method;
    r.url = leg.url.toEncoded(QUrl::RemoveUserInfo); // never sent (curl would make it Authorization)
    r.proxy =
        leg.proxy.isEmpty() ? QByteArray() : leg.proxy.toEncoded(QUrl::RemovePath | QUrl::RemoveUserInfo);
    r.target = r.proxy.isEmpty()
                   ? leg.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
                   : leg.url.toEncoded(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (r.target.isEmpty())
        r.target = "/";
    r.insecure = exchange.spec.acceptAnyCertificate && leg.url.scheme() == QLatin1String("https");
    r.startedMs = leg.startedAtMs ? leg.startedAtMs : (leg.server ? leg.server->receivedAtMs : 0);
    r.timeMs = leg.elapsedNs > 0 ? double(leg.elapsedNs) / 1e6 : -1;
    r.transportError = leg.transportError;
    const QUrl peer = leg.proxy.isEmpty() ? leg.url : leg.proxy;
    if (!QHostAddress(peer.host()).isNull())
        r.serverAddress = peer.host();
    if (leg.server)
        r.connection = QString::number(leg.server->connectionId);

    // The request: the client's own bytes, else the server's, else the recorded fields.
    const QByteArray &rawRequest = !leg.rawRequest.isEmpty() ? leg.rawRequest
                                   : leg.server              ? leg.server->rawRequest
                                                             : leg.rawRequest;
    r.rawRequest = rawRequest;
    r.rawResponse = !leg.rawResponse.isEmpty() ? leg.rawResponse
                    : leg.server               ? leg.server->rawResponse
                                               : QByteArray();
    QByteArray startLine;
    const qsizetype start = splitRawMessage(rawRequest, &startLine, &r.requestHeaders);
    if (start >= 0) {
        const QList<QByteArray> parts = startLine.split(' ');
        if (parts.size() == 3) {
            r.target = parts[1];
            r.httpVersion = parts[2];
        }
        r.requestHeadersSize = start;
        r.requestBody = leg.requestBody;
        r.requestBodySize = leg.requestBody.size();
    } else {
        r.requestHeaders = leg.requestHeaders;
        r.requestBody = leg.requestBody;
        r.requestBodySize = leg.requestBody.size();
    }

    // The response, likewise; the content is the leg's own (de-chunked by the client).
    const bool head = http::equalsIgnoreCase(leg.method, "HEAD");
    const bool parsed =
        parseRawResponse(leg.rawResponse, head, r) ||
        (leg.server && leg.rawResponse.isEmpty() && parseRawResponse(leg.server->rawResponse, head, r));
    if (leg.status != 0) {
        if (!parsed) {
            r.hasResponse = true;
            r.status = leg.status;
            r.reasonPhrase = leg.reasonPhrase;
            r.responseHeaders = leg.responseHeaders;
        }
        if (!leg.responseBody.isEmpty() || !parsed) {
            r.responseBody = leg.responseBody;
            if (!r.responseTruncated)
                r.responseBodySize = leg.responseBody.size();
        }
    } else if (!parsed) {
        r.hasResponse = false;
    }
    return r;
}

QList<RecordedExchange> recordedLegs(const ClientExchange &exchange)
{
    QList<RecordedExchange> out;
    for (int i = 0; i < exchange.legs.size(); ++i)
        out.append(recordedLeg(exchange, i));
    return out;
}

} // namespace authlab
