#include "rules/lockin/VendorSdkImportRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

VendorSdkImportRule::VendorSdkImportRule(engine::RuleOptions&) {}

void VendorSdkImportRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    for (const auto& inc : facts.includes) {
      // The most specific entry decides: runtime headers are LCK004's, not SDKs.
      const policy::LockinEntry* best = nullptr;
      for (const auto& e : ctx.catalogs().cppSdks)
        if (inc.name.starts_with(e.match) && (!best || e.match.size() > best->match.size())) best = &e;
      if (!best || best->what.empty()) continue;
      reportInSource(ctx, owner, inc.range,
                     fmt::format("Include of <{}> binds this code to the {} ({}); portable alternative: {}", inc.name, best->what,
                                 best->vendor, best->alternative));
    }
  });
}

}  // namespace faaslint::rules
