#pragma once
#include <string>

#include "languages/Language.h"
#include "languages/treesitter/TreeSitter.h"

/// Facts from Python and JavaScript/TypeScript files, on one engine: the language's query file
/// (python/facts.scm, javascript/facts.scm) finds the constructs, and this engine gives them
/// meaning the same way for both: scopes, names resolved through imports and aliases, SDK clients
/// bound to their service, data from the event followed through assignments and into helpers,
/// loops and their exits, handlers by the platforms' conventions, and the call graph.
namespace faaslint::languages::ts {

/// The two script families the engine knows; their node names and conventions differ.
enum class Script { Python, JavaScript };

/// One grammar with its compiled facts query.
struct ScriptGrammar {
  Script script = Script::Python;
  std::string factsLanguage;  ///< SourceFacts::language: "python", "javascript", "typescript"
  const TSLanguage* language = nullptr;
  const Query* query = nullptr;
};

/// Limits that bound the work on hostile input.
struct ScriptLimits {
  std::uint64_t parseMicros = 10'000'000;  ///< a parse that takes longer gives up (partial facts)
  unsigned maxDepth = 200;  ///< expression nesting followed when evaluating values
};

/// Analyses one file. Never throws on bad input: syntax errors give partial facts (`errors`).
model::SourceFacts analyzeScript(const ScriptGrammar& grammar, const SourceRequest& request, const ScriptLimits& limits = {});

/// The module name a file's functions are qualified with: its name without folder and extension
/// ("src/handlers/app.py" -> "app").
std::string moduleName(std::string_view path);

}  // namespace faaslint::languages::ts
