#include "rules/security/OpenCorsRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

OpenCorsRule::OpenCorsRule(engine::RuleOptions&) {}

void OpenCorsRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  std::vector<core::Range> seen;  // one API's CORS serves many functions: report it once
  auto check = [&](const model::Function& f, const core::Located<std::string>& o, const std::string& where) {
    if (!o.known() || o.value != "*") return;
    if (std::find(seen.begin(), seen.end(), o.range) != seen.end()) return;
    seen.push_back(o.range);
    ctx.report(&f, o, fmt::format("CORS of {} allows any origin ('*'); list the origins that may call it", where));
  };
  for (const auto& f : p.functions) {
    if (f.aws.url)
      for (const auto& o : f.aws.url->corsOrigins) check(f, o, "the URL of " + fn(f));
    for (const auto& t : f.triggers)
      for (const auto& o : t.corsOrigins) check(f, o, fmt::format("the {} serving {}", model::triggerKindName(t.kind), fn(f)));
  }
}

}  // namespace faaslint::rules
