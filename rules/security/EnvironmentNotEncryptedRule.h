#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC010 environment-not-encrypted: see docs/rules/security/environment-not-encrypted.md.
class EnvironmentNotEncryptedRule final : public engine::Rule {
 public:
  explicit EnvironmentNotEncryptedRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
