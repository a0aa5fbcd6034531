#pragma once
#include "languages/Language.h"

namespace faaslint::languages {

/// Python through tree-sitter (in process): the facts query python/facts.scm on the shared
/// script engine (languages/treesitter/ScriptFacts.h).
class PythonLanguage : public LanguageAnalyzer {
 public:
  std::string_view id() const override { return "python"; }
  std::string_view name() const override { return "Python"; }
  bool claims(std::string_view path, bool named) const override;
  std::string version() const override;
  bool isolated() const override { return false; }
  model::SourceFacts analyze(const SourceRequest& request) const override;
  std::optional<HandlerTarget> handlerTarget(std::string_view handler) const override;
  std::vector<ImportCandidate> importCandidates(std::string_view import) const override;
};

}  // namespace faaslint::languages
