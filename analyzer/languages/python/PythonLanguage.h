#pragma once
#include "languages/treesitter/ScriptLanguage.h"

namespace faaslint::languages {

/// Python through tree-sitter (in process): the facts query python/facts.scm on the shared
/// script engine (languages/treesitter/ScriptFacts.h).
class PythonLanguage : public ts::ScriptLanguage {
 public:
  std::string_view id() const override { return "python"; }
  std::string_view name() const override { return "Python"; }
  bool claims(std::string_view path, bool named) const override;
  model::SourceFacts analyze(const SourceRequest& request) const override;
  std::optional<HandlerTarget> handlerTarget(std::string_view handler) const override;
  std::vector<ImportCandidate> importCandidates(std::string_view import) const override;
};

}  // namespace faaslint::languages
