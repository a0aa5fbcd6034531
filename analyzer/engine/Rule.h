#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/Diagnostic.h"
#include "document/Document.h"
#include "model/Model.h"

namespace faaslint::policy {
struct Catalogs;
}

namespace faaslint::engine {

class RuleContext;

/// A typed option a rule read in its constructor; recorded so docs and config can be checked.
struct OptionSpec {
  std::string name;
  std::string type;  ///< "integer", "string", "string list", "boolean"
  std::string defaultText;
  /// Where the default comes from when it is data, not policy (a provider profile); such options
  /// are not repeated in the default pack.
  std::string defaultFrom;
};

/// Option values for one rule (from the policy pack and .faaslint.yaml, later wins). Reading an
/// option records its spec; a bad value becomes an FL001 diagnostic at the value and the
/// default is used.
class RuleOptions {
 public:
  explicit RuleOptions(const policy::Catalogs& catalogs) : catalogs_(catalogs) {}
  /// The policy catalogs (secret patterns, limits) for rules that precompile them.
  const policy::Catalogs& catalogs() const { return catalogs_; }
  void set(const std::string& name, const document::Node* value) { values_[name] = value; }

  std::int64_t integer(const std::string& name, std::int64_t def, std::int64_t min, std::int64_t max, std::string defaultFrom = {});
  std::string string(const std::string& name, const std::string& def);
  std::vector<std::string> stringList(const std::string& name, const std::vector<std::string>& def, const std::string& defaultFrom = {});
  bool boolean(const std::string& name, bool def);

  const std::vector<OptionSpec>& specs() const { return specs_; }
  /// Diagnostics for bad values and for options that no rule reads.
  std::vector<core::Diagnostic> finish(const std::string& ruleCode);

 private:
  void bad(const document::Node* n, const std::string& name, const std::string& expected);
  const policy::Catalogs& catalogs_;
  std::map<std::string, const document::Node*> values_;
  std::vector<OptionSpec> specs_;
  std::vector<core::Diagnostic> errors_;
};

/// A check over the model. Rules see only the model and report through the context.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const model::Project& project, RuleContext& ctx) const = 0;
};

}  // namespace faaslint::engine
