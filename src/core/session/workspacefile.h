#pragma once

#include "client/clientrequest.h"
#include "scenario/scenarioio.h"
#include "session/workbench.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace authlab {

// The client set-up a scenario file also holds (its "client" member, docs/scenario-format.md):
// who asks and how, for what, and the watched requests, so that opening the file restores the
// situation. Kept out of scenario/ (which knows nothing of the client): ScenarioIO passes the
// member through, this reads and writes it.
struct ClientSetup
{
    RequestSpec request; // method, URL, identity, credential state, scheme, encoding, flow, redirects, proxy
    QList<Watch> watches;
};

// A scenario file as the GUI opens and saves it: the scenario, the order of its keys and the
// client set-up (absent in a file that has none).
struct Workspace
{
    Scenario scenario;
    ScenarioLayout layout;
    std::optional<ClientSetup> client;
};

struct WorkspaceLoad
{
    std::optional<Workspace> workspace; // set only when there are no problems
    QList<ScenarioProblem> problems;
    bool ok() const { return workspace.has_value(); }
};

class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(authlab::WorkspaceFile)
public:
    // `serverBase`: the embedded server's URL. A request URL pointing there is stored as a path
    // ("/admin") and read back against the server's address of the day, so that another port works.
    static WorkspaceLoad load(const QString &path, const QUrl &serverBase);
    static WorkspaceLoad fromJson(const QByteArray &json, const QString &file, const QUrl &serverBase);
    static QByteArray toJson(const Workspace &workspace, const QUrl &serverBase);
    // Atomic (QSaveFile): the old file stays intact unless the new one was written completely.
    static bool save(const Workspace &workspace, const QString &path, const QUrl &serverBase, QString *error);

    static QJsonObject clientJson(const ClientSetup &setup, const QUrl &serverBase);
    // Every problem of the "client" member, with file and JSON path ("client.scheme").
    static std::optional<ClientSetup> clientFromJson(const QJsonObject &client, const QString &file,
                                                     const QUrl &serverBase,
                                                     QList<ScenarioProblem> *problems);
    // The canonical key order of the client member (docs/scenario-format.md).
    static QHash<QString, QStringList> canonicalOrders();
};

} // namespace authlab
