#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC017 open-cors: see docs/rules/security/open-cors.md.
class OpenCorsRule final : public engine::Rule {
 public:
  explicit OpenCorsRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
