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
      // The first use: a name in the code (C/C++ tokens) or a call (resolved C/C++ calls; the SDK
      // operations of Python and JavaScript, "aws.dynamodb.PutItem").
      const std::string* firstName = nullptr;
      const core::Range* first = nullptr;
      std::set<std::string> seen;
      auto use = [&](const std::string& name, const core::Range& at) {
        if (!name.starts_with(e.match)) return;
        if (!first || at.begin < first->begin) {
          first = &at;
          firstName = &name;
        }
        seen.insert(name);
      };
      for (const auto& n : facts.names) use(n.name, n.range);
      // A call counts when it is an operation of the service ("aws.dynamodb.GetItem"), not a method
      // of what one returned ("aws.dynamodb.GetItem.get").
      for (const auto& c : facts.calls)
        if (c.callee.find('.', e.match.size()) == std::string::npos) use(c.callee, c.range);
      if (!first) continue;
      reportInSource(ctx, owner, *first,
                     fmt::format("This code calls {} ({} API{} of {}, e.g. {}); portable alternative: {}", e.what, seen.size(),
                                 seen.size() == 1 ? "" : "s", e.vendor, *firstName, e.alternative));
    }
  });
}

}  // namespace faaslint::rules
