#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR004 sleep-in-handler: see docs/rules/duration/sleep-in-handler.md.
class SleepInHandlerRule final : public engine::Rule {
 public:
  explicit SleepInHandlerRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> sleeps_;
};

}  // namespace faaslint::rules
