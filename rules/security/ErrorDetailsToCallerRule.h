#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC020 error-details-to-caller: see docs/rules/security/error-details-to-caller.md.
class ErrorDetailsToCallerRule final : public engine::Rule {
 public:
  explicit ErrorDetailsToCallerRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
