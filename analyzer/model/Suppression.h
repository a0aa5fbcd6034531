#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/SourceManager.h"

/// Suppressions as the formats and languages read them from the files they load; the engine
/// applies them (engine/Suppressions.h).
namespace faaslint::model {

/// Where a suppression was written, which decides what it covers.
enum class SuppressionScope {
  Line,  ///< `# faaslint: ignore[CODE] reason` on the finding's line or the line above
  Resource,  ///< CloudFormation/SAM `Metadata` of a resource: findings about that resource
  Function,  ///< serverless.yml `custom.faaslint.ignore` with `function:` (or the whole service)
  Path  ///< `.faaslint.yaml` `ignore:` entry with a path glob
};

/// One suppression: the codes it silences, why, and what it covers.
struct Suppression {
  SuppressionScope scope = SuppressionScope::Line;
  std::vector<std::string> codes;  ///< codes, rule names or prefixes as written
  std::string reason;
  core::Range range;  ///< where it is written (for FL006/FL007)
  std::string logicalPath;
  std::uint32_t line = 0;  ///< Line: the line it covers
  std::string target;  ///< Resource: logical id; Function: function name ("" = every function); Path: glob
  std::string origin;  ///< "inline comment", "Metadata.faaslint", "Metadata.checkov", ...
  bool foreign = false;  ///< imported from another tool's metadata: never reported as unused
  std::size_t uses = 0;
};

/// Another tool's rule id -> our codes (policies/catalogs/anchor-codes.yaml).
using AnchorMap = std::map<std::string, std::vector<std::string>, std::less<>>;

}  // namespace faaslint::model
