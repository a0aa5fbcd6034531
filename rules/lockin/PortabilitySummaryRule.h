#pragma once
#include <cstdint>

#include "engine/Rule.h"

namespace faaslint::rules {

/// LCK005 portability-summary: see docs/rules/lockin/portability-summary.md.
class PortabilitySummaryRule final : public engine::Rule {
 public:
  explicit PortabilitySummaryRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

  /// What each kind of dependency takes from a score of 100, and the most one kind can take.
  struct Weight {
    std::int64_t each = 0, most = 0;
  };

 private:
  Weight signature_, sdk_, service_, shape_, runtimeApi_;
};

}  // namespace faaslint::rules
