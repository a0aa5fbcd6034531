#include "rules/operations/MissingFailureDestinationRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

MissingFailureDestinationRule::MissingFailureDestinationRule(engine::RuleOptions&) {}

void MissingFailureDestinationRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile || !profile->failureDestinations) continue;
    if (f.deadLetterTarget.present() || f.onFailureDestination.present()) continue;
    for (const auto& t : f.triggers) {
      if (profile->invocation(t.kind) != model::Invocation::Asynchronous) continue;
      ctx.report(&f, t.range, t.path,
                 fmt::format("{} is invoked asynchronously by {} '{}' but has no dead-letter queue or on-failure destination; failed "
                             "events are dropped after the retries",
                             fn(f), model::triggerKindName(t.kind), t.name));
      break;
    }
  }
}

}  // namespace faaslint::rules
