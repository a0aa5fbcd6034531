#include "rules/lockin/VendorServiceCallRule.h"

#include <fmt/format.h>
#include <set>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

VendorServiceCallRule::VendorServiceCallRule(engine::RuleOptions&) {}

void VendorServiceCallRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner) {
    // One finding per service and file, at its first use, naming how many of its APIs are used.
    for (const auto& e : ctx.catalogs().languageOf(facts.language).services) {
      const model::NameFact* first = nullptr;
      std::set<std::string> seen;
      for (const auto& n : facts.names)
        if (n.name.starts_with(e.match)) {
          if (!first) first = &n;
          seen.insert(n.name);
        }
      for (const auto& c : facts.calls)  // resolved calls, when the SDK headers are installed
        if (c.callee.starts_with(e.match)) seen.insert(c.callee);
      if (!first) continue;
      reportInSource(ctx, owner, first->range,
                     fmt::format("This code calls {} ({} API{} of {}, e.g. {}); portable alternative: {}", e.what, seen.size(),
                                 seen.size() == 1 ? "" : "s", e.vendor, first->name, e.alternative));
    }
  });
}

}  // namespace faaslint::rules
