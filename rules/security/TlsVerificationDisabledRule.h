#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC015 tls-verification-disabled: see docs/rules/security/tls-verification-disabled.md.
class TlsVerificationDisabledRule final : public engine::Rule {
 public:
  explicit TlsVerificationDisabledRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
