#pragma once
#include "languages/Language.h"

namespace faaslint::languages {

/// C and C++ through Clang LibTooling, in the separate libfaaslint_clang.so (opened on first use,
/// so scans without C/C++ never load Clang) and in worker processes.
class CxxLanguage : public LanguageAnalyzer {
 public:
  std::string_view id() const override { return "cxx"; }
  std::string_view name() const override { return "C/C++"; }
  std::string_view parser() const override { return "the compiler"; }
  /// .c, .cc, .cpp, .cxx; headers (.h, .hh, .hpp, .hxx) only when named.
  bool claims(std::string_view path, bool named) const override;
  std::string version() const override;
  bool isolated() const override { return true; }
  model::SourceFacts analyze(const SourceRequest& request) const override;
  std::vector<std::string> buildFlags(const BuildContext& context, const std::string& openPath) const override;
  std::string partialAdvice() const override { return "Give faaslint the build's flags with -p DIR (compile_commands.json)."; }
  void prepareWorker(int outOfMemoryCode) const override;
  bool linksByFolder() const override { return true; }
};

}  // namespace faaslint::languages
