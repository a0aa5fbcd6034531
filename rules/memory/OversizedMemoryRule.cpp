#include "rules/memory/OversizedMemoryRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

OversizedMemoryRule::OversizedMemoryRule(engine::RuleOptions& o) : capMb_(o.integer("max-memory-mb", 1, 1'000'000)) {}

void OversizedMemoryRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (!f.memoryMb.known() || f.memoryMb.value <= capMb_) continue;
    ctx.report(
        &f, f.memoryMb,
        fmt::format(
            "Memory of {} is {} MB, above the policy cap of {} MB; measure the peak use (e.g. with Lambda Power Tuning) and size it down",
            fn(f), f.memoryMb.value, capMb_));
  }
}

}  // namespace faaslint::rules
