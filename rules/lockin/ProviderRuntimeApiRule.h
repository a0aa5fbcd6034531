#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// LCK004 provider-runtime-api: see docs/rules/lockin/provider-runtime-api.md.
class ProviderRuntimeApiRule final : public engine::Rule {
 public:
  explicit ProviderRuntimeApiRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
