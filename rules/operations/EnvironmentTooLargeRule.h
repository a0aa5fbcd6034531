#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// OPS004 environment-too-large: see docs/rules/operations/environment-too-large.md.
class EnvironmentTooLargeRule final : public engine::Rule {
 public:
  explicit EnvironmentTooLargeRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
