#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// OPS002 tracing-disabled: see docs/rules/operations/tracing-disabled.md.
class TracingDisabledRule final : public engine::Rule {
 public:
  explicit TracingDisabledRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
