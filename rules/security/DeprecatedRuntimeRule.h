#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC011 deprecated-runtime: see docs/rules/security/deprecated-runtime.md.
class DeprecatedRuntimeRule final : public engine::Rule {
 public:
  explicit DeprecatedRuntimeRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
