#include "rules/operations/EnvironmentTooLargeRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

EnvironmentTooLargeRule::EnvironmentTooLargeRule(engine::RuleOptions&) {}

void EnvironmentTooLargeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const std::int64_t max = ctx.catalogs().aws.environmentMaxBytes;
  for (const auto& f : p.functions) {
    std::int64_t size = 0;  // a lower bound: unknown values count as empty
    for (const auto& e : f.environment)
      size += static_cast<std::int64_t>(e.key.value.size() + (e.value.known() ? e.value.value.size() : 0));
    if (size <= max) continue;
    ctx.report(
        &f, f.environmentRange, f.environmentPath,
        fmt::format("Environment variables of {} take at least {} bytes; AWS Lambda allows {} bytes in total, so the deployment will fail",
                    fn(f), size, max));
  }
}

}  // namespace faaslint::rules
