#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR006 synchronous-wait: see docs/rules/duration/synchronous-wait.md.
class SynchronousWaitRule final : public engine::Rule {
 public:
  explicit SynchronousWaitRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> waits_;
};

}  // namespace faaslint::rules
