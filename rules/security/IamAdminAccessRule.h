#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// SEC003 iam-admin-access: see docs/rules/security/iam-admin-access.md.
class IamAdminAccessRule final : public engine::Rule {
 public:
  explicit IamAdminAccessRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::vector<std::string> adminPolicies_;
};

}  // namespace faaslint::rules
