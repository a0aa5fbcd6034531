#include "rules/security/DeprecatedRuntimeRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

DeprecatedRuntimeRule::DeprecatedRuntimeRule(engine::RuleOptions&) {}

void DeprecatedRuntimeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto today = ctx.clock().today();
  const auto& cat = ctx.catalogs();
  for (const auto& f : p.functions) {
    if (!f.runtime.known() || f.generatedByFramework) continue;
    const auto* rt = cat.runtime(f.runtime.value);
    if (!rt || !rt->deprecated || today < *rt->deprecated) continue;
    std::string successor = rt->successor.empty() ? "" : fmt::format("; move to {}", rt->successor);
    std::string asOf = fmt::format(" (runtime dates as of {})", cat.runtimesAsOf);
    if (rt->blockUpdate && today >= *rt->blockUpdate) {
      ctx.report(&f, f.runtime,
                 fmt::format("Runtime {} of {} is blocked: since {} AWS rejects creating or updating functions on it{}{}", rt->name, fn(f),
                             rt->blockUpdate->str(), successor, asOf))
          .severity = core::Severity::Error;
    } else if (rt->blockCreate && today >= *rt->blockCreate) {
      ctx.report(&f, f.runtime,
                 fmt::format("Runtime {} of {} can no longer be used for new functions since {}, and updates are blocked from {}{}{}",
                             rt->name, fn(f), rt->blockCreate->str(), rt->blockUpdate ? rt->blockUpdate->str() : "an unannounced date",
                             successor, asOf))
          .severity = core::Severity::Error;
    } else {
      std::string next = rt->blockCreate ? fmt::format("; creating functions on it is blocked from {}", rt->blockCreate->str()) : "";
      ctx.report(
          &f, f.runtime,
          fmt::format("Runtime {} of {} is deprecated since {}{}{}{}", rt->name, fn(f), rt->deprecated->str(), next, successor, asOf));
    }
  }
}

}  // namespace faaslint::rules
