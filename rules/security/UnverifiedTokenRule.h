#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC021 unverified-token: see docs/rules/security/unverified-token.md.
class UnverifiedTokenRule final : public engine::Rule {
 public:
  explicit UnverifiedTokenRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
