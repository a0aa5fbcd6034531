#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// LCK005 portability-summary: see docs/rules/lockin/portability-summary.md.
class PortabilitySummaryRule final : public engine::Rule {
 public:
  explicit PortabilitySummaryRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
