#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// LCK003 provider-event-shape: see docs/rules/lockin/provider-event-shape.md.
class ProviderEventShapeRule final : public engine::Rule {
 public:
  explicit ProviderEventShapeRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
