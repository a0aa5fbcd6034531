#include "rules/security/PublicFunctionUrlRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

PublicFunctionUrlRule::PublicFunctionUrlRule(engine::RuleOptions&) {}

void PublicFunctionUrlRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (!f.aws.url || !f.aws.url->authType.known() || f.aws.url->authType.value != "NONE") continue;
    ctx.report(&f, f.aws.url->authType,
               fmt::format("The URL of {} has AuthType NONE: anyone on the internet can invoke it; use AWS_IAM or authenticate in the "
                           "handler and suppress this with a reason",
                           fn(f)));
  }
}

}  // namespace faaslint::rules
