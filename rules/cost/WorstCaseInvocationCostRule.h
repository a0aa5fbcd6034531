#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// COST001 worst-case-invocation-cost: see docs/rules/cost/worst-case-invocation-cost.md.
class WorstCaseInvocationCostRule final : public engine::Rule {
 public:
  explicit WorstCaseInvocationCostRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  double cap_;  ///< in the price list's currency
};

}  // namespace faaslint::rules
