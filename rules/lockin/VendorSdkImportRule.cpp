#include "rules/lockin/VendorSdkImportRule.h"

#include <fmt/format.h>

#include "rules/RuleSupport.h"
#include "rules/lockin/LockinUses.h"

namespace faaslint::rules {

VendorSdkImportRule::VendorSdkImportRule(engine::RuleOptions&) {}

void VendorSdkImportRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    // One finding per SDK and file, at its first include, counting the others: a handler
    // includes a dozen headers of one SDK, which is one dependency.
    for (const auto& sdk : lockin::sdkImports(facts, ctx.catalogs().languageOf(facts.language))) {
      // C and C++ include headers; the other languages import modules.
      const bool headers = facts.language == "c" || facts.language == "cpp";
      std::string more = sdk.count > 1 ? fmt::format(" and {} more of its {}", sdk.count - 1, headers ? "headers" : "imports") : "";
      reportInSource(ctx, owner, sdk.at,
                     fmt::format("{}{} binds this code to the {} ({}); portable alternative: {}",
                                 headers ? fmt::format("Include of <{}>", sdk.name) : fmt::format("Import of '{}'", sdk.name), more,
                                 sdk.what, sdk.vendor, sdk.alternative));
    }
  });
}

}  // namespace faaslint::rules
