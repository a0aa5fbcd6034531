#include "rules/security/IamWildcardActionRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

IamWildcardActionRule::IamWildcardActionRule(engine::RuleOptions&) {}

void IamWildcardActionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachAllowStatement(p, [&](const model::Role& role, const model::IamStatement& st) {
    if (st.notAction) return;
    std::vector<std::string> wildcards;  // a managed policy's, reported once where it is attached
    for (const auto& a : st.actions) {
      if (!a.known() || !isServiceWildcard(a.value)) continue;
      std::string what = a.value == "*" ? "every AWS action" : "every action of " + a.value.substr(0, a.value.size() - 2);
      if (!st.managedPolicy.empty()) {
        wildcards.push_back(fmt::format("'{}' ({})", a.value, what));
        continue;
      }
      ctx.report(firstUser(p, role), a,
                 fmt::format("Allow statement grants '{}' ({}) to the role of {}; list the actions the code calls", a.value, what,
                             usersOf(p, role)));
    }
    if (!wildcards.empty())
      ctx.report(firstUser(p, role), st.actions.front(),
                 fmt::format("{} grants {} to the role of {}; attach a policy that lists the actions the code calls", grantor(st),
                             fmt::join(wildcards, ", "), usersOf(p, role)));
  });
}

}  // namespace faaslint::rules
