#pragma once

#include "policy/rules.h"
#include "policy/trace.h"

#include <QString>

namespace authlab::gui {

// How the window words a step of the server's reasons: its sentence and its citation — except
// during a bug hunt (setBehaviourSecret), when a step of the server's behaviour says that the
// behaviour decides here without naming it, since naming it is the student's task. The trace
// table, the answer's decisive reason, the watched rows and the exchange log all read steps
// through here.
void setBehaviourSecret(bool secret);
bool behaviourSecret();
QString shownText(const TraceStep &step);
QString shownCitation(Rule rule);
inline QString shownCitation(const TraceStep &step)
{
    return shownCitation(step.rule);
}

} // namespace authlab::gui
