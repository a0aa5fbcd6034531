#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// MEM003 oversized-ephemeral-storage: see docs/rules/memory/oversized-ephemeral-storage.md.
class OversizedEphemeralStorageRule final : public engine::Rule {
 public:
  explicit OversizedEphemeralStorageRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t capMb_;
};

}  // namespace faaslint::rules
