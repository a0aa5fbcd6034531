#include "rules/duration/TimeoutOutOfRangeRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

TimeoutOutOfRangeRule::TimeoutOutOfRangeRule(engine::RuleOptions&) {}

void TimeoutOutOfRangeRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile) continue;
    providers::Plan plan = profile->plan(f);
    std::string note = plan.timeoutNote;
    // A lower cap for functions no HTTP request starts (Google's 2nd gen: 540 s against 3,600 s).
    const bool http = std::any_of(f.triggers.begin(), f.triggers.end(), [](const model::Trigger& t) { return model::isHttp(t.kind); });
    if (plan.eventTimeoutMaxS && plan.timeoutS && !http && !f.triggers.empty()) {
      plan.timeoutS->max = *plan.eventTimeoutMaxS;
      note = "for a function without an HTTP trigger";
    }
    reportOutsidePlatformRange(ctx, f, f.timeoutS, plan, plan.timeoutS, {}, "Timeout", "s", note);
  }
}

}  // namespace faaslint::rules
