#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR005 polling-loop: see docs/rules/duration/polling-loop.md.
class PollingLoopRule final : public engine::Rule {
 public:
  explicit PollingLoopRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> sleeps_;
};

}  // namespace faaslint::rules
