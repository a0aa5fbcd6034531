#include "rules/security/PublicFunctionUrlRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

PublicFunctionUrlRule::PublicFunctionUrlRule(engine::RuleOptions&) {}

void PublicFunctionUrlRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (!f.url || !f.url->authType.known() || f.url->authType.value != "NONE") continue;
    ctx.report(&f, f.url->authType,
               fmt::format("The URL of {} has AuthType NONE: anyone on the internet can invoke it; use AWS_IAM or authenticate in the "
                           "handler and suppress this with a reason",
                           fn(f)));
  }
}

}  // namespace faaslint::rules
