#include "rules/lockin/ProviderRuntimeApiRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

ProviderRuntimeApiRule::ProviderRuntimeApiRule(engine::RuleOptions&) {}

void ProviderRuntimeApiRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    for (const auto& e : ctx.catalogs().languageOf(facts.language).runtimeApis) {
      // A call names the entry point; an include stands in when the call is not visible.
      const core::Range* at = nullptr;
      for (const auto& c : facts.calls)
        if (!at && (nameMatches(e.match, c.callee) || (!c.resolved && e.match.ends_with("::" + c.callee)))) at = &c.range;
      for (const auto& inc : facts.includes)
        if (!at && inc.name.starts_with(e.match)) at = &inc.range;
      if (!at) continue;
      reportInSource(ctx, owner, *at,
                     fmt::format("This code is written against the {} ({}); portable alternative: {}", e.what, e.vendor, e.alternative));
    }
  });
}

}  // namespace faaslint::rules
