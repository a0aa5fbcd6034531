#pragma once
#include <memory>

#include "engine/Rule.h"
#include "rules/security/SecretPatterns.h"

namespace faaslint::rules {

/// SEC008 secret-in-environment: see docs/rules/security/secret-in-environment.md.
class SecretInEnvironmentRule final : public engine::Rule {
 public:
  explicit SecretInEnvironmentRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  SecretPatterns patterns_;
  std::int64_t minLength_;
};

}  // namespace faaslint::rules
