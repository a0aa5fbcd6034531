#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC013 code-injection: see docs/rules/security/code-injection.md.
class CodeInjectionRule final : public engine::Rule {
 public:
  explicit CodeInjectionRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
