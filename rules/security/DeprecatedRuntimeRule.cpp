#include "rules/security/DeprecatedRuntimeRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

DeprecatedRuntimeRule::DeprecatedRuntimeRule(engine::RuleOptions&) {}

void DeprecatedRuntimeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto today = ctx.clock().today();
  for (const auto& f : p.functions) {
    if (!f.runtime.known() || f.generatedByFramework) continue;
    const auto* profile = ctx.provider(f);
    const auto* rt = profile ? profile->runtime(f.runtime.value) : nullptr;
    if (!rt || !rt->deprecated || today < *rt->deprecated) continue;
    std::string successor = rt->successor.empty() ? "" : fmt::format("; move to {}", rt->successor);
    std::string asOf = fmt::format(" (runtime dates as of {})", profile->asOf);
    if (rt->blockUpdate && today >= *rt->blockUpdate) {
      ctx.report(&f, f.runtime,
                 fmt::format("Runtime {} of {} is blocked: since {} {} rejects creating or updating functions on it{}{}", rt->name, fn(f),
                             rt->blockUpdate->str(), profile->vendor, successor, asOf))
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
