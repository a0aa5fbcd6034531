#pragma once
#include <memory>

#include "languages/Language.h"
#include "languages/treesitter/TreeSitter.h"

namespace faaslint::languages::ts {

/// What the languages read by the script engine (ScriptFacts.h) share: they run in process (a
/// tree-sitter parse is bounded and cannot crash on its input), their cache id covers the engine,
/// the queries and the grammar versions, and their facts query is an embedded .scm file.
class ScriptLanguage : public LanguageAnalyzer {
 public:
  std::string version() const override;
  bool isolated() const override { return false; }
  bool errorsAreSyntax() const override { return true; }

 protected:
  /// Compiles the embedded query file `path` ("analyzer/languages/python/facts.scm") for a
  /// grammar; a missing or broken query is a broken build, thrown as std::runtime_error.
  static std::unique_ptr<Query> compileQuery(const TSLanguage* grammar, std::string_view path);
};

}  // namespace faaslint::languages::ts
