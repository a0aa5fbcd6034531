#include "languages/Language.h"

#include "AllLanguages.h"  // generated from languages/Languages.def by cmake/Registries.cmake
#include "core/StaticInstance.h"

namespace faaslint::languages {

const std::vector<const LanguageAnalyzer*>& allLanguages() {
  static const std::vector<const LanguageAnalyzer*> languages = {
#define FAASLINT_LANGUAGE(id, cls) core::staticInstance<cls>(),
#include "languages/Languages.def"
#undef FAASLINT_LANGUAGE
  };
  return languages;
}

const LanguageAnalyzer* languageFor(std::string_view path, bool named) {
  for (const auto* l : allLanguages())
    if (l->claims(path, named)) return l;
  return nullptr;
}

const LanguageAnalyzer* findLanguage(std::string_view id) {
  for (const auto* l : allLanguages())
    if (l->id() == id) return l;
  return nullptr;
}

std::string_view notYetAnalysed(std::string_view extension) {
  // The runtimes functions are written in besides the analysed ones (Lambda's, Azure's, Google's,
  // OpenFaaS templates).
  static constexpr std::pair<std::string_view, std::string_view> kLanguages[] = {
      {".go", "Go"},   {".java", "Java"}, {".kt", "Kotlin"}, {".scala", "Scala"},    {".cs", "C#"},       {".fs", "F#"},
      {".rb", "Ruby"}, {".rs", "Rust"},   {".php", "PHP"},   {".ps1", "PowerShell"}, {".swift", "Swift"}, {".ex", "Elixir"}};
  for (const auto& [ext, name] : kLanguages)
    if (ext == extension) return name;
  return "";
}

}  // namespace faaslint::languages
