#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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

struct ScenarioLoad
{
    std::optional<Scenario> scenario; // set only when there are no problems
    QList<ScenarioProblem> problems;

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
    static QByteArray toJson(const Scenario &scenario);
    // Atomic: the old file stays intact unless the new one was written completely.
    static bool save(const Scenario &scenario, const QString &path, QString *error);

    // The built-in default scenario (BRIEF.md), from the resource :/authlab/scenarios/default.json.
    static Scenario defaultScenario();
    static QString defaultScenarioPath();
};

} // namespace authlab
