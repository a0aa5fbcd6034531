#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "document/Document.h"

namespace faaslint::policy {
struct Catalogs;
}

namespace faaslint::engine {

/// A typed option a rule read in its constructor; recorded so docs and config can be checked.
struct OptionSpec {
  std::string name;
  std::string type;  ///< "integer", "number", "string", "string list", "boolean"
  std::string defaultText;
  /// Where the default comes from when it is data, not policy (a provider profile); such options
  /// are not repeated in the default pack.
  std::string defaultFrom;
};

/// Option values for one rule (from the policy pack and .faaslint.yaml, later wins). Reading an
/// option records its spec; a bad value becomes an FL001 diagnostic at the value and the
/// default is used. Policy thresholds have their default in one place, the default pack
/// (policies/packs/default.yaml): the overloads without a default take it from there
/// (setDefault). Defaults that are data (a provider's cap, a language's calls) are passed in
/// with the file they come from.
class RuleOptions {
 public:
  explicit RuleOptions(const policy::Catalogs& catalogs) : catalogs_(catalogs) {}
  /// The policy catalogs (secret patterns, limits) for rules that precompile them.
  const policy::Catalogs& catalogs() const { return catalogs_; }
  void set(const std::string& name, const document::Node* value) { values_[name] = value; }
  /// The default pack's value of an option.
  void setDefault(const std::string& name, const document::Node* value) { defaults_[name] = value; }

  std::int64_t integer(const std::string& name, std::int64_t def, std::int64_t min, std::int64_t max, std::string defaultFrom = {});
  /// An integer option whose default is the default pack's.
  std::int64_t integer(const std::string& name, std::int64_t min, std::int64_t max);
  /// A list option whose default is the default pack's.
  std::vector<std::string> stringList(const std::string& name);
  /// A decimal option (a price) whose default is the default pack's.
  double number(const std::string& name, double min, double max);
  std::string string(const std::string& name, const std::string& def);
  std::vector<std::string> stringList(const std::string& name, const std::vector<std::string>& def, const std::string& defaultFrom = {});
  bool boolean(const std::string& name, bool def);

  const std::vector<OptionSpec>& specs() const { return specs_; }
  /// Diagnostics for bad values and for options that no rule reads.
  std::vector<core::Diagnostic> finish(const std::string& ruleCode);

 private:
  void bad(const document::Node* n, const std::string& name, const std::string& expected);
  void missingDefault(const std::string& name, std::string_view what);
  const policy::Catalogs& catalogs_;
  std::map<std::string, const document::Node*> values_;
  std::map<std::string, const document::Node*> defaults_;
  std::vector<OptionSpec> specs_;
  std::vector<core::Diagnostic> errors_;
};

}  // namespace faaslint::engine
