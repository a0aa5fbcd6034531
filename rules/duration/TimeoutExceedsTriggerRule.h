#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR003 timeout-exceeds-trigger: see docs/rules/duration/timeout-exceeds-trigger.md.
class TimeoutExceedsTriggerRule final : public engine::Rule {
 public:
  explicit TimeoutExceedsTriggerRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t restApiS_;
  std::int64_t httpApiS_;
};

}  // namespace faaslint::rules
