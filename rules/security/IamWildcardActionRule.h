#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC001 iam-wildcard-action: see docs/rules/security/iam-wildcard-action.md.
class IamWildcardActionRule final : public engine::Rule {
 public:
  explicit IamWildcardActionRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
