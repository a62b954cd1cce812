#pragma once

#include "policy/rules.h"
#include "scenario/scenario.h"

#include <span>

namespace authlab {

struct Verdict;
struct RequestFacts;

// Server behaviours (BRIEF.md: "never 401", realistic bugs) as rewrites of a correct verdict.
// judge() first reaches the verdict RFC 9110 asks for, then runs the behaviour's overrides in
// order; each may rewrite the verdict and each adds its own trace step (rule, Outcome::Info; the
// decisive step when it changed the status). judge() never branches on a behaviour: a new one is
// a Behaviour value, its rules in rules.cpp and its list below (docs/architecture.md, "Adding a
// behaviour").
struct Override
{
    Rule rule; // the trace step that says what this override did
    // Rewrites the verdict; nullptr for an override that only notes its step.
    void (*apply)(const Scenario &scenario, const RequestFacts &request, Verdict &verdict);
};

// The overrides of a behaviour, in the order they run.
std::span<const Override> overridesFor(Behaviour behaviour);

} // namespace authlab
