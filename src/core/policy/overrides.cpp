#include "policy/overrides.h"

namespace authlab {

namespace {

// RFC 9110 as written: nothing rewritten; the step says which behaviour answered.
constexpr Override kRfc9110[] = {
    {Rule::BehaviourRfc9110, nullptr},
};

} // namespace

std::span<const Override> overridesFor(Behaviour behaviour)
{
    switch (behaviour) {
    case Behaviour::Rfc9110:
        return kRfc9110;
    }
    return {};
}

} // namespace authlab
