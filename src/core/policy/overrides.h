#pragma once

#include "auth/state.h"
#include "policy/rules.h"
#include "scenario/scenario.h"

#include <span>

namespace authlab {

struct Verdict;
struct RequestFacts;

// The arguments of an override's trace step. Left empty, judge() fills in the correct status and
// the one sent; an override whose step says something else (whose address it believed) sets them.
struct OverrideStep
{
    QString a1;
    QString a2;
};

// What an override may read: the request as judged, the scenario and the auth state; and the
// arguments of its own trace step, which it may write.
struct OverrideContext
{
    const Scenario &scenario;
    const RequestFacts &request;
    const AuthStateView &state;
    OverrideStep &step;
};

// Server behaviours (BRIEF.md: the schools and the realistic bugs) as rewrites of a correct
// verdict. judge() first reaches the verdict RFC 9110 asks for, then runs the behaviour's
// overrides in order; each may rewrite the verdict and adds its own trace step: its rule (the
// decisive step when it changed the status, with the correct status and the new one as
// arguments), or "nothing rewritten" when it left the verdict alone. judge() never branches on a
// behaviour: a new one is a Behaviour value, its rule in rules.cpp, its entry in kBehaviours
// (overrides.cpp) and its golden row in tst_behaviours (docs/architecture.md, "Adding a behaviour").
struct Override
{
    Rule rule; // the trace step that says what this override did
    // Rewrites the verdict and returns true, or returns false and leaves it as it was; nullptr
    // for an override that only notes its step.
    bool (*apply)(const OverrideContext &context, Verdict &verdict);
};

// What the behaviour selector, `serve --help` and the docs say of a behaviour. Source texts,
// translated at display time in the "authlab::Behaviours" context.
struct BehaviourInfo
{
    Behaviour behaviour;
    const char *title;    // "Never 401 (roll-your-own school)"
    const char *kind;     // correct / school / bug
    const char *does;     // what the server does differently
    const char *citation; // the RFC clause it follows or breaks, never translated
    const char *breaks;   // the sentence of the RFC it breaks (or the school it follows)
    const char *clients;  // what real clients do with it (standards.md §3)
    std::span<const Override> overrides;
};

const BehaviourInfo &behaviourInfo(Behaviour behaviour);
// The overrides of a behaviour, in the order they run.
std::span<const Override> overridesFor(Behaviour behaviour);

// Translated texts of a behaviour's entry.
QString behaviourTitle(Behaviour behaviour);
QString behaviourKind(Behaviour behaviour);
QString behaviourDoes(Behaviour behaviour);
QString behaviourBreaks(Behaviour behaviour);
QString behaviourClients(Behaviour behaviour);

} // namespace authlab
