#include "rules/security/DeprecatedRuntimeRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

DeprecatedRuntimeRule::DeprecatedRuntimeRule(engine::RuleOptions&) {}

// The phase on the scan date decides the message and the severity: deprecated (warning), creation
// blocked (error: existing functions can still be updated until the update block), updates blocked
// (error).
void DeprecatedRuntimeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  const auto today = ctx.clock().today();
  for (const auto& f : p.functions) {
    if (!f.runtime.known() || f.generatedByFramework) continue;
    const auto* profile = ctx.provider(f);
    const auto* rt = profile ? profile->runtime(f.runtime.value) : nullptr;
    if (!rt) continue;
    const bool updateBlocked = rt->blockUpdate && today >= *rt->blockUpdate;
    const bool createBlocked = rt->blockCreate && today >= *rt->blockCreate;
    const bool deprecated = rt->deprecated && today >= *rt->deprecated;
    if (!updateBlocked && !createBlocked && !deprecated) continue;
    std::string successor = rt->successor.empty() ? "" : fmt::format("; move to {}", rt->successor);
    std::string asOf = fmt::format(" ({}'s runtime dates as of {})", profile->vendor, profile->runtimesAsOf);
    if (updateBlocked) {
      ctx.report(&f, f.runtime,
                 fmt::format("Runtime {} of {} is blocked: since {} {} rejects creating or updating functions on it{}{}", rt->name, fn(f),
                             rt->blockUpdate->str(), profile->vendor, successor, asOf))
          .severity = core::Severity::Error;
    } else if (createBlocked) {
      std::string until = rt->blockUpdate ? fmt::format("until {}", rt->blockUpdate->str()) : "until a date not yet announced";
      ctx.report(&f, f.runtime,
                 fmt::format("Runtime {} of {}: {} rejects creating functions on it since {}; existing functions can still be "
                             "updated {}{}{}",
                             rt->name, fn(f), profile->vendor, rt->blockCreate->str(), until, successor, asOf))
          .severity = core::Severity::Error;
    } else {
      std::string next;
      if (rt->blockCreate && rt->blockUpdate)
        next = fmt::format("; {} rejects creating functions on it from {} and updating them from {}", profile->vendor,
                           rt->blockCreate->str(), rt->blockUpdate->str());
      else if (rt->blockCreate)
        next = fmt::format("; {} rejects creating functions on it from {}", profile->vendor, rt->blockCreate->str());
      ctx.report(&f, f.runtime,
                 fmt::format("Runtime {} of {} is deprecated (no more security patches) since {}{}{}{}", rt->name, fn(f),
                             rt->deprecated->str(), next, successor, asOf));
    }
  }
}

}  // namespace faaslint::rules
