#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC005 public-function-url: see docs/rules/security/public-function-url.md.
class PublicFunctionUrlRule final : public engine::Rule {
 public:
  explicit PublicFunctionUrlRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
