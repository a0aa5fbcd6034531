#include "rules/security/UnauthenticatedHttpTriggerRule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

UnauthenticatedHttpTriggerRule::UnauthenticatedHttpTriggerRule(engine::RuleOptions&) {}

void UnauthenticatedHttpTriggerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions)
    for (const auto& t : f.triggers) {
      if (t.kind != model::TriggerKind::RestApi && t.kind != model::TriggerKind::HttpApi) continue;
      if (t.authorizer.state == core::ValueState::Unknown) continue;  // an API or OpenAPI body we cannot see
      if (t.authorizer.known() && t.authorizer.value != "NONE") continue;
      if (t.authorizer.known()) {
        ctx.report(&f, t.authorizer,
                   fmt::format("{} trigger '{}' of {} has no authorizer (NONE): anyone who finds the route can call it",
                               model::triggerKindName(t.kind), t.name, fn(f)));
      } else {
        ctx.report(&f, t.range, t.path,
                   fmt::format("{} trigger '{}' of {} has no authorizer, and its API sets no default authorizer",
                               model::triggerKindName(t.kind), t.name, fn(f)));
      }
    }
}

}  // namespace faaslint::rules
