#include "rules/security/IamPassroleWildcardRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

IamPassroleWildcardRule::IamPassroleWildcardRule(engine::RuleOptions&) {}

void IamPassroleWildcardRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachAllowStatement(p, [&](const model::Role& role, const model::IamStatement& st) {
    if (st.notAction || st.notResource) return;
    const core::Located<std::string>* star = nullptr;
    for (const auto& r : st.resources)
      if (r.known() && r.value == "*") star = &r;
    if (!star) return;
    for (const auto& a : st.actions) {
      if (!a.known()) continue;
      std::string v = a.value;
      std::transform(v.begin(), v.end(), v.begin(), ::tolower);
      if (v == "iam:passrole" || v == "iam:pass*" || v == "iam:*") {
        ctx.report(firstUser(p, role), a,
                   fmt::format("{}'{}' on Resource '*' lets the role of {} pass any role, including an administrator's, to a service; name "
                               "the roles it may pass",
                               st.managedPolicy.empty() ? "" : grantor(st) + " grants ", a.value, usersOf(p, role)))
            .notes.push_back({"the resource is '*' here", star->range});
      }
    }
  });
}

}  // namespace faaslint::rules
