#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// OPS001 missing-failure-destination: see docs/rules/operations/missing-failure-destination.md.
class MissingFailureDestinationRule final : public engine::Rule {
 public:
  explicit MissingFailureDestinationRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
