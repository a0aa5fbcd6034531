#include "rules/security/IamWildcardResourceRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

IamWildcardResourceRule::IamWildcardResourceRule(engine::RuleOptions& o) : writePrefixes_(o.stringList("write-action-prefixes")) {}

// What counts as a write, and which actions can only be granted on "*", come from the IAM action
// catalog (AWS's access levels and resource types). The name prefixes are the fallback for an
// action the catalog does not know.
void IamWildcardResourceRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const iam::AwsIam& iam = *ctx.catalogs().awsIam;
  forEachAllowStatement(p, [&](const model::Role& role, const model::IamStatement& st) {
    if (st.notAction || st.notResource || st.hasCondition) return;
    const core::Located<std::string>* star = nullptr;
    for (const auto& r : st.resources)
      if (r.known() && r.value == "*") star = &r;
    if (!star) return;
    std::vector<std::string> writes;
    for (const auto& a : st.actions) {
      if (!a.known() || a.value == "*") return;  // SEC003 iam-admin-access reports '*' on '*'
      const auto colon = a.value.find(':');
      const std::string service = colon == std::string::npos ? "" : a.value.substr(0, colon);
      if (!service.empty() && iam.knowsService(service)) {
        // Each write action the pattern grants that could have been narrowed and is not denied.
        std::size_t narrowable = 0;
        std::string example;  // the first, alphabetically, for a partial pattern
        for (const auto* info : iam.expand(a.value)) {
          if (!info->writes() || iam.onlyOnAnyResource(info->name) || deniedEverywhere(role, info->name)) continue;
          if (narrowable++ == 0 || info->name < example) example = info->name;
        }
        if (narrowable == 0) continue;
        const std::string plural = narrowable == 1 ? "" : "s";
        if (a.value == service + ":*")
          writes.push_back(fmt::format("{} ({} write action{} of {})", a.value, narrowable, plural, service));
        else if (a.value.find_first_of("*?") != std::string::npos)
          writes.push_back(fmt::format("{} ({} write action{}, e.g. {})", a.value, narrowable, plural, example));
        else
          writes.push_back(a.value);
        continue;
      }
      std::string verb = colon == std::string::npos ? a.value : a.value.substr(colon + 1);
      bool write = verb.find('*') != std::string::npos;
      for (const auto& w : writePrefixes_) write |= verb.starts_with(w);
      if (write && !deniedEverywhere(role, a.value)) writes.push_back(a.value);
    }
    if (writes.empty()) return;
    ctx.report(firstUser(p, role), *star,
               fmt::format("{} grants {} on every resource (Resource '*') to the role of {}; name the resources", grantor(st),
                           fmt::join(writes, ", "), usersOf(p, role)));
  });
}

}  // namespace faaslint::rules
