#include "rules/security/CommandInjectionRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

CommandInjectionRule::CommandInjectionRule(engine::RuleOptions& o) : process_(o.stringList("process-functions", {}, kLanguageCatalogs)) {}

void CommandInjectionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& process = languageList(process_, ctx.catalogs().languageOf(facts.language).processCalls);
    for (const auto& c : facts.calls) {
      if (std::find(process.begin(), process.end(), c.callee) == process.end()) continue;
      const model::CallFact* source = nullptr;
      for (std::size_t i = 0; i < c.args.size() && !source; ++i) source = eventSource(program, c, i);
      if (!source) continue;
      auto& d = reportInSource(ctx, owner, c.range,
                               fmt::format("Data from the event reaches {}() in {}: a crafted request runs commands in the function; "
                                           "pass arguments as a list to an exec-style call without a shell, and validate them "
                                           "against an allow-list",
                                           c.callee, handlerPhrase(program, c.function)));
      if (source != &c) d.notes.push_back({fmt::format("the event's data is passed to '{}' here", source->callee), source->range});
    }
  });
}

}  // namespace faaslint::rules
