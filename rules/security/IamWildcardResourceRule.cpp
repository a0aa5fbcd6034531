#include "rules/security/IamWildcardResourceRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

IamWildcardResourceRule::IamWildcardResourceRule(engine::RuleOptions& o) : writePrefixes_(o.stringList("write-action-prefixes")) {}

void IamWildcardResourceRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachAllowStatement(p, [&](const model::Role& role, const model::IamStatement& st) {
    if (st.notAction || st.notResource || st.hasCondition) return;
    const core::Located<std::string>* star = nullptr;
    for (const auto& r : st.resources)
      if (r.known() && r.value == "*") star = &r;
    if (!star) return;
    std::vector<std::string> writes;
    for (const auto& a : st.actions) {
      if (!a.known() || a.value == "*") return;  // SEC003 iam-admin-access reports '*' on '*'
      auto colon = a.value.find(':');
      std::string verb = colon == std::string::npos ? a.value : a.value.substr(colon + 1);
      bool write = verb == "*" || verb.find('*') != std::string::npos;
      for (const auto& w : writePrefixes_) write |= verb.starts_with(w);
      if (write) writes.push_back(a.value);
    }
    if (writes.empty()) return;
    ctx.report(firstUser(p, role), *star,
               fmt::format("Allow statement grants {} on every resource (Resource '*') to the role of {}; name the resources",
                           fmt::join(writes, ", "), usersOf(p, role)));
  });
}

}  // namespace faaslint::rules
