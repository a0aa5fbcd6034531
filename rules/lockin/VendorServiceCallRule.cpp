#include "rules/lockin/VendorServiceCallRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/lockin/LockinUses.h"

namespace faaslint::rules {

VendorServiceCallRule::VendorServiceCallRule(engine::RuleOptions&) {}

void VendorServiceCallRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    // One finding per service and file, at its first use, naming how many of its APIs are used.
    for (const auto& s : lockin::serviceCalls(facts, ctx.catalogs().languageOf(facts.language)))
      reportInSource(ctx, owner, s.at,
                     fmt::format("This code calls {} ({} API{} of {}, e.g. {}); portable alternative: {}", s.what, s.count,
                                 s.count == 1 ? "" : "s", s.vendor, s.name, s.alternative));
  });
}

}  // namespace faaslint::rules
