#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/Diagnostic.h"
#include "engine/Rule.h"
#include "policy/Policy.h"

namespace faaslint::engine {

/// Everything known about a rule, from rules/Rules.def.
struct RuleInfo {
  std::string_view code;  ///< "SEC005"
  std::string_view name;  ///< "public-function-url"
  std::string_view family;  ///< "security", "memory", "duration", "operations", "tool"
  core::Severity defaultSeverity;
  std::string_view securitySeverity;  ///< SARIF security-severity, "" for non-security rules
  std::string_view precision;  ///< "very-high", "high", "medium", "low"
  std::string_view cwe;  ///< "CWE-732" or ""
  std::string_view summary;  ///< one sentence
  std::string_view providers;  ///< "*" or the provider ids it applies to ("aws")
  /// Creates the rule; null for the tool's own codes (FL...), which loaders report.
  std::unique_ptr<Rule> (*create)(RuleOptions&);

  /// True when the rule means something for a project of this provider ("" = source files alone).
  bool appliesTo(std::string_view provider) const;
  std::string docPath() const;  ///< "docs/rules/security/public-function-url.md"
  std::string helpUri() const;
  /// The rule's documentation page as Markdown (what `faaslint explain` prints and an editor shows
  /// on hover); a short form from the summary when the page is not in the binary.
  std::string documentation() const;
};

/// Builds a rule with its options: the default pack's values, then the configuration's. Problems
/// with them (a bad value, an option no rule reads) go to `diagnostics` as FL001.
std::unique_ptr<Rule> createRule(const RuleInfo& info, const policy::Policy& policy, const policy::Catalogs& catalogs,
                                 std::vector<core::Diagnostic>& diagnostics, std::vector<OptionSpec>* specs = nullptr);

/// The rules a session runs, in rules/Rules.def order. The table itself is built in rules/
/// (rules::table()), which depends on the engine, never the other way round.
using RuleTable = std::vector<RuleInfo>;

/// Looks a rule up by code ("SEC005") or name ("public-function-url").
const RuleInfo* findRule(const RuleTable& rules, std::string_view codeOrName);
/// True when a code matches a --select/--ignore or suppression entry: the code, the rule's name,
/// or a prefix such as "SEC".
bool codeMatches(const RuleTable& rules, std::string_view code, std::string_view pattern);
/// `pattern` as the registry spells it: a rule's name as it is, a code or prefix in upper case
/// ("sec009" is SEC009, "sec" is SEC), so selectors on the command line are case-insensitive.
std::string normalPattern(const RuleTable& rules, std::string_view pattern);
/// True when `pattern` names a rule (its code or name) or starts a code ("SEC", "MEM00").
bool knownPattern(const RuleTable& rules, std::string_view pattern);
/// The code, rule name or code prefix nearest to an unknown `pattern` (by edit distance), for a
/// "did you mean"; "" when nothing is near.
std::string nearestPattern(const RuleTable& rules, std::string_view pattern);

}  // namespace faaslint::engine
