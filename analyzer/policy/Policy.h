#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/SourceManager.h"
#include "document/Document.h"

namespace faaslint::policy {

/// How one rule is configured: enabled, severity override, option values.
struct RuleSetting {
  bool enabled = true;
  std::optional<core::Severity> severity;
  std::map<std::string, const document::Node*> options;
};

/// A `.faaslint.yaml` `ignore:` entry: findings of these codes in files matching the glob.
struct PathIgnore {
  std::string glob;
  std::vector<std::string> codes;
  std::string reason;
  core::Range range;  ///< the entry, for FL006/FL007
  std::string logicalPath;
};

/// `sources:` settings: files above `maxFileKb` are skipped, and facts from a file with at least
/// `partialAnalysisErrors` compiler errors are called partial (FL008).
struct SourceLimits {
  std::size_t maxFileKb = 2048;
  std::size_t maxFileSeconds = 30;  ///< a file whose analysis takes longer is stopped (C/C++: its worker; the others give up)
  std::size_t maxFileMemoryMb = 2048;  ///< ... or needs more address space
  std::size_t partialAnalysisErrors = 20;
  /// Minified code (a language that has it: JavaScript) is skipped (FL008): a file of at least
  /// minifiedMinBytes whose longest line or average line reaches these.
  std::size_t minifiedMinBytes = 2048;
  std::size_t minifiedLongestLineBytes = 8192;
  std::size_t minifiedAverageLineBytes = 250;
};

/// The rule codes a policy may name, from the rule registry (the policy layer sits below it).
struct KnownCodes {
  /// The code of a rule given by code or name ("SEC005", "public-function-url"); nullopt if unknown.
  std::function<std::optional<std::string>(std::string_view codeOrName)> canonical;
  /// True when a code, name or prefix ("SEC") matches some rule.
  std::function<bool(std::string_view pattern)> matchesAny;
};

/// The effective policy: the embedded default pack, then the user's .faaslint.yaml on top.
/// Problems in either are FL001 diagnostics at their line.
class Policy {
 public:
  /// `configFile` is the id of the user's config in `sources`, or kNoFile.
  static Policy load(core::SourceManager& sources, core::FileId configFile, const KnownCodes& codes,
                     std::vector<core::Diagnostic>& diagnostics);

  const RuleSetting* setting(std::string_view code) const;
  /// The default pack's setting of a rule (where option defaults live), without the configuration.
  const RuleSetting* packSetting(std::string_view code) const;
  const std::vector<std::string>& excludes() const { return excludes_; }
  const std::vector<PathIgnore>& ignores() const { return ignores_; }
  /// Bounds of source-code analysis (`sources:` in the pack and `.faaslint.yaml`).
  const SourceLimits& sourceLimits() const { return sourceLimits_; }

 private:
  void apply(const document::Document& doc, const KnownCodes& codes, std::vector<core::Diagnostic>& diagnostics);
  std::vector<std::unique_ptr<document::Document>> docs_;  // option nodes point into these
  std::map<std::string, RuleSetting, std::less<>> rules_;
  std::map<std::string, RuleSetting, std::less<>> pack_;
  std::vector<std::string> excludes_;
  std::vector<PathIgnore> ignores_;
  SourceLimits sourceLimits_;
};

}  // namespace faaslint::policy
