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

/// Analyses one file. Syntax errors give partial facts (`errors`); a parse that outlasts the
/// request's time budget throws AnalysisTimedOut. Expressions are followed to a fixed nesting depth,
/// so deep nesting cannot exhaust the stack.
model::SourceFacts analyzeScript(const ScriptGrammar& grammar, const SourceRequest& request);

/// The module name a file's functions are qualified with: its name without folder and extension
/// ("src/handlers/app.py" -> "app").
std::string moduleName(std::string_view path);

}  // namespace faaslint::languages::ts
