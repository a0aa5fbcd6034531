#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC002 iam-wildcard-resource: see docs/rules/security/iam-wildcard-resource.md.
class IamWildcardResourceRule final : public engine::Rule {
 public:
  explicit IamWildcardResourceRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> writePrefixes_;
};

}  // namespace faaslint::rules
