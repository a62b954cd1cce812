#include "stepview.h"

#include <QCoreApplication>

namespace authlab::gui {

namespace {
bool g_secret = false; // GUI thread only

bool masked(Rule rule)
{
    return g_secret && ruleInfo(rule).check == Check::Behaviour;
}
} // namespace

void setBehaviourSecret(bool secret)
{
    g_secret = secret;
}

bool behaviourSecret()
{
    return g_secret;
}

QString shownText(const TraceStep &step)
{
    if (masked(step.rule))
        return QCoreApplication::translate("authlab::gui::StepView",
                                           "The server's behaviour decides here; which behaviour it is, "
                                           "is the bug hunt's secret.");
    return step.text();
}

QString shownCitation(Rule rule)
{
    if (masked(rule))
        return QCoreApplication::translate("authlab::gui::StepView", "(secret)");
    return ruleCitation(rule);
}

} // namespace authlab::gui
