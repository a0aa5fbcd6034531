#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC012 command-injection: see docs/rules/security/command-injection.md.
class CommandInjectionRule final : public engine::Rule {
 public:
  explicit CommandInjectionRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> process_;
};

}  // namespace faaslint::rules
