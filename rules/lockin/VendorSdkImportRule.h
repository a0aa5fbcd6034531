#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// LCK001 vendor-sdk-import: see docs/rules/lockin/vendor-sdk-import.md.
class VendorSdkImportRule final : public engine::Rule {
 public:
  explicit VendorSdkImportRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
