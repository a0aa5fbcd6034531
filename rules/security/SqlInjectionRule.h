#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC014 sql-injection: see docs/rules/security/sql-injection.md.
class SqlInjectionRule final : public engine::Rule {
 public:
  explicit SqlInjectionRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
