#include "rules/security/PublicInvokePermissionRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

PublicInvokePermissionRule::PublicInvokePermissionRule(engine::RuleOptions&) {}

void PublicInvokePermissionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions)
    for (const auto& perm : f.aws.permissions) {
      if (!perm.principal.known()) continue;
      const std::string& pr = perm.principal.value;
      if (pr == "*") {
        if (perm.hasSourceAccount || perm.hasPrincipalOrgId) continue;
        ctx.report(
            &f, perm.principal,
            fmt::format("Permission lets any principal ('*') invoke {}; name the caller or add a SourceAccount or PrincipalOrgID condition",
                        fn(f)));
      } else if (pr.ends_with(".amazonaws.com") && !perm.hasSourceArn && !perm.hasSourceAccount) {
        ctx.report(
            &f, perm.principal,
            fmt::format(
                "Permission lets '{}' invoke {} on behalf of any account's resources; add SourceArn or SourceAccount (confused deputy)", pr,
                fn(f)));
      }
    }
}

}  // namespace faaslint::rules
