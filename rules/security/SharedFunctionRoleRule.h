#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC016 shared-function-role: see docs/rules/security/shared-function-role.md.
class SharedFunctionRoleRule final : public engine::Rule {
 public:
  explicit SharedFunctionRoleRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t maxFunctions_;
};

}  // namespace faaslint::rules
