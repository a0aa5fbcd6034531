#pragma once
#include "engine/Rule.h"
#include "rules/security/SecretPatterns.h"

namespace faaslint::rules {

/// SEC009 secret-in-source: see docs/rules/security/secret-in-source.md.
class SecretInSourceRule final : public engine::Rule {
 public:
  explicit SecretInSourceRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  SecretPatterns patterns_;
};

}  // namespace faaslint::rules
