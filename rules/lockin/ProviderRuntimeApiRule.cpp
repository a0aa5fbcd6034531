#include "rules/lockin/ProviderRuntimeApiRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/lockin/LockinUses.h"

namespace faaslint::rules {

ProviderRuntimeApiRule::ProviderRuntimeApiRule(engine::RuleOptions&) {}

void ProviderRuntimeApiRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    for (const auto& e : lockin::runtimeApis(facts, ctx.catalogs().languageOf(facts.language)))
      reportInSource(ctx, owner, e.at,
                     fmt::format("This code is written against the {} ({}); portable alternative: {}", e.what, e.vendor, e.alternative));
  });
}

}  // namespace faaslint::rules
