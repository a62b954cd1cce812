#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace authlab {

// One thing wrong with a scenario file: where (file, JSON path such as users[2].groups[0],
// or line:column for syntax errors) and what. Some problems also name the line of the value
// (address rules, the simulated client address).
struct ScenarioProblem
{
    QString file;
    QString where;
    QString message;
    int line = 0; // the line the value at `where` starts on; 0: not given

    QString toString() const;
};

// The order of the keys of every object of a loaded file, so that saving writes them back in
// that order (QJsonObject sorts them). An object is known by its kind ("users[]": the JSON path
// without indexes) and its identity (a user's name, a resource's match and path, a token's value;
// the JSON path for other objects); a new object takes the order of the first of its kind. Keys
// the file did not have come after the remembered ones, in the canonical order of
// docs/scenario-format.md.
class ScenarioLayout
{
public:
    bool isEmpty() const { return m_byObject.isEmpty(); }
    void record(const QString &kind, const QString &identity, const QStringList &keys);
    QStringList order(const QString &kind, const QString &identity) const;
    // What identifies an object of this kind across edits (see above).
    static QString identity(const QString &kind, const QString &path, const QJsonObject &object);

private:
    QHash<QString, QStringList> m_byObject; // kind + '\x1f' + identity -> keys
    QHash<QString, QStringList> m_byKind;   // the first object of each kind
};

struct ScenarioLoad
{
    std::optional<Scenario> scenario; // set only when there are no problems
    QList<ScenarioProblem> problems;
    ScenarioLayout layout; // the file's key order
    // The client set-up ("client", read by session/workspacefile.h; ignored by `authlab serve`).
    std::optional<QJsonObject> client;

    bool ok() const { return scenario.has_value(); }
    QString errorText() const; // every problem, one per line
};

class ScenarioIO
{
    Q_DECLARE_TR_FUNCTIONS(authlab::ScenarioIO)
public:
    static constexpr const char *FormatName = "authlab-scenario";

    // `file` only names the source in messages.
    static ScenarioLoad fromJson(const QByteArray &json, const QString &file);
    static ScenarioLoad load(const QString &path);
    // With a layout: keys in the order of the file it came from; `client`: the "client" member.
    static QByteArray toJson(const Scenario &scenario, const ScenarioLayout &layout = {},
                             const std::optional<QJsonObject> &client = std::nullopt);
    static QJsonObject toJsonObject(const Scenario &scenario);
    // Writes a document with its keys in the layout's order, else the canonical one (`canonical`
    // adds orders for kinds ScenarioIO does not know, such as the client set-up's). Arrays of
    // plain values on one line, objects indented by four spaces.
    static QByteArray writeJson(const QJsonObject &root, const ScenarioLayout &layout,
                                const QHash<QString, QStringList> &canonical = {});
    // Atomic: the old file stays intact unless the new one was written completely.
    static bool save(const Scenario &scenario, const QString &path, QString *error);
    static bool saveBytes(const QByteArray &bytes, const QString &path, QString *error);

    // The loader's rules applied to an edited scenario (or to a document edited as JSON, which
    // can also hold what a Scenario cannot, such as an address rule that does not parse): the
    // same problems, with the same JSON paths and messages, as the file would get. The one
    // place where an edit is checked: the GUI's editors call these, never rules of their own.
    static QList<ScenarioProblem> validate(const Scenario &scenario);
    static ScenarioLoad fromJsonObject(const QJsonObject &root);

    // The built-in default scenario (BRIEF.md), from the resource :/authlab/scenarios/default.json.
    static Scenario defaultScenario();
    static QString defaultScenarioPath();
};

} // namespace authlab
