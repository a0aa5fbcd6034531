#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// COST002 denial-of-wallet: see docs/rules/cost/denial-of-wallet.md.
class DenialOfWalletRule final : public engine::Rule {
 public:
  explicit DenialOfWalletRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t concurrency_;  ///< how many copies the account runs at once when nothing caps the function
};

}  // namespace faaslint::rules
