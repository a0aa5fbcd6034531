#pragma once
#include <optional>
#include <string>

#include "languages/Language.h"
#include "model/SourceFacts.h"

namespace faaslint::languages {

/// Source facts of unchanged files, kept between runs outside the scanned tree (a pre-commit
/// hook must not create files in the repository). The key covers the file's bytes, the compiler
/// flags and the analyzer's version, so any change misses. A hit never opens the Clang library.
class FactsCache {
 public:
  /// `dir` empty: caching is off.
  explicit FactsCache(std::string dir) : dir_(std::move(dir)) {}

  /// The default folder: $XDG_CACHE_HOME/faaslint, else $HOME/.cache/faaslint, else none.
  static std::string defaultDir();

  static std::string key(const LanguageAnalyzer& language, std::string_view text, const std::vector<std::string>& args);
  /// The facts stored under `key`, placed in `file` (of `textSize` bytes); nullopt (a miss) for
  /// anything but a regular file of bounded size whose version, checksum, schema and ranges hold.
  std::optional<model::SourceFacts> load(const std::string& key, core::FileId file, std::size_t textSize) const;
  void store(const std::string& key, const model::SourceFacts& facts) const;
  bool enabled() const { return !dir_.empty(); }

 private:
  std::string dir_;
};

}  // namespace faaslint::languages
