#include "rules/memory/MemoryOutOfRangeRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

MemoryOutOfRangeRule::MemoryOutOfRangeRule(engine::RuleOptions&) {}

void MemoryOutOfRangeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto& lim = ctx.catalogs().aws;
  for (const auto& f : p.functions) {
    if (f.provider != model::Provider::Aws || !f.memoryMb.known()) continue;
    std::int64_t m = f.memoryMb.value;
    if (m >= lim.memoryMinMb && m <= lim.memoryMaxMb) continue;
    ctx.report(&f, f.memoryMb,
               fmt::format("Memory of {} is {} MB; AWS Lambda accepts {} to {} MB, so the deployment will fail", fn(f), m, lim.memoryMinMb,
                           lim.memoryMaxMb));
  }
}

}  // namespace faaslint::rules
