#pragma once
#include "languages/treesitter/ScriptLanguage.h"

namespace faaslint::languages {

/// JavaScript and TypeScript through tree-sitter (in process): the facts query
/// javascript/facts.scm on the shared script engine (languages/treesitter/ScriptFacts.h), with the
/// grammar chosen by extension (.ts/.mts/.cts TypeScript, .tsx TSX, the rest JavaScript with JSX).
class JavaScriptLanguage : public ts::ScriptLanguage {
 public:
  std::string_view id() const override { return "javascript"; }
  std::string_view name() const override { return "JavaScript/TypeScript"; }
  bool claims(std::string_view path, bool named) const override;
  model::SourceFacts analyze(const SourceRequest& request) const override;
  bool minifiable() const override { return true; }
  std::optional<HandlerTarget> handlerTarget(std::string_view handler) const override;
  std::vector<ImportCandidate> importCandidates(std::string_view import) const override;
  std::vector<std::string> sourcesOf(const std::string& builtFile, const std::string& codeDir, const core::FileSystem& fs) const override;

 private:
  enum class Dialect { JavaScript, TypeScript, Tsx };
  static Dialect dialectOf(std::string_view path);
  static const TSLanguage* grammar(Dialect d);
  static const ts::Query& query(Dialect d);
};

}  // namespace faaslint::languages
