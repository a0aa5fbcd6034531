#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// DUR007 recursive-invocation: see docs/rules/duration/recursive-invocation.md.
class RecursiveInvocationRule final : public engine::Rule {
 public:
  explicit RecursiveInvocationRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
