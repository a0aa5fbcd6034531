#pragma once
#include <optional>
#include <string>
#include <vector>

namespace faaslint::languages {

/// A compile_commands.json (the JSON compilation database CMake, Bear and Meson write): the
/// flags each file was built with, so the analyzer sees the same macros, include paths and
/// language standard. Only the flags that change parsing are kept (-I, -isystem, -iquote, -D,
/// -U, -std, -include, -x, the target and a safe list of dialect switches); anything that writes
/// files or loads code is dropped.
class CompileCommands {
 public:
  /// Parses the database text; `dir` is the folder it was found in. Returns nullopt and sets
  /// `error` when the text is not a compilation database.
  static std::optional<CompileCommands> parse(const std::string& text, const std::string& dir, std::string& error);

  /// The parsing flags of `absolutePath`, or nullopt when the database does not list it.
  std::optional<std::vector<std::string>> flagsFor(const std::string& absolutePath) const;

  /// The include folders among kept flags (-I, -isystem, -iquote, -idirafter; absolute).
  static std::vector<std::string> includeFolders(const std::vector<std::string>& flags);

 private:
  struct Entry {
    std::string file;  ///< absolute, normalised
    std::vector<std::string> flags;
  };
  std::vector<Entry> entries_;
};

}  // namespace faaslint::languages
