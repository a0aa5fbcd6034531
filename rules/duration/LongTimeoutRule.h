#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR001 long-timeout: see docs/rules/duration/long-timeout.md.
class LongTimeoutRule final : public engine::Rule {
 public:
  explicit LongTimeoutRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t capS_;
};

}  // namespace faaslint::rules
