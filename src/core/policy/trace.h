#pragma once

#include "policy/rules.h"

#include <QString>
#include <QVarLengthArray>

namespace authlab {

// One check the server made: which rule, how it came out, and up to two arguments
// (a user name, a path, a group...). Text is rendered on display, in the current language.
struct TraceStep
{
    Rule rule = Rule::WellFramed;
    Outcome outcome = Outcome::Info;
    QString a1;
    QString a2;

    Check check() const { return ruleInfo(rule).check; }
    QString text() const { return ruleText(rule, a1, a2); }
    QString citation() const { return ruleCitation(rule); }
};

// The ordered checks behind one response. The decisive step is the one that fixed the status.
struct Trace
{
    QVarLengthArray<TraceStep, 16> steps; // a granted Basic request takes 13 steps: no heap
    int decisive = -1;

    void add(Rule rule, Outcome outcome, const QString &a1 = {}, const QString &a2 = {})
    {
        steps.append(TraceStep{rule, outcome, a1, a2});
    }
    // Adds the step and marks it as the one that decided the status.
    void decide(Rule rule, Outcome outcome, const QString &a1 = {}, const QString &a2 = {})
    {
        add(rule, outcome, a1, a2);
        decisive = int(steps.size()) - 1;
    }
    const TraceStep *decisiveStep() const { return decisive >= 0 ? &steps[decisive] : nullptr; }
    bool contains(Rule rule) const
    {
        for (const TraceStep &s : steps) {
            if (s.rule == rule)
                return true;
        }
        return false;
    }
};

} // namespace authlab
