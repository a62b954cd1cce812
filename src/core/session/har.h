#pragma once

#include "http/recorded.h"
#include "policy/trace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>

namespace authlab {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) from recorded exchanges: one entry
// per request/response on the wire (a client exchange's legs are separate entries). Header
// fields and cookies are listed exactly as on the wire, repeated fields apart; a content that is
// not text is base64 ("encoding": "base64"). Where AuthLab's server decided, the entry's
// "_authlab" extension names the decisive rule, its RFC citation and sentence.
//
// With `redact` (the default) credentials are replaced by "<redacted>" everywhere they occur:
// Authorization / Proxy-Authorization (the scheme stays), cookie values, access_token and
// password parameters in the URL, the query list, the form text and its params.
struct HarOptions
{
    bool redact = true;
    QString comment; // the log's comment (e.g. how many exchanges were left out)
};

class Har
{
    Q_DECLARE_TR_FUNCTIONS(authlab::Har)
public:
    static QJsonObject entry(const RecordedExchange &exchange, bool redact = true);
    // A trace step's sentence; with `redact`, its arguments (a login's next target) redacted.
    static QString stepText(const TraceStep &step, bool redact);
    // {"log": {...}}
    static QJsonObject document(const QList<RecordedExchange> &exchanges, const HarOptions &options = {});
    static QByteArray toJson(const QList<RecordedExchange> &exchanges, const HarOptions &options = {});
    // Written atomically (QSaveFile): a failed write leaves an existing file as it was.
    static bool write(const QString &path, const QList<RecordedExchange> &exchanges,
                      const HarOptions &options, QString *error);
};

// serve --har's memory: the newest server records, at most `maxExchanges` of them and about
// `maxBytes` of raw bytes; the older ones are dropped and counted.
class HarKeeper
{
public:
    HarKeeper(qsizetype maxExchanges, qint64 maxBytes);
    void add(const Exchange &e);
    const std::deque<Exchange> &kept() const { return m_kept; }
    quint64 dropped() const { return m_dropped; }
    qint64 bytes() const { return m_bytes; }

private:
    qsizetype m_maxExchanges;
    qint64 m_maxBytes;
    std::deque<Exchange> m_kept;
    quint64 m_dropped = 0;
    qint64 m_bytes = 0;
};

} // namespace authlab
