#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC004 iam-passrole-wildcard: see docs/rules/security/iam-passrole-wildcard.md.
class IamPassroleWildcardRule final : public engine::Rule {
 public:
  explicit IamPassroleWildcardRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
