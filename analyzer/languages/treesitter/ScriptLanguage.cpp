#include "languages/treesitter/ScriptLanguage.h"

#include <stdexcept>

#include "core/Embedded.h"

#ifndef FAASLINT_SCRIPT_ANALYZER_ID
#error "FAASLINT_SCRIPT_ANALYZER_ID comes from CMakeLists.txt"
#endif

namespace faaslint::languages::ts {

std::string ScriptLanguage::version() const { return FAASLINT_SCRIPT_ANALYZER_ID; }

std::unique_ptr<Query> ScriptLanguage::compileQuery(const TSLanguage* grammar, std::string_view path) {
  auto text = embedded::find(path);
  if (!text) throw std::runtime_error(std::string(path) + " is not compiled in");
  std::string error;
  auto compiled = Query::compile(grammar, *text, error);
  if (!compiled) throw std::runtime_error(std::string(path) + ": " + error);
  return compiled;
}

}  // namespace faaslint::languages::ts
