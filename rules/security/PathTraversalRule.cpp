#include "rules/security/PathTraversalRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

PathTraversalRule::PathTraversalRule(engine::RuleOptions&) {}

void PathTraversalRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  forEachSource(p, [&](const model::SourceFacts& facts, const model::Function* owner, const model::SourceProgram& program) {
    const auto& lang = ctx.catalogs().languageOf(facts.language);
    if (lang.fileCalls.empty()) return;
    for (const auto& c : facts.calls) {
      const auto call = std::find_if(lang.fileCalls.begin(), lang.fileCalls.end(),
                                     [&](const policy::FileCall& f) { return anyMatches(f.calls, c.callee); });
      if (call == lang.fileCalls.end()) continue;
      std::optional<std::size_t> at = call->pathKeyword.empty() ? std::nullopt : c.namedIndex(call->pathKeyword);
      if (!at && call->pathArg < c.positional()) at = call->pathArg;
      if (!at) continue;
      const model::CallFact* source = eventSource(program, c, *at, model::kCleanPath);
      if (!source) continue;
      const std::string_view start = c.start(*at);
      reportEventFlow(ctx, owner, c, *source,
                      fmt::format("In {}, data from the event chooses the file path that {}() uses{}: a crafted name with '../' (or an "
                                  "absolute path) reaches files outside it, such as the function's code and /proc/self/environ with its "
                                  "credentials",
                                  handlerPhrase(program, c.function), c.callee,
                                  start.empty() ? "" : fmt::format(" (under '{}')", start.substr(0, 80))),
                      "take only the file's name (os.path.basename, path.basename) and check that the resolved path stays in its folder");
    }
  });
}

}  // namespace faaslint::rules
