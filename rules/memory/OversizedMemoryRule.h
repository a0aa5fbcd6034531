#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// MEM001 oversized-memory: see docs/rules/memory/oversized-memory.md.
class OversizedMemoryRule final : public engine::Rule {
 public:
  explicit OversizedMemoryRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;

 private:
  std::int64_t capMb_;
};

}  // namespace faaslint::rules
