#include "rules/operations/ReservedEnvironmentNameRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

ReservedEnvironmentNameRule::ReservedEnvironmentNameRule(engine::RuleOptions&) {}

void ReservedEnvironmentNameRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile) continue;
    const auto& reserved = profile->reservedEnvironmentNames;
    for (const auto& e : f.environment)
      if (e.key.known() && std::find(reserved.begin(), reserved.end(), e.key.value) != reserved.end())
        ctx.report(&f, e.key,
                   fmt::format("'{}' is reserved by {}; setting it on {} fails the deployment. Choose another name", e.key.value,
                               profile->name, fn(f)));
  }
}

}  // namespace faaslint::rules
