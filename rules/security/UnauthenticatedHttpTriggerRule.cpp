#include "rules/security/UnauthenticatedHttpTriggerRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

UnauthenticatedHttpTriggerRule::UnauthenticatedHttpTriggerRule(engine::RuleOptions&) {}

void UnauthenticatedHttpTriggerRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  for (const auto& f : p.functions) {
    const auto* profile = ctx.provider(f);
    if (!profile || profile->openHttpAuth.empty()) continue;  // the manifest does not show who may call
    for (const auto& t : f.triggers) {
      if (!model::isHttp(t.kind)) continue;
      if (t.method == "OPTIONS") continue;  // a CORS preflight: browsers send it without credentials, by design
      if (t.authorizer.state == core::ValueState::Unknown) continue;  // an API or OpenAPI body we cannot see
      const auto& open = profile->openHttpAuth;
      if (t.authorizer.known() && std::find(open.begin(), open.end(), t.authorizer.value) == open.end()) continue;
      if (t.apiKeyRequired.known() && t.apiKeyRequired.value) {
        ctx.report(&f, t.apiKeyRequired,
                   fmt::format("{} trigger '{}' of {} requires an API key but has no {}: a key identifies callers (for usage plans "
                               "and throttling) but does not authenticate them, since it is shared and travels in a header; add an "
                               "authorizer if only known callers may run it",
                               model::triggerKindName(t.kind), t.name, fn(f), profile->httpAuthSetting))
            .severity = core::Severity::Note;
        continue;
      }
      if (t.authorizer.known()) {
        std::string phrase = profile->openHttpPhrase;
        if (auto at = phrase.find("{value}"); at != std::string::npos) phrase.replace(at, 7, t.authorizer.value);
        ctx.report(&f, t.authorizer,
                   fmt::format("{} trigger '{}' of {} {}: anyone who finds the route can call it{}", model::triggerKindName(t.kind), t.name,
                               fn(f), phrase, profile->httpAuthAdvice.empty() ? "" : "; " + profile->httpAuthAdvice));
      } else {
        ctx.report(&f, t.range, t.path,
                   fmt::format("{} trigger '{}' of {} has no {}, and its API sets no default {}", model::triggerKindName(t.kind), t.name,
                               fn(f), profile->httpAuthSetting, profile->httpAuthSetting));
      }
    }
  }
}

}  // namespace faaslint::rules
