#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC006 public-invoke-permission: see docs/rules/security/public-invoke-permission.md.
class PublicInvokePermissionRule final : public engine::Rule {
 public:
  explicit PublicInvokePermissionRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
