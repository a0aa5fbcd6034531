#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC022 html-injection: see docs/rules/security/html-injection.md.
class HtmlInjectionRule final : public engine::Rule {
 public:
  explicit HtmlInjectionRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
