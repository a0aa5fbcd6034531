#include "languages/python/PythonLanguage.h"

#include "languages/treesitter/ScriptFacts.h"

extern "C" const TSLanguage* tree_sitter_python();

namespace faaslint::languages {

bool PythonLanguage::claims(std::string_view path, bool) const { return path.ends_with(".py"); }

model::SourceFacts PythonLanguage::analyze(const SourceRequest& request) const {
  static const std::unique_ptr<ts::Query> query = compileQuery(tree_sitter_python(), "analyzer/languages/python/facts.scm");
  ts::ScriptGrammar g{ts::Script::Python, "python", tree_sitter_python(), query.get()};
  return ts::analyzeScript(g, request);
}

std::optional<HandlerTarget> PythonLanguage::handlerTarget(std::string_view handler) const {
  // "app.lambda_handler", "src/handlers/app.main", "package.module.function".
  auto dot = handler.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == handler.size()) return std::nullopt;
  std::string module(handler.substr(0, dot));
  const auto slash = module.rfind('/');
  for (std::size_t i = slash == std::string::npos ? 0 : slash; i < module.size(); ++i)
    if (module[i] == '.') module[i] = '/';
  return HandlerTarget{{module + ".py"}, std::string(handler.substr(dot + 1))};
}

std::vector<ImportCandidate> PythonLanguage::importCandidates(std::string_view import) const {
  // "utils" -> utils.py or utils/__init__.py (from the code folder); ".utils" from the importing
  // file's folder; "lib.db.query" may be the module lib/db/query.py or a member of lib/db.py.
  bool relative = import.starts_with(".");
  std::size_t ups = 0;
  while (ups < import.size() && import[ups] == '.') ++ups;
  std::string rest(import.substr(ups));
  std::string prefix;
  for (std::size_t i = 1; i < ups; ++i) prefix += "../";
  std::vector<ImportCandidate> out;
  for (int drop = 0; drop < 2 && !rest.empty(); ++drop) {
    std::string path = rest;
    for (auto& c : path)
      if (c == '.') c = '/';
    out.push_back({prefix + path + ".py", relative});
    out.push_back({prefix + path + "/__init__.py", relative});
    auto dot = rest.rfind('.');
    if (dot == std::string::npos) break;
    rest = rest.substr(0, dot);
  }
  return out;
}

}  // namespace faaslint::languages
