#include "rules/lockin/VendorSdkImportRule.h"

#include <algorithm>
#include <fmt/format.h>
#include <utility>
#include <vector>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

VendorSdkImportRule::VendorSdkImportRule(engine::RuleOptions&) {}

void VendorSdkImportRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    // One finding per SDK and file, at its first include, counting the others: a handler
    // includes a dozen headers of one SDK, which is one dependency.
    std::vector<std::pair<const policy::LockinEntry*, std::vector<const model::IncludeFact*>>> bySdk;
    for (const auto& inc : facts.includes) {
      // The most specific entry decides: runtime headers are LCK004's, not SDKs.
      const policy::LockinEntry* best = mostSpecific(ctx.catalogs().languageOf(facts.language).sdks,
                                                     [&](const policy::LockinEntry& e) { return inc.name.starts_with(e.match); });
      if (!best || best->what.empty()) continue;
      auto it = std::find_if(bySdk.begin(), bySdk.end(), [&](const auto& g) { return g.first->what == best->what; });
      if (it == bySdk.end())
        bySdk.push_back({best, {&inc}});
      else
        it->second.push_back(&inc);
    }
    for (const auto& [sdk, includes] : bySdk) {
      // C and C++ include headers; the other languages import modules.
      const bool headers = facts.language == "c" || facts.language == "cpp";
      std::string more =
          includes.size() > 1 ? fmt::format(" and {} more of its {}", includes.size() - 1, headers ? "headers" : "imports") : "";
      reportInSource(ctx, owner, includes.front()->range,
                     fmt::format("{}{} binds this code to the {} ({}); portable alternative: {}",
                                 headers ? fmt::format("Include of <{}>", includes.front()->name)
                                         : fmt::format("Import of '{}'", includes.front()->name),
                                 more, sdk->what, sdk->vendor, sdk->alternative));
    }
  });
}

}  // namespace faaslint::rules
