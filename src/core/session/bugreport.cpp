#include "session/bugreport.h"

#include "auth/sessions.h"
#include "client/curlcommand.h"
#include "http/cookies.h"
#include "http/requestparser.h"
#include "policy/decision.h"
#include "policy/overrides.h"
#include "policy/rules.h"
#include "scenario/scenarioio.h"
#include "session/har.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace authlab {

namespace {

const QString kScenarioFile = QStringLiteral("scenario.json");
const QString kHarFile = QStringLiteral("exchanges.har");
const QString kReadmeFile = QStringLiteral("README.md");

QByteArray rawRequestOf(const RecordedExchange &r)
{
    QByteArray raw = r.method + ' ' + r.target + ' ' +
                     (r.httpVersion.isEmpty() ? QByteArray("HTTP/1.1") : r.httpVersion) + "\r\n";
    for (const auto &[n, v] : r.requestHeaders)
        raw += n + ": " + v + "\r\n";
    return raw + "\r\n" + r.requestBody;
}

// Inline code in Markdown: backticks inside are fenced with more of them.
QString code(const QString &text)
{
    const QString fence = text.contains(QLatin1Char('`')) ? QStringLiteral("``") : QStringLiteral("`");
    return fence +
           (text.contains(QLatin1Char('`')) ? QStringLiteral(" ") + text + QStringLiteral(" ") : text) +
           fence;
}

QString printableBytes(const QByteArray &b)
{
    QString s = QString::fromUtf8(b);
    for (QChar &c : s) {
        if (c.unicode() < 0x20)
            c = QChar(0xfffd);
    }
    return s;
}

const char *const kKeyFields[] = {"WWW-Authenticate",
                                  "Proxy-Authenticate",
                                  "Authentication-Info",
                                  "Location",
                                  "Set-Cookie",
                                  "Cache-Control",
                                  "Vary",
                                  "Content-Type"};

} // namespace

QStringList BugReport::fileNames()
{
    return {kScenarioFile, kHarFile, kReadmeFile};
}

QStringList BugReport::existingFiles(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name : fileNames()) {
        if (QFileInfo::exists(dir.filePath(name)))
            out.append(name);
    }
    return out;
}

Rfc9110Answer BugReport::rfc9110Answer(const Scenario &scenario, const RecordedExchange &r, bool redact)
{
    Rfc9110Answer a;
    if (r.method.isEmpty()) {
        a.note = tr("The record holds no request line to judge.");
        return a;
    }
    const QByteArray raw = r.server && !r.server->rawRequest.isEmpty() && !r.server->rawRequestTruncated()
                               ? r.server->rawRequest
                               : rawRequestOf(r);
    RequestParser parser;
    const RequestParser::Feed fed = parser.feed(raw.constData(), raw.size());
    if (fed.result != RequestParser::Result::Request) {
        a.note =
            tr("The request could not be read again as a whole request (it was cut short or malformed).");
        return a;
    }
    RequestFacts facts;
    parser.fillFacts(facts);
    const QUrl url = QUrl::fromEncoded(r.proxy.isEmpty() ? r.url : r.proxy);
    facts.peer = r.server ? r.server->peer : QHostAddress(QHostAddress::LocalHost);
    facts.local = QHostAddress(url.host());
    if (facts.local.isNull())
        facts.local = QHostAddress(QHostAddress::LocalHost);
    facts.localPort = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    // The record holds no session table: a request that shows a session id cannot be judged
    // again (it would count as logged out). A login's POST gets a fresh id, as the server does.
    for (QByteArrayView id : session::cookieValues(facts.headers)) {
        if (session::isWellFormedId(id)) {
            a.note = tr("Not judged again: the request shows a session cookie, and the record does not hold "
                        "the server's sessions.");
            return a;
        }
    }
    if (facts.method == QByteArrayView("POST"))
        facts.newSessionId = session::newId();
    const Verdict v = judgeRfc9110(scenario, facts);
    a.judged = true;
    a.status = v.status;
    const Rule rule = v.trace.decisiveStep() ? v.trace.decisiveStep()->rule : v.reason;
    a.rule = QLatin1String(ruleId(rule));
    a.sentence = v.trace.decisiveStep() ? Har::stepText(*v.trace.decisiveStep(), redact) : ruleText(rule);
    a.citation = ruleCitation(rule);
    if (r.requestHeader(http::header::Authorization).trimmed().toLower().startsWith("digest "))
        a.note =
            tr("Judged without the server's record of Digest nonces: a nonce the server issued counts as "
               "unknown here, so Digest requests are judged as if their nonce had expired.");
    return a;
}

QString BugReport::readme(const BugReportInput &in)
{
    QString md;
    const auto line = [&md](const QString &s = {}) { md += s + QLatin1Char('\n'); };
    line(QStringLiteral("# ") + tr("AuthLab bug report"));
    line();
    line(tr("Written by AuthLab %1 on %2.")
             .arg(QLatin1String(AUTHLAB_VERSION), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    line(tr("Files: %1 (the scenario; open it in AuthLab or run `authlab serve --scenario %1`), %2 (every "
            "request and response, HAR 1.2), this summary.")
             .arg(kScenarioFile, kHarFile));
    if (in.redact)
        line(tr("Passwords, tokens and cookie values in %1 and below are replaced by `<redacted>` (the "
                "scenario's own fake passwords are in %2).")
                 .arg(kHarFile, kScenarioFile));
    line();
    if (in.legs.isEmpty()) {
        line(tr("No exchange was shown."));
        return md;
    }
    const RecordedExchange &first = in.legs.constFirst();
    const RecordedExchange &last = in.legs.constLast();
    const RecordedExchange shown = in.redact ? redacted(last) : last;

    line(QStringLiteral("## ") + tr("What was sent"));
    line();
    line(QStringLiteral("- ") +
         tr("Request: %1")
             .arg(code(
                 printableBytes(first.method + ' ' + (in.redact ? redactedUrl(first.url) : first.url)))));
    if (in.spec) {
        const RequestSpec &s = *in.spec;
        const Identity::Kind kind = s.identity.kind;
        const QString scheme = s.scheme == ClientScheme::Basic    ? QStringLiteral("Basic")
                               : s.scheme == ClientScheme::Bearer ? QStringLiteral("Bearer")
                               : s.scheme == ClientScheme::Digest ? QStringLiteral("Digest")
                                                                  : tr("session cookie (login form)");
        line(QStringLiteral("- ") + tr("Identity: %1").arg(CredentialBuilder::identityName(s.identity)));
        line(QStringLiteral("- ") +
             tr("Credential state: %1").arg(CredentialBuilder::stateName(s.credentials, s.scheme, kind)));
        line(QStringLiteral("- ") + tr("Scheme: %1; %2")
                                        .arg(scheme, s.flow == ClientFlow::Preemptive
                                                         ? tr("credentials sent with the first request")
                                                         : tr("credentials only in answer to a challenge")));
        if (!in.credentials.summary.isEmpty())
            line(QStringLiteral("- ") + tr("What the client sends: %1").arg(in.credentials.summary));
    } else {
        line(QStringLiteral("- ") +
             tr("Sent by a client outside AuthLab (from the server's exchange log)%1.")
                 .arg(last.server ? tr(", from %1").arg(last.server->peer.toString()) : QString()));
    }
    const QByteArray authorization = shown.requestHeader(http::header::Authorization);
    line(QStringLiteral("- ") + (authorization.isEmpty()
                                     ? tr("No `Authorization` field.")
                                     : tr("`Authorization: %1`").arg(printableBytes(authorization))));
    line();

    line(QStringLiteral("## ") + tr("What came back"));
    line();
    if (in.legs.size() > 1) {
        for (int i = 0; i < in.legs.size(); ++i) {
            const RecordedExchange &l = in.legs.at(i);
            line(QStringLiteral("%1. ").arg(i + 1) +
                 code(printableBytes(l.method + ' ' + (in.redact ? redactedUrl(l.url) : l.url))) +
                 QStringLiteral(" → ") +
                 (l.hasResponse
                      ? QString::number(l.status) + QLatin1Char(' ') + QString::fromLatin1(l.reasonPhrase)
                      : tr("no response: %1").arg(l.transportError)));
        }
        line();
    }
    if (!shown.hasResponse) {
        line(tr("No response: %1").arg(shown.transportError));
    } else {
        line(QStringLiteral("- ") +
             tr("Status: **%1 %2**").arg(shown.status).arg(QString::fromLatin1(shown.reasonPhrase)));
        for (const char *name : kKeyFields) {
            for (const auto &[n, v] : shown.responseHeaders) {
                if (http::equalsIgnoreCase(n, name))
                    line(QStringLiteral("- ") + code(printableBytes(n + ": " + v)));
            }
        }
        if (last.server) {
            const Exchange &s = *last.server;
            const TraceStep *d = s.trace.decisiveStep();
            const Rule rule = d ? d->rule : s.reason;
            line(QStringLiteral("- ") + tr("AuthLab's server decided it by the rule `%1`: %2 (%3)")
                                            .arg(QLatin1String(ruleId(rule)),
                                                 d ? Har::stepText(*d, in.redact) : ruleText(rule),
                                                 ruleCitation(rule)));
        }
    }
    line();

    line(QStringLiteral("## ") + tr("What RFC 9110 says should have come back"));
    line();
    const Rfc9110Answer rfc = rfc9110Answer(in.scenario, last, in.redact);
    if (rfc.judged) {
        line(
            tr("Judged again by AuthLab's decision under the `rfc9110` behaviour (no deliberate deviations): "
               "**%1 %2**.")
                .arg(rfc.status)
                .arg(QString::fromLatin1(http::reasonPhrase(rfc.status))));
        line();
        line(QStringLiteral("> ") + rfc.sentence + QStringLiteral(" — ") + rfc.citation +
             QStringLiteral(" (`") + rfc.rule + QStringLiteral("`)"));
        line();
        if (shown.hasResponse && shown.status == rfc.status)
            line(tr("The answer agrees with RFC 9110 on the status."));
        else if (shown.hasResponse)
            line(tr("**The answer differs:** %1 came back where RFC 9110 asks for %2.")
                     .arg(shown.status)
                     .arg(rfc.status));
    }
    if (!rfc.note.isEmpty())
        line(rfc.note);
    line();

    line(QStringLiteral("## ") + tr("Server behaviour in effect"));
    line();
    const Behaviour b = in.scenario.behaviour;
    line(QStringLiteral("`%1` — %2. %3").arg(behaviourId(b), behaviourTitle(b), behaviourDoes(b)));
    line();

    line(QStringLiteral("## ") + tr("Reproduce with curl"));
    line();
    const CurlCommand curl = Curl::command(shown);
    if (in.redact) {
        // Every part redaction changed, so that the reader knows what to put back.
        QStringList parts;
        for (qsizetype i = 0; i < last.requestHeaders.size() && i < shown.requestHeaders.size(); ++i) {
            const QString name =
                QLatin1Char('`') + QString::fromLatin1(last.requestHeaders.at(i).first) + QLatin1Char('`');
            if (last.requestHeaders.at(i) != shown.requestHeaders.at(i) && !parts.contains(name))
                parts.append(name);
        }
        if (shown.url != last.url)
            parts.append(tr("the URL"));
        if (shown.requestBody != last.requestBody)
            parts.append(tr("the content (curl counts its length)"));
        if (!parts.isEmpty())
            line(tr("With secrets redacted in %1: put the real values back before running it.")
                     .arg(parts.join(QLatin1String(", "))));
    }
    line(QStringLiteral("```sh"));
    md += curl.command;
    line(QStringLiteral("```"));
    return md;
}

bool BugReport::write(const QString &folder, const BugReportInput &in, QString *error)
{
    const QDir dir(folder);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    if (!ScenarioIO::save(in.scenario, dir.filePath(kScenarioFile), error))
        return false;
    HarOptions options;
    options.redact = in.redact;
    if (!Har::write(dir.filePath(kHarFile), in.legs, options, error))
        return false;
    QSaveFile f(dir.filePath(kReadmeFile));
    if (!f.open(QIODevice::WriteOnly) || f.write(readme(in).toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(dir.filePath(kReadmeFile), f.errorString());
        return false;
    }
    return true;
}

} // namespace authlab
