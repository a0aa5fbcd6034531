#include "rules/duration/LongTimeoutRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

LongTimeoutRule::LongTimeoutRule(engine::RuleOptions& o) : capS_(o.integer("max-timeout-seconds", 1, 1'000'000)) {}

void LongTimeoutRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (!f.timeoutS.known() || f.timeoutS.value <= capS_) continue;
    ctx.report(&f, f.timeoutS,
               fmt::format(
                   "Timeout of {} is {} s, above the policy cap of {} s; long work belongs in a queue, a state machine or a container task",
                   fn(f), f.timeoutS.value, capS_));
  }
}

}  // namespace faaslint::rules
