#include "rules/operations/EnvironmentTooLargeRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

EnvironmentTooLargeRule::EnvironmentTooLargeRule(engine::RuleOptions&) {}

void EnvironmentTooLargeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile || !profile->environmentMaxBytes) continue;
    const std::int64_t max = *profile->environmentMaxBytes;
    std::int64_t size = 0;  // a lower bound: unknown values count as empty
    for (const auto& e : f.environment)
      size += static_cast<std::int64_t>(e.key.value.size() + (e.value.known() ? e.value.value.size() : 0));
    if (size <= max) continue;
    ctx.report(&f, f.environmentRange, f.environmentPath,
               fmt::format("Environment variables of {} take at least {} bytes; {} allows {} bytes in total, so the deployment will fail",
                           fn(f), size, profile->name, max));
  }
}

}  // namespace faaslint::rules
