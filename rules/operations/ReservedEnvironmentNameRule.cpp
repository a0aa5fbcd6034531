#include "rules/operations/ReservedEnvironmentNameRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

ReservedEnvironmentNameRule::ReservedEnvironmentNameRule(engine::RuleOptions&) {}

void ReservedEnvironmentNameRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto& reserved = ctx.catalogs().aws.reservedEnvironmentNames;
  for (const auto& f : p.functions)
    for (const auto& e : f.environment)
      if (e.key.known() && std::find(reserved.begin(), reserved.end(), e.key.value) != reserved.end())
        ctx.report(
            &f, e.key,
            fmt::format("'{}' is reserved by AWS Lambda; setting it on {} fails the deployment. Choose another name", e.key.value, fn(f)));
}

}  // namespace faaslint::rules
