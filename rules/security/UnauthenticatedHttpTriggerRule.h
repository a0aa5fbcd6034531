#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC007 unauthenticated-http-trigger: see docs/rules/security/unauthenticated-http-trigger.md.
class UnauthenticatedHttpTriggerRule final : public engine::Rule {
 public:
  explicit UnauthenticatedHttpTriggerRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
