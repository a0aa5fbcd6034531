#include "rules/security/PathTraversalRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

PathTraversalRule::PathTraversalRule(engine::RuleOptions&) {}

void PathTraversalRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto fileCalls = [](const policy::LanguageCatalog& l) -> const auto& { return l.fileCalls; };
  forEachCatalogCall(
      p, ctx, fileCalls,
      [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c, const policy::FileCall& call) {
        const std::optional<std::size_t> at = argumentAt(c, call);
        if (!at) return;
        const model::CallFact* source = eventSource(program, c, *at, model::kCleanPath);
        if (!source) return;
        const std::string_view start = c.start(*at);
        reportEventFlow(ctx, owner, c, *source,
                        fmt::format("In {}, data from the event chooses the file path that {}() uses{}: a crafted name with '../' (or an "
                                    "absolute path) reaches files outside it, such as the function's code and /proc/self/environ with its "
                                    "credentials",
                                    handlerPhrase(program, c.function), c.callee,
                                    start.empty() ? "" : fmt::format(" (under '{}')", start.substr(0, 80))),
                        "take only the file's name (os.path.basename, path.basename) and check that the resolved path stays in its folder");
      });
}

}  // namespace faaslint::rules
