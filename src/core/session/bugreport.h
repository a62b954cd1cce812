#pragma once

#include "client/clientrequest.h"
#include "http/recorded.h"
#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace authlab {

// The "bug report" bundle: everything someone else needs to see what happened, in one folder —
// scenario.json (the scenario, ScenarioIO), exchanges.har (every leg of the exchange, redacted
// unless asked otherwise) and README.md: what was sent, what came back, what RFC 9110 says
// should have come back (the pure decision judged again without the behaviour's overrides), the
// behaviour in effect, the curl command and the AuthLab version. Each file is written atomically.
struct BugReportInput
{
    Scenario scenario;            // finalized (as the server has it)
    QList<RecordedExchange> legs; // in order; the last one is the answer
    // Set when AuthLab's own client sent it: who, which credential state, which scheme.
    std::optional<RequestSpec> spec;
    BuiltCredentials credentials;
    bool redact = true;
};

// What RFC 9110 asks for this request in this scenario: judgeRfc9110() on the request as sent.
struct Rfc9110Answer
{
    bool judged = false; // false: the request could not be parsed again (see note)
    int status = 0;
    QString rule;     // the decisive rule's id
    QString sentence; // its sentence
    QString citation; // its RFC citation
    QString note;     // caveats (Digest nonce state), or why it was not judged
};

class BugReport
{
    Q_DECLARE_TR_FUNCTIONS(authlab::BugReport)
public:
    static QStringList fileNames(); // scenario.json, exchanges.har, README.md
    // The bundle's files that already exist in the folder.
    static QStringList existingFiles(const QString &folder);
    // `redact`: the sentence's arguments (a login's next target) redacted.
    static Rfc9110Answer rfc9110Answer(const Scenario &scenario, const RecordedExchange &request,
                                       bool redact = false);
    static QString readme(const BugReportInput &input);
    // Creates the folder if needed; writes the three files. On failure says which and why.
    static bool write(const QString &folder, const BugReportInput &input, QString *error);
};

} // namespace authlab
