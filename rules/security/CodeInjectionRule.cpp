#include "rules/security/CodeInjectionRule.h"

#include <algorithm>
#include <fmt/format.h>

#include "rules/RuleSupport.h"

namespace faaslint::rules {

CodeInjectionRule::CodeInjectionRule(engine::RuleOptions&) {}

namespace {

/// The sink's safe argument says the call cannot run code (yaml.load(..., Loader=yaml.SafeLoader)).
/// A safe argument whose value faaslint cannot name counts as safe: the rule reports what it knows.
bool madeSafe(const policy::CodeSink& sink, const model::CallFact& c) {
  if (sink.safeKeyword.empty() && !sink.safePosition) return false;
  std::optional<std::size_t> at = sink.safeKeyword.empty() ? std::nullopt : c.namedIndex(sink.safeKeyword);
  if (!at && sink.safePosition && *sink.safePosition < c.positional()) at = sink.safePosition;
  if (!at) return false;
  const std::string_view value = !c.binding(*at).empty() ? c.binding(*at) : std::string_view(c.args[*at]);
  return value.empty() || anyMatches(sink.safeValues, value);
}

}  // namespace

void CodeInjectionRule::check(const model::Project& p, engine::RuleContext& ctx) const {
  auto codeSinks = [](const policy::LanguageCatalog& l) -> const auto& { return l.codeSinks; };
  forEachCatalogCall(
      p, ctx, codeSinks,
      [&](const model::SourceProgram& program, const model::Function* owner, const model::CallFact& c, const policy::CodeSink& sink) {
        if (madeSafe(sink, c)) return;
        // Event data in an argument that is code (a constant string is not: eval('1 + 1')).
        const model::CallFact* source = nullptr;
        for (std::size_t i = 0; i < c.positional() && !source; ++i)
          if (sink.codeArgs.empty() || std::find(sink.codeArgs.begin(), sink.codeArgs.end(), i) != sink.codeArgs.end())
            source = eventSource(program, c, i, model::kCleanCode);
        if (!source) return;
        const std::string what =
            sink.deserializer
                ? fmt::format("In {}, data from the event is deserialized by {}(): a crafted payload runs code in the function as it is "
                              "loaded",
                              handlerPhrase(program, c.function), c.callee)
                : fmt::format("In {}, data from the event reaches {}(), which runs it as code: crafted input runs code in the function",
                              handlerPhrase(program, c.function), c.callee);
        reportEventFlow(ctx, owner, c, *source, what, sink.advice);
      });
}

}  // namespace faaslint::rules
