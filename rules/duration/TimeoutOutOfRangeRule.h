#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR002 timeout-out-of-range: see docs/rules/duration/timeout-out-of-range.md.
class TimeoutOutOfRangeRule final : public engine::Rule {
 public:
  explicit TimeoutOutOfRangeRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
