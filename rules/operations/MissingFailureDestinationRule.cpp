#include "rules/operations/MissingFailureDestinationRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

MissingFailureDestinationRule::MissingFailureDestinationRule(engine::RuleOptions&) {}

void MissingFailureDestinationRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (f.deadLetterTarget.present() || f.onFailureDestination.present()) continue;
    for (const auto& t : f.triggers) {
      if (model::invocationOf(t.kind) != model::Invocation::Asynchronous) continue;
      ctx.report(&f, t.range, t.path,
                 fmt::format("{} is invoked asynchronously by {} '{}' but has no dead-letter queue or on-failure destination; failed "
                             "events are dropped after the retries",
                             fn(f), model::triggerKindName(t.kind), t.name));
      break;
    }
  }
}

}  // namespace faaslint::rules
