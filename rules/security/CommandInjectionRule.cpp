#include "rules/security/CommandInjectionRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

CommandInjectionRule::CommandInjectionRule(engine::RuleOptions& o) : process_(o.stringList("process-functions", {}, kLanguageCatalogs)) {}

void CommandInjectionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& lang = ctx.catalogs().languageOf(facts.language);
    const auto& process = languageList(process_, lang.processCalls);
    // A call that starts a shell: always (system, os.popen, child_process.exec), or when a named
    // argument asks for one (subprocess.run(..., shell=True), spawn(..., { shell: true })).
    auto startsShell = [&](const model::CallFact& c) {
      if (anyMatches(process, c.callee)) return true;
      for (const auto& sw : lang.shellSwitches)
        if (anyMatches(sw.calls, c.callee))
          if (auto v = c.named(sw.keyword); v && std::find(sw.onValues.begin(), sw.onValues.end(), *v) != sw.onValues.end()) return true;
      return false;
    };
    for (const auto& c : facts.calls) {
      if (!startsShell(c)) continue;
      const model::CallFact* source = nullptr;
      for (std::size_t i = 0; i < c.positional() && !source; ++i) source = eventSource(program, c, i, model::kCleanShell);
      if (!source) continue;
      reportEventFlow(ctx, owner, c, *source,
                      fmt::format("Data from the event reaches {}() in {}: a crafted request runs commands in the function", c.callee,
                                  handlerPhrase(program, c.function)),
                      "pass arguments as a list to an exec-style call without a shell, and validate them against an allow-list");
    }
  });
}

}  // namespace faaslint::rules
