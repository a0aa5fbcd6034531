#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "core/SourceManager.h"
#include "document/Document.h"

namespace faaslint::engine {

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

/// Inline comments in a YAML manifest: `# faaslint: ignore[SEC005,SEC007] reason`.
std::vector<Suppression> inlineSuppressions(const core::SourceFile& file, core::FileId id);
/// `Metadata.faaslint.ignore` of CloudFormation resources, plus `Metadata.checkov.skip`,
/// `Metadata.cfn_nag.rules_to_suppress` and `Metadata.cfn-lint.config.ignore_checks` mapped
/// through the anchor catalog.
std::vector<Suppression> metadataSuppressions(const document::Node* root, const AnchorMap& checkov, const AnchorMap& cfnNag,
                                              const AnchorMap& cfnLint);
/// serverless.yml `custom.faaslint.ignore: [{function, code(s), reason}]`.
std::vector<Suppression> serverlessSuppressions(const document::Node* root);

/// True when the suppression covers the finding (its scope and one of its codes).
bool covers(const Suppression& s, const core::Diagnostic& d, const core::SourceManager& sources);

/// Applies suppressions to one batch of findings: covered findings move to `suppressed`; each
/// suppression without a reason adds FL006, and (when `reportUnused`) each own suppression that
/// covered nothing and whose codes were all checked in this run adds FL007.
void applySuppressions(std::vector<Suppression>& sups, std::vector<core::Diagnostic>& diagnostics,
                       std::vector<core::Diagnostic>& suppressed, const core::SourceManager& sources, bool reportUnused,
                       const std::function<bool(std::string_view code)>& codeChecked);

/// Codes that can never be suppressed: the tool's own errors and the suppression findings.
bool unsuppressible(std::string_view code);

}  // namespace faaslint::engine
