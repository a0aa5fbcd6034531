#include "rules/duration/TimeoutOutOfRangeRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TimeoutOutOfRangeRule::TimeoutOutOfRangeRule(engine::RuleOptions&) {}

void TimeoutOutOfRangeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto& lim = ctx.catalogs().aws;
  for (const auto& f : p.functions) {
    if (f.provider != model::Provider::Aws || !f.timeoutS.known()) continue;
    std::int64_t t = f.timeoutS.value;
    std::int64_t max = f.managedInstances ? lim.managedInstancesTimeoutMaxS : lim.timeoutMaxS;
    if (t >= 1 && t <= max) continue;
    std::string why = f.managedInstances ? "with Lambda Managed Instances" : "(longer needs Lambda Managed Instances)";
    ctx.report(&f, f.timeoutS,
               fmt::format("Timeout of {} is {} s; AWS Lambda accepts 1 to {} s {}, so the deployment will fail", fn(f), t, max, why));
  }
}

}  // namespace faaslint::rules
