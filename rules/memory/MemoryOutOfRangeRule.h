#pragma once
#include "engine/Rule.h"

namespace faaslint::rules {

/// MEM002 memory-out-of-range: see docs/rules/memory/memory-out-of-range.md.
class MemoryOutOfRangeRule final : public engine::Rule {
 public:
  explicit MemoryOutOfRangeRule(engine::RuleOptions& options);
  void check(const model::Project& project, engine::RuleContext& ctx) const override;
};

}  // namespace faaslint::rules
