#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// OPS005 reserved-environment-name: see docs/rules/operations/reserved-environment-name.md.
class ReservedEnvironmentNameRule final : public engine::Rule {
 public:
  explicit ReservedEnvironmentNameRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
