#include "rules/memory/MemoryOutOfRangeRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

MemoryOutOfRangeRule::MemoryOutOfRangeRule(engine::RuleOptions&) {}

void MemoryOutOfRangeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions)
    if (const auto* profile = ctx.provider(f)) {
      const auto& plan = profile->plan(f);
      reportOutsidePlatformRange(ctx, f, f.memoryMb, plan, plan.memoryMb, plan.memoryTiersMb, "Memory", "MB");
    }
}

}  // namespace faaslint::rules
