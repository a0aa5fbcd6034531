#include "rules/security/IamAdminAccessRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

IamAdminAccessRule::IamAdminAccessRule(engine::RuleOptions& o) : adminPolicies_(o.stringList("admin-managed-policies")) {}

void IamAdminAccessRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachAllowStatement(p, [&](const model::Role& role, const model::IamStatement& st) {
    // A managed policy's statements are read from the catalog; the policy is reported by name below.
    if (st.notAction || st.notResource || st.hasCondition || !st.managedPolicy.empty()) return;
    bool allResources = false;
    for (const auto& r : st.resources) allResources |= r.known() && r.value == "*";
    if (!allResources) return;
    for (const auto& a : st.actions)
      if (a.known() && a.value == "*")
        ctx.report(firstUser(p, role), a,
                   fmt::format("Allow statement grants every action on every resource ('*' on '*') to the role of {}: administrator access",
                               usersOf(p, role)));
  });
  for (const auto& role : p.roles)
    for (const auto& mp : role.managedPolicies)
      if (mp.name.known() && std::find(adminPolicies_.begin(), adminPolicies_.end(), mp.name.value) != adminPolicies_.end())
        ctx.report(firstUser(p, role), mp.name,
                   fmt::format("Managed policy '{}' gives the role of {} administrator-like access", mp.name.value, usersOf(p, role)));
}

}  // namespace faaslint::rules
