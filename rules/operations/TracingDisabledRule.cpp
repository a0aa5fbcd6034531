#include "rules/operations/TracingDisabledRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TracingDisabledRule::TracingDisabledRule(engine::RuleOptions&) {}

void TracingDisabledRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (f.tracing.state == core::ValueState::Unknown || (f.tracing.known() && f.tracing.value == "Active")) continue;
    if (f.generatedByFramework) continue;
    const auto* profile = ctx.provider(f);
    if (!profile || profile->tracing.empty()) continue;  // no per-function tracing setting there
    if (f.tracing.known()) {
      auto& d = ctx.report(&f, f.tracing,
                           fmt::format("Tracing of {} is {}; set it to Active to trace requests across services", fn(f), f.tracing.value));
      ctx.offerReplacement(d, f.tracing, "Active", fmt::format("Set tracing to Active (was {})", f.tracing.value));
    } else
      ctx.report(&f, f.range, f.path,
                 fmt::format("{} has no active tracing; set {} to trace requests across services", fn(f),
                             p.dialect == "serverless" ? "provider.tracing.lambda: true (or tracing: Active on the function)"
                                                       : "Tracing: Active (or TracingConfig.Mode)"));
  }
}

}  // namespace faaslint::rules
