#pragma once

#include "client/clientengine.h"
#include "client/clientrequest.h"
#include "session/checkrules.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

namespace authlab {

// What to check: `authlab check URL [--user U:P] [--other-user U:P] [--token T] [--insecure]
// [--timeout MS]` and the GUI's Check pane.
struct CheckOptions
{
    QUrl url;
    QString user; // empty: no --user
    QString password;
    QString otherUser; // a valid user with other rights (empty: none)
    QString otherPassword;
    QString token; // a valid Bearer token (empty: none)
    bool insecure = false;
    int timeoutMs = 5000; // each probe's own: connect, silence and whole response

    static constexpr int kMaxTimeoutMs = 600'000;
};

// One request of a check, sent through ClientEngine like any of AuthLab's own.
struct CheckProbe
{
    enum class Kind : quint8 {
        Anonymous,     // no credentials
        Malformed,     // credentials that do not parse
        Good,          // --user / --token
        WrongPassword, // --user's name, another password (or an altered token)
        UnknownUser,   // a user name nobody has
        OtherUser,     // --other-user
        Forwarded,     // X-Forwarded-For claiming another address
        NotFound,      // a sibling path that does not exist (the genuine 404)
    };
    QString name; // stable: "anonymous", "good-basic-head", "forwarded-10.0.0.1", ...
    Kind kind = Kind::Anonymous;
    QByteArray scheme; // "Basic", "Digest", "Bearer"; empty: none sent
    bool json = false; // Accept: application/json (else a browser's Accept)
    RequestSpec spec;  // what was sent (the password only in memory, never printed)
    bool done = false;
    ClientExchange exchange; // every leg

    const ClientLeg *last() const { return exchange.last(); }
    int status() const { return exchange.status(); }
};

// A finding: which rule, what exactly (English detail for the JSON, translated for people), and
// where it was seen: (probe, leg) pairs, the first one being the evidence shown.
struct CheckFinding
{
    Finding finding = Finding::Count;
    QString detail;                  // translated
    QString detailId;                // the same in English (JSON; also what makes two findings one)
    QList<std::pair<int, int>> seen; // probe index, leg index

    Severity severity() const { return findingInfo(finding).severity; }
};

struct CheckReport
{
    enum class Outcome : quint8 {
        NotRun,
        Checked,      // every probe answered or failed on its own
        Unreachable,  // no connection at all (refused, no such host, time-out): exit 3
        StoppedByTls, // the certificate was refused: the tls-certificate finding, exit 1
    };
    QUrl url;
    Outcome outcome = Outcome::NotRun;
    QString error; // Unreachable: what happened (translated)
    QList<CheckProbe> probes;
    QList<CheckFinding> findings; // MUST first, then SHOULD, then advice
    qint64 elapsedNs = 0;

    int count(Severity severity) const;
    bool violates() const { return count(Severity::Must) + count(Severity::Should) > 0; }
    int requestCount() const; // legs sent
    // The evidence of a finding: request line, the status line, the relevant response fields.
    // People get it translated (the words around the bytes), tools (JSON) in English.
    QStringList evidence(const CheckFinding &finding, int maxLegs = 2, bool translated = true) const;
};

// The conformance checker (issue 11): probes a real server, concurrently, and reports what RFC
// 9110, 7617, 6750 and 9111 say about its answers. The probes: without credentials (as a browser
// and as an API client asking for JSON, GET and HEAD), malformed credentials, a path that does
// not exist, X-Forwarded-For claims; then, for each scheme the server offers (and Basic / Bearer
// when credentials are given but nothing is offered): the good credentials (GET and HEAD), a
// wrong password (an altered token), an unknown user, the other user. ClientEngine runs at most
// six at once per origin, each with its own time-outs. The GUI and `authlab check` share this.
class Checker : public QObject
{
    Q_OBJECT
public:
    explicit Checker(QObject *parent = nullptr);
    ~Checker() override;

    // Empty if the options can be checked; else what is wrong with them (translated).
    static QString validate(const CheckOptions &options);

    // When the URL is the embedded server's, its records (the decision trace) can be found.
    void setServerLookup(std::function<std::shared_ptr<const Exchange>(const QByteArray &)> lookup)
    {
        m_client.setServerLookup(std::move(lookup));
    }

    void start(const CheckOptions &options); // validate() first; aborts a check under way
    void abort();
    bool isRunning() const { return m_running; }
    const CheckReport &report() const { return m_report; }

    // The analysis alone, from finished probes (pure; the tests feed it made-up probes too).
    static QList<CheckFinding> analyze(const CheckOptions &options, const QList<CheckProbe> &probes);

    // `authlab check` output. Text for people (translated), JSON for tools (docs: README).
    static QByteArray toText(const CheckReport &report);
    static QByteArray toJson(const CheckReport &report);

Q_SIGNALS:
    void started();
    void probeFinished(int index);
    void finished();

private:
    void add(CheckProbe probe);
    void onFinished(const ClientExchange &exchange);
    void startSecondPhase();
    void finish(CheckReport::Outcome outcome, const QString &error = {});

    ClientEngine m_client;
    CheckOptions m_options;
    CheckReport m_report;
    QHash<quint64, int> m_pending; // client id -> probe index
    QElapsedTimer m_timer;
    bool m_running = false;
    bool m_secondPhase = false;
};

} // namespace authlab
