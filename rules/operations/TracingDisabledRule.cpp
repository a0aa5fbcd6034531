#include "rules/operations/TracingDisabledRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TracingDisabledRule::TracingDisabledRule(engine::RuleOptions&) {}

void TracingDisabledRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    if (f.tracing.state == core::ValueState::Unknown || (f.tracing.known() && f.tracing.value == "Active")) continue;
    if (f.generatedByFramework) continue;
    if (f.tracing.known())
      ctx.report(&f, f.tracing,
                 fmt::format("Tracing of {} is {}; set it to Active to trace requests across services", fn(f), f.tracing.value));
    else
      ctx.report(&f, f.range, f.path,
                 fmt::format("{} has no active tracing; set {} to trace requests across services", fn(f),
                             p.dialect == "serverless" ? "provider.tracing.lambda: true (or tracing: Active on the function)"
                                                       : "Tracing: Active (or TracingConfig.Mode)"));
  }
}

}  // namespace faaslint::rules
