#pragma once
#include <any>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/FileSystem.h"
#include "model/SourceFacts.h"

/// The language registry: every handler language is a LanguageAnalyzer listed once in
/// Languages.def. The engine asks which language claims a path, and analyses the file through
/// it: in a worker process when the language is isolated (a runaway or crashing parser costs
/// only that file), through the result cache keyed by the language's version, within the
/// language-neutral limits of `sources:` (FL008). Nothing in the engine knows a language.
namespace faaslint::languages {

/// One file to analyse.
struct SourceRequest {
  std::string language;  ///< the analyzer's id
  std::string path;  ///< path to open (relative includes are searched next to it)
  std::string text;  ///< the file's bytes, as read for this scan
  core::FileId file = core::kNoFile;
  std::vector<std::string> extraArgs;  ///< build flags (C/C++: from compile_commands.json)
  /// How long an in-process analysis may take (sources.max-file-seconds; 0: no limit). An
  /// analyzer that runs out throws AnalysisTimedOut; a worker process is stopped instead.
  std::chrono::milliseconds timeBudget{0};
};

/// An in-process analysis that ran out of its time budget: the file is not analysed (FL008), and
/// nothing is cached.
struct AnalysisTimedOut : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// What a language may look at, once per scan, to find a file's build flags.
struct BuildContext {
  const core::FileSystem& fs;
  const std::vector<std::string>& scanPaths;  ///< the paths the scan was given (never read above them)
  const std::string& flagsDir;  ///< -p DIR, or empty
  /// Reports a problem with the build's own files (an unreadable compile_commands.json): exit 2.
  std::function<void(const std::string& path, const std::string& message)> error;
  /// What a language parsed once in this scan (a compilation database by its path).
  std::map<std::string, std::any>& memo;
};

/// Where a manifest's handler string points in a language: the files it may name (relative to the
/// function's code folder, in order of preference) and the name the handler is exported under.
struct HandlerTarget {
  std::vector<std::string> files;
  std::string exportName;
};

/// A file an import may name: a path relative to the code folder, or to the importing file's folder.
struct ImportCandidate {
  std::string path;
  bool fromImporter = false;
};

/// One handler language.
class LanguageAnalyzer {
 public:
  virtual ~LanguageAnalyzer() = default;
  virtual std::string_view id() const = 0;  ///< "cxx"
  virtual std::string_view name() const = 0;  ///< for messages: "C/C++"
  virtual std::string_view parser() const { return "the parser"; }  ///< what reports syntax errors: "the compiler"
  /// True for paths this language reads; headers and other files that are only read when asked
  /// for by name pass with `named`.
  virtual bool claims(std::string_view path, bool named) const = 0;
  /// Part of the result cache key: a new version of the analyzer never reuses old facts.
  virtual std::string version() const = 0;
  /// True when the analysis runs in a worker process (a parser that cannot be interrupted).
  virtual bool isolated() const = 0;
  /// Analyses one file in this process.
  virtual model::SourceFacts analyze(const SourceRequest& request) const = 0;
  /// True when files of this language may be minified bundles (JavaScript), which are skipped
  /// with an FL008 note by the limits of the policy's `sources` (engine/FileLoading.cpp).
  virtual bool minifiable() const { return false; }
  /// Build flags for one file (empty when the language has none); called serially per scan.
  virtual std::vector<std::string> buildFlags(const BuildContext&, const std::string& openPath) const { return {}; }
  /// What to do about partial facts (FL008), e.g. "give faaslint the build's flags with -p DIR".
  virtual std::string partialAdvice() const { return ""; }
  /// Every error the parser reports is in the file itself (no missing headers or build flags
  /// cause any), and the file cannot run with it: one is enough to call its facts partial.
  virtual bool errorsAreSyntax() const { return false; }
  /// In a worker process under a memory limit: make the analyzer end the process with `code`
  /// when its own allocator fails, instead of an abort that looks like a crash.
  virtual void prepareWorker(int outOfMemoryCode) const {}
  /// True for native code: a function built from it runs every file of this language under its
  /// code folder (there is no handler file to start from).
  virtual bool linksByFolder() const { return false; }
  /// The files and export a manifest's handler string names (Python `app.lambda_handler`, Node.js
  /// `src/index.handler`); nullopt when this language does not name handlers that way.
  virtual std::optional<HandlerTarget> handlerTarget(std::string_view handler) const { return std::nullopt; }
  /// The local files an import (an IncludeFact's name) may be, most likely first; empty for a
  /// package import.
  virtual std::vector<ImportCandidate> importCandidates(std::string_view import) const { return {}; }
  /// The source files a built handler file (`dist/index.js`, a path as the scan names it) was
  /// compiled or bundled from, when the build writes elsewhere (TypeScript's tsconfig.json outDir
  /// and rootDir, read through `fs` from `codeDir` and the folders above it; the `sources` of the
  /// file's source map beside it, `index.js.map`, from esbuild, webpack or tsc), the likeliest
  /// first; empty when none. A built file whose sources are in the scan is not analysed itself.
  virtual std::vector<std::string> sourcesOf(const std::string& builtFile, const std::string& codeDir, const core::FileSystem& fs) const {
    return {};
  }
};

/// Every language, in Languages.def order.
const std::vector<const LanguageAnalyzer*>& allLanguages();
/// The language that claims a path, or null.
const LanguageAnalyzer* languageFor(std::string_view path, bool named);
/// The language with this id, or null.
const LanguageAnalyzer* findLanguage(std::string_view id);
/// The name of a handler language faaslint does not read yet that a file extension (".go") is
/// written in, "" for any other extension.
std::string_view notYetAnalysed(std::string_view extension);

}  // namespace faaslint::languages
