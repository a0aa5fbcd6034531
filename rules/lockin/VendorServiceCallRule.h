#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// LCK002 vendor-service-call: see docs/rules/lockin/vendor-service-call.md.
class VendorServiceCallRule final : public engine::Rule {
 public:
  explicit VendorServiceCallRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
